"""Rules of session 13 (issue 12, point 9), names tuner, each on an invented body (kg.extract.names,
entities, liaison)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLE_BLOCK = """MEMORANDUM OF UNDERSTANDING

between

Harbour Metrology Council {first}

and

Open Buoy Consortium {second}

1. The Parties will align their buoy telemetry formats.

This Memorandum (the "Agreement") takes effect on 1 March 2027.
"""


@pytest.mark.parametrize(
    ("first", "second", "acronyms"),
    [
        ('("HMC")', '("OBC")', {"HMC", "OBC"}),
        ('("HaMeC")', '("OpBuC")', {"HaMeC", "OpBuC"}),
        ('(hereinafter "HMC")', '(hereinafter referred to as "OBC")', {"HMC", "OBC"}),
        ('(the "HMC")', "(OBC)", {"HMC", "OBC"}),
    ],
)
def test_a_quoted_short_name_in_a_title_block_names_the_party(
    tmp_path: Path, first: str, second: str, acronyms: set[str]
) -> None:
    record = extracted(tmp_path, TITLE_BLOCK.format(first=first, second=second), "mou.txt")
    assert record.kind == "MemorandumOfUnderstanding"
    assert {p.label for p, _ in record.parties} == {"Harbour Metrology Council", "Open Buoy Consortium"}
    assert {p.acronym for p, _ in record.parties} == acronyms


def test_a_quoted_defined_term_with_one_capital_is_no_short_name(tmp_path: Path) -> None:
    record = extracted(tmp_path, TITLE_BLOCK.format(first="(HMC)", second="(OBC)"), "mou.txt")
    assert all(p.acronym != "Agreement" for p, _ in record.parties)
    assert all("Agreement" not in (e.acronym or "") for e in record.new_entities)


SUBJECTS_TABLE = """# Liaisons of the Harbour Metrology Council (HMC)

| Organization | {column} | HMC contact |
|---|---|---|
| Open Buoy Consortium (OBC) | BuoyML modules for gauges, Tide-Aware Routing; TGT-7 | Ana Lindqvist |
| Coastal Sensor Network Association (CSNA) | calibration of coastal sensors | Bea Moreau |
"""


def test_a_subjects_column_names_its_items_as_specifications(tmp_path: Path) -> None:
    record = extracted(tmp_path, SUBJECTS_TABLE.format(column="Activities"), "page.md")
    labels = {s.label for s, _ in record.specifications}
    assert {"BuoyML", "Tide-Aware Routing", "TGT-7"} <= labels
    assert not labels & {"calibration of coastal sensors", "Ana Lindqvist", "Bea Moreau"}


def test_a_column_of_other_words_names_no_specification(tmp_path: Path) -> None:
    record = extracted(tmp_path, SUBJECTS_TABLE.format(column="Notes"), "page.md")
    assert "Tide-Aware Routing" not in {s.label for s, _ in record.specifications}


PARTNERS_PAGE = (
    "# Liaison relationships\n\n"
    "The Harbour Metrology Council (HMC) keeps liaison relationships with the bodies below; its liaison "
    "managers are appointed by the Tide Data Council (TDC).\n\n"
    "| Organization | Agreement | HMC contact |\n"
    "|---|---|---|\n"
    "| Open Buoy Consortium (OBC) | Liaison agreement | Ana Lindqvist |\n"
    "| Coastal Sensor Network Association (CSNA) | Memorandum | Bea Moreau (liaison shepherd, TDC) |\n"
)


def test_a_partners_table_makes_its_rows_partners_and_a_body_in_a_role_no_party(tmp_path: Path) -> None:
    record = extracted(tmp_path, PARTNERS_PAGE, "page.md")
    assert {p.acronym for p, _ in record.parties} == {"HMC", "OBC", "CSNA"}
    assert record.hub is not None and record.hub.acronym == "HMC"
