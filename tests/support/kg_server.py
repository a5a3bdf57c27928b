"""The served-endpoint tests' store and servers: `kg serve` (kg.testing.live_server) on a test store.

The store holds the seed graphs, the W3C protocol tests' data graphs and a provenance sample.
Servers started here are shared by all test modules of a session (of one pytest-xdist worker),
keyed by their arguments, and stopped by PID at exit.

The W3C SPARQL Protocol suite (manifests) is read from ../shared/w3c-protocol, beside the
checkout, when it is there: tests that need it call `require_w3c()`, which skips on a plain
clone and FAILS under CI=true (where .ci/run provides ../shared). Its three data graphs are
written here, so that the store is the same with or without ../shared.
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import FOAF, RDF, RDFS, XSD

from kg.model.namespaces import ID, register_graph_iri
from kg.pipeline.build import assemble, named_graphs
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server
from kg.testing.servers import required_in_ci

W3C = Path(__file__).resolve().parents[3] / "shared" / "w3c-protocol"
W3C_SUITES = ("protocol", "service-description")
KASEI = "http://kasei.us/2009/09/sparql/data/"
OA = Namespace("http://www.w3.org/ns/oa#")
PROVENANCE_GRAPH = register_graph_iri("provenance-sample")
ANNOTATED = URIRef(ID + "organization/dmtf")
QUOTE = "The DMTF and the OGF agree to collaborate on cloud management standards."
HUB = URIRef(ID + "topic/hub-sample")


def w3c_available() -> bool:
    """Whether the W3C protocol suite's manifests are beside the checkout (../shared/w3c-protocol)."""
    return all((W3C / kind / "manifest.ttl").is_file() for kind in W3C_SUITES)


def require_w3c() -> Path:
    """The W3C protocol suite's folder; skip when it is missing, but FAIL under CI=true."""
    if not w3c_available():
        message = (
            f"the W3C SPARQL protocol suite is not at {W3C} (../shared/w3c-protocol beside the checkout)"
        )
        if required_in_ci():
            pytest.fail(f"{message}: CI must provide it (.ci/run)")
        pytest.skip(message)
    return W3C


def w3c_graphs() -> dict[URIRef, Graph]:
    """The W3C protocol tests' data, each in the named graph its manifest gives: what
    protocol/data1.nt .. data3.nt hold, one triple each, `<dataN.rdf> a foaf:Document`."""
    graphs = {}
    for number in (1, 2, 3):
        name = URIRef(f"{KASEI}data{number}.rdf")
        graphs[name] = Graph(identifier=name)
        graphs[name].add((name, RDF.type, FOAF.Document))
    return graphs


def provenance_sample() -> Graph:
    """A register-graph-like annotation (as provenance writes them) and a hub with many incoming links."""
    graph = Graph(identifier=PROVENANCE_GRAPH)
    annotation, target, selector = (
        URIRef(ID + "register/sample/annotation-1"),
        URIRef(ID + "t1"),
        URIRef(ID + "s1"),
    )
    document = URIRef(ID + "document/sample-register")
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, ANNOTATED))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, OA.hasSource, document))
    graph.add((target, OA.hasSelector, selector))
    graph.add((selector, RDF.type, OA.TextQuoteSelector))
    graph.add((selector, OA.exact, Literal(QUOTE)))
    graph.add((HUB, RDFS.label, Literal("Hub sample", lang="en")))
    for index in range(250):
        graph.add((URIRef(f"{ID}topic/spoke-{index:03d}"), URIRef(ID + "links"), HUB))
    graph.add((URIRef(ID + "topic/typed"), URIRef(ID + "count"), Literal("3", datatype=XSD.integer)))
    return graph


@functools.cache
def served_store() -> Path:
    """The seed graphs, the W3C test data and the provenance sample, in one embedded store."""
    directory = Path(tempfile.mkdtemp(prefix="kg-serve-store-"))
    atexit.register(shutil.rmtree, directory, True)
    dataset: Dataset = assemble()
    graphs = {**named_graphs(dataset), **w3c_graphs(), PROVENANCE_GRAPH: provenance_sample()}
    return write_store(graphs, directory / "store")


def copy_store(source: Path) -> Path:
    directory = Path(tempfile.mkdtemp(prefix="kg-serve-copy-"))
    atexit.register(shutil.rmtree, directory, True)
    shutil.copytree(source, directory / "store")
    return directory / "store"


@functools.cache
def shared_server(*args: str) -> LiveServer:
    """One server per distinct argument list for the whole session (on the test store by default)."""
    if "--store" not in args and "--endpoint" not in args:
        args = ("--store", str(served_store()), *args)
    return start_server(*args)


@contextmanager
def http_client(server: LiveServer | None = None) -> Iterator[httpx.Client]:
    """An HTTP client of `server` (default: the shared one), with paths relative to its root."""
    server = server or shared_server()
    with httpx.Client(base_url=server.url.rstrip("/"), timeout=30) as client:
        yield client


def media_type(response: httpx.Response) -> str:
    """The response's media type, without its parameters ("" when it has none)."""
    return response.headers.get("content-type", "").split(";")[0].strip().lower()


def require_tool(path: str | None, name: str, install: str) -> str:
    """The tool's path; FAIL under CI=true when it is missing (.ci/run must install it), skip locally."""
    if path is None:
        message = f"{name} is not installed ({install})"
        if required_in_ci():
            pytest.fail(f"{message}: CI must install it (.ci/run)")
        pytest.skip(message)
    return path
