"""Attack round 21 (session 33, R): an HTML document that is not UTF-8 is read in the charset its
`<meta>` declares, as a browser reads it (WHATWG HTML's prescan, WHATWG Encoding's labels). It was read
as windows-1252 whatever it said: a page in ISO-8859-2, Shift_JIS, GBK or KOI8-R became mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document

BODY = "<p>The {name} and the DMTF agree to work together.</p>"


def page(head: str, name: str, encoding: str) -> bytes:
    body = BODY.format(name=name)
    return f"<!doctype html><html><head>{head}<title>t</title></head><body>{body}</body></html>".encode(
        encoding
    )


@pytest.mark.parametrize(
    ("head", "name", "encoding"),
    [
        ('<meta charset="iso-8859-2">', "Łódź Telecom Forum", "iso-8859-2"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
            "情報通信技術委員会",
            "cp932",
        ),
        ("<meta charset=gb2312>", "中国通信标准化协会", "gbk"),
        ('<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=koi8-r">', "Союз связи", "koi8-r"),
        ('<meta charset="euc-kr">', "한국정보통신기술협회", "cp949"),
    ],
)
def test_the_declared_charset_is_read(head: str, name: str, encoding: str, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page(head, name, encoding))
    assert name in read_document(path).text  # before: windows-1252 mojibake


def test_what_a_meta_says_does_not_turn_utf8_into_mojibake(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page('<meta charset="iso-8859-1">', "Télécom Forum", "utf-8"))  # a frequent mistake
    assert "Télécom Forum" in read_document(path).text


def test_windows_1252_and_commented_declarations(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(page("<!-- <meta charset=koi8-r> -->", "Télécom \u20ac Forum", "cp1252"))
    assert "Télécom \u20ac Forum" in read_document(path).text  # the comment is no declaration
    path.write_bytes(page('<meta charset="x-no-such">', "Télécom Forum", "cp1252"))
    assert "Télécom Forum" in read_document(path).text


def test_an_xhtml_files_xml_declaration_when_no_meta_says(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    head = '<?xml version="1.0" encoding="Shift_JIS"?>\n'
    body = "<html><body><p>情報通信技術委員会 and the DMTF.</p></body></html>"
    path.write_bytes(head.encode() + body.encode("cp932"))
    assert "情報通信技術委員会" in read_document(path).text
