"""A "Focus Group on ..." or a numbered "Study Group 13" no body is written beside, in a text that names one
ITU sector, is that sector's unit, not the unit of the body its sentence opens with ("The IETF thanks Study
Group 13 for the output of the Focus Group on NET2030": ITU-T's). With no sector named, or two, nothing is
guessed from the sector. Liaison pages and wording invented (issue 12 point 9, session 35, engineer G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def owners(tmp_path: Path, text: str, name: str) -> dict[str, str]:
    record = extracted(tmp_path, text, name)
    return {unit.label: str(unit.unit_of).split("/id/")[-1] for unit, _ in record.units}


PAGE = (
    "Liaison statement\n\nFrom Group IETF\nTo Group ITU-T-SG-{n}\nPurpose For information\n\nBody\n"
    "The Internet Engineering Task Force (IETF) thanks Study Group {n} for its liaison on the report of "
    "the Focus Group on {subject}, which has ended its work.\n"
)


@pytest.mark.parametrize(
    ("n", "subject", "name"),
    [("13", "Network Slicing Trials", "l.txt"), ("17", "Quantum Key Hygiene", "l.md")],
)
def test_itu_groups_are_the_sectors_the_text_names(tmp_path: Path, n: str, subject: str, name: str) -> None:
    found = owners(tmp_path, PAGE.format(n=n, subject=subject), name)
    assert found.get(f"Study Group {n}") == "organization/itu-t", found
    assert found.get(f"Focus Group on {subject}") == "organization/itu-t", found


def test_a_study_group_in_a_text_naming_no_itu_sector_keeps_its_owner(tmp_path: Path) -> None:
    found = owners(
        tmp_path,
        "Liaison note\n\nThe Wireless Broadband Alliance thanks the IEEE 802.11 Working Group; its "
        "Study Group 4 will review the draft under the liaison.\n",
        "w.txt",
    )
    assert not any(owner.startswith("organization/itu") for owner in found.values()), found
