"""The call that agreed an addendum or a memorandum dates neither (issue 12 point 9, session 29, engineer C).

Family: a register addendum or a memorandum says where its text was agreed ("The changes were agreed on
the joint liaison call of 25 November 2026 and approved by ...", "agreed in their joint call of 11 July
2024", "signed at the joint meeting of 3 May 2027"): the agreement is dated by its approval, signing or
taking effect, not by the meeting that agreed it (a meeting's date belongs to minutes, a liaison statement
or a plan); and the day it takes effect, said in the signing's sentence, is no second signing. Real
layouts: an addendum memo and an amended memorandum probed (/work/s29/c-real.md). Bodies and people are
invented; the values were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ADDENDUM = """Addendum 3 to the HMC / OBC Work Register

This memo records Addendum 3 to the work register between the Harbour Metrology Council (HMC) and the
Open Buoy Consortium (OBC). The changes were agreed on the joint liaison call of 25 November 2026 and
approved by the HMC Technical Council on 1 December 2026.

Changed work items

1. Joint glossary of tide gauge terms - target moved to Q2 2027
"""

MOU = """Memorandum of Understanding

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

The Parties cooperate on tide data standards.

2. Signature

This Memorandum was signed at the joint meeting of 3 May 2027 and takes effect on 1 June 2027.
"""


def as_html(text: str) -> str:
    title, rest = text.split("\n", 1)
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in rest.split("\n\n") if p.strip())
    return f"<html><body><h1>{title}</h1>{paragraphs}</body></html>\n"


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_the_call_that_agreed_an_addendum_is_no_date_of_it(tmp_path: Path, suffix: str) -> None:
    text = as_html(ADDENDUM) if suffix == ".html" else "# " + ADDENDUM.replace("\nChanged", "\n## Changed")
    record = extracted(tmp_path, text, "addendum" + suffix)
    facts = {(f.role, f.value) for f in record.dates}
    assert ("meeting", "2026-11-25") not in facts, facts
    assert ("approved", "2026-12-01") in facts, facts


@pytest.mark.parametrize("suffix", [".txt", ".md"])
def test_the_meeting_a_memorandum_was_signed_at_is_no_date_of_it(tmp_path: Path, suffix: str) -> None:
    text = MOU if suffix == ".txt" else "# " + MOU.replace("\n1.", "\n## 1.").replace("\n2.", "\n## 2.")
    record = extracted(tmp_path, text, "mou" + suffix)
    facts = {(f.role, f.value) for f in record.dates}
    assert not any(role == "meeting" for role, _ in facts), facts
    assert ("effective", "2027-06-01") in facts, facts
    assert ("signed", "2027-05-03") in facts, facts
    assert ("signed", "2027-06-01") not in facts, facts  # the day it takes effect, in the same sentence
