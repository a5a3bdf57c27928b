"""An errata sheet to a work register (issue 12 point 9, session 23, engineer B, dev's addenda): a table of
corrections whose columns hold the text as printed and as it now reads ("Location | Was | Is", "Old text |
New text", "Printed | Should read"). The work items are the corrected cells that are items with targets,
without their identifiers ("W-2 ..."); the printed column no longer holds, and a corrected date of the
register ("Next review: March 2027") is no work item. The register it corrects is named in a field
("**Applies to:** the Work Register between ...") or by "corrects": no warning that it names none.

Every body, item and date is invented; the expected facts were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, written_milestone_pairs

SHEET = """\
# ERRATA TO
## HMC - OBC Work Register, Version 1.0 (16 February 2026)

**Document:** HMC-OBC-WR-2026-01/E1
**Issued:** June 2026
**Applies to:** the Work Register between the Harbour Metrology Council (HMC), acting through its Tide \
Gauge Working Group, and the Open Buoy Consortium (OBC), acting through its Telemetry Task Force

---

This errata sheet corrects the work register listed above. Only the locations named below change.

| Location | {was} | {is_} |
|---|---|---|
| p. 3, item W-2 | W-2 Mapping of buoy attributes to the HMC station taxonomy \u2014 target: Q3 2026 | \
W-2 Mapping of buoy attributes to the HMC station taxonomy \u2014 target: Q1 2027 |
| p. 3, item W-3 | W-3 Joint glossary of buoy terms \u2014 target: 2026-06 | *(item deleted)* |
| p. 3, after item W-4 | \u2014 | W-5 Example buoy descriptions for harbour approaches, checked against \
the HMC levels \u2014 target: H1 2027 |
| p. 4, last line | Next review: September 2026 | Next review: March 2027 |

### Approval of this errata sheet

Approved by the HMC Board of Directors on 2026-05-28 and by the OBC Technical Committee on 4 June 2026.
"""
COLUMNS = {
    "was / is": ("Was", "Is"),
    "old / new text": ("Old text", "New text"),
    "printed": ("Printed", "Should read"),
}
CORRECTED = {
    ("mapping of buoy attributes to the hmc station taxonomy", "Q1 2027"),
    ("example buoy descriptions for harbour approaches, checked against the hmc levels", "H1 2027"),
}


@pytest.mark.parametrize("layout", sorted(COLUMNS))
def test_an_errata_table_s_corrected_column_holds_the_work_items(tmp_path: Path, layout: str) -> None:
    was, is_ = COLUMNS[layout]
    pairs = written_milestone_pairs(tmp_path, SHEET.format(was=was, is_=is_), "errata.md")
    found = {(item.removesuffix(" \u2014").strip(), target) for item, target in pairs}
    assert found >= CORRECTED, (layout, pairs)
    assert not any(target in ("Q3 2026", "2026-06") for _, target in pairs), (layout, pairs)
    assert not any("review" in item for item, _ in pairs), (layout, pairs)


def test_an_errata_sheet_names_the_register_it_corrects(tmp_path: Path) -> None:
    record = extracted(tmp_path, SHEET.format(was="Was", is_="Is"), "errata.md")
    assert record.amends is not None
    assert "register" not in record.warnings and "milestones" not in record.warnings, record.warnings


def test_a_table_of_one_text_column_is_no_errata_table(tmp_path: Path) -> None:
    text = SHEET.format(was="Note", is_="Is")
    pairs = written_milestone_pairs(tmp_path, text, "errata.md")
    assert not any("example buoy descriptions" in item for item, _ in pairs), pairs
