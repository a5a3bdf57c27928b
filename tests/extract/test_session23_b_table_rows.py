"""Work items in two table layouts dev's writers used (issue 12 point 9, session 23, engineer B):

- a plain-text table (a PDF's text, a register typed in columns) whose rows open with a number ("3.1",
  "2.", "4)") under a header naming the columns ("No.  Work item  Lead  Target"): the reader takes each row
  for a numbered list item, and the item was read without its target, three columns on;
- a term sheet's or fact sheet's two-column table whose row "Joint work" holds the whole list of work in
  one cell ("(1) X - by end of Q4 2026. (2) Y - H1 2027. (3) Z - tbd."), in a section of any kind.

Every body, item and date is invented; the expected (item, target) pairs were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

REGISTER = """\
HARBOUR METROLOGY COUNCIL - OPEN BUOY CONSORTIUM
JOINT WORK REGISTER

1. Organizations

Harbour Metrology Council (HMC), through its Tide Gauge Working Group.
Open Buoy Consortium (OBC), through its Telemetry Task Force.

3. Work items

{header}
{rows}

4. Contacts

HMC:  Ada Lindqvist-Oyelaran   ada.lo@hmc.example
"""
# A PDF's text: the header's columns stand where the widest row does not put them (the header set in another
# font), so the reader takes the rows for a numbered list
HEADER = "No.  Work item" + " " * 67 + "Lead    Target"
ITEMS = (
    ("Mapping of buoy records and tide gauge logs to the HMC archive of station data", "HMC", "Q1 2027"),
    ("Joint white paper on wave sensors in harbour approach lanes", "OBC", "June 2027"),
    ("Test cases for buoy gateways authenticated with TideLink", "OBC", "Q4 2027"),
)


def pdf_rows(number: str) -> str:
    """The items as a PDF's text lines, each number formatted by `number` ("3.{}", "{}.")."""
    lines = []
    for index, (item, lead, target) in enumerate(ITEMS, start=1):
        left = f"{number.format(index):<5}{item}"
        lines.append(f"{left:<85}{lead:<8}{target}")
    return "\n".join(lines)


ROWS = {
    "dotted numbers": pdf_rows("3.{}"),
    "numbers with a point": pdf_rows("{}."),
    "tabs between the cells": "\n".join(
        f"3.{i}\t{item}\t{lead}\t{target}" for i, (item, lead, target) in enumerate(ITEMS, 1)
    ),
}
EXPECTED = {
    ("mapping of buoy records and tide gauge logs to the hmc archive of station data", "Q1 2027"),
    ("joint white paper on wave sensors in harbour approach lanes", "June 2027"),
    ("test cases for buoy gateways authenticated with tidelink", "Q4 2027"),
}


@pytest.mark.parametrize("layout", sorted(ROWS))
def test_a_numbered_row_of_a_plain_text_table_is_a_row(tmp_path: Path, layout: str) -> None:
    header = "No.\tWork item\tLead\tTarget" if "tabs" in layout else HEADER
    text = REGISTER.format(header=header, rows=ROWS[layout])
    pairs = written_milestone_pairs(tmp_path, text, "register.txt")
    assert pairs >= EXPECTED, (layout, pairs)


def test_a_numbered_list_under_no_table_header_keeps_its_reading(tmp_path: Path) -> None:
    text = REGISTER.format(
        header="The parties will deliver:",
        rows="1. A joint glossary of tide gauge terms - target Q3 2027\n2. A buoy test plan - target Q1 2028",
    )
    pairs = written_milestone_pairs(tmp_path, text, "register.txt")
    assert {("a joint glossary of tide gauge terms", "Q3 2027"), ("a buoy test plan", "Q1 2028")} <= pairs


WORK_CELL = (
    "(1) Joint test vectors for tide gauge conformance \u2013 by end of Q4 2026. (2) Update of the OBC buoy"
    " profile to the current HMC record format \u2013 H1 2027. (3) Common names of wave sensor features"
    " \u2013 tbd."
)
TERM_SHEET_MD = (
    """\
# Non-binding term sheet - for signature

This term sheet records, as a memorandum of understanding, the terms on which the Harbour Metrology Council
(HMC) and the Open Buoy Consortium (OBC) cooperate.

| Term | Provision |
| --- | --- |
| Parties | Harbour Metrology Council (HMC); Open Buoy Consortium (OBC) |
| Purpose | To keep the tide record formats of both parties aligned. |
| {name} | """
    + WORK_CELL
    + """ |
| Meetings | One joint session a year. |
"""
)
TERM_SHEET_HTML = """\
<html><body><h1>Non-binding term sheet &ndash; for signature</h1>
<p>This term sheet records, as a memorandum of understanding, the terms on which the Harbour Metrology
Council (HMC) and the Open Buoy Consortium (OBC) cooperate.</p>
<table>
<tr><th>Term</th><th>Provision</th></tr>
<tr><td>Parties</td><td>Harbour Metrology Council (HMC); Open Buoy Consortium (OBC)</td></tr>
<tr><td>{name}</td><td>1) Joint test vectors for tide gauge conformance &ndash; by end of Q4 2026.
2) Update of the OBC buoy profile to the current HMC record format &ndash; H1 2027. 3) Common names of wave
sensor features &ndash; tbd.</td></tr>
<tr><td>Meetings</td><td>One joint session a year.</td></tr>
</table></body></html>
"""
TERM_SHEETS = {
    "markdown, joint work": (TERM_SHEET_MD, "Joint work", "sheet.md"),
    "markdown, deliverables": (TERM_SHEET_MD, "Deliverables", "sheet.md"),
    "html, work items": (TERM_SHEET_HTML, "Work items", "sheet.html"),
}
TERM_ITEMS = {
    ("joint test vectors for tide gauge conformance", "end of Q4 2026"),
    ("update of the obc buoy profile to the current hmc record format", "H1 2027"),
    ("common names of wave sensor features", "tbd"),
}


@pytest.mark.parametrize("layout", sorted(TERM_SHEETS))
def test_a_term_sheet_s_row_of_work_holds_its_items(tmp_path: Path, layout: str) -> None:
    template, name, file_name = TERM_SHEETS[layout]
    pairs = written_milestone_pairs(tmp_path, template.format(name=name), file_name)
    assert pairs >= TERM_ITEMS, (layout, pairs)


def test_a_row_of_another_term_holds_no_items(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, TERM_SHEET_MD.format(name="Background"), "sheet.md")
    assert not pairs & TERM_ITEMS, pairs
