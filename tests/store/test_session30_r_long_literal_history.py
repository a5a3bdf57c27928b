"""Attack round 17 (session 30, engineer R): a literal longer than 16 MiB in the store's history.

Oxigraph's N-Quads parser holds one token in a buffer of at most 16 MiB. A literal longer than that (one
SPARQL Update with the token makes one: CONCAT doubling) was recorded in the history as any write is; then
reading the patch back raised "MemoryError: Reached the buffer maximal size of 16777216": `kg history
revert`, `kg sparql --as-of` and, in `kg serve`, every later update (each reads the intent it wrote
ahead, which holds the default-writes graph) ended in that traceback, the server's as a 503 "the write
ended its worker". Such rows are now read on their own (kg.store.history._row_quads).
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef

from kg.cli.main import main
from kg.store.embedded import write_store

LENGTH = (16 << 20) + 5


def test_a_literal_past_the_parser_s_buffer_is_reverted_and_restored(tmp_path: Path) -> None:
    graph = Graph(identifier=URIRef("http://example.org/g"))
    text = 'é\\"\n' + "x" * LENGTH
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal(text, lang="en")))
    store = write_store({graph.identifier: graph}, tmp_path / "store")
    assert main(["sparql", "--store", str(store), "--as-of", "0", "ASK { ?s ?p ?o }"]) == 0
    assert main(["history", "revert", "--store", str(store), "1"]) == 0
    assert main(["history", "revert", "--store", str(store), "2"]) == 0
    opened = ox.Store.read_only(str(store))
    (quad,) = list(opened.quads_for_pattern(None, None, None, ox.NamedNode("http://example.org/g")))
    assert isinstance(quad.object, ox.Literal)
    assert quad.object.value == text and quad.object.language == "en"
