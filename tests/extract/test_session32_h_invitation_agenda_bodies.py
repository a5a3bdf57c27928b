"""An invitation's parties are the bodies invited or named as taking part, not a body an agenda item names in
passing ("5. Report from the OGC liaison", "| 4 | Update on ISO/IEC JTC 1/SC 41 |") (session 32, H).
Bodies real, people and addresses invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

OFFICERS = [
    "Chair of ITU-T SG 5 (sg5.chair@meeting.example)",
    "Chair of ETSI TC EE (ee.chair@meeting.example)",
]
PROSE = (
    "IEC TC 100 invites ITU-T and ETSI to a coordination meeting on the energy labels of displays, as agreed "
    "when the three groups met in November 2026."
)
AGENDAS = {
    "markdown-heading": (
        "## Draft agenda\n\n1. Opening\n2. Report from the OGC liaison\n3. Update on the W3C device APIs\n"
        "4. Any other business\n"
    ),
    "plain-label": (
        "Agenda:\n\n1. Opening\n2. Report from the OGC liaison\n3. Update on the W3C device APIs\n"
        "4. Any other business\n"
    ),
    "table": (
        "## Provisional agenda\n\n| Item | Subject |\n|---|---|\n| 1 | Opening |\n| 2 | Report from the OGC "
        "liaison |\n| 3 | Update on the W3C device APIs |\n"
    ),
}


def letter(agenda: str) -> str:
    lines = "".join(f"- {officer}\n" for officer in OFFICERS)
    return (
        "# Invitation: IEC TC 100 coordination meeting on display energy labels\n\nGeneva, 14 May 2027\n\n"
        f"Invitations to:\n\n{lines}\n{PROSE}\n\n{agenda}"
    )


def acronyms(record) -> set[str]:
    return {entity.acronym or entity.label for entity, _ in record.parties}


@pytest.mark.parametrize("agenda", AGENDAS.values(), ids=AGENDAS.keys())
def test_a_body_an_agenda_item_names_is_no_party(tmp_path: Path, agenda: str) -> None:
    found = acronyms(extracted(tmp_path, letter(agenda), "invitation.md"))
    assert {"ITU-T", "ETSI"} <= found, found
    assert not {"OGC", "W3C"} & found, found


def test_a_body_named_in_the_prose_stays_a_party(tmp_path: Path) -> None:
    text = letter(AGENDAS["plain-label"]).replace("as agreed", "with the OGC as an observer, as agreed")
    found = acronyms(extracted(tmp_path, text, "invitation.md"))
    assert {"ITU-T", "ETSI", "OGC"} <= found, found
