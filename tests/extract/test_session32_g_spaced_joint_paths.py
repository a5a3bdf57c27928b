"""A joint committee's path written with blanks around its slashes, as meeting summaries write it ("its
collaboration with ISO/IEC JTC 1 / SC 29 / WG 11"), is the committee's unit as "ISO/IEC JTC 1/SC 29/WG 11"
is (issue 12 point 9, session 32, engineer G; a real ITU-T SG 16 meeting summary,
/work/s32/g-real.md). Before, only the joint committee was read and its group was lost.

Committees real, work and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def summary(layout: str, sentence: str) -> tuple[str, str]:
    lead = "Executive summary of the ITU-T Study Group 16 meeting"
    if layout == "md":
        return f"# {lead}\n\n- {sentence}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>{lead}</h1><ul><li>{sentence}</li></ul></body></html>", "s.html"
    return f"{lead}\n\n  * {sentence}\n", "s.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "unit"),
    [
        (
            "ITU-T SG 16 hosted the joint team, as part of its collaboration with"
            " ISO/IEC JTC 1 / SC 29 / WG 11 on video coding.",
            "ISO/IEC JTC 1/SC 29/WG 11",
        ),
        (
            "ITU-T SG 17 and ISO/IEC JTC 1 / SC 27 agreed to progress the text as common text.",
            "ISO/IEC JTC 1/SC 27",
        ),
        (
            "ITU-T SG 16 will cooperate with ISO/IEC JTC1 / SC31 / WG6 on item identifiers.",
            "ISO/IEC JTC 1/SC 31/WG 6",
        ),
    ],
)
def test_a_spaced_joint_path_is_the_committees_unit(
    tmp_path: Path, layout: str, sentence: str, unit: str
) -> None:
    record = extracted(tmp_path, *summary(layout, sentence))
    labels = [u.label for u, _ in record.units]
    assert unit in labels, labels
    assert "JTC 1" in {p.short_name for p, _ in record.parties}
