"""A committee named by its number and worked with ("works with IEEE 802.11") names its body among the
organizations a document names, as the parties already read it (session 31, engineer N, K's request 2); a
standard a text only follows ("based on IEEE 802.3") still counts its body only when fewer than two are
named outright. Bodies real, the wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.entities import discover_entities
from kg.extract.kinds import named_organizations
from kg.extract.names import Resolver
from kg.extract.standards import discover_standard_numbers
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


def named(text: str, name: str = "page.txt") -> set[str]:
    media = {"txt": "text/plain", "md": "text/markdown", "html": "text/html"}[name.rsplit(".", 1)[1]]
    source = SourceText(Path(name), media, "0" * 64, text, tuple(range(len(text) + 1)))
    reference, ontology = reference_graphs(default_sources().root)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    discover_entities(ctx)
    discover_standard_numbers(ctx)
    return {entity.acronym or entity.label for entity in named_organizations(ctx)}


WORKED = [
    "DMTF and SNIA work closely with IEEE 802.11 on the wireless management profile.\n",
    "The DMTF, together with SNIA, liaises with IEEE 802.3 on link telemetry.\n",
    "Minutes. DMTF and SNIA agreed to continue in cooperation with IEEE 802.1 and the OGF.\n",
]


@pytest.mark.parametrize("text", WORKED)
def test_a_committee_worked_with_names_its_body(text: str) -> None:
    assert "IEEE" in named(text)


def test_the_markdown_page_counts_the_same() -> None:
    md = "# Profiles\n\n- DMTF and SNIA share a test suite.\n- Both collaborate with IEEE 802.11 on radios.\n"
    assert "IEEE" in named(md, "page.md")


@pytest.mark.parametrize(
    "text",
    [
        "DMTF and SNIA publish profiles based on IEEE 802.3 links.\n",
        "DMTF and SNIA test suites are compliant with ISO/IEC 17025.\n",
    ],
)
def test_a_standard_only_followed_still_does_not_count(text: str) -> None:
    found = named(text)
    assert "IEEE" not in found and "ISO" not in found, found
