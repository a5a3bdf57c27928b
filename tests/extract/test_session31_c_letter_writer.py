"""A liaison request written as a letter under a committee's document header (session 31, C): the header
names the committee that registers the document, not its sender; the body that says "X hereby applies for
(requests, submits) ..." is the sender, the header's committee the addressee. The letter's "primary contact
... is Dr. A, Title (a@x), and the secondary contact is B" are the sender's people, honorific or none.
Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LETTER = (
    "ISO/IEC JTC 1/SC 41 N 2601\n\nInternet of Things and Digital Twin\n\n"
    "TITLE: Request for a Category A liaison with ISO/IEC JTC 1/SC 41\nDATE: 2027-02-08\n"
    "DISTRIBUTION: P- and O-members of SC 41\n\nDear SC 41 members,\n\n{writer} hereby {verb} a Category A "
    "liaison with ISO/IEC JTC 1/SC 41, so that its experts may follow the digital twin work.\n\n"
    "The primary contact for the liaison is {first}, Technical Coordinator\n(first@writer.example), and the "
    "secondary contact is Hana Osterberg, Programme Manager\n(hana@writer.example).\n\nYours sincerely,\n"
)


@pytest.mark.parametrize(
    ("writer", "verb", "label"),
    [
        ("buildingSMART International", "applies for", "buildingSMART International"),
        ("The Open Geospatial Consortium", "requests", "Open Geospatial Consortium"),
        ("OASIS", "applies for", "OASIS Open"),
    ],
)
def test_the_body_that_writes_hereby_is_the_sender(
    tmp_path: Path, writer: str, verb: str, label: str
) -> None:
    text = LETTER.format(writer=writer, verb=verb, first="Lukas Ferreira-Wendt")
    record = extracted(tmp_path, text, "n2601.txt")
    assert record.liaison is not None
    assert [e.label for e in record.liaison.senders] == [label], record.liaison
    assert [e.label for e in record.liaison.recipients] == ["ISO/IEC JTC 1/SC 41"], record.liaison


@pytest.mark.parametrize(
    "first", ["Dr. Lukas Ferreira-Wendt", "Mr. Lukas Ferreira-Wendt", "Lukas Ferreira-Wendt"]
)
def test_the_letters_contacts_are_the_senders(tmp_path: Path, first: str) -> None:
    record = extracted(
        tmp_path,
        LETTER.format(writer="buildingSMART International", verb="applies for", first=first),
        "n.txt",
    )
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Lukas Ferreira-Wendt") == "buildingSMART International", record.contacts
    assert found.get("Hana Osterberg") == "buildingSMART International", record.contacts


HEADER = (
    "IEEE 802.11 Working Group\n\nTo:       Ms. Anjali Example, Chair, 3GPP TSG RAN WG1\n"
    "Cc:       Mr. Kenji Example, Chair, 3GPP TSG RAN\n"
    "          Ms. Rosa Liebermann, IEEE 802.11 liaison to 3GPP\n"
    "          Mr. Paul Example, Chair, IEEE 802 LAN/MAN Standards Committee\n"
    "From:     Dr. Reinhold Example, Chair, IEEE 802.11 Working Group\nSubject:  Liaison on coexistence\n\n"
    "Dear Ms. Example,\n\nIEEE 802.11 thanks 3GPP TSG RAN WG1 for its liaison on coexistence in the 6 GHz "
    "band.\nThe contact for technical questions on this letter is Ms. Rosa\nLiebermann, IEEE 802.11 liaison "
    "to 3GPP, "
    "rosa@ieee.example.\n\nSincerely,\n\nReinhold Example\n"
)


def test_a_copied_liaison_named_again_with_an_address_is_one_contact(tmp_path: Path) -> None:
    record = extracted(tmp_path, HEADER, "letter.txt")
    readings = [c for c in record.contacts if c.person == "Rosa Liebermann"]
    assert len(readings) == 1 and readings[0].email == "rosa@ieee.example", record.contacts
