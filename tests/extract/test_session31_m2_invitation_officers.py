"""An invitation's officer list and its parties (session 31, M2; K's request 5).

An invitation to a coordination meeting opens with "Invitations to:" over the officers it is sent to
("Chair of ITU-T SG 5 (address);"). The meeting's parties were the bodies of the opening alone, cut inside
that list: the bodies its prose names (why they meet, who attends as an observer) were lost. Now the parties
are the bodies the document names outside the list; a body named only by its officer in the list is an
addressee, no party.
Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PROSE = (
    "IEC TC 100 met ITU-T and ETSI in November 2026 on wired charging interfaces of portable devices, and "
    "asked the secretaries to bring the groups together again before ITU-T SG 5 meets in October. ETSI TC "
    "ATTM works with IEC TC 100 on the energy side, and TC 100 also liaises with IEEE 802.3 on power over "
    "data cables."
)
AGENDA = "Draft agenda\n\n1. Opening\n2. Progress on the charging interface profile\n3. Any other business\n"


def letter(label: str, officers: list[str], markdown: bool) -> str:
    head = "INTERNATIONAL ELECTROTECHNICAL COMMISSION\nTECHNICAL COMMITTEE 100\n\n"
    title = (
        "Invitation and draft agenda: coordination meeting on charging interfaces\nGeneva, 14 May 2027\n\n"
    )
    if markdown:
        lines = "".join(f"- {officer}\n" for officer in officers)
        return f"# {title}{label}\n\n{lines}\n{PROSE}\n\n## {AGENDA}"
    lines = "".join(f"{officer};\n" for officer in officers[:-1]) + f"{officers[-1]}.\n"
    return f"{head}{title}{label}\n\n{lines}\n{PROSE}\n\n{AGENDA}"


OFFICERS = [
    "Chair of ITU-T SG 5 (sg5.chair@meeting.example)",
    "Rapporteur of ITU-T Question 21/16 (q21@meeting.example)",
    "Chair of ETSI TC ATTM (attm.chair@meeting.example)",
    "Convenor of OGC Charging Domain Working Group (dwg@meeting.example)",
    "Chair of W3C Devices Working Group (devices@meeting.example)",
]


@pytest.mark.parametrize("label", ["Invitations to:", "Invited:", "Invitation sent to:"])
@pytest.mark.parametrize("markdown", [False, True])
def test_the_parties_are_the_bodies_named_outside_the_officer_list(
    tmp_path: Path, label: str, markdown: bool
) -> None:
    name = "invitation.md" if markdown else "invitation.txt"
    record = extracted(tmp_path, letter(label, OFFICERS, markdown), name)
    acronyms = {entity.acronym or entity.label for entity, _ in record.parties}
    assert {"ITU-T", "ETSI", "IEEE"} <= acronyms  # named in the prose too: parties
    assert not {"OGC", "W3C"} & acronyms  # named only by an officer in the list: addressees
