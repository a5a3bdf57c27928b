"""Word .docx documents: headings, list paragraphs and tables read like the other formats, offsets
into the text layer (kg.extract.documents.text_layer) and provenance quotes that match it; the
refusals it shares with .pptx (a damaged file, an archive that unpacks past the size cap) are in
test_formats_office.py. The fixture is made by tests/fixtures/formats/make_word.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF
from support.quotes import checked_quotes

from kg.cli.main import main
from kg.extract.documents import DOCX, read_document, text_layer
from kg.model.provenance import OA
from kg.pipeline.ingest import extract

FORMATS = Path(__file__).parents[1] / "fixtures" / "formats"
DOCX_FILE = FORMATS / "snia-ofa-register.docx"


@pytest.fixture(scope="module")
def layer() -> str:
    layer = text_layer(DOCX_FILE, DOCX)
    assert layer is not None
    return layer


def test_the_fixture_is_what_its_script_makes() -> None:
    import sys

    sys.path.insert(0, str(FORMATS))
    try:
        from make_word import build_docx
    finally:
        sys.path.remove(str(FORMATS))
    assert build_docx() == DOCX_FILE.read_bytes()


def test_headings_lists_and_table_rows_come_out_as_the_other_formats_do() -> None:
    document = read_document(DOCX_FILE)
    assert document.media_type == DOCX and document.format_name == "Word (.docx)"
    lines = document.text.splitlines()
    assert "Milestone\tTarget" in lines
    assert "Joint review of the fabric interface requirements\t1Q2016" in lines
    assert "- Storage Networking Industry Association (SNIA)" in lines  # a List Bullet paragraph
    assert "- One set of fabric interfaces for storage software." in lines  # a List Number paragraph
    assert "Targets are calendar quarters." in lines  # a merged cell, once
    assert "SNIA:\tSNIA Technical Liaison to the OFA (ofaliaison@snia.org)" in lines  # a table in a cell
    headings = {document.text[start:].split("\n", 1)[0] for start in document.heading_lines}
    assert {"SNIA / OFA Work Register", "Milestones", "Contacts", "Approval"} <= headings
    assert "Version: 1.0" not in headings


def test_every_character_points_into_the_text_layer(layer: str) -> None:
    """The layer of a .docx is its normalised text: each character's offset is its own."""
    document = read_document(DOCX_FILE)
    assert document.text == layer
    assert list(document.offsets) == list(range(len(layer)))


def test_a_docx_register_is_extracted_with_its_table_milestones_and_exact_quotes(layer: str) -> None:
    extraction = extract(DOCX_FILE)
    targets = sorted(m.target.text for m in extraction.record.milestones if m.target)
    assert targets == ["1Q2016", "3Q2015", "On-going"]
    assert {party for party in extraction.parties} >= {"SNIA", "OFA"}
    graph = extraction.graph
    quotes = checked_quotes(graph, layer)
    # One target per distinct sentence span, shared by the annotations it evidences (docs/ingest.md).
    annotations = set(graph.subjects(RDF.type, OA.Annotation))
    assert quotes >= 15 and len(annotations) > 20
    assert all(graph.value(annotation, OA.hasTarget) is not None for annotation in annotations)


def test_a_docx_named_txt_is_still_read_as_docx(tmp_path: Path) -> None:
    renamed = tmp_path / "register.txt"
    renamed.write_bytes(DOCX_FILE.read_bytes())
    assert read_document(renamed).media_type == DOCX


def test_kg_ingest_stores_a_docx_register(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(DOCX_FILE), "--store", str(tmp_path / "store")]) == 0
    assert "wrote graph" in capsys.readouterr().out
