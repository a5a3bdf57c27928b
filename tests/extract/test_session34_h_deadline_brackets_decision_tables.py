"""Two ways ETSI and CEN meeting reports give an action's due day (session 34, H): "deadline" in the brackets
closing the action, with or without its colon ("Action 87/4: Mara Lind to update X (deadline 15 June
2027)"), as "(due ...)" and "(by ...)" already were; and a table of the meeting's decisions and actions whose
item column is "Decision/Action" ("Item | Decision/Action | Who | When"). Before, the first had no target
and the second table no items. Bodies real, actions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import milestone_pairs

HEAD = "# ETSI TC ESI #87 / CEN/TC 224 WG 17 joint meeting - Report\n\nDate: 4-5 May 2027\n\n## Actions\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Action 87/4: Mara Lind to update the trust list mapping (deadline 15 June 2027).",
            ("Update the trust list mapping", "15 June 2027"),
        ),
        (
            "Action 87/8: Bo Ek to send the comments table to CEN/TC 224 (Deadline 2027-07-15)",
            ("Send the comments table to CEN/TC 224", "2027-07-15"),
        ),
    ],
)
def test_a_deadline_in_brackets(tmp_path: Path, line: str, expected: tuple[str, str]) -> None:
    assert expected in milestone_pairs(tmp_path, HEAD + line + "\n", "report.md")


@pytest.mark.parametrize("column", ["Decision/Action", "Decisions / Actions"])
def test_a_table_of_decisions_and_actions(tmp_path: Path, column: str) -> None:
    table = (
        f"| Item | {column} | Who | When |\n|---|---|---|---|\n"
        "| 6.1 | Align the validation report format with EN 319 102-2 | WG 17 editors | Q4 2027 |\n"
        "| 6.2 | Publish the joint glossary of signature terms | ETSI secretariat | 2027-10-01 |\n"
    )
    text = HEAD.replace("## Actions", "## Decisions and actions") + table
    found = milestone_pairs(tmp_path, text, "report.md")
    assert ("Align the validation report format with EN 319 102-2", "Q4 2027") in found, found
    assert ("Publish the joint glossary of signature terms", "2027-10-01") in found, found
