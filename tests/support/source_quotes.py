"""What the tests of text read with its line breaks changed (hard-wrapped text joined into paragraphs,
an e-mail's parts) check of an extraction's provenance: each text position points into the decoded file
at the words its quote holds, whatever white space the reader put between them, and a quote that
crosses a page footer the reader left out holds the words around it in order."""

from __future__ import annotations

from rdflib import RDF, Graph

from kg.model.provenance import OA


def quotes_in_source(graph: Graph, source: str) -> int:
    """Assert that the source between each oa:TextPositionSelector's offsets begins and ends with its
    quote's first and last words and holds all its words in order; the number of selectors checked."""
    checked = 0
    for selector in graph.subjects(RDF.type, OA.TextPositionSelector):
        target = next(graph.subjects(OA.hasSelector, selector))
        start, end = int(graph.value(selector, OA.start)), int(graph.value(selector, OA.end))
        quote = next(s for s in graph.objects(target, OA.hasSelector) if s != selector)
        words, found = str(graph.value(quote, OA.exact)).split(), source[start:end].split()
        assert words and found[0] == words[0] and found[-1] == words[-1], (words, found)
        remaining = iter(found)
        assert all(word in remaining for word in words), (words, found)
        checked += 1
    return checked
