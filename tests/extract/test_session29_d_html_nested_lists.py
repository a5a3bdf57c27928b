"""Lists inside list items in HTML, and the menus a page skips (issue 12, point 9, session 29, engineer D).

Standards bodies' liaison pages (W3C's liaisons table, partner pages) list each partner as an item with
its details in a list inside it: "<li>SMPTE<ul><li>Joint work on ...</li><li>Liaison officer: ...</li>
</ul></li>". The HTML reader wrote every item at one depth, so the details stood beside the partners: the
rules that take a list's outer items as its parties found the outer level to be everything, and a partner
was lost among its own details. The reader now indents an item of a list inside an item by its depth, as
a plain-text or Markdown list writes it, and the blocks carry that depth.

And a skipped element (a page's <nav> menu, a <template>) gave a "-" line for each of its items: a
skipped element's lists, cells and headings are no lines either.

The pages are invented, in the layouts of real ones; the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks

NESTED = {
    "ul-in-li": (
        "<ul><li>{a}<ul><li>{da}</li></ul></li><li>{b}<ul><li>{db}</li></ul></li></ul>",
        [(0, "a"), (1, "da"), (0, "b"), (1, "db")],
    ),
    "ol-in-li": (
        "<ol><li>{a}<ol><li>{da}</li></ol></li><li>{b}<ol><li>{db}</li></ol></li></ol>",
        [(0, "a"), (1, "da"), (0, "b"), (1, "db")],
    ),
    "paragraph-then-list": (
        "<ul><li><p>{a}</p><ul><li>{da}</li></ul></li><li><p>{b}</p><ul><li>{db}</li></ul></li></ul>",
        [(0, "a"), (1, "da"), (0, "b"), (1, "db")],
    ),
    "three-levels": (
        "<ul><li>{a}<ul><li>{da}<ul><li>{db}</li></ul></li></ul></li><li>{b}</li></ul>",
        [(0, "a"), (1, "da"), (1, "db"), (0, "b")],
    ),
}
WORDS = {
    "a": "European Broadcasting Union (EBU)",
    "da": "Liaison officer: Ingrid Example",
    "b": "Society of Motion Picture and Television Engineers (SMPTE)",
    "db": "Joint work on immersive audio",
}


@pytest.mark.parametrize("name", NESTED, ids=list(NESTED))
def test_an_item_of_a_list_inside_an_item_is_one_deeper(tmp_path: Path, name: str) -> None:
    markup, expected = NESTED[name]
    page = f"<html><body><h2>Formal liaisons</h2>{markup.format(**WORDS)}</body></html>"
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    items = [b for b in read_blocks(read_document(tmp_path / "page.html")) if b.kind == "item"]
    assert [(b.depth, b.text) for b in items] == [(depth, WORDS[key]) for depth, key in expected]


def test_a_partner_among_its_details_is_a_party(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>External liaisons of the Audio Engineering Society</h1>"
        "<p>The Audio Engineering Society keeps formal liaisons with the bodies below.</p>"
        "<h2>Formal liaisons</h2><ul>"
        "<li><strong>European Broadcasting Union (EBU)</strong><ul><li>Loudness metadata</li>"
        "<li>Liaison officer: Ingrid Example</li></ul></li>"
        "<li><strong>Society of Motion Picture and Television Engineers (SMPTE)</strong><ul>"
        "<li>Immersive audio for cinema</li><li>Liaison officer: Kwame Example</li></ul></li>"
        "</ul></body></html>"
    )
    record = extracted(tmp_path, page, "liaisons.html")
    names = {entity.label for entity, _ in record.parties}
    expected = {"European Broadcasting Union", "Society of Motion Picture and Television Engineers"}
    assert expected <= names, names


@pytest.mark.parametrize("skipped", ["nav", "template", "script"])
def test_a_skipped_element_gives_no_lines(tmp_path: Path, skipped: str) -> None:
    page = (
        f"<html><body><{skipped}><ul><li>Home</li><li>Standards</li></ul><table><tr><td>x</td><td>y</td>"
        f"</tr></table><h2>Menu</h2></{skipped}><h1>Partners</h1><ul><li>ETSI</li></ul></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    text = read_document(tmp_path / "page.html").text
    assert text.split() == ["Partners", "-", "ETSI"], text
