"""Attack round 21 (session 33, R): bodies declaring a charset other than UTF-8 by name.

A form POSTed by Apache HttpClient 4's UrlEncodedFormEntity (under many Java SPARQL clients) says
`application/x-www-form-urlencoded; charset=ISO-8859-1` and escapes `é` as %E9; kg serve answered 415
"charset iso-8859-1 is not supported" to every such form, even one of ASCII alone, and to any body
declaring `charset=US-ASCII`, which is a part of UTF-8. Now a form's escapes are read in the
ASCII-based charset it declares, and US-ASCII is taken wherever UTF-8 is; a direct query stays UTF-8
(its media type's registration), and a charset no form can be written in stays 415."""

from __future__ import annotations

import gzip

import pytest
from support.kg_server import http_client

SELECT_E = "query=SELECT+%28%22caf%E9%22+AS+%3Fx%29+%7B%7D"  # SELECT ("café" AS ?x) {}, é as %E9


def post(body: bytes, content_type: str) -> tuple[int, str]:
    with http_client() as http:
        headers = {"Content-Type": content_type, "Accept": "text/csv"}
        answer = http.post("/sparql", content=body, headers=headers)
    return answer.status_code, answer.text


@pytest.mark.parametrize("charset", ["ISO-8859-1", "latin1", "windows-1252", '"iso-8859-15"'])
def test_a_form_in_a_latin_charset_is_read_in_it(charset: str) -> None:
    status, text = post(SELECT_E.encode(), f"application/x-www-form-urlencoded; charset={charset}")
    assert (status, text) == (200, "x\r\ncaf\u00e9\r\n")  # before: 415


def test_windows_1252_reads_its_own_bytes() -> None:
    form = "application/x-www-form-urlencoded; charset=windows-1252"
    status, text = post(b"query=SELECT+%28%22%80%22+AS+%3Fx%29+%7B%7D", form)
    assert (status, text) == (200, "x\r\n\u20ac\r\n")


@pytest.mark.parametrize("kind", ["application/x-www-form-urlencoded", "application/sparql-query"])
def test_us_ascii_is_utf8(kind: str) -> None:
    body = b"query=ASK+%7B%7D" if kind.endswith("urlencoded") else b"ASK {}"
    status, text = post(body, f"{kind}; charset=US-ASCII")
    assert status == 200 and "true" in text  # before: 415


def test_a_form_still_utf8_by_default() -> None:
    utf8 = b"query=SELECT+%28%22caf%C3%A9%22+AS+%3Fx%29+%7B%7D"
    status, text = post(utf8, "application/x-www-form-urlencoded")
    assert (status, text) == (200, "x\r\ncaf\u00e9\r\n")
    status, text = post(SELECT_E.encode(), "application/x-www-form-urlencoded")
    assert status == 400 and "parameters must be UTF-8" in text


def test_ascii_declared_and_not_kept() -> None:
    status, text = post('ASK { FILTER("é") }'.encode(), "application/sparql-query; charset=us-ascii")
    assert status == 400 and "not valid us-ascii: byte 0xc3 at offset 14" in text


@pytest.mark.parametrize(
    ("kind", "charset"),
    [
        ("application/x-www-form-urlencoded", "utf-16"),
        ("application/x-www-form-urlencoded", "base64"),
        ("application/x-www-form-urlencoded", "no-such-charset"),
        ("application/sparql-query", "iso-8859-1"),
    ],
)
def test_charsets_not_taken_are_415(kind: str, charset: str) -> None:
    status, text = post(b"ASK {}", f"{kind}; charset={charset}")
    assert status == 415 and f"charset {charset} is not supported" in text


@pytest.mark.parametrize(
    ("body", "kind"),
    [
        (b"\xef\xbb\xbfASK {}", "application/sparql-query"),  # a file Notepad saved, sent as it is
        (b"query=%EF%BB%BFASK+%7B%7D", "application/x-www-form-urlencoded"),  # curl --data-urlencode query@f
    ],
)
def test_a_query_opening_with_a_byte_order_mark_is_read(body: bytes, kind: str) -> None:
    status, text = post(body, kind)
    assert status == 200 and "true" in text  # before: 400 "syntax error at 1:8: expected one of VERSION"


@pytest.mark.parametrize("coding", ["gzip", "br", "deflate, gzip", "GZIP"])
def test_a_body_in_a_content_coding_is_415(coding: str) -> None:
    """A gzip body was read as the text itself (400 "not valid UTF-8" of a sound query), and a body said to
    be `br` was taken as it came; RFC 9110 15.5.16 and 12.5.3: 415, with the codings taken."""
    with http_client() as http:
        headers = {"Content-Type": "application/sparql-query", "Content-Encoding": coding}
        answer = http.post("/sparql", content=gzip.compress(b"ASK {}"), headers=headers)
    assert answer.status_code == 415, answer.text  # before: 400, or 200 for `br` of a plain body
    assert f"the content coding {coding.lower()} is not supported" in answer.text
    assert answer.headers["accept-encoding"] == "identity"


def test_identity_is_no_coding() -> None:
    with http_client() as http:
        headers = {"Content-Type": "application/sparql-query", "Content-Encoding": "identity"}
        answer = http.post("/sparql", content=b"ASK {}", headers=headers)
    assert answer.status_code == 200 and "true" in answer.text
