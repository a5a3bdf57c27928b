# ruff: noqa: E501  (a table row is as wide as its cells)
"""Layout invariance of work items (session 20, tuner K): layouts real registers use that the rules did
not read.

- A table whose first column holds each row's reference, not its item: a dotted clause number ("4.1",
  "S1.2"), a release's version ("v0.9", "1.0"), a dash where a row has none; the item is the next
  column, whatever the header calls the first ("Item", "Milestone", "No.").
- A register kept in an Emacs Org file: each item a heading with its state keyword ("** TODO ...",
  "** DONE ..."), its target a `DEADLINE: <2026-06-30 Tue>` line under it or a `:TARGET:` property in
  its drawer; a dropped item is no milestone.

Each variant carries the same invented items (the Harbour Metrology Council and the Open Buoy Consortium
do not exist); the facts were written before the rules ran on any variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD, milestone_pairs

REFERENCED_ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "2027-03-31"),
    ("Interoperability test event for tide stations", "H1 2027"),
}

REFERENCED_VARIANTS = {
    "markdown-dotted-numbers": (
        "register.md",
        TIDE_REGISTER_MD_HEAD
        + """## Work items

| Item | Work item | Lead | Target |
|---|---|---|---|
| 4.1 | Joint glossary of tide gauge terms | HMC | Q3 2026 |
| 4.2 | Reference mapping of buoy telemetry fields | OBC | 2027-03-31 |
| 4.3 | Interoperability test event for tide stations | both | H1 2027 |
""",
    ),
    "markdown-versions-and-dash": (
        "register.md",
        TIDE_REGISTER_MD_HEAD
        + """## Roadmap

| Milestone | Deliverable | Due |
|---|---|---|
| v0.9 | Joint glossary of tide gauge terms | Q3 2026 |
| v1.0 | Reference mapping of buoy telemetry fields | 2027-03-31 |
| \u2014 | Interoperability test event for tide stations | H1 2027 |
""",
    ),
    "html-lettered-clauses": (
        "register.html",
        "<html><body><h1>HMC / OBC Tide Data Work Register</h1><h2>Organizations</h2><ul>"
        "<li>Harbour Metrology Council (HMC)</li><li>Open Buoy Consortium (OBC)</li></ul>"
        "<h2>Work items</h2><table><tr><th>No.</th><th>Item</th><th>Lead</th><th>Target</th></tr>"
        "<tr><td>S1.1</td><td>Joint glossary of tide gauge terms</td><td>HMC</td><td>Q3 2026</td></tr>"
        "<tr><td>S1.2</td><td>Reference mapping of buoy telemetry fields</td><td>OBC</td><td>2027-03-31</td></tr>"
        "<tr><td>S1.3</td><td>Interoperability test event for tide stations</td><td>both</td><td>H1 2027</td></tr>"
        "</table></body></html>",
    ),
}


@pytest.mark.parametrize("variant", sorted(REFERENCED_VARIANTS))
def test_the_item_of_a_referenced_row_is_the_column_after_its_reference(tmp_path: Path, variant: str) -> None:
    name, text = REFERENCED_VARIANTS[variant]
    assert milestone_pairs(tmp_path, text, name) == REFERENCED_ITEMS


ORG_ITEMS = {
    ("Joint glossary of tide gauge terms", "2026-06-30"),
    ("Reference mapping of buoy telemetry fields", "2027-03-31"),
    ("Interoperability test event for tide stations", "H1 2027"),
    ("Joint tutorial on buoy data formats", "tbd"),
}

ORG_PREAMBLE = """# -*- mode: org; coding: utf-8 -*-
#+TITLE: HMC / OBC Tide Data Work Register
#+AUTHOR: Liaison desk
#+TODO: TODO STARTED WAITING | DONE DROPPED
#+OPTIONS: toc:nil

* Organizations
- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""

ORG_VARIANTS = {
    "deadlines-and-target-properties": ORG_PREAMBLE
    + """* Work items
** DONE Joint glossary of tide gauge terms                                 :terms:
   CLOSED: [2026-06-12 Fri 10:02] DEADLINE: <2026-06-30 Tue>
   :PROPERTIES:
   :LEAD:     HMC
   :END:
** STARTED Reference mapping of buoy telemetry fields
   DEADLINE: <2027-03-31 Wed>
   :PROPERTIES:
   :LEAD:     OBC
   :END:
   - [ ] agree the field list
** WAITING Interoperability test event for tide stations
   :PROPERTIES:
   :LEAD:     both
   :TARGET:   H1 2027
   :END:
** TODO Joint tutorial on buoy data formats
   :PROPERTIES:
   :TARGET:   tbd
   :END:
** DROPPED Shared archive of test recordings
   CLOSED: [2026-02-02 Mon]
""",
    "priorities-and-scheduled": ORG_PREAMBLE
    + """* Joint work
** DONE [#A] Joint glossary of tide gauge terms
DEADLINE: <2026-06-30 Tue> SCHEDULED: <2026-03-02 Mon>
** TODO [#B] Reference mapping of buoy telemetry fields :mapping:telemetry:
DEADLINE: <2027-03-31 Wed>
** WAITING Interoperability test event for tide stations
:PROPERTIES:
:TARGET: H1 2027
:END:
** TODO Joint tutorial on buoy data formats
:PROPERTIES:
:TARGET: tbd
:END:
** DROPPED Shared archive of test recordings
""",
    "third-level-under-themes": ORG_PREAMBLE
    + """* Work items
** Terms
*** DONE Joint glossary of tide gauge terms
    DEADLINE: <2026-06-30 Tue>
** Telemetry
*** TODO Reference mapping of buoy telemetry fields
    DEADLINE: <2027-03-31 Wed>
*** WAITING Interoperability test event for tide stations
    :PROPERTIES:
    :TARGET:   H1 2027
    :END:
*** TODO Joint tutorial on buoy data formats
    :PROPERTIES:
    :TARGET:   tbd
    :END:
*** DROPPED Shared archive of test recordings
""",
}


@pytest.mark.parametrize("variant", sorted(ORG_VARIANTS))
def test_an_org_register_s_state_headings_are_its_work_items(tmp_path: Path, variant: str) -> None:
    assert milestone_pairs(tmp_path, ORG_VARIANTS[variant], "register.org.txt") == ORG_ITEMS


def test_an_org_heading_without_a_state_keyword_is_no_work_item(tmp_path: Path) -> None:
    """A plain heading of an Org file ("* Scope", "** Telemetry") is a section, as before."""
    pairs = milestone_pairs(tmp_path, ORG_VARIANTS["third-level-under-themes"], "register.org.txt")
    assert not {label for label, _ in pairs} & {"Terms", "Telemetry", "Work items"}


TIDE_HEADS = (TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD)  # (kept for the reader of the layouts above)
