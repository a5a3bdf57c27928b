"""A team two bodies set up ("Joint Video Experts Team (JVET) of ITU-T SG 16 and ISO/IEC JTC 1/SC 29", "the
Joint Collaborative Team on ...") is a unit, of the FIRST parent the text names (session 33's convention: a
unit is the unit of one organization; the other parent takes part through its own unit), whether the text
names the parents after the team ("X (ACRONYM) of A and B") or before it in its sentence ("A and B agreed
that the Joint ... Team will ..."), not of the body named last (issue 12 point 9, session 34, engineer G).
Teams, wording and meetings invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def summary(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Meeting results\n\n{sentence}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>Meeting results</h1><p>{sentence}</p></body></html>", "s.html"
    return f"Meeting results\n\n{sentence}\n", "s.txt"


def unit_owners(tmp_path: Path, layout: str, sentence: str) -> dict[str, str | None]:
    record = extracted(tmp_path, *summary(layout, sentence))
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


ITU_T = "ITU Telecommunication Standardization Sector"
JTC_1 = "ISO/IEC JTC 1"


@pytest.mark.parametrize(
    ("layout", "sentence", "team", "owner"),
    [
        *(
            (
                layout,
                "The Joint Video Experts Team (JVET) of ITU-T SG 16 and ISO/IEC JTC 1/SC 29 met in Geneva, "
                "in liaison with both.",
                "Joint Video Experts Team",
                ITU_T,
            )
            for layout in ("txt", "md", "html")
        ),
        (
            "html",
            "The Joint Haptics Experts Team (JHET) of ISO/IEC JTC 1/SC 29 and ITU-T SG 16 will hold its "
            "first meeting in October.",
            "Joint Haptics Experts Team",
            JTC_1,
        ),
        (
            "txt",
            "ITU-T SG 16 and ISO/IEC JTC 1/SC 29 agreed in liaison that the Joint Audio Experts Team (JAET) "
            "will meet in May.",
            "Joint Audio Experts Team",
            ITU_T,
        ),
        (
            "md",
            "ISO/IEC JTC 1/SC 29 and ITU-T SG 16 set up the Joint Collaborative Team on Point Cloud Coding "
            "(JCT-PCC) in 2026, in liaison.",
            "Joint Collaborative Team on Point Cloud Coding",
            JTC_1,
        ),
    ],
)
def test_a_joint_team_is_a_unit_of_its_first_parent(
    tmp_path: Path, layout: str, sentence: str, team: str, owner: str
) -> None:
    owners = unit_owners(tmp_path, layout, sentence)
    assert owners.get(team) == owner, owners


@pytest.mark.parametrize(
    ("sentence", "unit", "owner"),
    [
        # a unit's own acronym between its name and "of": the body after it owns it, as without the acronym
        (
            "The Video Coding Experts Group liaised with the Audio Working Group (AWG) of ISO/IEC JTC 1 "
            "and with ITU-T SG 12 in a liaison statement.",
            "Audio Working Group",
            JTC_1,
        ),
        # a group not joint keeps the body named last before it in its sentence
        (
            "ISO/IEC JTC 1 and ITU-T told the Transport Working Group (TWGX) of the decision in a liaison.",
            "Transport Working Group",
            ITU_T,
        ),
    ],
)
def test_other_units_keep_their_owner(tmp_path: Path, sentence: str, unit: str, owner: str) -> None:
    owners = unit_owners(tmp_path, "txt", sentence)
    assert owners.get(unit) == owner, owners
