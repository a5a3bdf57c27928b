"""Layout invariance of CONTACTS (issue 12, point 9, session 23, engineer D), in a layout of real committee
documents the rules did not read (ISO/IEC JTC 1/SC 34 N0761 and N0265): the committee's officers printed
under the document's header as address cards, each a name, the office in brackets on the next line, an
address, and a "Network:" or "E-mail:" line:

    Mr. Tobias Eikeland
    (HMC Tide Data Subcommittee Chairman)
    Fjordlys Data AS
    ...
    Network: t.eikeland@fjordlys.example

Each officer is a contact of the body the bracketed office names, not of the first party of the document.
A name over a bracketed line that names no body (a nickname, a date) is no officer. Every body and person is
invented; the expected facts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEADER = """HMC TDS N 3478

Tide Data Interchange

TITLE: OBC Liaison Report to the HMC Tide Data Subcommittee Plenary, June 2026
SOURCE: Open Buoy Consortium (OBC)
ACTION: For information
DATE: 2026-05-18
DISTRIBUTION: TDS members and Liaisons

{cards}

Dear colleagues:

The Open Buoy Consortium (OBC) thanks the Tide Data Subcommittee of the Harbour Metrology Council (HMC) for
the invitation to report at its plenary. The OBC Telemetry Task Force finished its review of the draft.
"""

CARDS = {
    "network-lines": """Mr. Tobias Eikeland-Nwosu
(HMC Tide Data Subcommittee Chairman)
Fjordlys Data AS
Postboks 418
0103 Oslo, Norway
Telephone: +47 555 01 418
Facsimile: +47 555 01 419
Network: t.eikeland@fjordlys.example

Ms. Mariela Quispe-Thornbury
(HMC Tide Data Subcommittee Secretariat - Standards Norway)
25 Example Street
Telephone: +47 555 0142
Network: m.quispe@tds.example""",
    "email-lines": """Dr. Tobias Eikeland-Nwosu
(Chair, Harbour Metrology Council Tide Data Subcommittee)
Fjordlys Data AS, Oslo
E-mail: t.eikeland@fjordlys.example

Ms Mariela Quispe-Thornbury
(Secretary, HMC Tide Data Subcommittee)
E-mail: m.quispe@tds.example""",
    "no-address": """Tobias Eikeland-Nwosu
(HMC Tide Data Subcommittee Chairman)

Mariela Quispe-Thornbury
(HMC Tide Data Subcommittee Secretariat)""",
}


def contacts(tmp_path: Path, text: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, "n3478.txt")
    return {
        c.person: (c.organization.acronym if c.organization else None) for c in record.contacts if c.person
    }


@pytest.mark.parametrize("cards", CARDS.values(), ids=CARDS.keys())
def test_an_officer_card_is_a_contact_of_the_body_its_office_names(tmp_path: Path, cards: str) -> None:
    found = contacts(tmp_path, HEADER.format(cards=cards))
    assert found.get("Tobias Eikeland-Nwosu") == "HMC"
    assert found.get("Mariela Quispe-Thornbury") == "HMC"


def test_a_name_over_a_bracketed_line_naming_no_body_is_no_officer(tmp_path: Path) -> None:
    cards = "Tobias Eikeland-Nwosu\n(until 30 June 2026)\n\nMariela Quispe-Thornbury\n(\u201cMari\u201d)"
    found = contacts(tmp_path, HEADER.format(cards=cards))
    assert "Tobias Eikeland-Nwosu" not in found
    assert "Mariela Quispe-Thornbury" not in found


@pytest.mark.parametrize("gap", [" ", "   ", "\t"])
def test_the_card_under_a_reply_to_label_is_an_officer_of_the_body_its_office_names(
    tmp_path: Path, gap: str
) -> None:
    cards = (
        f"REPLY TO:{gap}Mr. Hendrik Vogelsang\n(HMC Tide Data Subcommittee Committee Manager)\n"
        "Postfach 12 07\nTelephone: +49 30 5550 1207\nE-mail: h.vogelsang@tds.example"
    )
    assert contacts(tmp_path, HEADER.format(cards=cards)).get("Hendrik Vogelsang") == "HMC"
