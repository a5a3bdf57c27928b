"""Two readings of specification names found on Khronos/OGC liaison news (issue 12 point 9, session 34,
engineer G): a coined name of four letters opening in lower case that a text uses twice or more ("glTF", a
trade mark sign after it or not) is a specification, as five-letter coined names were ("OpenXR"); a plural
acronym ("MoUs") stays none. A name after an indefinite article ending in a kind of document ("a new OGC
Community Standard", "an ETSI Specification") is a kind, no title; with "the" it stays one ("the 3D Tiles
Community Standard"). Names and wording invented but "glTF"; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def specifications(tmp_path: Path, layout: str, body: str) -> set[str]:
    opening = "The Khronos Group formalized a liaison with the Open Geospatial Consortium (OGC)."
    if layout == "md":
        text, name = f"# Khronos and OGC\n\n{opening}\n\n{body}\n", "n.md"
    elif layout == "html":
        text, name = (
            f"<html><body><h1>Khronos and OGC</h1><p>{opening}</p><p>{body}</p></body></html>",
            "n.html",
        )
    else:
        text, name = f"Khronos and OGC\n\n{opening}\n\n{body}\n", "n.txt"
    return {entity.label for entity, _ in extracted(tmp_path, text, name).specifications}


@pytest.mark.parametrize(
    ("layout", "body", "name"),
    [
        ("txt", "The format builds on glTF\u2122, citing glTF as a normative reference.", "glTF"),
        ("md", "Buoy maps use tdXF for tiles; tdXF files stream well.", "tdXF"),
        ("html", "The viewer reads qmTL scenes. Each qmTL scene has a root.", "qmTL"),
    ],
)
def test_a_coined_name_of_four_letters(tmp_path: Path, layout: str, body: str, name: str) -> None:
    assert name in specifications(tmp_path, layout, body)


def test_a_plural_acronym_is_no_name(tmp_path: Path) -> None:
    found = specifications(tmp_path, "txt", "Both bodies signed MoUs with ETSI; the MoUs run two years.")
    assert "MoUs" not in found, found


@pytest.mark.parametrize("layout", ["txt", "html"])
def test_a_kind_of_document_after_an_indefinite_article(tmp_path: Path, layout: str) -> None:
    found = specifications(tmp_path, layout, "OGC adopted the tiling scheme as a new OGC Community Standard.")
    assert "OGC Community Standard" not in found, found


def test_a_title_after_the_definite_article(tmp_path: Path) -> None:
    found = specifications(tmp_path, "txt", "OGC adopted the Buoy Tiles Community Standard for streaming.")
    assert "Buoy Tiles Community Standard" in found, found
