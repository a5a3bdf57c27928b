"""Attack round 21 (session 33, R): e-mail text past ASCII with no charset to read it by.

A part with no charset parameter is US-ASCII by RFC 2045, and Python's email package reads its bytes past
ASCII as U+FFFD: 8-bit mail without one is common (list archives, messages saved without MIME headers), and
'Vierländer Zählertechnik GmbH' became 'Vierl\ufffd\ufffdnder ...' (four dev documents held such names).
Such a part, one declaring US-ASCII, and one in a charset Python does not know are now read as other text
is (kg.extract.documents.decode): UTF-8 when the bytes are, else windows-1252. Declared charsets are kept."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document

HEAD = b"From: a@example.org\r\nTo: b@example.org\r\nSubject: liaison\r\n"


def body_of(tmp_path: Path, head: bytes, body: bytes) -> str:
    path = tmp_path / "message.eml"
    path.write_bytes(HEAD + head + b"\r\n" + body + b"\r\n")
    return read_document(path).text


@pytest.mark.parametrize(
    "content_type",
    [None, b"text/plain", b"text/plain; charset=us-ascii", b"text/plain; charset=x-no-such", b"text/html"],
)
@pytest.mark.parametrize("encoding", ["utf-8", "cp1252"])
def test_bytes_past_ascii_with_no_charset_to_read_them(
    tmp_path: Path, content_type: bytes | None, encoding: str
) -> None:
    head = b"" if content_type is None else b"MIME-Version: 1.0\r\nContent-Type: " + content_type + b"\r\n"
    text = body_of(tmp_path, head, "<p>Vierländer Zählertechnik GmbH and DIN</p>".encode(encoding))
    assert "Vierländer Zählertechnik GmbH" in text  # before: U+FFFD for each byte past ASCII
    assert "\ufffd" not in text


def test_a_declared_charset_is_still_read_as_declared(tmp_path: Path) -> None:
    head = b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-2\r\n"
    assert "Łódź" in body_of(tmp_path, head, "Łódź Forum".encode("iso-8859-2"))


def test_a_header_field_in_raw_latin1_is_read(tmp_path: Path) -> None:
    path = tmp_path / "message.eml"
    subject = "Liaison: Télécom Zählertechnik".encode("cp1252")
    path.write_bytes(b"From: a@example.org\r\nTo: b@example.org\r\nSubject: " + subject + b"\r\n\r\nbody\r\n")
    assert "Subject: Liaison: Télécom Zählertechnik" in read_document(path).text  # before: T\ufffdl\ufffdcom
    path.write_bytes(b"From: a@example.org\r\nSubject: " + "Zählertechnik".encode() + b"\r\n\r\nbody\r\n")
    assert "Subject: Zählertechnik" in read_document(path).text  # raw UTF-8 (RFC 6532), as before
