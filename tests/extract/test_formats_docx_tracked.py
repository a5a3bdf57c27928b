"""A Word document as it reads with its tracked changes accepted, content controls included: a draft
under review (a memorandum's redline) states what its insertions say, not what its deletions said, and
a template's cover page keeps its fields in content controls. python-docx's Paragraph.text reads only a
paragraph's direct runs, and Document.iter_inner_content passes over content controls."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document

docx = pytest.importorskip("docx")
from docx.oxml.ns import qn  # noqa: E402
from lxml import etree  # noqa: E402


def run(parent: etree._Element, text: str, deleted: bool = False) -> etree._Element:
    element = etree.SubElement(parent, qn("w:r"))
    body = etree.SubElement(element, qn("w:delText" if deleted else "w:t"))
    body.text = text
    body.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return element


def change(parent: etree._Element, tag: str, change_id: int) -> etree._Element:
    element = etree.SubElement(parent, qn(tag))
    element.set(qn("w:id"), str(change_id))
    element.set(qn("w:author"), "Reviewer")
    return element


def redline(path: Path) -> Path:
    """A memorandum's redline: an insertion, a deletion, a move, a hyperlink, a field, a content
    control around a paragraph (a cover page's), and a table cell with an insertion."""
    document = docx.Document()
    paragraph = document.add_paragraph("The parties will align ")
    run(change(paragraph._p, "w:ins", 1), "the Redfish schema with ")
    run(paragraph._p, "the Swordfish model")
    run(change(paragraph._p, "w:del", 2), " and the retired SMI-S profiles", deleted=True)
    run(paragraph._p, ".")
    moved = document.add_paragraph("Review: ")
    run(change(moved._p, "w:moveFrom", 3), "June 2026")
    run(change(moved._p, "w:moveTo", 4), "December 2026")
    linked = document.add_paragraph("See ")
    hyperlink = etree.SubElement(linked._p, qn("w:hyperlink"))
    run(hyperlink, "the DMTF alliance page")
    field = etree.SubElement(linked._p, qn("w:fldSimple"))
    field.set(qn("w:instr"), "DATE")
    run(field, " of 2026-10-19")
    control = etree.SubElement(document.element.body, qn("w:sdt"))
    etree.SubElement(control, qn("w:sdtPr"))
    content = etree.SubElement(control, qn("w:sdtContent"))
    cover = etree.SubElement(content, qn("w:p"))
    run(cover, "Version 1.1 (draft)")
    document.element.body.append(document.element.body[-2])  # keep sectPr last, as Word writes it
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Joint profile"
    cell = table.cell(0, 1).paragraphs[0]
    run(change(cell._p, "w:ins", 5), "Q3 2026")
    run(change(cell._p, "w:del", 6), "Q1 2026", deleted=True)
    document.save(str(path))
    return path


def test_a_redline_reads_with_its_changes_accepted(tmp_path: Path) -> None:
    text = read_document(redline(tmp_path / "redline.docx")).text
    assert "The parties will align the Redfish schema with the Swordfish model." in text
    assert "SMI-S" not in text  # deleted
    assert "Review: December 2026" in text and "June 2026" not in text  # moved
    assert "See the DMTF alliance page of 2026-10-19" in text
    assert "Version 1.1 (draft)" in text  # inside a content control
    assert "Joint profile\tQ3 2026" in text and "Q1 2026" not in text  # a cell's insertion and deletion
