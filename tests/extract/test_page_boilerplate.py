"""A web page's boilerplate is no part of its document: a cookie banner and its buttons, empty
list items and breadcrumbs do not decide its kind, and a body named by its acronym with its full
name after it ("ORDC e.V. (Orbital Registry Data Consortium)") is discovered."""

from __future__ import annotations

from pathlib import Path

from kg.extract.documents import read_document
from kg.pipeline.ingest import extract

PAGE = """<!DOCTYPE html>
<html lang="en"><head><title>ORDC and ETC: Joint Work Register</title></head>
<body>
<div id="cookie-consent" class="banner">
  <p>We use cookies to understand how visitors use our site.</p>
  <button>Accept all</button>
</div>
<header><ul><li><a href="/"></a></li><li><a href="/x"></a></li></ul></header>
<p>Home &rsaquo; Cooperation &rsaquo; Liaisons &rsaquo; ETC</p>
<h1>ORDC and ETC: Joint Work Register on Orbit Assets</h1>
<p>The Edge Telemetry Consortium (ETC) and ORDC e.V. (Orbital Registry Data Consortium) keep this
register of their joint work.</p>
<h2>Scope</h2>
<p>Both align their orbit asset formats.</p>
<h2>Work items</h2>
<ul><li>Joint orbit asset glossary - Q2 2027</li></ul>
<h2>Contacts</h2>
<p>ETC: Ada Example, ada@etc.example</p>
</body></html>
"""


def test_a_cookie_banner_is_no_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    text = read_document(path).text
    assert "cookies" not in text and "Accept all" not in text


def test_breadcrumbs_and_empty_items_do_not_decide_the_kind(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    record = extract(path).record
    assert record.kind == "WorkRegister"
    assert {p.short_name for p, _ in record.parties} == {"ETC", "ORDC"}
    assert {p.label for p, _ in record.parties} >= {"Orbital Registry Data Consortium"}
