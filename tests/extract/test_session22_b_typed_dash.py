"""Layout invariance of work items whose target follows a TYPED DASH or is a FISCAL YEAR (issue 12, point 9,
session 22, engineer B), as government notices and typewritten agreements write them:

- an em dash typed as two hyphens with no blank before it ("(a) Publication of X--by the end of FY26.",
  "(b) Joint guidance on Y--Q3 CY2026."): the target follows it, without its cue "by";
- a point of a fiscal year written with its article ("the end of FY26", "the start of FY 2027") is a target
  kept as written, as "end of FY26" and "FY26" already were.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.dates import parse_target

NOTICE = """\
DEPARTMENT OF HARBOURS
Office of Tide Data Coordination

Memorandum of Understanding With the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

SUMMARY: This notice announces a memorandum of understanding (MOU) between the Harbour Metrology Council
(HMC) and the Open Buoy Consortium (OBC) on the exchange of tide records.

SUPPLEMENTARY INFORMATION:

III. Initial Joint Activities

    The MOU lists the following initial activities and target dates:
{items}

IV. Availability of the MOU

    The full text of the MOU may be requested from the contact named above.
"""

ITEMS = {
    ("publication of a shared tide record and buoy profile alignment calendar", "the end of FY26"),
    ("joint guidance on the use of buoy clock drift corrections", "Q3 CY2026"),
    ("review of tide gauge datum offsets for harbour exchange", "H1 2027"),
    ("public listening session on tide record versioning", "June 2026"),
}


@pytest.mark.parametrize("dash", ["--", "-- ", "--by "])
def test_a_typed_dash_parts_an_item_from_its_target(tmp_path: Path, dash: str) -> None:
    lines = [
        "    (a) Publication of a shared tide record and buoy profile alignment calendar--\n"
        "by the end of FY26.",
        f"    (b) Joint guidance on the use of buoy clock drift corrections{dash}Q3 CY2026.",
        f"    (c) Review of tide gauge datum offsets for harbour exchange{dash}H1 2027.",
        f"    (d) Public listening session on tide record versioning{dash}June 2026.",
    ]
    record = extracted(tmp_path, NOTICE.format(items="\n".join(lines)), "tide-mou-notice.txt")
    pairs = {(folded(m.label), m.target.text if m.target else None) for m in record.milestones}
    assert pairs >= {(folded(item), target) for item, target in ITEMS}


@pytest.mark.parametrize(
    "text", ["the end of FY26", "the start of FY 2027", "the close of FY2026", "the FY26"]
)
def test_a_point_of_a_fiscal_year_is_a_target_as_written(text: str) -> None:
    target = parse_target(text)
    assert target is not None and target.text == text


@pytest.mark.parametrize("text", ["FYI", "the end of the FY", "FY26 budget review"])
def test_words_near_a_fiscal_year_are_no_target(text: str) -> None:
    assert parse_target(text) is None
