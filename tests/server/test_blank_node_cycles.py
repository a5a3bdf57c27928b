"""Blank-node cycles render in bounded time, and later pages of unknown resources are 404.

`_:a ex:p _:b . _:b ex:p _:a` in the ontology graph made /ontology answer 500: the HTML
renderer followed blank nodes with no end (RecursionError). Each blank node is now shown
once per page, at most four levels deep, and a second mention links to the first. And
`/doc/<anything>?page=2` answered 200 for resources nothing is known about: pages after the
first exist only to page incoming links.
"""

from __future__ import annotations

import itertools
import re
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDFS
from support.kg_server import HUB, served_store, shared_server

from kg.model.namespaces import AKG, ID, ONTOLOGY_IRI, RDF_TYPE
from kg.pipeline.build import assemble, named_graphs
from kg.server.describe import Description, Labels
from kg.server.html import NESTING_LIMIT, Pages
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

EX = "http://example.org/cycle#"


def cycle(*entries: ox.NamedNode) -> list[ox.Triple]:
    a, b, p = ox.BlankNode("a"), ox.BlankNode("b"), ox.NamedNode(EX + "p")
    triples = [
        ox.Triple(a, p, b),
        ox.Triple(b, p, a),
        ox.Triple(b, ox.NamedNode(EX + "q"), ox.Literal("in b")),
    ]
    return triples + [ox.Triple(entry, p, a) for entry in entries]


# --- The renderer ------------------------------------------------------------------------------


def test_a_vocabulary_page_shows_each_blank_node_of_a_cycle_once() -> None:
    term = ox.NamedNode(str(AKG.Organization))
    triples = [
        ox.Triple(term, ox.NamedNode(str(RDFS.label)), ox.Literal("Organization")),
        ox.Triple(term, ox.NamedNode(RDF_TYPE), ox.NamedNode(str(RDFS.Class))),
        *cycle(term),
    ]
    page = Pages("https://w3id.org/alliance-kg/").vocabulary(
        str(AKG), triples, [("Classes", (str(RDFS.Class),))], []
    )
    assert page.count('id="anonymous-') == 2  # _:a and _:b, once each
    assert page.count('href="#anonymous-1"') == 1  # _:b links back to _:a
    assert "in b" in page


def test_a_graph_page_shows_a_cycle_no_subject_starts() -> None:
    """Both nodes are objects, so neither is a top-level subject: shown all the same."""
    page = Pages("https://w3id.org/alliance-kg/").graph("Cycle", cycle(), Labels(), [])
    assert page.count('id="anonymous-') == 2 and "in b" in page


def test_a_resource_page_with_a_cycle_and_many_mentions_is_linear() -> None:
    """A node mentioned a thousand times is drawn once; the rest link to it."""
    pages = Pages("https://w3id.org/alliance-kg/")
    subject = ox.NamedNode(ID + "topic/cyclic")
    triples = cycle(subject)
    p = ox.NamedNode(EX + "mentions")
    triples += [ox.Triple(ox.BlankNode(f"n{i}"), p, ox.BlankNode("a")) for i in range(1000)]
    triples += [ox.Triple(subject, p, ox.BlankNode(f"n{i}")) for i in range(1000)]
    description = Description(subject.value, triples, [], Labels(), 1, 100, False)
    page = pages.resource(description, [])
    assert page.count('id="anonymous-') <= 1003
    assert page.count("in b") == 1


def test_a_chain_deeper_than_the_limit_stops_there() -> None:
    nodes = [ox.BlankNode(f"c{i}") for i in range(50)]
    p = ox.NamedNode(EX + "next")
    triples = [ox.Triple(a, p, b) for a, b in itertools.pairwise(nodes)]
    subject = ox.NamedNode(ID + "topic/chain")
    page = Pages("https://w3id.org/alliance-kg/").graph(
        "Chain", [ox.Triple(subject, p, nodes[0]), *triples], Labels(), []
    )
    nested = re.findall(r'<table class="nested"', page)
    assert NESTING_LIMIT <= len(nested) <= 50  # the rest listed once each at the top level


# --- The server ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def cyclic() -> Iterator[LiveServer]:
    """kg serve on the seed graphs with a blank-node cycle in the ontology graph, reached from a class."""
    graphs = named_graphs(assemble())
    ontology = Graph(identifier=ONTOLOGY_IRI)
    for triple in graphs[ONTOLOGY_IRI]:
        ontology.add(triple)
    a, b, p = BNode(), BNode(), URIRef(EX + "p")
    ontology.add((a, p, b))
    ontology.add((b, p, a))
    ontology.add((b, RDFS.comment, Literal("in b")))
    ontology.add((AKG.Organization, p, a))
    graphs[ONTOLOGY_IRI] = ontology
    directory = Path(tempfile.mkdtemp(prefix="kg-cycle-"))
    server = start_server("--store", str(write_store(graphs, directory / "store")))
    try:
        yield server
    finally:
        server.stop()
        shutil.rmtree(directory, ignore_errors=True)


@pytest.mark.parametrize("suffix", ["", ".html", ".ttl", ".jsonld", ".nt", ".rdf"])
def test_the_ontology_with_a_cycle_is_served(cyclic: LiveServer, suffix: str) -> None:
    response = httpx.get(cyclic.url + "ontology" + suffix, headers={"Accept": "text/html"}, timeout=30)
    assert response.status_code == 200
    if suffix in ("", ".html"):
        assert response.text.count('id="anonymous-') == 2 and "in b" in response.text


def test_later_pages_of_unknown_resources_are_not_found() -> None:
    served_store()
    with httpx.Client(base_url=shared_server().url, timeout=30) as client:
        for path in ("/doc/organization/no-such-thing", "/doc/anything/at/all.ttl"):
            for page in ("1", "2", "17"):
                response = client.get(path, params={"page": page}, headers={"Accept": "text/html"})
                assert response.status_code == 404, (path, page)
        hub = "/doc/" + str(HUB).removeprefix(ID) + ".nt"
        assert client.get(hub, params={"page": "3"}).status_code == 200  # 250 incoming links: 3 pages
        past = client.get(hub, params={"page": "4"})
        assert past.status_code == 404 and "no page 4" in past.text
