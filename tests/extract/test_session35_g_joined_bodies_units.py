"""A unit named after two bodies joined by a hyphen or a slash ("CEN-CENELEC Presidential Committee",
"CEN/CENELEC Sector Forum") is a unit of the FIRST body (the convention of joint teams and committees, session
35), and one unit: not one of each body. A unit after one body is that body's as before. Groups and wording
invented; text and Markdown (issue 12 point 9, session 35, engineer G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CEN = "organization/cen"


def owners(tmp_path: Path, text: str, name: str) -> dict[str, list[str]]:
    record = extracted(tmp_path, text, name)
    found: dict[str, list[str]] = {}
    for unit, _ in record.units:
        key = unit.label.split()[-1]
        found.setdefault(key, []).append(str(unit.unit_of).split("/id/")[-1])
    return found


@pytest.mark.parametrize(
    ("text", "name", "head"),
    [
        (
            "Sector profile\n\nThe CEN-CENELEC Sector Forum on Rail Signalling, set up in cooperation with "
            "ETSI, keeps a common roadmap of the rail standards of the three bodies.\n",
            "a.txt",
            "Forum",
        ),
        (
            "# Coordination\n\nThe CEN/CENELEC Steering Committee on Hydrogen met ETSI TC EE under the "
            "cooperation agreement of the three bodies.\n",
            "b.md",
            "Hydrogen",
        ),
        (
            "Sector profile\n\nThe CEN-CENELEC Advisory Group on Accessibility works with ETSI TC HF under "
            "their cooperation agreement.\n",
            "c.txt",
            "Accessibility",
        ),
    ],
)
def test_a_unit_after_joined_bodies_is_the_first_bodys(
    tmp_path: Path, text: str, name: str, head: str
) -> None:
    found = owners(tmp_path, text, name)
    assert found.get(head) == [CEN], found


def test_a_unit_after_one_body_is_that_bodys(tmp_path: Path) -> None:
    found = owners(
        tmp_path,
        "Sector profile\n\nThe CENELEC Advisory Group on Accessibility works with ETSI TC HF under their "
        "cooperation agreement.\n",
        "d.txt",
    )
    assert found.get("Accessibility") == ["organization/cenelec"], found
