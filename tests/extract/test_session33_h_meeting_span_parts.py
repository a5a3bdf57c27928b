"""An executive summary or report of a meeting of several days, its span under its title ("(Geneva, 8-17 March
2027)"): the meeting's date is the span's month, as the corpus dates a meeting of several days; a joint
session or a workshop "held on 10 March 2027" during it is part of that meeting, no meeting date of its own,
and no longer hides the span's month (session 33, H; the layout of an ITU-T study group's executive
summaries). Bodies real, the meetings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = (
    "Major accomplishments\n\n- Consented Recommendations: 12 at this meeting\n"
    "- ITU-T SG 15 coordinated with the Optical Internetworking Forum (OIF) on FlexE; a joint session "
    "with OIF was held on {day1}.\n"
    "- A workshop on optical access was held on {day2} with 80 participants present.\n"
)
SPANS = [
    ("(Geneva, 8-17 March 2027)", "2027-03", "10 March 2027", "12 March 2027"),
    ("(Geneva, March 8 - 17, 2027)", "2027-03", "March 10, 2027", "March 12, 2027"),
    ("(Geneva, 28 February \u2013 9 March 2027)", "2027-02", "2 March 2027", "1 March 2027"),
]


def meeting_dates(record) -> set[str]:
    return {d.value for d in record.dates if d.role == "meeting"}


@pytest.mark.parametrize("name", ["summary.txt", "summary.md"])
@pytest.mark.parametrize(("span", "month", "day1", "day2"), SPANS)
def test_the_span_is_the_meeting(
    tmp_path: Path, name: str, span: str, month: str, day1: str, day2: str
) -> None:
    title = "Executive Summary of the ITU-T Study Group 15 Meeting"
    text = f"{'# ' if name.endswith('.md') else ''}{title}\n\n{span}\n\n" + BODY.format(day1=day1, day2=day2)
    assert meeting_dates(extracted(tmp_path, text, name)) == {month}


def test_without_a_span_the_day_held_stays(tmp_path: Path) -> None:
    text = "Summary of the ITU-T SG 15 and OIF coordination call\n\n" + BODY.format(
        day1="10 March 2027", day2="10 March 2027"
    )
    assert "2027-03-10" in meeting_dates(extracted(tmp_path, text, "summary.txt"))
