"""A signing that a page, a register or a record recalls is the alliance's start (issue 12 point 9, session
26, engineer C):

the corpus convention (session 23) makes a recalled signing the alliance's start, `initiated`, and only the
signing of the agreement in force `signed`. A page, a register or minutes tell when the partners signed their
agreement by its month or year ("The two organizations signed their cooperation agreement in March 2020.",
"A memorandum of understanding signed in May 2019 makes ...", a fact box's "First signed | 2013"): that is
when the alliance began. A day's signing ("signed on 14 June 2027"), or any signing in a memorandum itself,
stays `signed`.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE_HTML = """<html><head><title>HMC and OBC</title></head><body>
<h1>Our partnership with the Open Buoy Consortium</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed their cooperation agreement
in March 2020. It lets members of either body take part in the Tide Gauge Working Group.</p>
<p>Contact: Ada Lind-Okafor</p>
</body></html>
"""

PAGE_MD = """# HMC partners: Open Buoy Consortium

A memorandum of understanding signed in March 2020 makes the Harbour Metrology Council (HMC) and the Open
Buoy Consortium (OBC) partners for tide data.

| Fact | Value |
|---|---|
| First signed | 2020 |
"""

REGISTER_TXT = """HMC / OBC Joint Work Register

Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

The two organizations signed a cooperation agreement in March 2020; this register lists its joint work.

Work items

1. Common station code list for tide gauges - target Q4 2027
2. Shared quality flags for buoy records - target H1 2028
"""

RECALLED = {"page.html": PAGE_HTML, "page.md": PAGE_MD, "register.txt": REGISTER_TXT}


@pytest.mark.parametrize("name", sorted(RECALLED))
def test_a_recalled_signing_by_month_or_year_is_the_alliance_s_start(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, RECALLED[name], name)
    facts = {(fact.role, fact.value) for fact in record.dates}
    assert ("initiated", "2020-03") in facts, record.dates
    assert not any(role == "signed" for role, _ in facts), record.dates


def test_a_first_signed_field_is_the_alliance_s_start(tmp_path: Path) -> None:
    record = extracted(tmp_path, PAGE_MD, "page.md")
    assert ("initiated", "2020") in {(fact.role, fact.value) for fact in record.dates}, record.dates


MOU = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose. The Parties cooperate on tide data standards.
2. Term. This Memorandum was signed in March 2020 and runs for three years.

Signed for HMC: Ada Lind-Okafor
Signed for OBC: Tomas Brekke
"""


def test_a_memorandum_s_own_signing_stays_signed(tmp_path: Path) -> None:
    record = extracted(tmp_path, MOU, "mou.txt")
    assert ("initiated", "2020-03") not in {(fact.role, fact.value) for fact in record.dates}, record.dates
