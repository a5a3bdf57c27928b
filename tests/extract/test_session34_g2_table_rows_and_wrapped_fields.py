"""Header fields of table rows and of soft-wrapped Markdown field lines (session 34, engineer G2; H's
report): a table's row of two cells is a field in plain text too ("| Date | 2027-03-04 |"), a row of an
action or work item with its owner and day ("| Circulate the draft | Bo Ek | 2027-05-02 |") is none, and a
day's month wrapped onto the next field's line ("Date: Thursday, 3" over "December Place: Bergen", one line
to the Markdown reader) stays the day's (the signatures' row is a guard: a field before and after).
Bodies real, people and wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.headers import header_fields


def fields(tmp_path: Path, text: str, name: str) -> list[tuple[str, str]]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return [(f.name, f.value) for f in header_fields(read_document(path))]


@pytest.mark.parametrize("cell", ["Date", "**Date**", "Meeting date"])
def test_a_two_cell_row_of_plain_text_is_a_field(tmp_path: Path, cell: str) -> None:
    text = f"Joint OGF and DMTF call\n\n| {cell} | 2027-03-04 |\n| Venue | Bergen |\n\nThe call opened.\n"
    found = fields(tmp_path, text, "minutes.txt")
    assert (cell.strip("*").lower(), "2027-03-04") in found
    assert ("venue", "Bergen") in found


ACTIONS = """# Joint OGF and DMTF call

| Date | 2027-03-04 |
|---|---|

## Actions

| {head} |
|---|---|---|
| Circulate the draft test method | Bo Ek | 2027-05-02 |
| Update the liaison contact list | Ada Lind | 15 June 2027 |
"""


@pytest.mark.parametrize("head", ["Item | Who | When", "What | Owner | By", "Decision/Action | Who | When"])
@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
def test_an_action_row_is_no_field(tmp_path: Path, head: str, name: str) -> None:
    found = fields(tmp_path, ACTIONS.format(head=head), name)
    assert ("date", "2027-03-04") in found
    assert not [n for n, _ in found if n.startswith(("circulate", "update"))]


def test_a_row_of_signatures_stays_a_field(tmp_path: Path) -> None:
    text = (
        "# OGF and DMTF MoU\n\n| Party | Name | Date |\n|---|---|---|\n"
        "| Signed for OGF | Ana Example | 2027-03-04 |\n"
    )
    assert [n for n, _ in fields(tmp_path, text, "mou.md") if n == "signed for ogf"]


@pytest.mark.parametrize(
    ("day", "month", "label", "value"),
    [
        ("Thursday, 3", "December", "Place", "Bergen"),
        ("3", "Dec", "Venue", "ETSI, Oslo"),
        ("Monday 14th", "June", "Location", "Geneva"),
    ],
)
def test_a_month_wrapped_before_a_label_stays_the_days(
    tmp_path: Path, day: str, month: str, label: str, value: str
) -> None:
    text = f"# Minutes of the joint call\n\nDate: {day}\n{month} {label}: {value}\nChair: Ana Lind\n\nOpen.\n"
    found = fields(tmp_path, text, "minutes.md")
    assert ("date", f"{day} {month}") in found
    assert (label.lower(), value) in found
