"""What an HTML document holds and what it does not: an inert <template> and a cookie banner are no
part of it (kg.extract.documents); content hidden until a reader opens it (an inactive tab panel, a
collapsed accordion, `hidden` or `display: none`) is, and a hidden list item whose end tag is left out,
as HTML allows, hides nothing after it."""

from __future__ import annotations

from pathlib import Path

from kg.extract.documents import read_document

PAGE = """<!DOCTYPE html><html><body>
<h1>SNIA and DMTF</h1>
<p>SNIA and the DMTF work together on Swordfish.</p>
<template><p>Partner with W3C</p></template>
<div class="cookie-notice"><p>We use cookies</p></div>
<div role="tabpanel" hidden><p>Milestone: Redfish 2027.1 alignment by Q2 2027</p></div>
<section style="display: none"><p>Milestone: plugfest in March 2027</p></section>
<ul><li style="display:none">Draft placeholder<li>Milestone: TideLink 1.0 by 2027-03-01<li>Next item</ul>
<p>Contact: alliances@snia.example</p>
</body></html>"""


def test_templates_and_banners_are_left_out_and_hidden_panels_read(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    text = read_document(tmp_path / "page.html").text
    assert "SNIA and the DMTF work together on Swordfish." in text
    assert "W3C" not in text and "cookies" not in text
    shown = ("Redfish 2027.1 alignment by Q2 2027", "plugfest in March 2027", "TideLink 1.0 by 2027-03-01")
    for item in shown:
        assert item in text
    assert "Contact: alliances@snia.example" in text
