"""Standard clients against a real `kg serve`, where they disagreed with the specifications or with
what independent servers (Oxigraph server, Fuseki) answer (session 10; docs/reliability.md section 10).

Each test drives the live server with the client a user would use (rdflib's SPARQLStore and
SPARQLUpdateStore, SPARQLWrapper, `requests`) and checks what the client sees against what the
store itself holds.
"""

from __future__ import annotations

import warnings

from rdflib import Graph, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from support.kg_server import shared_server

from kg.testing.live_server import LiveServer

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID_TRIPLES = URIRef("http://rdfs.org/ns/void#triples")


def endpoint(server: LiveServer) -> str:
    return server.url + "sparql"


def test_the_service_description_counts_the_default_graph_a_client_queries() -> None:
    """sd:UnionDefaultGraph is declared, and the default graph's void:triples must be the size of the
    default graph clients query: a set, where a triple stated in two named graphs counts once. It
    was the sum of the named graphs' sizes (4,760 where rdflib's len() of the default graph is 4,747)."""
    url = endpoint(shared_server())
    description = Graph().parse(url, format="turtle")
    service = next(description.subjects(URIRef(SD + "endpoint"), URIRef(url)))
    assert (service, URIRef(SD + "feature"), URIRef(SD + "UnionDefaultGraph")) in description
    dataset = description.value(service, URIRef(SD + "defaultDataset"))
    default = description.value(dataset, URIRef(SD + "defaultGraph"))
    declared = int(description.value(default, VOID_TRIPLES))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        queried = len(Graph(store=SPARQLStore(url)))
    assert declared == queried
    named = [
        description.value(node, URIRef(SD + "graph"))
        for node in description.objects(dataset, URIRef(SD + "namedGraph"))
    ]
    assert sum(int(description.value(graph, VOID_TRIPLES)) for graph in named) > queried  # the premise
