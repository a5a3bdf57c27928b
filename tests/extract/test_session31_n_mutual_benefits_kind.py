"""A "Liaison between A and B" whose next title line says what it is ("Statement of mutual benefits", the
form a joint technical committee and a consortium set up a liaison in) is the agreement of that liaison,
not a partner page: the first title line names only the relation, the line under it the document (session
31, engineer N, K's request; dev s31k-mutual-benefits-unspaced-committee-paths.txt and s28a's compact
variant). A "Liaison between" title with nothing more stays a page. Bodies and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.entities import discover_entities
from kg.extract.kinds import by_title
from kg.extract.names import Resolver
from kg.extract.standards import discover_standard_numbers
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


def title_kind(text: str) -> str | None:
    source = SourceText(Path("doc.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))
    reference, ontology = reference_graphs(default_sources().root)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    discover_entities(ctx)
    discover_standard_numbers(ctx)
    kind = by_title(ctx)
    return kind.name if kind is not None else None


BODY = (
    "\nThis statement supports a category C liaison between the Ocean Buoy Consortium and "
    "ISO/IEC JTC 1/SC 31."
    "\n\nThe Consortium's members bring field data on buoy labels; SC 31 maintains the carrier standards.\n"
)
TITLES = [
    "Liaison between the Ocean Buoy Consortium and SC31/WG4\nStatement of mutual benefits\n\nMarch 3, 2027\n",
    "Liaison between OBC and ISO/IEC JTC 1/SC 31\nStatement of Mutual Benefits and Responsibilities\n",
    "LIAISON BETWEEN THE OCEAN BUOY CONSORTIUM AND JTC1/SC31/WG2\n"
    "STATEMENT OF MUTUAL BENEFIT\n\n2027-05-02\n",
    "Title:  Liaison between the Ocean Buoy Consortium and ISO/IEC JTC1/SC31/WG4:\n"
    "        Statement of mutual benefits and responsibilities\nDate:   2027-02-18\n",
]


@pytest.mark.parametrize("title", TITLES)
def test_a_statement_of_mutual_benefits_is_the_liaisons_agreement(title: str) -> None:
    assert title_kind(title + BODY) == "MemorandumOfUnderstanding"


@pytest.mark.parametrize(
    "title",
    [
        "Liaison between the Ocean Buoy Consortium and ISO/IEC JTC 1/SC 31\n\nMarch 3, 2027\n",
        "Liaison between OBC and SC 31\nOverview of the joint work\n",
    ],
)
def test_a_liaison_between_title_alone_stays_a_page(title: str) -> None:
    assert title_kind(title + BODY) == "AlliancePage"
