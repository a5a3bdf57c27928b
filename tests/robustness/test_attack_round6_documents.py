"""The sixth outside attack (session 14), on the document surface: Word tables whose merged cells make
python-docx's reading of a row grow past the file, against the real `kg ingest` (docs/reliability.md,
section 14).

python-docx's `_Row.cells` gives a cell spanning N columns (`w:gridSpan`) N times, and finds the cell a
vertically merged one continues (`w:vMerge`) by walking up, row by row, each step a search of the table's
rows: a 36 KB file with gridSpan 100,000,000 took 11.7 s and 979 MB, a column of 900 merged cells 32 s
(cubic), 2,000 a RecursionError after 37 s. Its `Paragraph.style` scans every style of the file at each
paragraph (a 360 KB file of 60,000 styles: over 300 s). `--workers 0` extracts with no kernel limit.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx

from kg.extract.documents import read_document
from tests.support.bounded_ingest import dry_ingest

LEAD = "The Open Grid Forum (OGF) and the Distributed Management Task Force (DMTF) agree to collaborate."


def word_file(path: Path, body: str) -> Path:
    """A .docx holding a first paragraph naming two bodies, then `body` (WordprocessingML)."""
    made = docx.Document()
    made.add_paragraph(LEAD)
    buffer = io.BytesIO()
    made.save(buffer)
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode()
                at = text.index("<w:sectPr")
                data = (text[:at] + body + text[at:]).encode()
            out.writestr(item, data)
    return path


def cell(text: str = "", properties: str = "") -> str:
    run = f"<w:r><w:t>{text}</w:t></w:r>" if text else ""
    return f"<w:tc><w:tcPr>{properties}</w:tcPr><w:p>{run}</w:p></w:tc>"


def table(*rows: str) -> str:
    return "<w:tbl>" + "".join(f"<w:tr>{row}</w:tr>" for row in rows) + "</w:tbl>"


def test_a_cell_spanning_a_hundred_million_columns_is_read_once(tmp_path: Path) -> None:
    # 11.7 s and 979 MB before; 400,000,000 pointers were past the test's 2 GiB address space
    spanning = cell("Liaison", '<w:gridSpan w:val="400000000"/>')
    document = word_file(tmp_path / "wide.docx", table(spanning + cell("OGF")))
    done, seconds = dry_ingest(document, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "wide.docx: register" in done.stderr, done.stderr[-2000:]
    assert seconds < 20, f"{seconds:.1f} s"


def test_a_column_of_merged_cells_is_read_in_linear_time(tmp_path: Path) -> None:
    # 900 rows: 32 s before (each row walked up to the first, each step a search of the rows)
    rows = [cell("OGF") + cell("row 0")]
    rows += [cell(properties="<w:vMerge/>") + cell(f"row {n}") for n in range(1, 3_000)]
    document = word_file(tmp_path / "merged.docx", table(*rows))
    done, seconds = dry_ingest(document, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "merged.docx: register" in done.stderr, done.stderr[-2000:]
    assert seconds < 20, f"{seconds:.1f} s"


def test_a_large_cell_merged_over_many_rows_is_refused_by_its_text(tmp_path: Path) -> None:
    """Found by the session's review: a 40 KB file whose 400 KB cell covers 10,000 rows (its text in each)
    made 4 GB of text, 2 GB of memory and 54 s, then an empty "not a readable .docx file: " (the memory
    cap's MemoryError read as a broken file). Its tables' text is budgeted now (BlockBudget.text)."""
    rows = [cell("word " * 80_000, '<w:vMerge w:val="restart"/>')]
    rows += [cell(properties="<w:vMerge/>")] * 10_000
    document = word_file(tmp_path / "tall.docx", table(*rows))
    done, seconds = dry_ingest(document, tmp_path / "store", timeout=120)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "tall.docx: its tables' text grows past" in done.stderr and "refused" in done.stderr
    assert seconds < 30, f"{seconds:.1f} s"


def test_merged_cells_read_as_before(tmp_path: Path) -> None:
    """A vertically merged cell's text in every row it covers (rules read a column by its rows), a
    horizontally merged one once per row; a merge with no cell above is the cell's own (empty) text."""
    rows = (
        cell("Body") + cell("Topic", '<w:gridSpan w:val="2"/>'),
        cell("OGF", '<w:vMerge w:val="restart"/>') + cell("clouds") + cell("grids"),
        cell(properties="<w:vMerge/>") + cell("storage") + cell(properties="<w:vMerge/>"),
        '<w:trPr><w:gridBefore w:val="1"/></w:trPr>' + cell("late") + cell(properties="<w:vMerge/>"),
    )
    document = word_file(tmp_path / "merges.docx", table(cell(properties="<w:vMerge/>") + cell("x"), *rows))
    lines = read_document(document).text.splitlines()
    assert "Body\tTopic" in lines
    assert "OGF\tclouds\tgrids" in lines
    assert "OGF\tstorage\tgrids" in lines  # 'grids' is the cell above the third row's merged one
    assert "late\tgrids" in lines  # after one grid column left empty, the merged one under 'grids'
    assert "\tx" in lines  # a first row's merge has nothing above: its own empty text (was a refusal)


def test_paragraphs_naming_a_style_of_many_are_read_in_linear_time(tmp_path: Path) -> None:
    # 60,000 styles and 30,000 paragraphs naming one the file lacks (360 KB): over 300 s before, each
    # paragraph's style looked up by a scan of every style, then of every style again for the default
    document = word_file(
        tmp_path / "styles.docx",
        '<w:p><w:pPr><w:pStyle w:val="absent"/></w:pPr><w:r><w:t>Collaboration.</w:t></w:r></w:p>' * 20_000,
    )
    styles = "".join(
        f'<w:style w:type="paragraph" w:styleId="s{n}"><w:name w:val="s{n}"/></w:style>'
        for n in range(40_000)
    )
    with_styles = tmp_path / "many-styles.docx"
    with zipfile.ZipFile(document) as source, zipfile.ZipFile(with_styles, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/styles.xml":
                data = data.replace(b"</w:styles>", styles.encode() + b"</w:styles>")
            out.writestr(item, data)
    done, seconds = dry_ingest(with_styles, tmp_path / "store", timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert seconds < 90, f"{seconds:.1f} s"


def test_a_paragraphs_style_is_read_as_python_docx_reads_it(tmp_path: Path) -> None:
    """By its id among the paragraph styles (the first of an id), else the default paragraph style."""
    body = (
        '<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t>Scope</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="absent"/></w:pPr><w:r><w:t>Plain words.</w:t></w:r></w:p>'
        '<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr><w:r><w:t>An item</w:t></w:r></w:p>'
    )
    lines = read_document(word_file(tmp_path / "styled.docx", body)).text.splitlines()
    assert "Plain words." in lines
    assert "- An item" in lines
    assert lines.index("Scope") > 0 and lines[lines.index("Scope") - 1] == ""  # a heading, set apart
