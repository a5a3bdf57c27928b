"""Layout invariance of UNITS named by a head and a code, the head in full or abbreviated (issue 12, point 9,
session 28, tuner A).

Standards bodies name a committee by its head and a code, the head written out in a title or a first mention
and abbreviated in tables and later prose: "Technical Committee ERM" and "TC ERM", "Industry Specification
Group ZSM" and "ISG ZSM". Only a numbered committee ("TC 57", "Technical Committee 57") was known by both;
a coded one kept the one form the text gave, and a reader (or a gold) naming it the other way missed it. A
code is a word of two capitals or digits at least; a plain word after the head ("Working Group Security") is
none. The body and codes are invented; each form is written in prose, a Markdown list and an HTML table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) cooperate on buoy data."
PAIRS = [
    ("Technical Committee BDX", "TC BDX"),
    ("TC MoorNet", "Technical Committee MoorNet"),
    ("Industry Specification Group KT2", "ISG KT2"),
    ("ISG BUOY", "Industry Specification Group BUOY"),
]


def document(layout: str, written: str) -> tuple[str, str]:
    sentence = f"The FSC {written} reviews the KDA buoy data format."
    if layout == "md":
        return f"# KDA and FSC cooperation\n\n{LEAD}\n\n- {sentence}\n- Next review in 2028.\n", "a.md"
    if layout == "html":
        return (
            f"<html><body><h1>KDA and FSC cooperation</h1><p>{LEAD}</p><table><tr><th>Group</th>"
            f"<th>Work</th></tr><tr><td>FSC {written}</td><td>buoy data format</td></tr></table>"
            "</body></html>\n",
            "a.html",
        )
    return f"KDA and FSC cooperation\n\n{LEAD} {sentence}\n", "a.txt"


@pytest.mark.parametrize(("written", "other"), PAIRS, ids=[p[0] for p in PAIRS])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_coded_committee_is_named_by_its_head_both_ways(
    tmp_path: Path, layout: str, written: str, other: str
) -> None:
    text, name = document(layout, written)
    units = [u for u, _ in extracted(tmp_path, text, name).units]
    names = [{n.removeprefix("FSC ") for n in (u.label, *u.names)} for u in units]
    assert any(written in found and other in found for found in names), names


def test_a_plain_word_after_the_head_is_no_code(tmp_path: Path) -> None:
    text, name = document("md", "Working Group Security")
    units = [u for u, _ in extracted(tmp_path, text, name).units]
    assert not [n for u in units for n in (u.label, *u.names) if n.endswith("WG Security")]
