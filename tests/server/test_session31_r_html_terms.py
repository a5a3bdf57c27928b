"""Attack round 18 (session 31, engineer R): a directional language-tagged string on an HTML page.

The resource pages and the SPARQL results table showed `"שלום"@he--rtl` as `שלום@he`: another term,
and its text not isolated from the tag after it. It is now `<bdi dir="rtl">שלום</bdi>@he--rtl`
(kg.server.html.Pages.term, json_cell); other literals are shown as before.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.server.describe import Labels
from kg.server.html import Pages

PAGES = Pages("https://w3id.org/alliance-kg/")


def test_a_directional_literal_is_shown_whole_and_isolated() -> None:
    literal = ox.Literal("\u05e9\u05dc\u05d5\u05dd", language="he", direction=ox.BaseDirection.RTL)
    shown = str(PAGES.term(literal, Labels()))
    assert shown == '<bdi dir="rtl">\u05e9\u05dc\u05d5\u05dd</bdi><span class="lang">@he--rtl</span>'


def test_a_results_cell_keeps_its_direction() -> None:
    cell = {"type": "literal", "value": "x", "xml:lang": "ar", "its:dir": "ltr"}
    assert "@ar--ltr" in str(PAGES.json_cell(cell, Labels()))


def test_other_literals_are_unchanged() -> None:
    assert str(PAGES.term(ox.Literal("x", language="en"), Labels())) == 'x<span class="lang">@en</span>'
    cell = {"type": "literal", "value": "x", "xml:lang": "en", "its:dir": "sideways"}
    assert str(PAGES.json_cell(cell, Labels())) == 'x<span class="lang">@en</span>'
