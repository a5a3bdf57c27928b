"""A head set in two columns (issue 12, point 9, session 29, engineer T, at engineer D's request): RFCs,
Internet-Drafts and ITU documents set the group, the series and the status on the left and the authors,
their organizations and the date on the right. The date's line may hold a left cell too ("Expires:
September 3, 2026" beside "March 2, 2026", "Category: Informational" beside "May 2026"), and a reader that
reads the head column by column puts the right column after the left one, its date past the first lines.
The right column's date is the day of publishing wherever it sits; a table's row (more cells) and a
meeting's place and days ("Geneva, 9-20 March 2026") are not. The wordings are invented; the layouts are
those of IETF and ITU heads.
"""

from __future__ import annotations

import pytest

from kg.extract.document_dates import issue_date

BODY = """
        Coordination of the IETF and the IEEE 802.1 WG on Deterministic Networking

Abstract

   This memo describes how the IETF DetNet working group and the IEEE
   802.1 Working Group exchange liaison statements on their joint work.
"""
MIXED = {
    "expires-beside": (
        "Network Working Group                                         A. Example\n"
        "Internet-Draft                                       Example Networks Ltd\n"
        "Expires: September 3, 2026                                 March 2, 2026\n",
        "2026-03-02",
    ),
    "category-beside-month": (
        "Network Working Group                                         A. Example\n"
        "Request for Comments: 9999                           Example Networks Ltd\n"
        "Category: Informational                                         May 2026\n",
        "2026-05",
    ),
    "iso-beside": (
        "Internet Engineering Task Force                                 B. Sample\n"
        "Internet-Draft                                           Sample Labs GmbH\n"
        "Intended status: Standards Track                              2026-03-02\n",
        "2026-03-02",
    ),
}


@pytest.mark.parametrize("head", MIXED)
def test_the_right_columns_date_beside_a_left_cell(head: str) -> None:
    text, value = MIXED[head]
    assert [fact.value for fact in issue_date(text + BODY, "AlliancePage")] == [value]


def test_the_right_column_read_after_the_left_one() -> None:
    left = "Network Working Group\nInternet-Draft\nIntended status: Informational\n"
    left += "Expires: September 3, 2026\n\n"
    authors = "".join(f"{name:>72}\n{org:>72}\n" for name, org in [("A. Example", "Example Ltd")] * 5)
    text = left + authors + f"{'March 2, 2026':>72}\n" + BODY
    assert [fact.value for fact in issue_date(text, "AlliancePage")] == ["2026-03-02"]


NOT_DATES = {
    "meeting": "Question(s):   2/15                          Geneva, 9-20 March 2026\n",
    "meeting-day": "Question(s):  6/13                                  Virtual, 12 December 2025\n",
    "table-row": "WI-1      Joint glossary      Example Networks     2026-03-02\n",
    "piped": "Joint glossary draft          |                     2026-03-02\n",
}


@pytest.mark.parametrize("line", NOT_DATES)
def test_a_row_or_a_meetings_days_are_no_head_date(line: str) -> None:
    text = "Joint work plan of ITU-T SG15 and the IEEE 802.3 WG\n\n" + NOT_DATES[line] + BODY
    assert issue_date(text, "AlliancePage") == []
