"""Read an OpenDocument text (.odt) into blocks: headings, list items with their depth, paragraphs,
table rows, as a Word file's are read (kg.extract.documents.office_layer writes the text layer).

Why content.xml through lxml rather than a library: OASIS and many standards bodies publish ODF, and
what the rules need of it is in one part whose structure the standard fixes (ODF 1.2 part 3: text:h
with its outline level, text:list and text:list-item nested for depth, table:table-row and
table:table-cell); lxml is already how python-docx reads Word files, and the part goes through the
same bounds as a Word file's (kg.extract.documents.check_unpacked_size: the unpacked size and the
tag budget are checked before it is parsed; the parser resolves no entity and reads no network).

Left out, as a reader of the document would leave them: deleted text kept for change tracking,
indexes (a table of contents repeats the headings), notes and comments, drawings' text boxes.
A template (.ott), a master document (.odm) and an encrypted file are refused, each saying so.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.errors import InputError

ODT = "application/vnd.oasis.opendocument.text"
ODF_VARIANTS = {
    "application/vnd.oasis.opendocument.text-template": "a template (.ott)",
    "application/vnd.oasis.opendocument.text-master": "a master document (.odm)",
    "application/vnd.oasis.opendocument.text-master-template": "a master document template (.otm)",
    "application/vnd.oasis.opendocument.text-web": "an HTML document template (.oth)",
}
TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
SKIPPED = {
    f"{{{TEXT}}}tracked-changes",
    f"{{{TEXT}}}sequence-decls",
    f"{{{TEXT}}}table-of-content",
    f"{{{TEXT}}}alphabetical-index",
    f"{{{TEXT}}}illustration-index",
    f"{{{TEXT}}}table-index",
    f"{{{TEXT}}}object-index",
    f"{{{TEXT}}}user-index",
    f"{{{TEXT}}}bibliography",
    f"{{{OFFICE}}}forms",
}
INLINE_SKIPPED = {f"{{{TEXT}}}note", f"{{{OFFICE}}}annotation", f"{{{TEXT}}}tracked-changes"}
MAX_REPEATED_CELLS = 64
"""A cell repeated across columns (table:number-columns-repeated) is written at most this many times:
spreadsheet-like tables repeat an empty cell to the thousandth column."""
OfficeBlock = tuple[str, object, int]


def odt_kind(archive: zipfile.ZipFile) -> str | None:
    """The OpenDocument media type an archive declares (its `mimetype` entry), None if it has none."""
    declared = mimetype_of(archive)
    return declared if declared.startswith(ODT) else None


def mimetype_of(archive: zipfile.ZipFile) -> str:
    try:
        return archive.read("mimetype")[:100].decode("ascii", "replace").strip()
    except KeyError:
        return "none"


def check_odt(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse what is an OpenDocument text but not one to read: a template, a master document, an
    encrypted file (its manifest holds encryption data: content.xml is ciphertext)."""
    declared = odt_kind(archive)
    if declared is None:
        raise InputError(
            f"{path}: not an OpenDocument text (.odt): its mimetype is {mimetype_of(archive)!r}; "
            "nothing was read"
        )
    if declared in ODF_VARIANTS:
        raise InputError(
            f"{path}: {ODF_VARIANTS[declared]}, not an OpenDocument text (.odt): save it as .odt to read it"
        )
    try:
        manifest = archive.read("META-INF/manifest.xml")
    except KeyError:
        manifest = b""
    if b"encryption-data" in manifest:
        raise InputError(f"{path}: an encrypted (password-protected) OpenDocument text: nothing was read")
    if "content.xml" not in archive.namelist():
        raise InputError(f"{path}: not a readable .odt file: it has no content.xml")


def odt_blocks(archive: zipfile.ZipFile, budget: Any) -> Iterator[OfficeBlock]:
    """('heading'|'item'|'paragraph', text, depth), ('row', [cells], 0) and ('blank', '', 0) for an
    empty paragraph, in document order."""
    from lxml import etree  # type: ignore[import-untyped]

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, load_dtd=False)
    with archive.open("content.xml") as part:
        root = etree.parse(part, parser).getroot()
    body = root.find(f"{{{OFFICE}}}body/{{{OFFICE}}}text")
    if body is None:
        raise InputError("its content.xml has no office:text body (not a text document)")
    yield from children_blocks(body, budget, depth=-1)


def children_blocks(element: Any, budget: Any, depth: int) -> Iterator[OfficeBlock]:
    for child in element:
        yield from element_blocks(child, budget, depth)


def element_blocks(element: Any, budget: Any, depth: int) -> Iterator[OfficeBlock]:
    """The blocks of one element; `depth` is the list depth (-1 outside a list)."""
    tag = element.tag
    if not isinstance(tag, str) or tag in SKIPPED:
        return
    if tag == f"{{{TEXT}}}h":
        budget.step()
        text = inline_text(element)
        yield ("heading", text, 0) if text.strip() else ("blank", "", 0)
    elif tag == f"{{{TEXT}}}p":
        budget.step()
        text = inline_text(element)
        yield ("paragraph", text, 0) if text.strip() else ("blank", "", 0)
    elif tag == f"{{{TEXT}}}list":
        for item in element:
            yield from list_item_blocks(item, budget, depth + 1)
    elif tag == f"{{{TABLE}}}table":
        yield from table_blocks(element, budget)
    else:  # text:section, text:soft-page-break, table:table-row-group ...: what they hold
        yield from children_blocks(element, budget, depth)


def list_item_blocks(item: Any, budget: Any, depth: int) -> Iterator[OfficeBlock]:
    """A list item's first paragraph is the item (at its depth); its further paragraphs go on as
    paragraphs, and a list inside it is one level deeper."""
    first = True
    for child in item:
        for kind, content, level in element_blocks(child, budget, depth):
            if first and kind == "paragraph":
                yield "item", content, depth
                first = False
            else:
                yield kind, content, level


def table_blocks(table: Any, budget: Any) -> Iterator[OfficeBlock]:
    """Each row's cells, a cell that others cover (merged) empty so that every row keeps its columns;
    a table inside a cell read into the cell's text, row by row."""
    for row in table.iter(f"{{{TABLE}}}table-row"):
        if nearest_table(row) is not table:
            continue
        budget.step()
        cells = row_cells(row, budget)
        while cells and not cells[-1]:
            cells.pop()
        if any(cells):
            yield "row", cells, 0


def nearest_table(element: Any) -> Any:
    parent = element.getparent()
    while parent is not None and parent.tag != f"{{{TABLE}}}table":
        parent = parent.getparent()
    return parent


def row_cells(row: Any, budget: Any) -> list[str]:
    cells: list[str] = []
    for cell in row:
        if cell.tag not in (f"{{{TABLE}}}table-cell", f"{{{TABLE}}}covered-table-cell"):
            continue
        text = "" if cell.tag.endswith("covered-table-cell") else cell_text(cell, budget)
        repeated = repeat_count(cell.get(f"{{{TABLE}}}number-columns-repeated"), MAX_REPEATED_CELLS)
        cells.extend([text] * repeated)
    return cells


def repeat_count(value: str | None, ceiling: int) -> int:
    """How many times a cell or a space is repeated (ODF's number-columns-repeated, text:c), from 1 to
    `ceiling`. Why not int(): a value that is no number ("x") or has thousands of digits (over Python's
    limit for reading an int) made the whole document unreadable for one attribute; such a cell or space
    is read once, and a number over the ceiling (however long) is the ceiling."""
    text = (value or "").strip()
    if not text.isascii() or not text.isdigit():
        return 1
    digits = text.lstrip("0")
    if len(digits) > len(str(ceiling)):
        return ceiling
    return max(1, min(int(digits or "0"), ceiling))


def cell_text(cell: Any, budget: Any) -> str:
    parts = []
    for kind, content, _ in children_blocks(cell, budget, depth=-1):
        if kind == "row":
            parts.append(" ".join(str(c) for c in content if c))  # type: ignore[attr-defined]
        elif kind != "blank":
            parts.append(str(content))
    return " ".join(" ".join(parts).split())


def inline_text(element: Any) -> str:
    """A paragraph's text: spans and links read through, text:s as its spaces, a tab or line break
    as a space; notes, comments and drawings (text boxes) left out."""
    parts: list[str] = [element.text or ""]
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == f"{{{TEXT}}}s":
            parts.append(" " * repeat_count(child.get(f"{{{TEXT}}}c"), 100))
        elif tag in (f"{{{TEXT}}}tab", f"{{{TEXT}}}line-break"):
            parts.append(" ")
        elif tag in INLINE_SKIPPED or tag.startswith("{urn:oasis:names:tc:opendocument:xmlns:drawing"):
            pass
        elif tag:
            parts.append(inline_text(child))
        parts.append(child.tail or "")
    return "".join(parts)
