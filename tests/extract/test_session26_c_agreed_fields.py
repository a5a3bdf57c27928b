"""A header field named "Agreed" dates an approval (issue 12 point 9, session 26, engineer C):

registers, addenda and plans record the day each party agreed their text in a field named "Agreed" ("Agreed:
2026-11-18", "| Agreed | HMC Tide Gauge Working Group, 22 April 2027 |", "Agreed by ...... OBC Board,
2025-01-09"): each is an approval of the document, as an "Approved:" field is. A sentence that recalls what
was agreed ("Targets are those agreed at the joint meeting of ...") is no such field.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """HMC / OBC Joint Work Register - Addendum 2

Agreed by ......................... HMC Tide Gauge Working Group, 2027-04-22

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

Work items

1. Common station code list for tide gauges - target Q4 2027
"""

MARKDOWN = """# HMC / OBC Joint Work Register - Addendum 2

| Field | Value |
|---|---|
| Agreed | HMC Tide Gauge Working Group, 22 April 2027 |
| Status | Final |

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Work items

- Common station code list for tide gauges - target Q4 2027
"""

HTML = """<html><head><title>HMC / OBC Joint Work Register - Addendum 2</title></head><body>
<h1>HMC / OBC Joint Work Register - Addendum 2</h1>
<table><tr><th>Agreed</th><td><time datetime="2027-04-22">22 Apr 2027</time></td></tr>
<tr><th>Status</th><td>Final</td></tr></table>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<ul><li>Common station code list for tide gauges - target Q4 2027</li></ul>
</body></html>
"""

VARIANTS = {"addendum.txt": TEXT, "addendum.md": MARKDOWN, "addendum.html": HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_an_agreed_field_dates_an_approval(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, VARIANTS[name], name)
    assert ("approved", "2027-04-22") in {(fact.role, fact.value) for fact in record.dates}, record.dates
