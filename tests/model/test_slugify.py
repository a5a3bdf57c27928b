"""IRI segments from names (kg.model.namespaces.slugify): readable ASCII words, punctuation of any
script separating them as ASCII punctuation does."""

from __future__ import annotations

import pytest

from kg.model.namespaces import slugify


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("DMTF-SNIA Work Register", "dmtf-snia-work-register"),
        ("DMTF\u2013SNIA Work Register", "dmtf-snia-work-register"),  # en dash: was "dmtfsnia"
        ("OGF \u2014 DMTF", "ogf-dmtf"),  # em dash
        ("A\u00b7B", "a-b"),  # middle dot
        ("\u00dcber API", "uber-api"),  # accents dropped, the letter kept
        ("Na\u00efve Caf\u00e9", "naive-cafe"),
        ("Stra\u00dfe", "strasse"),
        ("\u00c6ON \u00d8resund", "aeon-oresund"),
        ("\ufb01le", "file"),  # a ligature
        ("\u6771\u4eac Forum", "forum"),  # letters of other scripts separate words and are dropped
        ("  --Open  Fabrics--  ", "open-fabrics"),
    ],
)
def test_slug(text: str, slug: str) -> None:
    assert slugify(text) == slug
