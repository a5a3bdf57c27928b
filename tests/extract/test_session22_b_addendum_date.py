"""Layout invariance of an ADDENDUM's dates (issue 12, point 9, session 22, engineer B): the bare "Date:" of
its header (a form's, a memo's, a mail's) is the day it was issued, its publication, as a statement's is;
the day it takes effect is the one it says so of ("takes effect on ...", "Effective: ...").

Every body and person is invented; the expected dates were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ADDENDUM = """\
# Addendum 3 to the HMC / OBC Tide Data Work Register

**Status:** approved \u00b7 **{label}** 2026-06-20 \u00b7 **Base register:** HMC / OBC register, version 2.0

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) amend their joint work register.

## Changes

- New item: Joint glossary of buoy clock terms - target Q3 2027

## Approval

The HMC Technical Committee approved this addendum on 2026-06-12; the OBC Board approved it on 2026-06-18.
{effective}
"""


@pytest.mark.parametrize("label", ["Date:", "Dated:"])
@pytest.mark.parametrize("effective", ["", "This addendum takes effect on 1 July 2026."])
def test_an_addendums_bare_date_is_its_issue(tmp_path: Path, label: str, effective: str) -> None:
    record = extracted(tmp_path, ADDENDUM.format(label=label, effective=effective), "tide-addendum-3.md")
    dates = {(d.role, d.value) for d in record.dates}
    assert ("published", "2026-06-20") in dates
    assert ("effective", "2026-06-20") not in dates
    if effective:
        assert ("effective", "2026-07-01") in dates
