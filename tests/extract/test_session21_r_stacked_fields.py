"""Layout invariance of a header whose labels stand alone with their colon, each value on the next line
(issue 12, point 9, session 21, tag r): a committee's cover sheet ("DATE ASSIGNED:" / blank / "2026-10-19",
dev's JTC 1 statement) and a web page's definition list ("<dt>Date:</dt><dd>3 March 2026</dd>", read as one
line a term and one its value, dev's W3C statement page). The date is the statement's; the contacts under
such a header keep their body.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

COVER_SHEET = """Harbour Metrology Council (HMC)

Tide Gauge Working Group


HMC TGWG N 812


TITLE:

Liaison statement from the HMC Tide Gauge Working Group to the Open Buoy Consortium (OBC)

{label}:

{date}

SOURCE:

HMC Tide Gauge Working Group

The HMC Tide Gauge Working Group thanks the Open Buoy Consortium for its work on buoy telemetry formats.
"""

DEFINITION_LIST = """<html><body><h1>Liaison statement: buoy telemetry formats</h1>
<dl><dt>{label}:</dt><dd>{date}</dd>
<dt>From:</dt><dd>Harbour Metrology Council (HMC) Tide Gauge Working Group</dd>
<dt>To:</dt><dd>Open Buoy Consortium (OBC)</dd></dl>
<p>The Harbour Metrology Council thanks the Open Buoy Consortium for its work on buoy telemetry formats.</p>
</body></html>"""

VARIANTS = {
    "cover-sheet-assigned": (COVER_SHEET, "DATE ASSIGNED", "2026-10-19", "statement.txt"),
    "cover-sheet-date": (COVER_SHEET, "DATE", "19 October 2026", "statement.txt"),
    "definition-list": (DEFINITION_LIST, "Date", "19 October 2026", "statement.html"),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_a_label_over_its_value_dates_the_statement(tmp_path: Path, variant: str) -> None:
    layout, label, date, name = VARIANTS[variant]
    record = extracted(tmp_path, layout.format(label=label, date=date), name)
    assert ("published", "2026-10-19") in {(fact.role, fact.value) for fact in record.dates}
