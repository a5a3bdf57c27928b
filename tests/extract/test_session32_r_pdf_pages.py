"""Attack round 19 (session 32, R): a PDF of many pages that share one small page (every page an entry of
one /Kids array) cost pypdf about a millisecond a page within the operator budget (PdfBudget): 60,000
pages in 360 KB read for 64 s, then 38 s of extraction. Each page now costs PDF_PAGE_OPERATORS of the
budget before it is read, and such a file is refused at once, naming its pages; real PDFs, which hold
1,669 bytes a page and more, are read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import read_document

TEXT = b"BT /F1 12 Tf 72 720 Td (The DMTF and SNIA work register) Tj ET"


def shared_page_pdf(pages: int) -> bytes:
    """A PDF whose page tree lists one page object `pages` times."""
    kids = b" ".join([b"3 0 R"] * pages)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % pages,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(TEXT) + TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_thousands_of_shared_pages_are_refused_naming_them(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(shared_page_pdf(3_000))  # 18 KB; before: read, 3,000 pages of text
    with pytest.raises(InputError, match=r"pages\.pdf: 3,000 pages, more than a PDF of its size holds"):
        read_document(path)


def test_a_few_pages_are_read(tmp_path: Path) -> None:
    path = tmp_path / "pages.pdf"
    path.write_bytes(shared_page_pdf(3))
    assert read_document(path).text.count("The DMTF and SNIA work register") >= 1
