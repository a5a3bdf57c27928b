"""A small Word file cannot make `kg ingest` work for minutes: its markup is bounded by the file.

A .docx is a ZIP of XML; python-docx builds the whole tree of every part (about 200 bytes of memory
an element) and reads each paragraph through its style (about 60 microseconds each). `<w:p/>`
compresses about 700 : 1, so a 44 KB file held 5,000,000 empty paragraphs: still running after
300 s at 1.1 GB (the cap on unpacked bytes, 20 x the size cap, allowed 160 MiB of them); 400,000
paragraphs of text in 66 KB took 66 s before the text cap refused them. Under 32 KiB a file may be
read in the command's own process, where no kernel limit applies (kg.pipeline.limits).

Now the tags of its XML parts are counted as they are unpacked, before any tree is built (at most
16 per byte of the file, at least 1,048,576; the project's Word files have under 1 per byte), and
the paragraphs and rows read are at most one per 4 bytes of the file (at least 32,768): each bomb
is refused in seconds with exit 2 and one message naming the file.
The real `kg ingest --dry-run --workers 0` (the unlimited path), under a time and memory bound.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from support.bounded_ingest import dry_ingest

from kg.extract.documents import read_document

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
    b'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName='
    b'"/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.'
    b'document.main+xml"/></Types>'
)
RELATIONSHIPS = (
    b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
    b'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
    b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
PARAGRAPH = b"<w:p><w:r><w:t>The OGF and the DMTF agree to collaborate.</w:t></w:r></w:p>"
SECONDS = 30


def docx(body: bytes) -> bytes:
    """A Word file whose document body is `body` (the three parts python-docx needs)."""
    document = (
        b'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
        b'wordprocessingml/2006/main"><w:body>' + body + b"</w:body></w:document>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", RELATIONSHIPS)
        archive.writestr("word/document.xml", document)
    return buffer.getvalue()


BOMBS = {
    "3,500,000 empty paragraphs": docx(b"<w:p/>" * 3_500_000),
    "200,000 empty paragraphs": docx(b"<w:p/>" * 200_000),
    "100,000 paragraphs of text": docx(PARAGRAPH * 100_000),
    "a table of 200,000 empty rows": docx(
        b"<w:tbl>" + b"<w:tr><w:tc><w:p/></w:tc></w:tr>" * 200_000 + b"</w:tbl>"
    ),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_a_word_file_whose_markup_far_outgrows_it_is_refused(tmp_path: Path, name: str) -> None:
    document = tmp_path / "bomb.docx"
    document.write_bytes(BOMBS[name])
    assert document.stat().st_size < 32 * 1024  # small enough to be read without the kernel's limits
    done, waited = dry_ingest(document, tmp_path / "store", timeout=SECONDS * 10)
    assert done.returncode == 2, done.stderr[-2000:]
    assert waited < SECONDS, f"{name}: {waited:.0f} s"
    assert "bomb.docx" in done.stderr and "Traceback" not in done.stderr
    assert ".docx" in done.stderr and ("tags" in done.stderr or "paragraphs" in done.stderr), done.stderr


def test_a_word_file_of_ordinary_size_reads_as_before(tmp_path: Path) -> None:
    """2,000 paragraphs in a file of a few KB: within both floors, every paragraph read."""
    document = tmp_path / "ordinary.docx"
    document.write_bytes(docx(PARAGRAPH * 2_000))
    text = read_document(document).text
    assert text.count("The OGF and the DMTF agree to collaborate.") == 2_000
