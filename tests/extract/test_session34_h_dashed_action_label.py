"""An action listed without a colon, its number and its owner each closed by a dash, as ETSI and CEN
meeting reports list them ("Action 87/5 - Bo Ek - review the EN 419 241 comments - 30/06/2027", "AP 12-3 -
ETSI TC ESI - send the reply to CEN/TC 224 by 15 July 2027"): the action, due that day, its label and owner
no part of it, and the owner no contact. Before, the line was no action and its owner a contact with no
body (session 34, H). Bodies real, people and actions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = "ETSI TC ESI #87 / CEN/TC 224 WG 17 joint meeting - Report\n\nDate: 4-5 May 2027\n\nActions\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Action 87/5 - Bo Ek - review the EN 419 241 comments - 30/06/2027",
            ("Review the EN 419 241 comments", "30/06/2027"),
        ),
        (
            "AP 12-3 \u2013 Ada Lind and Ugo Bassi \u2013 send the reply to CEN/TC 224 by 15 July 2027",
            ("Send the reply to CEN/TC 224", "15 July 2027"),
        ),
    ],
)
def test_a_dashed_action_label(tmp_path: Path, line: str, expected: tuple[str, str]) -> None:
    record = extracted(tmp_path, HEAD + line + "\n", "report.txt")
    assert expected in {(m.label, m.target.text if m.target else None) for m in record.milestones}
    assert not record.contacts
