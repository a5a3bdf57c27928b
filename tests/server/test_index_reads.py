"""The records and source sentences of a resource page read from the indexes (kg.server.index_reads)
say what the SPARQL queries they replace say (kg.server.page_queries), on what `kg build` publishes
(a Web Annotation for every fact) and on a graph made to hit the corners: several objects of a
statement, passages without a position or with an ill-typed one, blank-node annotations, a
subclass cycle, parts owned by two registers, a snapshot without any annotation.
"""

from __future__ import annotations

import asyncio
import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from kg.model.namespaces import AKG, BASE, LABEL_PREDICATES, register_graph_iri
from kg.server.backend import Backend, EmbeddedBackend
from kg.server.describe import describe, detailed_nodes
from kg.server.html import RECORDS, Pages
from kg.server.index_reads import row_order
from kg.server.page_queries import PART_CLASSES
from kg.server.worker import WorkerOptions
from kg.store.embedded import write_store

OA = Namespace("http://www.w3.org/ns/oa#")
ID = BASE + "id/"
CORNERS = register_graph_iri("index-corners")
ORDINAL = str(AKG.ordinal)


def backend_of(store: Path) -> EmbeddedBackend:
    return EmbeddedBackend(store, workers=1, options=WorkerOptions(sandbox=False))


def by_sparql(backend: EmbeddedBackend, iri: str) -> tuple[list, object]:
    """The provenance rows and the node details as the SPARQL queries answer them (Backend's own
    methods, which a remote store uses, run here over the embedded store)."""
    parts = asyncio.run(Backend.describe_parts(backend, iri, 101, 0, LABEL_PREDICATES, True))
    nodes, typed = nodes_of(backend, iri)
    return parts.extra, asyncio.run(Backend.node_details(backend, nodes, typed))


def by_indexes(backend: EmbeddedBackend, iri: str) -> tuple[list, object]:
    parts = asyncio.run(backend.describe_parts(iri, 101, 0, LABEL_PREDICATES, True))
    nodes, typed = nodes_of(backend, iri)
    return parts.extra, asyncio.run(backend.node_details(nodes, typed))


def nodes_of(backend: EmbeddedBackend, iri: str) -> tuple[list[str], list[str]]:
    description = asyncio.run(describe(backend, iri, 1, 100))
    nodes = detailed_nodes(description)
    return nodes, [iri, *nodes]


def assert_same(backend: EmbeddedBackend, iri: str) -> int:
    """Both ways give the same rows in the same order of start and annotation, and the same records
    (owners compared where a page shows them: on parts). Returns how many rows there were."""
    sparql_rows, sparql = by_sparql(backend, iri)
    index_rows, indexed = by_indexes(backend, iri)
    assert set(index_rows) == set(sparql_rows), iri
    assert len(index_rows) == len(sparql_rows), iri
    assert [row_order(r) for r in index_rows] == [row_order(r) for r in sparql_rows], iri
    assert indexed.classes == sparql.classes, iri
    parts = {n for n, classes in sparql.classes.items() if classes & PART_CLASSES}
    # Every triple of a part (a record); of other nodes only their place (akg:ordinal)
    shown = {k: {(p, o) for p, o in v if k in parts or p.value == ORDINAL} for k, v in sparql.details.items()}
    assert {k: set(v) for k, v in indexed.details.items()} == {k: v for k, v in shown.items() if v}, iri
    assert set(indexed.owners) <= parts, iri
    assert {k: set(v) for k, v in indexed.owners.items()} == {
        k: set(v) for k, v in sparql.owners.items() if k in parts
    }, iri
    return len(index_rows)


def subjects(store: Path, count: int) -> list[str]:
    """Resources of every kind in the store, sampled (a fixed seed)."""
    found = sorted(
        {
            q.subject.value
            for q in ox.Store.read_only(str(store)).quads_for_pattern(None, None, None)
            if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(ID)
        }
    )
    random.Random(16).shuffle(found)
    return found[:count]


def test_what_kg_build_publishes_reads_the_same_from_the_indexes(built_store_path: Path) -> None:
    backend = backend_of(built_store_path)
    sample = subjects(built_store_path, 60)
    for path in ("register/ogf-dmtf", "register/dmtf-snia-ofa", "organization/dmtf", "topic/cloud"):
        sample.append(ID + path)
    rows = [assert_same(backend, iri) for iri in sample]
    assert sum(1 for n in rows if n) >= 10  # the sample did meet source sentences


def test_every_record_class_is_a_part_whose_owners_are_read() -> None:
    """Owners are looked up only for PART_CLASSES: every class shown as records must be one."""
    assert {cls for cls, _ in RECORDS} <= PART_CLASSES


def corners_graph() -> Graph:
    graph = Graph(identifier=CORNERS)
    register, other = URIRef(ID + "register/corners"), URIRef(ID + "register/corners-2")
    milestone, org = URIRef(ID + "register/corners/milestone-1"), URIRef(ID + "organization/corners")
    graph.add((URIRef(AKG) + "SpecialMilestone", RDFS.subClassOf, AKG.Milestone))
    graph.add((AKG.Milestone, RDFS.subClassOf, URIRef(AKG) + "SpecialMilestone"))  # a cycle
    for node in (register, other):
        graph.add((node, RDF.type, AKG.WorkRegister))
        graph.add((node, AKG.milestone, milestone))  # a part held by two registers
        graph.add((node, AKG.party, org))
    graph.add((milestone, RDF.type, URIRef(AKG) + "SpecialMilestone"))
    graph.add((milestone, AKG.text, Literal("First milestone")))
    graph.add((BNode("owner"), AKG.milestone, milestone))  # a blank owner is no owner
    graph.add((org, RDF.type, AKG.Organization))
    graph.add((org, AKG.ordinal, Literal(2)))  # a node that is no part, with a place
    graph.add((org, AKG.acronym, Literal("CORN")))
    graph.add((milestone, AKG.ordinal, Literal(1)))
    statement = URIRef(ID + "register/corners/statement-1")
    graph.add((statement, RDF.subject, register))
    graph.add((statement, RDF.predicate, AKG.party))
    graph.add((statement, RDF.object, org))
    graph.add((statement, RDF.object, Literal("two objects")))
    passages = [
        (URIRef(ID + "register/corners/annotation-1"), statement, Literal(12, datatype=XSD.integer)),
        (BNode("a2"), statement, Literal(12, datatype=XSD.integer)),  # same start, blank annotation
        (
            URIRef(ID + "register/corners/annotation-3"),
            milestone,
            Literal(3, datatype=XSD.nonNegativeInteger),
        ),
        (URIRef(ID + "register/corners/annotation-4"), register, None),  # no position
        (URIRef(ID + "register/corners/annotation-5"), org, Literal("x", datatype=XSD.nonNegativeInteger)),
    ]
    for number, (annotation, body, start) in enumerate(passages):
        target, quote, position = BNode(f"t{number}"), BNode(f"q{number}"), BNode(f"p{number}")
        graph.add((annotation, RDF.type, OA.Annotation))
        graph.add((annotation, OA.hasBody, body))
        graph.add((annotation, OA.hasTarget, target))
        graph.add((target, OA.hasSource, URIRef(ID + "document/corners")))
        graph.add((target, OA.hasSelector, quote))
        graph.add((quote, RDF.type, OA.TextQuoteSelector))
        graph.add((quote, OA.exact, Literal(f"passage {number}")))
        if start is not None:
            graph.add((target, OA.hasSelector, position))
            graph.add((position, RDF.type, OA.TextPositionSelector))
            graph.add((position, OA.start, start))
            graph.add((position, OA.end, Literal(40, datatype=XSD.integer)))
    return graph


@pytest.fixture(scope="module")
def corners(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("corners") / "store"
    write_store({CORNERS: corners_graph()}, path)
    return path


@pytest.mark.parametrize(
    "name",
    ["register/corners", "register/corners-2", "register/corners/milestone-1", "organization/corners"],
)
def test_the_corners_read_the_same_from_the_indexes(corners: Path, name: str) -> None:
    assert assert_same(backend_of(corners), ID + name) > 0


def test_a_part_held_by_two_registers_names_both(corners: Path) -> None:
    _, indexed = by_indexes(backend_of(corners), ID + "organization/corners")
    owners = {o.value for _, o in indexed.owners.get(ID + "register/corners/milestone-1", [])}
    assert owners == set() or owners == {ID + "register/corners", ID + "register/corners-2"}
    _, indexed = by_indexes(backend_of(corners), ID + "register/corners")
    owners = {o.value for _, o in indexed.owners[ID + "register/corners/milestone-1"]}
    assert owners == {ID + "register/corners", ID + "register/corners-2"}
    assert AKG.Milestone.toPython() in indexed.classes[ID + "register/corners/milestone-1"]


def test_pages_are_the_same_rendered_either_way(corners: Path, built_store_path: Path) -> None:
    """The whole HTML page from the indexes equals the page from the SPARQL answers."""
    for store, names in (
        (corners, ["register/corners", "organization/corners"]),
        (built_store_path, ["register/ogf-dmtf", "organization/ogf", "topic/cloud"]),
    ):
        backend = backend_of(store)
        for name in names:
            pages = [
                Pages(BASE).resource(asyncio.run(describe(b, ID + name, 1, 100, True)), [])
                for b in (backend, SparqlOnly(backend))
            ]
            assert pages[0] == pages[1], name


class SparqlOnly:
    """The embedded backend answering the page's parts by SPARQL only (as a remote store does)."""

    def __init__(self, backend: EmbeddedBackend) -> None:
        self.backend = backend

    def __getattr__(self, name: str):
        return getattr(self.backend, name)

    async def describe_parts(self, *args):
        parts = await self.backend.describe_parts(*args[:4], False)
        sparql = await Backend.describe_parts(self.backend, *args)
        parts.extra = sparql.extra
        return parts

    async def node_details(self, nodes, typed):
        return await Backend.node_details(self.backend, nodes, typed)


def test_every_page_of_links_names_the_documents_its_passages_cite(built_store_path: Path) -> None:
    """A passage cites its source document by label on the second page of links as on the first
    (the label came only where another record happened to name the document)."""
    backend = backend_of(built_store_path)
    iri = ID + "register/ogf-dmtf/term-c"
    for page in (1, 2):
        html = Pages(BASE).resource(asyncio.run(describe(backend, iri, page, 20, True)), [])
        cites = [line for line in html.splitlines() if line.startswith('<p class="cite">')]
        assert cites, page
        assert not any(">id:document/" in line for line in cites), (page, cites[:2])
