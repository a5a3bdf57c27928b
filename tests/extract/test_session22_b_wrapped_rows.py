"""Layout invariance of a plain-text table whose ROWS WRAP over several lines inside their columns (issue 12,
point 9, session 22, engineer B), as registers typed in a fixed-width font and scanned registers' text layers
write them:

- a ruler parts the columns ("---  ------------  ------"); a row's item goes on below its first line, the
  number's column left blank, and the last line of the row carries the lead and the target ("4.1  Joint
  glossary of tide" / "     gauge terms       HMC   Q2 2026"). The row is one work item with its target:
  the reader neither joins the wrapped lines as a paragraph's nor leaves them out of the row;
- a table whose first column groups rows that are each complete (a theme, then rows with a blank first
  cell, each with its own target) keeps one row a line.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

HEAD = """\
 HMC / OBC  Joint Work Register  TD-WR-2026/03  Rev. 2         - 2 -

 1. Organizations

 The Harbour Metrology Council (HMC), through its Tide Gauge Working Group, and the Open Buoy
 Consortium (OBC), through its Telemetry Task Force, keep this register of their joint work on the
 exchange of tide records between harbour gauges and offshore buoys.

 4. Work items

"""

WRAPPED = """\
 No.  Work item                                    Lead    Target
 ---  -------------------------------------------  ------  --------------
 4.1  Joint glossary of tide gauge terms for the
      harbour authorities of both organizations,
      in English and French                        HMC     Q2 2026
 4.2  Mapping table between the tide record
      format and the buoy telemetry profile        OBC     30.09.2026
 4.3  Shared test files for buoy clock drift       both    H1 2027
 4.4  Joint workshop on tide data exchange at the
      Bergen plenary                               HMC     tbd
"""

ITEMS = {
    (
        "joint glossary of tide gauge terms for the harbour authorities of both organizations, in english and"
        " french",
        "Q2 2026",
    ),
    ("mapping table between the tide record format and the buoy telemetry profile", "30.09.2026"),
    ("shared test files for buoy clock drift", "H1 2027"),
    ("joint workshop on tide data exchange at the bergen plenary", "tbd"),
}


def pairs_of(tmp_path: Path, text: str) -> set[tuple[str, str | None]]:
    record = extracted(tmp_path, text, "tide-register-scan.txt")
    return {
        (folded(max([m.label, *m.texts], key=len)), m.target.text if m.target else None)
        for m in record.milestones
    }


@pytest.mark.parametrize("indent", ["", " ", "   "])
def test_a_row_wrapped_in_its_columns_is_one_work_item(tmp_path: Path, indent: str) -> None:
    table = "".join(f"{indent}{line}\n" for line in WRAPPED.splitlines())
    assert pairs_of(tmp_path, HEAD + table) >= ITEMS


@pytest.mark.parametrize(
    "ruler",
    [
        "---  -------------------------------------------  ------  --------------",
        "===  ===========================================  ======  ==============",
    ],
)
def test_the_ruler_may_be_drawn_in_any_rule_character(tmp_path: Path, ruler: str) -> None:
    table = WRAPPED.replace(WRAPPED.splitlines()[1].strip(), ruler)
    assert pairs_of(tmp_path, HEAD + table) >= ITEMS


GROUPED = """\
 Theme     Work item                                    Target
 --------  -------------------------------------------  --------------
 Glossary  Joint glossary of tide gauge terms           Q2 2026
           French edition of the joint glossary         Q4 2026
 Testing   Shared test files for buoy clock drift       H1 2027
           Conformance report on buoy clock drift       H2 2027
"""


def test_rows_grouped_under_a_first_column_stay_one_a_line(tmp_path: Path) -> None:
    pairs = pairs_of(tmp_path, HEAD + GROUPED)
    assert pairs >= {
        ("joint glossary of tide gauge terms", "Q2 2026"),
        ("french edition of the joint glossary", "Q4 2026"),
        ("shared test files for buoy clock drift", "H1 2027"),
        ("conformance report on buoy clock drift", "H2 2027"),
    }
