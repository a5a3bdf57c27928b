"""A small PDF cannot make `kg ingest` work for an hour: the text layer's work is bounded by the file.

A PDF's text comes from content streams that the extractor (pypdf) parses operator by operator,
about 20 microseconds each. Two ways make that work grow far beyond the file: a compressed stream
(1,000 : 1), and a Form XObject drawn many times (`/X Do` thousands of times: each draws it
again). A 1.4 KB file drawing a 2,000-operator form 20,000 times was still running after 120 s
(200 times: 38 s and 8.8 MB of text); a 30 KB file with one 10 MB stream took 52 s. Under 32 KiB a
file may be read in the command's own process, where no kernel limit applies (kg.pipeline.limits).

Now the operators run for a document's text layer are at most one per byte of the file (at
least 131,072; measured PDFs use 0.05-0.07 per byte), and the text is refused once it passes the
size cap (one stream's parse before its first operator is bounded by pypdf, 2,000,000 elements):
each of these is refused in seconds with exit 2 and one message naming the file and the bound.
The real `kg ingest --dry-run --workers 0` (the unlimited path), under a time and memory bound.
"""

from __future__ import annotations

import zlib
from pathlib import Path

import pytest
from support.bounded_ingest import dry_ingest_cpu

from kg.extract.documents import read_document

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


TEXT = b"BT /F1 12 Tf 72 712 Td (The OGF and the DMTF agree to collaborate) Tj ET\n"
SECONDS = 30  # CPU-s: each is refused in about 5; before the bounds, minutes to an hour


def pdf(page_content: bytes, form_content: bytes | None = None, pages: int = 1) -> bytes:
    """A PDF of `pages` pages sharing one compressed content stream, which may draw a Form XObject
    /X holding `form_content` (objects: 1 catalog, 2 pages, 3 content, 4 form, 5 font, 6... pages)."""
    form = form_content if form_content is not None else b""
    content, drawn = zlib.compress(page_content, 9), zlib.compress(form, 9)
    kids = b" ".join(b"%d 0 R" % (6 + number) for number in range(pages))
    resources = b"<< /XObject << /X 4 0 R >> /Font << /F1 5 0 R >> >>"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Length %d /Filter /FlateDecode >>\nstream\n%s\nendstream" % (len(drawn), drawn),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *[
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources %s >>"
            % resources
            for _ in range(pages)
        ],
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    start = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, start)
    return bytes(out)


BOMBS = {
    "a form drawn 20,000 times": pdf(b"/X Do\n" * 20_000, TEXT * 2_000),
    "one stream of 4 MB": pdf(TEXT * (4_000_000 // len(TEXT))),
    "120 pages sharing a 1 MB stream": pdf(TEXT * (1_000_000 // len(TEXT)), pages=120),
    "a form of one 4 MB string drawn 5,000 times": pdf(
        b"/X Do\n" * 5_000, b"BT /F1 12 Tf 72 712 Td (" + b"OGF " * 1_000_000 + b") Tj ET\n"
    ),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_a_pdf_whose_text_layer_would_cost_far_more_than_its_size_is_refused(
    tmp_path: Path, name: str
) -> None:
    document = tmp_path / "bomb.pdf"
    document.write_bytes(BOMBS[name])
    assert document.stat().st_size < 32 * 1024  # small enough to be read without the kernel's limits
    done, cpu = dry_ingest_cpu(document, tmp_path / "store")  # CPU, not wall: a loaded machine's CI took 32 s
    assert done.returncode == 2, done.stderr[-2000:]
    assert cpu < SECONDS, f"{name}: {cpu:.0f} CPU-s"
    assert "bomb.pdf" in done.stderr and "Traceback" not in done.stderr
    assert "PDF" in done.stderr or "text" in done.stderr, done.stderr[-2000:]


def test_an_ordinary_pdf_reads_as_before(tmp_path: Path) -> None:
    """The bounds leave a real document alone: the fixture register's text, all of it."""
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "registers" / "dmtf-ofa-register.pdf"
    document = read_document(fixture)
    assert "DMTF" in document.text and len(document.text) > 500


def test_many_pages_of_ordinary_text_are_read(tmp_path: Path) -> None:
    """50 pages sharing a stream of 200 operators: 10,000 operators for a 2 KB file, within the floor."""
    document = tmp_path / "pages.pdf"
    document.write_bytes(pdf(TEXT * 40, pages=50))
    text = read_document(document).text
    assert text.count("The OGF and the DMTF agree") == 50 * 40
