"""Work items in tables and lists dev's writers laid out in ways the rules did not read (issue 12 point 9,
session 23, engineer B):

- a partner page's table of work streams with no target column, only a status one whose cells date the
  row or say it goes on ("Published (March 2022)", "Planned: Q3 2025", "On-going"); a bare status ("Done",
  "In progress") dates nothing, and a partner's row ("OPC Foundation | MoU | Ongoing") is no work;
- a table whose first column is a theme and whose item column says which item comes next ("Workstream |
  Owner | Next deliverable | Due"); a "Next milestone" column still names a stage, not the item;
- a list item whose target field ends on a dash over nothing ("X - Target: 4Q2026 -", the trace of a
  field a reader emptied);
- a table row struck out in tracked changes, of which the reader leaves its number alone ("2.2") between
  the rows: no end of the table.

Every body, item and date is invented; the expected (item, target) pairs were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

PAGE = """\
# Collaboration with the Open Buoy Consortium

## Overview

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agreed in 2024 to align their tide
record formats.

## What we work on

{table}

## Contacts

- HMC: Ada Lindqvist, Head of Collaboration
"""
STATUS_TABLES = {
    "status last": (
        "| Work stream | HMC lead | OBC project | Status |\n|---|---|---|---|\n"
        "| Tide record alignment | Records Team | TideLink | Published (March 2026) |\n"
        "| Buoy gateway profiles | Gateway Team | TideLink | On-going |\n"
        "| Wave sensor data model | Sensor Team | WaveKit | Planned: Q3 2027 |\n"
        "| Station naming rules | Records Team | TideLink | In progress |\n"
    ),
    "status second": (
        "| Work stream | State | Notes |\n|---|---|---|\n"
        "| Tide record alignment | Published (March 2026) | both groups |\n"
        "| Buoy gateway profiles | Ongoing | monthly calls |\n"
        "| Wave sensor data model | Planned: Q3 2027 | draft outline |\n"
        "| Station naming rules | Done | - |\n"
    ),
}
STATUS_ITEMS = {
    ("tide record alignment", "March 2026"),
    ("wave sensor data model", "Q3 2027"),
}


@pytest.mark.parametrize("layout", sorted(STATUS_TABLES))
def test_a_status_column_dates_the_rows_of_a_table_without_targets(tmp_path: Path, layout: str) -> None:
    pairs = written_milestone_pairs(tmp_path, PAGE.format(table=STATUS_TABLES[layout]), "page.md")
    assert pairs >= STATUS_ITEMS, (layout, pairs)
    assert any(item == "buoy gateway profiles" for item, _ in pairs), (layout, pairs)
    assert not any(item == "station naming rules" for item, _ in pairs), (layout, pairs)


def test_a_partner_s_row_with_a_status_is_no_work(tmp_path: Path) -> None:
    table = (
        "| Partner | Relationship | Status |\n|---|---|---|\n"
        "| Open Buoy Consortium | Memorandum of understanding | Ongoing |\n"
        "| Harbour Metrology Council | Liaison | Ongoing |\n"
    )
    pairs = written_milestone_pairs(tmp_path, PAGE.format(table=table), "page.md")
    assert not any("consortium" in item or "council" in item for item, _ in pairs), pairs


THEMES = """\
<html><body><h1>HMC / OBC joint coordination calls - running notes</h1>
<p>Groups: the Harbour Metrology Council (HMC) Tide Gauge Working Group and the Open Buoy Consortium (OBC)
Telemetry Task Force.</p>
<h2>Project overview (kept current)</h2>
<table>
<tr><td>Workstream</td><td>Owner</td><td>{column}</td><td>Due</td></tr>
<tr><td>Records</td><td>HMC</td><td>Comparison of the HMC and OBC tide record fields</td>
<td>Jan 15, 2027</td></tr>
<tr><td>Gateways</td><td>OBC</td><td>Joint test scenarios for buoy gateway registration</td>
<td>Q1 2027</td></tr>
<tr><td>Outreach</td><td>Both</td><td>Plain-language explainer for harbour operators</td><td>TBD</td></tr>
</table>
<h2>Thursday, November 19, 2026</h2>
<p>Attendees: Ada Lindqvist (HMC); Bruno Sancho (OBC).</p>
</body></html>
"""
THEME_ITEMS = {
    ("comparison of the hmc and obc tide record fields", "Jan 15, 2027"),
    ("joint test scenarios for buoy gateway registration", "Q1 2027"),
    ("plain-language explainer for harbour operators", "TBD"),
}


@pytest.mark.parametrize("column", ["Next deliverable", "Planned deliverables", "Key activity"])
def test_the_item_column_says_which_item_comes_next(tmp_path: Path, column: str) -> None:
    pairs = written_milestone_pairs(tmp_path, THEMES.format(column=column), "notes.html")
    assert pairs >= THEME_ITEMS, (column, pairs)
    assert not any(item in ("records", "gateways", "outreach") for item, _ in pairs), pairs


def test_a_next_milestone_column_is_no_item_column(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Joint Work Items\n\nOrganizations: Harbour Metrology Council (HMC), "
        "Open Buoy Consortium (OBC)\n\n## Work items\n\n"
        "| WI reference | Title | Rapporteur | Current status | Next milestone | Target date |\n"
        "|---|---|---|---|---|---|\n"
        "| HMC-009 | Tide record API update for paging | HMC | Stable draft | TB approval | 30/06/2026 |\n"
        "| HMC-012 | Guidelines for mapping buoy models | OBC | Early draft | Stable draft | 15/10/2026 |\n"
    )
    pairs = written_milestone_pairs(tmp_path, text, "register.md")
    assert pairs >= {
        ("tide record api update for paging", "30/06/2026"),
        ("guidelines for mapping buoy models", "15/10/2026"),
    }, pairs


@pytest.mark.parametrize("dash", [" -", " \u2013", " \u2014 "])
def test_a_dash_over_nothing_ends_no_target(tmp_path: Path, dash: str) -> None:
    text = (
        "HMC / OBC Work Register - Addendum 1\n\nOrganizations: Harbour Metrology Council (HMC), "
        "Open Buoy Consortium (OBC)\n\nMilestones\n\n"
        f"1. Joint test plan for buoy gateways at 10 Hz sampling \u2013 Target: 4Q2026{dash}\n"
        "2. Common errata process for the tide record format \u2013 Target: On-going\n"
    )
    pairs = written_milestone_pairs(tmp_path, text, "addendum.txt")
    expected = "joint test plan for buoy gateways at 10 hz sampling"
    assert any(item.startswith(expected) and target == "4Q2026" for item, target in pairs), pairs


TRACKED = """\
<html><body><h1>HMC / OBC Register - Addendum 2 (tracked changes)</h1>
<p>This addendum amends the work register between the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC).</p>
<h2>2. Work items</h2>
<table>
<tr><td>Item</td><td>Work item</td><td>Target</td></tr>
<tr><td>2.1</td><td>Profile for carrying tide record links in buoy manifests</td><td>Q1 2027</td></tr>
<tr><td>2.2</td><td><del>Survey of gateway firmware versions</del></td><td><del>Q3 2026</del></td></tr>
<tr><td>2.3</td><td>Test files showing station codes in buoy manifests</td><td>June 2027</td></tr>
</table>
<h2>3. Contacts</h2>
<p>HMC: Ada Lindqvist</p>
</body></html>
"""


def test_a_struck_row_s_number_does_not_end_the_table(tmp_path: Path) -> None:
    pairs = written_milestone_pairs(tmp_path, TRACKED, "addendum.html")
    assert pairs >= {
        ("profile for carrying tide record links in buoy manifests", "Q1 2027"),
        ("test files showing station codes in buoy manifests", "June 2027"),
    }, pairs
    assert not any(item.startswith("2.") for item, _ in pairs), pairs
