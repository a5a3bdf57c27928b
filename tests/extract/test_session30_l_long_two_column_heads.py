"""A two-column head's date below its first lines (issue 12, point 9, session 30, engineer L): an
Internet-Draft or RFC head sets the group, status and expiry at the left and the authors, their
organizations and the date at the right; with many authors, or a left column that goes on (Updates,
Obsoletes), the date stands below line 12, and past line 36 it was not read at all. The head's lines (set at
the right, or two columns parted by a gap) are read to its end. "Expires:" stays no publishing date, and a
later table's right-hand date is no head's. The names and dates are invented.
"""

from __future__ import annotations

import pytest

from kg.extract.document_dates import issue_date

BODY = (
    "\n\n          Liaison Handling between Two Standards Bodies\n\nAbstract\n\n"
    "   This document describes how the two bodies exchange liaison statements.\n"
)


def head(left: list[str], right: list[str]) -> str:
    lines = []
    for index in range(max(len(left), len(right))):
        a = left[index] if index < len(left) else ""
        b = right[index] if index < len(right) else ""
        lines.append(a + " " * (72 - len(a) - len(b)) + b if b else a)
    return "\n".join(lines)


LEFT = [
    "Network Working Group",
    "Internet-Draft",
    "Intended status: Informational",
    "Expires: September 3, 2026",
]


def authors(count: int) -> list[str]:
    return [line for i in range(count) for line in (f"Q. Writer{i}", f"Harbour Labs {i}")]


@pytest.mark.parametrize("count", [9, 17, 19, 30])
@pytest.mark.parametrize("date", ["March 2, 2026", "2 March 2026", "March 2026"])
def test_the_date_under_many_authors_is_read(count: int, date: str) -> None:
    text = head(LEFT, [*authors(count), date]) + BODY
    found = issue_date(text, "AlliancePage")
    assert [f.value for f in found] == ["2026-03-02" if date[0] != "M" or "," in date else "2026-03"]


def test_a_left_column_going_on_past_the_first_lines() -> None:
    left = [*LEFT, *(f"Obsoletes: {4000 + i}" for i in range(16))]
    text = head(left, [*authors(10), "March 2, 2026"]) + BODY
    assert [f.value for f in issue_date(text, "LiaisonStatement")] == ["2026-03-02"]


def test_the_expiry_alone_gives_no_date() -> None:
    text = head(LEFT, authors(18)) + BODY
    assert issue_date(text, "AlliancePage") == []


def test_a_table_after_the_head_dates_nothing() -> None:
    rows = "\n".join(f"Deliverable number {i}" + " " * 40 + "March 2027" for i in range(20))
    text = "Joint work of two bodies\n\nThe bodies list their work below.\n" + "\n" * 10 + rows + "\n"
    assert issue_date(text, "AlliancePage") == []
