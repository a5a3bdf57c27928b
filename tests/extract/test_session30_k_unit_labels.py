"""A unit's label keeps its body's acronym and one kind word (issue 12 point 9, session 30, engineer K; the
real probes of session 29: ITU statements naming "ITU-T SG 15" and a chairman of "WP 5D Working Group
Technology Aspects", /work/s29/b-real.md).

A numbered unit written by its short head ("ITU-T SG 15", "IEC TC 57", "ITU-R WP 5D") was labelled "SG 15"
alone, a label that names no body's group; a group's designation written before a head of its own kind
("WP 5D Working Group", "SG 15 Study Group") made a unit of two kind words. The bodies are real, the
documents and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Harbour Metrology Council (HMC) thanks the groups named here for their comments on tide data."


def written(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Liaison statement from HMC\n\n{LEAD}\n\n- {sentence}\n", "a.md"
    if layout == "html":
        return (
            f"<html><body><h1>Liaison statement from HMC</h1><p>{LEAD}</p><p>{sentence}</p></body></html>\n",
            "a.html",
        )
    return f"LIAISON STATEMENT FROM HMC\n\n{LEAD}\n{sentence}\n", "a.txt"


def unit_labels(tmp_path: Path, layout: str, sentence: str) -> dict[str, set[str]]:
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    return {u.label: set(u.names) for u, _ in record.units}


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "label", "spelt"),
    [
        ("HMC asks ITU-T SG 15 to review the tide data profile.", "ITU-T SG 15", "Study Group 15"),
        ("HMC asks IEC TC 57 to review the tide data profile.", "IEC TC 57", "Technical Committee 57"),
    ],
)
def test_a_unit_by_its_short_head_keeps_its_bodys_acronym(
    tmp_path: Path, layout: str, sentence: str, label: str, spelt: str
) -> None:
    found = unit_labels(tmp_path, layout, sentence)
    assert label in found, found
    assert label.split(" ", 1)[1] not in found, found
    assert spelt in found[label], found


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "sentence",
    [
        "HMC thanks ITU-R WP 5D Working Group for its comments on buoy links.",
        "HMC thanks the Chairman, ITU-R WP 5D Working Group Technology Aspects, for the comments.",
    ],
)
def test_a_designation_before_its_kinds_head_is_one_unit(tmp_path: Path, layout: str, sentence: str) -> None:
    found = unit_labels(tmp_path, layout, sentence)
    assert not any("WP 5D" in label and "Working Group" in label for label in found), found
    assert any(label.endswith("WP 5D") or label.endswith("Working Party 5D") for label in found), found
