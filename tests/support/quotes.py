"""What the format tests check of an extraction's provenance: every text position points into the
document's text layer at exactly the words its quote holds."""

from __future__ import annotations

from rdflib import RDF, Graph
from rdflib.namespace import PROV

from kg.model.provenance import OA


def checked_quotes(graph: Graph, layer: str) -> int:
    """Assert that each oa:TextPositionSelector's target names the graph's document and that the layer
    between its offsets is its quote's exact text; the number of selectors checked."""
    document = graph.value(graph.identifier, PROV.wasDerivedFrom)
    quotes = 0
    for selector in graph.subjects(RDF.type, OA.TextPositionSelector):
        target = next(graph.subjects(OA.hasSelector, selector))
        assert graph.value(target, OA.hasSource) == document
        start, end = int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end))
        quote = next(s for s in graph.objects(target, OA.hasSelector) if s != selector)
        assert layer[start:end] == str(graph.value(quote, OA.exact))
        quotes += 1
    return quotes
