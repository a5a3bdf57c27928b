"""A flattened liaisons table's row that opens with a body's short name run together with its full name
after an article ("Apache The Apache Software Foundation ...", "Khronos The Khronos Group Inc. ...") gives
that body once, by its full name's mention; a row opening with a word that is none of the full name's stays
out (issue 12 point 9, session 33, engineer G; session 32's report on W3C's liaisons table saved as text).
Rows invented (people, activities), bodies real; the table's text as a reader hands it over, a row a line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.entities import discover_entities
from kg.extract.names import Resolver
from kg.extract.pages import flat_row_partners
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs

HEADERS = [
    "Organization W3C Activities affected W3C contact Liaison contact",
    "Partner organization Groups Staff contact",
]
ROWS = [
    "3GPP 3rd Generation Partnership Project Multimodal Interaction Jane Roe",
    "Assistive Technology Industry Association (ATIA) WAI Ann Lee Cy Young",
    "European Committee for Standardization (CEN) Generic Liaisons Ida Fox",
]


def partners(text: str) -> list[str]:
    source = SourceText(Path("page.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))
    reference, ontology = reference_graphs(default_sources().root)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    discover_entities(ctx)
    return [e.label for e, _ in flat_row_partners(ctx)]


@pytest.mark.parametrize("header", HEADERS)
@pytest.mark.parametrize(
    ("row", "body"),
    [
        (
            "Apache The Apache Software Foundation Open Source Fay Poe Apache board",
            "Apache Software Foundation",
        ),
        ("Eclipse The Eclipse Foundation Tools, IoT Fay Poe", "Eclipse Foundation"),
        (
            "OSGeo The Open Source Geospatial Foundation Maps, Tiles Gus Low",
            "Open Source Geospatial Foundation",
        ),
    ],
)
def test_a_short_name_then_the_full_one_gives_the_body_once(header: str, row: str, body: str) -> None:
    rows = [*ROWS[:2], row, ROWS[2]]
    text = "Our liaisons with other bodies.\n\n" + header + "\n" + "\n".join(rows) + "\n"
    found = partners(text)
    assert found.count(body) == 1, found
    assert len(found) == 4, found


def test_a_word_of_another_name_gives_no_body() -> None:
    row = "Graphics The Apache Software Foundation Open Source Fay Poe"
    text = "Our liaisons.\n\n" + HEADERS[0] + "\n" + "\n".join([*ROWS, row]) + "\n"
    assert "Apache Software Foundation" not in partners(text)
