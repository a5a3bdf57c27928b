"""A letter's writer who says whose liaison he is (issue 12 point 9, session 32, N).

Family: a liaison officer's update mail or letter ("As liaison officer from the Khronos Group to SC 24, I am
writing ...", "As the OGC's liaison representative to ISO/TC 211, I would like to ..."): the writer is a
contact of the body he is liaison from. His full name stands over the text (a mail archive's author line,
which the signature's first name opens) or under the closing. Layout: the Khronos liaison mail to ISO/IEC
JTC 1/SC 24/WG 9 (round 1, engineer G). People are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ARCHIVE_MAIL = """Short update: glTF review and the next meetings

Ines Valcourt-Maaloum
Wed Mar 3 09:12:44 CET 2027

Dear members of SC 24/WG 9,

As liaison officer from the Khronos Group to SC 24, I am writing with news on the glTF work that concerns
this working group.

The Khronos Group plans to submit the next glTF revision to JTC 1 in the second half of 2027.

Kind regards,
Ines
"""

LETTER = """To: ISO/TC 211 Secretariat
Subject: OGC liaison report to the 60th plenary

Dear colleagues,

As the OGC's liaison representative to ISO/TC 211, I would like to report on the joint work of the two
bodies on geospatial standards since the last plenary.

The joint working group met twice and agreed a common draft of the feature catalogue model.

Yours sincerely,

Bartholomew Kjeldsen-Mora
"""

MARKDOWN = """# Liaison update to IEC TC 100

*Posted by Priya Anand-Vestergaard*

As liaison representative of the CTA to IEC TC 100, I send this short update on the common work on
audio and video interfaces.

- The CTA will circulate its draft of the interface profile in May 2027.

Best regards,
Priya
"""


@pytest.mark.parametrize(
    ("name", "text", "person", "body"),
    [
        ("mail.txt", ARCHIVE_MAIL, "Ines Valcourt-Maaloum", "The Khronos Group"),
        ("letter.txt", LETTER, "Bartholomew Kjeldsen-Mora", "Open Geospatial Consortium"),
        ("update.md", MARKDOWN, "Priya Anand-Vestergaard", "CTA"),
    ],
)
def test_writer_is_contact_of_body_he_is_liaison_from(
    tmp_path: Path, name: str, text: str, person: str, body: str
) -> None:
    record = extracted(tmp_path, text, name)
    found = {
        (c.person, c.organization.acronym or c.organization.label) for c in record.contacts if c.organization
    } | {(c.person, c.organization.label) for c in record.contacts if c.organization}
    assert (person, body) in found


NO_NAME = """Dear members of SC 24/WG 9,

As liaison officer from the Khronos Group to SC 24, I am writing with news on the glTF work.

The Khronos Group plans to submit the next glTF revision to JTC 1 in 2027.
"""


def test_no_writer_named_no_contact(tmp_path: Path) -> None:
    record = extracted(tmp_path, NO_NAME, "m.txt")
    assert not [c for c in record.contacts if c.person and "Khronos" in c.person]
    assert all(c.person is None or len(c.person.split()) >= 2 for c in record.contacts)
