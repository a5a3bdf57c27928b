"""A title that names a known body and a new one with its quoted acronym: the known body is not cut into
a new one ("Telecommunication Union"), and the new one keeps its whole name when its head stands before
its purpose ("... Organisation for Metrology", not "... Organisation"). Invented (ITU is real)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.entities import organization_name_kind
from kg.pipeline.ingest import extract

TITLE = (
    "# Memorandum of Understanding between the International Telecommunication Union and "
    'The Pan-Arctic Organisation for Metrology ("PAOM")'
)
MOU = (
    TITLE
    + """

Signed on 12 March 2026.

## Purpose

The International Telecommunication Union (ITU) and PAOM will cooperate on calibration of test equipment.
"""
)


def test_the_known_body_is_not_cut_and_the_new_one_is_whole(tmp_path: Path) -> None:
    path = tmp_path / "mou.md"
    path.write_text(MOU, encoding="utf-8")
    record = extract(path).record
    labels = {entity.label for entity in record.new_entities}
    assert "Telecommunication Union" not in labels
    assert "Pan-Arctic Organisation" not in labels
    parties = {party.label: party for party, _ in record.parties}
    assert set(parties) == {"International Telecommunication Union", "Pan-Arctic Organisation for Metrology"}
    assert parties["Pan-Arctic Organisation for Metrology"].acronym == "PAOM"


@pytest.mark.parametrize(
    ("name", "kind"),
    [
        ("Pan-Arctic Organisation for Metrology", "organization"),
        ("Nordic Association of Test Laboratories", "organization"),
        ("Association of the parties", None),
        ("Arctic Metrology Council", "ambiguous"),
    ],
)
def test_a_head_before_its_purpose(name: str, kind: str | None) -> None:
    assert organization_name_kind(name) == kind


def test_an_unknown_acronym_in_a_title_s_between_clause_is_a_party(tmp_path: Path) -> None:
    """The title's "between A and B" lists the parties as a register title does: an acronym nobody
    knows there is a body (the document was refused as naming one organization)."""
    path = tmp_path / "mou.md"
    path.write_text(
        "# Memorandum of Understanding between ITU and PAOM\n\nSigned on 12 March 2026.\n\n"
        "## Purpose\n\nThe parties will cooperate on calibration of test equipment.\n",
        encoding="utf-8",
    )
    record = extract(path).record
    assert {party.label for party, _ in record.parties} == {"International Telecommunication Union", "PAOM"}
