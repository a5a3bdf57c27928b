"""Layout invariance of the KIND of a news release that announces an agreement signed (issue 12, point 9,
session 26, tuner A).

A release's headline tells of the signing ("A and B sign memorandum of understanding ..."); its subhead, or a
heading of the title area under it, may name the first joint activity ("Joint workshop on X planned for the
third quarter", "First joint meeting set for May"). The subhead's meeting word made the release a meeting
record. What the release is, its headline says first: a meeting word in a line after a headline of signing is
the news's detail. A release that names no signing in its headline is one by its dateline ("GENEVA, 12 March
2027 -- ...": a place, then a date, then a dash) and its lead. Every body is invented; each layout is written
in several formats, the expected kind written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = """\
{dateline} The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) have signed a
memorandum of understanding to align their buoy telemetry profiles. The agreement was signed in Bergen on
11 March 2027.

Under the memorandum, the KDA Buoy Working Group and the FSC Telemetry Task Force will exchange drafts and
invite each other's experts to their meetings.

About KDA
The Kelp Data Association develops open data formats for aquaculture.

Media contact: Ada Lindqvist-Oyelaran, press@kda.example
"""

HEADLINE = "KDA and FSC sign memorandum of understanding on buoy telemetry"
SUBHEADS = [
    "Joint workshop on sensor calibration planned for the third quarter",
    "First joint meeting set for May 2027",
    "Monthly liaison call to follow the signing",
]


def release(layout: str, subhead: str, dateline: str = "BERGEN, Norway, 12 March 2027 --") -> str:
    body = BODY.format(dateline=dateline)
    if layout == "md":
        return f"# {HEADLINE}\n\n## {subhead}\n\n{body}"
    if layout == "html":
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        return (
            f"<html><head><title>{HEADLINE}</title></head><body>\n<h1>{HEADLINE}</h1>\n"
            f"<h2>{subhead}</h2>\n{paragraphs}</body></html>\n"
        )
    return f"FOR IMMEDIATE RELEASE\n\n{HEADLINE}\n\n{subhead}\n\n{body}"


@pytest.mark.parametrize("subhead", SUBHEADS, ids=["workshop", "meeting", "liaison-call"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_release_headlining_a_signing_is_an_mou_whatever_its_subhead_says(
    tmp_path: Path, layout: str, subhead: str
) -> None:
    record = extracted(tmp_path, release(layout, subhead), f"release.{layout}")
    assert record.kind == "MemorandumOfUnderstanding"


MINUTES = """\
{title}

Minutes of the joint meeting of KDA and FSC, Bergen, 12 March 2027

Present: Ada Lindqvist-Oyelaran (KDA), Tomas Brekke-Adeyemi (FSC)

1. Welcome and agenda
The agenda was approved.

2. Memorandum of understanding
The memorandum of understanding signed on 11 March 2027 was presented. The KDA Buoy Working Group and the
FSC Telemetry Task Force will exchange drafts.

3. Actions
- KDA to circulate the telemetry profile draft by 30 April 2027.
"""


@pytest.mark.parametrize(
    "title",
    ["KDA-FSC joint meeting: minutes", "Minutes - KDA and FSC sign memorandum of understanding follow-up"],
    ids=["minutes-title", "minutes-naming-a-signing"],
)
def test_minutes_that_recall_a_signing_stay_minutes(tmp_path: Path, title: str) -> None:
    record = extracted(tmp_path, MINUTES.format(title=title), "minutes.txt")
    assert record.kind == "MeetingRecord"


NEUTRAL_HEADLINE = "KDA and FSC to align buoy telemetry profiles"
DATELINE_BODY = """\
{headline}

{dateline} The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) signed a memorandum of
understanding on 11 March 2027 to align their buoy telemetry profiles.

The KDA Buoy Working Group and the FSC Telemetry Task Force will exchange drafts.
"""


@pytest.mark.parametrize(
    "dateline",
    ["GENEVA, 12 March 2027 --", "Bergen, Norway, March 12, 2027 \u2014", "TROMS\u00d8, 12.03.2027 -"],
    ids=["day-month", "month-day", "numeric"],
)
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_dateline_with_its_date_opens_a_release(tmp_path: Path, dateline: str, layout: str) -> None:
    headline = ("# " if layout == "md" else "") + NEUTRAL_HEADLINE
    text = DATELINE_BODY.format(headline=headline, dateline=dateline)
    assert extracted(tmp_path, text, f"release.{layout}").kind == "MemorandumOfUnderstanding"
