"""An intellectual property clause that names whose contributions it governs and no body receiving them
(session 18, a memorandum of real layout: "Contributions of HMC members remain subject to the HMC IPR
Policy") is stated as no policy: a policy must say who contributes to whom, and a graph stating half of one
would be refused whole (akgsh:IntellectualPropertyPolicyShape-recipient).

Every document is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline.ingest import check, extract

MOU = """Memorandum of Understanding

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

HMC and OBC will keep their tide data formats aligned.

2. Intellectual property

{clause}

3. Term

This MoU enters into force on 1 May 2026 and runs for three years.

Signed for HMC: Ana Okonkwo-Lind, Chair
Signed for OBC: Jon Arneberg-Sato, President
"""
CLAUSES = [
    "Contributions made by HMC members under this MoU remain subject to the HMC IPR Policy.",
    "Contributions of the Harbour Metrology Council working group stay under its own agreement.",
]


@pytest.mark.parametrize("clause", CLAUSES, ids=["members", "working-group"])
def test_a_contribution_clause_without_its_recipient_does_not_refuse_the_memorandum(
    tmp_path: Path, clause: str
) -> None:
    path = tmp_path / "mou.txt"
    path.write_text(MOU.format(clause=clause), encoding="utf-8")
    extraction = extract(path)
    assert extraction.record.kind == "MemorandumOfUnderstanding"
    assert not check(extraction).violations
