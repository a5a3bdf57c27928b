"""Layout invariance of UNITS listed after a plural head, and of working parties written compact (issue 12,
point 9, session 29, tuner A; the real ITU-R Working Party 8A statement to "ITU-T Study Groups 13 AND 19",
/work/s29/a-real.md).

ITU sectors list their numbered groups after one plural head: "ITU-T Study Groups 13 and 19", "Working
Parties 8A and 8F", "WPs 8A and 8F", "SGs 2, 3 and 5". No unit was found (and "ITU-T Study Groups" gave a
unit "Study Group" of ITU-T). A working party written without its body ("WP3/13", "WP 3/13" after the
document names Study Group 13) was lost, and "WP3/13" found no unit named "WP 3/13". The bodies are real, the
wording invented; each in a title line, a list item and a paragraph (plain text, Markdown, HTML).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import led
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "ETSI thanks the groups named here for their comments on the draft report."


def written(layout: str, sentence: str) -> tuple[str, str]:
    return led(layout, "Liaison statement from ETSI ISG NFV", LEAD, sentence)


def units(tmp_path: Path, layout: str, sentence: str) -> dict[str, str]:
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    owners = {p.iri: p.label for p, _ in record.parties}
    return {u.label: owners.get(u.unit_of, str(u.unit_of)) for u, _ in record.units}


ITU_T = "ITU Telecommunication Standardization Sector"
ITU_R = "ITU Radiocommunication Sector"


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "It was sent to ITU-T Study Groups 13 and 19 for information.",
        "It was sent to ITU-T STUDY GROUPS 13 AND 19 for information.",
        "It was sent to ITU-T SGs 13 and 19 for information.",
    ],
)
def test_study_groups_listed_after_their_body(tmp_path: Path, layout: str, sentence: str) -> None:
    found = units(tmp_path, layout, sentence)
    assert found.get("Study Group 13") == ITU_T
    assert found.get("Study Group 19") == ITU_T
    assert "Study Group" not in found and "ITU-T Study Group" not in found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "ITU-R Working Party 8A agreed the text with Working Parties 8B, 8D and 8F.",
        "ITU-R Working Party 8A agreed the text; WPs 8B, 8D and 8F will check it.",
    ],
)
def test_working_parties_of_the_body_of_another(tmp_path: Path, layout: str, sentence: str) -> None:
    found = units(tmp_path, layout, sentence)
    assert {found.get(f"Working Party {n}") for n in ("8A", "8B", "8D", "8F")} == {ITU_R}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_compact_working_party_of_a_named_study_group(tmp_path: Path, layout: str) -> None:
    found = units(tmp_path, layout, "ITU-T Study Group 13 agreed it; WP3/13 will follow the work.")
    assert found.get("Working Party 3/13") == ITU_T
    text, name = written(layout, "ITU-T Study Group 13 agreed it; WP3/13 will follow the work.")
    record = extracted(tmp_path, text, name)
    party = next(u for u, _ in record.units if u.label == "Working Party 3/13")
    assert "WP3/13" in party.names


def test_working_parties_of_two_bodies_are_not_guessed(tmp_path: Path) -> None:
    sentence = "ITU-R Working Party 5A and ITU-T Working Party 3/15 met; Working Parties 5C and 5D were told."
    found = units(tmp_path, "md", sentence)
    assert "Working Party 5C" not in found and "Working Party 5D" not in found
