"""What a browser does not show is no part of an HTML document: inert templates, elements with the
`hidden` attribute or styled not to show, and cookie banners (kg.extract.documents.unseen)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.documents import read_document

PAGE = """<!DOCTYPE html><html><body>
<h1>SNIA and DMTF</h1>
<p>SNIA and the DMTF work together on Swordfish.</p>
<template><p>Partner with W3C</p></template>
<div hidden><p>Hidden partner ITU-T</p></div>
<section style="color: red; display: none"><p>Styled away: IEEE</p></section>
<span style="visibility:hidden">Invisible OASIS</span>
<div class="cookie-notice"><p>We use cookies</p></div>
<p>Contact: alliances@snia.example</p>
</body></html>"""


def test_what_a_browser_does_not_show_is_left_out(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    text = read_document(tmp_path / "page.html").text
    assert "SNIA and the DMTF work together on Swordfish." in text
    assert "Contact: alliances@snia.example" in text  # what follows them is read again
    for unseen in ("W3C", "ITU-T", "IEEE", "OASIS", "cookies"):
        assert unseen not in text
