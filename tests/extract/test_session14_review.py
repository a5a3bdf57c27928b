"""False facts and super-linear rules the session's review found in the session-14 rules, each on an
invented document: a quarter read as an ITU question, a year as a unit's number, a body's numbered
meeting as a standard, "areas of mutual interest" as subjects; and the overlap check of the resolver's
mentions and the search for the body a unit is written after, both once quadratic."""

from __future__ import annotations

from pathlib import Path

from kg.extract.names import Mention, longest_first
from kg.pipeline.ingest import extract

HEAD = (
    "Liaison relationship between DMTF and OGF\n\n"
    "The Distributed Management Task Force (DMTF) and the Open Grid Forum (OGF) collaborate on cloud "
    "management.\n"
)


def discovered(tmp_path: Path, body: str) -> set[str]:
    path = tmp_path / "page.txt"
    path.write_text(HEAD + body, encoding="utf-8")
    return {entity.label for entity in extract(path).record.new_entities}


def test_a_quarter_is_no_itu_question(tmp_path: Path) -> None:
    assert not any(
        "Q3/25" in label for label in discovered(tmp_path, "DMTF Q3/25 release notes list them.\n")
    )


def test_a_year_is_no_unit_number(tmp_path: Path) -> None:
    found = discovered(tmp_path, "Since 2019 Storage Working Group members of DMTF meet monthly.\n")
    assert not any("2019" in label or "019" in label for label in found)


def test_a_numbered_meeting_is_no_standard(tmp_path: Path) -> None:
    found = discovered(
        tmp_path, "The joint session takes place at IETF-118 in Prague, after the OGF-23 plenary.\n"
    )
    assert not {"IETF-118", "OGF-23"} & found


def test_areas_of_mutual_interest_are_no_subjects(tmp_path: Path) -> None:
    found = discovered(
        tmp_path, "The parties cooperate in the areas of mutual interest, as time and resources permit.\n"
    )
    assert not {"mutual interest", "as time", "resources permit"} & found


def test_mentions_overlapping_a_longer_one_are_left_out_in_the_text_s_order() -> None:
    """(0, 10) first (longest), then (22, 30); (8, 14) overlaps (0, 10); (10, 14) touches it only; (20, 23)
    overlaps (22, 30); the inner ones overlap what was chosen."""
    spans = [(0, 10), (2, 5), (8, 14), (10, 14), (20, 23), (22, 30), (12, 13)]
    found = [Mention(None, start, end, "x") for start, end in spans]  # type: ignore[arg-type]
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    assert [(m.start, m.end) for m in longest_first(found)] == [(0, 10), (10, 14), (22, 30)]
