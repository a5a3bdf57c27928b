"""Layout invariance of the document's KIND in three layouts real documents use and the rules misread (issue
12, point 9, session 29, tuner A; real documents probed in /work/s29/real-a, notes in /work/s29/a-real.md).

- A news item headlined with the short form of the agreement ("A and B Sign Memo of Understanding") was read
  as a page: "memo of understanding" was no agreement's name.
- A release whose headline tells a body "joins" a coalition, and whose lead tells it joined the founding
  bodies "in a Memorandum of Understanding", was read as a page: joining an agreement was no verb of signing.
- A meeting report under a temporary document's header whose action list approves an outgoing liaison
  statement ("WP3-2: Approve the outgoing Liaison Statement to X") was read as that statement.
The bodies are real, the content and wording invented; each layout in plain text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import LAYOUTS, titled
from support.work_items import extracted


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "headline",
    [
        "IEEE SA and the Illuminating Engineering Society Sign Memo of Understanding",
        "ETSI, OASIS sign memo of co-operation on threat intelligence",
        "Memo of Agreement between OASIS and ETSI",
    ],
)
def test_a_memo_of_understanding_is_a_memorandum(tmp_path: Path, layout: str, headline: str) -> None:
    lines = [
        "The two bodies will keep each other informed of their work on open standards.",
        "1. Collaboration: joint events and publications. 2. Communications: an exchange of newsletters.",
    ]
    text, name = titled(layout, headline, lines)
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "lead",
    [
        "Geneva, 3 February 2027 - OASIS joined three international standards organizations in a Memorandum "
        "of Understanding (MoU) on smart city data, with IEC, ISO and ITU as its founding members.",
        "OASIS today joins the Memorandum of Understanding on smart city data that IEC, ISO and ITU signed "
        "in 2024.",
    ],
)
def test_a_body_joining_a_memorandum_in_the_news_is_one(tmp_path: Path, layout: str, lead: str) -> None:
    text, name = titled(
        layout,
        "OASIS Joins International Alliance of Standards Bodies for Smart City Data",
        ["Press Release", lead, "The bodies will align their data dictionaries."],
    )
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"


def test_joining_a_page_with_no_agreement_is_still_a_page(tmp_path: Path) -> None:
    text, name = titled(
        "md",
        "Our partners",
        [
            "OASIS has joined the IEC, ISO and ITU in their alliance on smart city data.",
            "Each body keeps its own process; the alliance meets once a year.",
        ],
    )
    assert extracted(tmp_path, text, name).kind == "AlliancePage"


REPORT = """TEMPORARY DOCUMENT

Source: Chairman, Working Party 3 of ITU-T Study Group 13
Title: Report of the joint meeting of ITU-T Study Group 13 and ETSI ISG NFV (Geneva, 4-6 May 2027)
Contact: Ana Example

0 Actions

 {item}
 WP3-4: Approve this report

1 General
ITU-T Study Group 13 and ETSI ISG NFV reviewed their joint work on network automation.
"""
ITEMS = [
    "WP3-2: Approve the outgoing Liaison Statement to ETSI ISG NFV on intent-based management - TD415",
    "Noted the incoming liaison statement from ETSI ISG NFV on closed-loop automation",
    "Agreed to send an LS to ETSI ISG NFV on the joint terms",
]


@pytest.mark.parametrize("item", ITEMS)
def test_a_meeting_report_approving_a_statement_is_a_meeting_record(tmp_path: Path, item: str) -> None:
    record = extracted(tmp_path, REPORT.format(item=item), "a.txt")
    assert record.kind == "MeetingRecord"


@pytest.mark.parametrize(
    "title",
    [
        "Liaison statement to ETSI ISG NFV on intent-based management",
        "Reply to the liaison statement from ETSI ISG NFV",
        "Draft LS to ETSI ISG NFV on intent-based management",
    ],
)
def test_a_statement_naming_itself_is_still_a_statement(tmp_path: Path, title: str) -> None:
    text = (
        f"{title}\n\nSource: ITU-T Study Group 13\nFor: action\n\n"
        "ITU-T Study Group 13 asks ETSI ISG NFV to comment on the attached draft.\n"
    )
    assert extracted(tmp_path, text, "a.txt").kind == "LiaisonStatement"
