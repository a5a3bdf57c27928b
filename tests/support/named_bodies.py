"""The organizations a text names, as kinds.named_organizations counts them: the layout read, the bodies
and standard numbers discovered, no extraction past them (what the kind of a document is judged on)."""

from __future__ import annotations

from pathlib import Path

from kg.extract.context import Context
from kg.extract.entities import discover_entities
from kg.extract.kinds import named_organizations
from kg.extract.names import Resolver
from kg.extract.standards import discover_standard_numbers
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs

MEDIA = {"txt": "text/plain", "md": "text/markdown", "html": "text/html"}


def named(text: str, name: str = "page.txt") -> set[str]:
    """The acronym (else the label) of each organization `text` names, read as a file called `name`."""
    source = SourceText(
        Path(name), MEDIA[name.rsplit(".", 1)[1]], "0" * 64, text, tuple(range(len(text) + 1))
    )
    reference, ontology = reference_graphs(default_sources().root)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    discover_entities(ctx)
    discover_standard_numbers(ctx)
    return {entity.acronym or entity.label for entity in named_organizations(ctx)}
