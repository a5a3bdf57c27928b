"""A study group's question ("Question 21/5") belongs to the body whose study group 5 the document names,
however it writes it ("ITU-T SG 5", "ITU-T Study Group 5", "SG5"), not to the body of its sentence (issue
12 point 9, session 31, engineer K; a real IEC TC 100 invitation, /work/s31/k-real.md: "Question 21/5" went
to the GSMA because the study group was labelled "ITU-T SG 5", not "Study Group 5").

Bodies real, wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The GSM Association (GSMA) and the ITU-T keep a liaison on charger labels."


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize(
    "sentence",
    [
        "The GSMA asked ITU-T SG 5 for help; the GSMA work sits under Question 21/5.",
        "The GSMA wrote to ITU-T Study Group 5, whose Question 21/5 the GSMA follows.",
        "ITU-T SG5 met in May. The GSMA presented its labels to Question 21/5.",
    ],
)
def test_a_question_is_its_study_groups_bodys(tmp_path: Path, layout: str, sentence: str) -> None:
    head = "# GSMA liaison" if layout == "md" else "GSMA liaison"
    record = extracted(tmp_path, f"{head}\n\n{LEAD} {sentence}\n", f"a.{layout}")
    bodies = {p.iri: p.short_name for p, _ in record.parties}
    bodies.update({e.iri: e.short_name for e in record.new_entities})
    owners = {u.label: bodies.get(u.unit_of) for u, _ in record.units}
    assert owners.get("Question 21/5") == "ITU-T", owners
