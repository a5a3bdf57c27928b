"""A specification written after a body whose name is one coded word ("oneM2M TS-0026") is
named so too, as after an acronym ("OBC TS-0042"): the owner words took only the first word of a name of two
words or more, so oneM2M (one word, and a small first letter) owned nothing, and a topic list's "oneM2M
TS-0026" matched no name of TS-0026 (session 31, engineer T; dev's oneM2M liaisons). A one-word name in title
case ("Eurosmart") stays no owner. Wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LIAISON = """\
LIAISON STATEMENT

From: Harbour Metrology Council (HMC)
To: oneM2M
Title: LS on tide gauge data exposure
Purpose: Information

HMC thanks oneM2M for its reply. {sentence}

Contact: Jo Example, jo@example.org
"""


@pytest.mark.parametrize(
    ("sentence", "written"),
    [
        ("Tide gauges could be exposed with the resources of oneM2M TS-0031, as a pilot showed.", "TS-0031"),
        ("The pilot used oneM2M TS-0042 (Semantic Support) for the gauge descriptions.", "TS-0042"),
        ("HMC asks whether oneM2M TS-0029 and its later revisions cover buoy telemetry.", "TS-0029"),
    ],
)
def test_a_coded_one_word_body_names_its_specification(tmp_path: Path, sentence: str, written: str) -> None:
    record = extracted(tmp_path, LIAISON.format(sentence=sentence), "hmc-ls-onem2m.txt")
    names = {n for e, _ in record.specifications if e.label == written for n in e.names}
    assert f"oneM2M {written}" in names, names


def test_a_title_case_word_owns_nothing(tmp_path: Path) -> None:
    text = LIAISON.format(sentence="Eurosmart TS-0031 was cited by a member in passing.")
    record = extracted(tmp_path, text, "hmc-ls-onem2m.txt")
    names = {n for e, _ in record.specifications for n in e.names}
    assert "TS-0031" in names and "Eurosmart TS-0031" not in names, names
