"""PowerPoint .pptx slide decks: an alliance update as partners present it at a symposium.

The deck is built here with python-pptx in the layout of real alliance-update decks (a title slide
with the event and date, an "at a glance" slide of bullets with a second outline level, the work
register items as a table with target and status, a contacts text box, slide numbers on every
slide); its content is invented. The expected facts were written before the reader was run on it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Inches
from support.quotes import checked_quotes

from kg.cli.main import main
from kg.extract.documents import PPTX, read_document, text_layer
from kg.pipeline.ingest import extract

TITLE_ONLY, TITLE_AND_CONTENT, TITLE_SLIDE = 5, 1, 0
ITEMS = [
    ("SPDM 1.3 attestation profile for TPM-backed devices", "2Q2025", "done"),
    ("Joint white paper on platform firmware resilience", "Q4 2025", "in progress"),
    ("Reference mapping of TCG DICE to SPDM", "1H2026", "not started"),
]


def build_deck(path: Path) -> Path:
    deck = Presentation()
    first = deck.slides.add_slide(deck.slide_layouts[TITLE_SLIDE])
    first.shapes.title.text = "TCG \u2013 DMTF Alliance Update"
    first.placeholders[1].text = "DMTF Alliance Partner Technical Symposium \u00b7 14 May 2025"

    glance = deck.slides.add_slide(deck.slide_layouts[TITLE_AND_CONTENT])
    glance.shapes.title.text = "The alliance at a glance"
    body = glance.placeholders[1].text_frame
    body.text = "TCG / DMTF Work Register, version 1.3"
    detail = body.add_paragraph()
    detail.text = "TCG Infrastructure Work Group and DMTF PMCI Working Group"
    detail.level = 1

    items = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    items.shapes.title.text = "Work register items"
    table = items.shapes.add_table(len(ITEMS) + 1, 3, Inches(0.5), Inches(1.5), Inches(9), Inches(3)).table
    for row, cells in enumerate([("Item", "Target", "Status"), *ITEMS]):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    # A text box drawn before the table but placed below it: read after the table, as a person would.
    note = items.shapes.add_textbox(Inches(0.5), Inches(5), Inches(9), Inches(1)).text_frame
    note.text = "Targets are calendar quarters or halves."
    items.shapes._spTree.remove(items.shapes[-1]._element)
    items.shapes._spTree.insert(2, note._txBody.getparent())

    contacts = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    contacts.shapes.title.text = "Contacts"
    box = contacts.shapes.add_textbox(Inches(0.5), Inches(1.5), Inches(9), Inches(1)).text_frame
    box.text = "Alex Moreno, TCG liaison to DMTF \u2013 alex.moreno@tcg.example"
    deck.save(str(path))
    return path


@pytest.fixture(scope="module")
def deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_deck(tmp_path_factory.mktemp("pptx") / "tcg-dmtf-alliance-update.pptx")


def test_titles_bullets_tables_and_text_boxes_come_out_as_the_other_formats_do(deck: Path) -> None:
    document = read_document(deck)
    assert document.media_type == PPTX and document.format_name == "PowerPoint (.pptx)"
    lines = document.text.splitlines()
    assert "- TCG / DMTF Work Register, version 1.3" in lines
    assert "  - TCG Infrastructure Work Group and DMTF PMCI Working Group" in lines  # outline level 1
    assert "Item\tTarget\tStatus" in lines
    assert "Reference mapping of TCG DICE to SPDM\t1H2026\tnot started" in lines
    assert lines.index("Targets are calendar quarters or halves.") > lines.index("Item\tTarget\tStatus")
    assert "DMTF Alliance Partner Technical Symposium \u00b7 14 May 2025" in lines  # a subtitle: no bullet
    headings = {document.text[start:].split("\n", 1)[0] for start in document.heading_lines}
    titles = {"TCG \u2013 DMTF Alliance Update", "The alliance at a glance", "Work register items"}
    titles.add("Contacts")
    assert headings == titles


def test_every_character_points_into_the_text_layer(deck: Path) -> None:
    document = read_document(deck)
    assert document.text == text_layer(deck, PPTX)
    assert list(document.offsets) == list(range(len(document.text)))


def test_a_deck_is_extracted_with_its_parties_table_milestones_and_exact_quotes(deck: Path) -> None:
    extraction = extract(deck)
    assert set(extraction.parties) >= {"TCG", "DMTF"}
    milestones = {m.label: m.target.text for m in extraction.record.milestones if m.target}
    assert milestones == {text: target for text, target, _ in ITEMS}
    graph, layer = extraction.graph, text_layer(deck, PPTX)
    assert layer is not None
    quotes = checked_quotes(graph, layer)
    assert quotes >= len(ITEMS)


def test_kg_ingest_stores_a_deck_and_a_folder_walk_finds_it(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    (folder / deck.name).write_bytes(deck.read_bytes())
    assert main(["ingest", str(folder), "--store", str(tmp_path / "store")]) == 0
    assert "wrote graph" in capsys.readouterr().out


def test_a_slide_whose_markup_far_outgrows_the_file_is_refused_before_it_is_parsed(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """5,000,000 empty paragraphs compress to a few KB: python-pptx would hold every one in memory."""
    bomb = tmp_path / "paragraphs.pptx"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "ppt/slides/slide2.xml":
                data = data.replace(b"<a:p>", b"<a:p/>" * 5_000_000 + b"<a:p>", 1)
            target.writestr(info, data)
    assert bomb.stat().st_size < 200_000
    assert main(["ingest", str(bomb), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(bomb) in error and "tags" in error and "nothing was read" in error


def test_unusual_shapes_and_merged_cells_keep_the_deck_readable(tmp_path: Path) -> None:
    """A shape with no geometry (python-pptx cannot name its type) is read for its text, not a refusal
    of the whole deck; a cell merged down over the next row leaves that row's column empty."""
    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[TITLE_ONLY])
    slide.shapes.title.text = "Work register items"
    table = slide.shapes.add_table(3, 3, Inches(0.5), Inches(1.5), Inches(9), Inches(2)).table
    for row, cells in enumerate(
        [("Owner", "Item", "Target"), ("DMTF", "Profile draft", "Q3 2026"), ("", "Review", "Q4 2026")]
    ):
        for column, text in enumerate(cells):
            if text:
                table.cell(row, column).text = text
    table.cell(1, 0).merge(table.cell(2, 0))
    box = slide.shapes.add_textbox(Inches(0.5), Inches(4), Inches(9), Inches(1))
    box.text_frame.text = "Both items are joint work."
    shape = box._element
    shape.spPr.remove(shape.spPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}prstGeom"))
    shape.nvSpPr.cNvSpPr.attrib.pop("txBox", None)
    path = tmp_path / "unusual.pptx"
    deck.save(str(path))
    lines = read_document(path).text.splitlines()
    assert "DMTF\tProfile draft\tQ3 2026" in lines
    assert "\tReview\tQ4 2026" in lines
    assert "Both items are joint work." in lines


def test_a_macro_enabled_deck_is_refused_with_what_to_do(
    deck: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    macro = tmp_path / "update.pptm"
    with zipfile.ZipFile(deck) as source, zipfile.ZipFile(macro, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"presentationml.presentation.main+xml",
                    b"ms-powerpoint.presentation.macroEnabled.main+xml",
                )
            target.writestr(info, data)
    assert main(["ingest", str(macro), "--dry-run"]) == 2
    error = capsys.readouterr().err
    assert str(macro) in error and "save it as .pptx" in error and "BytesIO" not in error
