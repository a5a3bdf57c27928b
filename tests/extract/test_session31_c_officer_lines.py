"""Officers a document names with their office's group or their address (session 31, C): "Convenor,
SC31/WG4: A" and "Chair of the X: A" name the group's person (its body the group's); a list's parts "A, IEC
TC 100 Chair (a@x), and B, IEC TC 100 Secretary (b@x)." are the officers to write to, in a meeting's
invitation too; an office with no name ("Chair of ETSI TC ATTM (c@x)") is nobody. Bodies real, people
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MOU = (
    "MEMORANDUM OF UNDERSTANDING between the Parcel Label Consortium and ISO/IEC JTC 1/SC 31\n\n"
    "The Parcel Label Consortium and ISO/IEC JTC 1/SC 31 agree to exchange information on label layouts.\n\n"
    "Liaison representative of the Parcel Label Consortium: Mirela Example-Hart\n{line}\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "Convenor, SC 31/WG 4: Tobias Anand-Lindqvist",
        "Convenor of ISO/IEC JTC 1/SC 31/WG 4: Tobias Anand-Lindqvist",
    ],
)
def test_an_office_of_a_group_before_the_colon(tmp_path: Path, line: str) -> None:
    record = extracted(tmp_path, MOU.format(line=line), "mou.txt")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Tobias Anand-Lindqvist") == "ISO/IEC JTC 1", record.contacts


INVITATION = (
    "IEC TC 100/AGS/420/INV\n\nINTERNATIONAL ELECTROTECHNICAL COMMISSION\n\n"
    "Invitation and draft agenda: coordination meeting on charging interfaces\nGeneva, 14 May 2027\n\n"
    "Invitations to:\n\nChair of ISO/IEC JTC 1 (chair.jtc1@meeting.example);\n"
    "Chair of ETSI TC ATTM (attm.chair@meeting.example);\n{people}\n\n"
    "IEC TC 100 held a first coordination meeting with ISO/IEC JTC 1 and ETSI in November 2026 on charging "
    "interfaces.\n\nDraft agenda\n1. Opening\n2. Progress on IEC 63002\n"
)


@pytest.mark.parametrize(
    "people",
    [
        "Tamsin Okonkwo-Reyes, IEC TC 100 Chair (t.okonkwo@tc100.example), and\n"
        "Hideo Marchetti-Sato, IEC TC 100 Secretary (h.marchetti@tc100.example).",
        "Tamsin Okonkwo-Reyes, IEC TC 100 Chair (t.okonkwo@tc100.example); "
        "Hideo Marchetti-Sato, IEC TC 100 Secretary (h.marchetti@tc100.example).",
    ],
)
def test_the_named_officers_of_an_invitation_list(tmp_path: Path, people: str) -> None:
    record = extracted(tmp_path, INVITATION.format(people=people), "invitation.txt")
    found = {c.person: c.email for c in record.contacts if c.person}
    assert found == {
        "Tamsin Okonkwo-Reyes": "t.okonkwo@tc100.example",
        "Hideo Marchetti-Sato": "h.marchetti@tc100.example",
    }, record.contacts
