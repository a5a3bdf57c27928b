"""The fourth outside attack (session 12), documents as weapons: markup left open at the end of an HTML
page, in a page and in an e-mail's HTML part, against the real `kg ingest` (docs/reliability.md,
section 12).

Python 3.11's HTMLParser (before 3.11.13, CVE-2025-6069) reads markup that is still open when the file
ends by trying it again at every "<" after it, each try scanning to the end of the file: a 31 KB page
ending in 10,500 x "<a " took 48 s in `kg ingest --dry-run`, a 60 KB one 132 s. A file under 32 KiB is
extracted in the command's own process, where no kernel CPU limit applies (kg.pipeline.early).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_html
from tests.support.bounded_ingest import dry_ingest

PAGE = (
    "<html><body><p>The Open Grid Forum (OGF) and the Distributed Management Task Force (DMTF) agree to "
    "collaborate on cloud standards.</p>"
)
OPEN_MARKUP = {
    "a start tag": "<a ",
    "an attribute value": "<a b='x",
    "a comment": "<!--x>",
    "an end tag": "</a ",
    "a processing instruction": "<?x ",
}


@pytest.mark.parametrize("piece", OPEN_MARKUP.values(), ids=OPEN_MARKUP.keys())
def test_markup_open_at_the_end_of_a_page_is_read_in_linear_time(tmp_path: Path, piece: str) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE + piece * (40_000 // len(piece)), encoding="utf-8")
    done, seconds = dry_ingest(page, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr
    assert "page.html: register" in done.stderr, done.stderr
    assert seconds < 15, f"{seconds:.1f} s"  # 48 s before at 31 KB, for the start tags


def test_an_e_mail_whose_html_part_ends_in_open_markup_is_read_in_linear_time(tmp_path: Path) -> None:
    message = tmp_path / "liaison.eml"
    body = PAGE + "<a " * 10_000
    message.write_text(
        "From: Ada Example <ada@ogf.org>\nTo: board@dmtf.org\nSubject: Liaison\n"
        "Message-ID: <1@ogf.org>\nMIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n" + body,
        encoding="utf-8",
    )
    done, seconds = dry_ingest(message, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr
    assert seconds < 15, f"{seconds:.1f} s"


def test_what_a_browser_shows_of_a_page_ending_in_open_markup() -> None:
    """HTML5 13.2.5: the end of the file inside a tag, a comment or a declaration ends it, showing no
    text; a lone "<" is text."""

    def text(source: str) -> str:
        return "".join(read_html(source).parts).strip()

    assert text("<p>Alpha</p><p>beta <a href='x") == "Alpha\n\nbeta"
    assert text("<p>Alpha</p><!-- a comment > never ended") == "Alpha"
    assert text("<p>Alpha</p>1 < 2 and 3 > 2") == "Alpha\n\n1 < 2 and 3 > 2"
    assert text("<p>Alpha &amp; beta</p>") == "Alpha & beta"
    assert text("<p>Alpha</p>gamma </") == "Alpha\n\ngamma </"


HEAD = "From: Ada Example <ada@ogf.org>\nTo: board@dmtf.org\nSubject: Liaison\nMessage-ID: <1@ogf.org>\n"
TEXT = "Content-Type: text/plain\n\nThe Open Grid Forum (OGF) and the DMTF agree to collaborate.\n"
LONG_FIELDS = {
    # 46 s before: a Content-Type parsed again at every look-up
    "a Content-Type of 20,000 parameters": HEAD
    + "Content-Type: text/plain; "
    + "; ".join(f'a{i}="x"' for i in range(20_000))
    + "\n\nThe Open Grid Forum (OGF) and the DMTF agree to collaborate.\n",
    # over 60 s before: the address-list parser is quadratic
    "a To of 20,000 quoted names": HEAD.replace(
        "To: board@dmtf.org", "To: " + '"a",' * 20_000 + " b@dmtf.org"
    )
    + TEXT,
    # 1 GB before (MemoryError under the cap)
    "a From of 20,000 encoded words": HEAD.replace("From: ", "From: " + "=?utf-8?q?a?= " * 20_000) + TEXT,
}


@pytest.mark.parametrize("message", LONG_FIELDS.values(), ids=LONG_FIELDS.keys())
def test_an_e_mail_with_a_header_field_too_long_to_parse_is_refused_at_once(
    tmp_path: Path, message: str
) -> None:
    path = tmp_path / "liaison.eml"
    path.write_text(message, encoding="utf-8")
    done, seconds = dry_ingest(path, tmp_path / "store", timeout=120)
    assert done.returncode == 2, done.stderr
    assert "liaison.eml: an e-mail message refused: its " in done.stderr, done.stderr
    assert "header field is" in done.stderr and "characters, more than the 16,384" in done.stderr
    assert seconds < 15, f"{seconds:.1f} s"


def test_the_fields_of_many_parts_share_one_budget(tmp_path: Path) -> None:
    """Each field under the cap, but 200 parts each with a Content-Type of 15,000 characters."""
    parameters = "; ".join(f'p{i}="v"' for i in range(1_400))
    parts = "".join(f"--b\nContent-Type: application/octet-stream; {parameters}\n\nx\n" for _ in range(200))
    message = HEAD + 'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n' + TEXT
    path = tmp_path / "liaison.eml"
    path.write_text(message + "\n" + parts + "--b--\n", encoding="utf-8")
    done, seconds = dry_ingest(path, tmp_path / "store", timeout=120)
    assert done.returncode == 2, done.stderr
    assert "its header fields are too long to read (the Content-Type field" in done.stderr, done.stderr
    assert seconds < 15, f"{seconds:.1f} s"


def test_an_e_mail_with_ordinary_long_fields_is_still_read(tmp_path: Path) -> None:
    """A liaison sent to 200 addresses, with a file attached."""
    addresses = ", ".join(f"Member {i} <member{i}@dmtf.org>" for i in range(200))
    message = HEAD.replace("To: board@dmtf.org", f"To: {addresses}") + TEXT
    path = tmp_path / "liaison.eml"
    path.write_text(message, encoding="utf-8")
    done, _ = dry_ingest(path, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr


def test_an_e_mail_to_and_copied_to_300_addresses_each_is_still_read(tmp_path: Path) -> None:
    """The review's message: a To and a Cc of 300 quoted addresses each (about 14,000 characters each,
    under MAX_FIELD), which the first budget (2^28) refused as too long."""
    addresses = ", ".join(f'"Board member {i:03d}" <board.member{i:03d}@dmtf.org>' for i in range(300))
    copies = ", ".join(f'"Observer {i:03d}" <observer.number{i:03d}@snia.org>' for i in range(300))
    message = HEAD.replace("To: board@dmtf.org", f"To: {addresses}\nCc: {copies}") + TEXT
    path = tmp_path / "liaison.eml"
    path.write_text(message, encoding="utf-8")
    done, _ = dry_ingest(path, tmp_path / "store", timeout=120)
    assert done.returncode == 0, done.stderr
