"""Attack round 19 (session 32, R): an item of nested lists is indented two spaces a level, and the
level was read as the file gives it: 5,000 HTML lists within each other (40 KB of `<ul><li>`) made 25 MB
of text, 40,000 of them 1.6 GB (49 s, 8 GB); a slide paragraph's outline level `lvl="1000000"` (python-pptx
reads it unchecked) made each of 3,000 paragraphs of a 29 KB deck 2 MB of spaces (320 s, 21 GB). The
indent stops at MAX_LIST_INDENT levels now, the nine levels of Word and PowerPoint."""

from __future__ import annotations

from pathlib import Path

from kg.extract.documents import MAX_LIST_INDENT, read_document


def test_html_lists_within_thousands_of_lists(tmp_path: Path) -> None:
    path = tmp_path / "lists.html"
    path.write_text(
        "<p>The DMTF and SNIA agree to collaborate.</p>" + "<ul><li>item" * 5_000, encoding="utf-8"
    )
    text = read_document(path).text  # before: refused, "its text has 25,0..." bytes
    assert len(text) < 200_000
    assert "  " * MAX_LIST_INDENT + "- item" in text


def test_a_slide_paragraph_at_level_a_million(tmp_path: Path) -> None:
    from pptx import Presentation

    deck = Presentation()
    slide = deck.slides.add_slide(deck.slide_layouts[1])
    slide.shapes.title.text = "DMTF and SNIA work register"
    body = slide.placeholders[1].text_frame
    body.text = "The DMTF and SNIA agree to collaborate."
    for _ in range(3):
        paragraph = body.add_paragraph()
        paragraph.text = "item"
        paragraph._p.get_or_add_pPr().set("lvl", "1000000")  # (python-pptx sets 0-8 only; files say any)
    path = tmp_path / "deck.pptx"
    deck.save(str(path))
    text = read_document(path).text  # before: 6 MB of spaces
    assert len(text) < 1_000
    assert text.count("  " * MAX_LIST_INDENT + "- item") == 3
