"""What `kg build` writes to dist/ is what the store answers and the server dumps, literal for literal
(issue 14, point 2).

Oxigraph keeps values, not lexical forms, for the XSD datatypes it knows ("5"^^xsd:nonNegativeInteger
comes back "5"^^xsd:integer, "…+00:00" comes back "…Z"). `kg build` publishes literals in the form
the store keeps (kg.model.rdfio.canonical_literals), so: dist/ in every format and the dumps of a
real `kg serve` on the built store are the same RDF with the same lexical forms and datatypes, and
a query on DATATYPE() answers on the store and the endpoint what it answers on dist/.
Files are read with pyoxigraph's parsers, which keep lexical forms as written (rdflib's rewrite
some, e.g. "…Z" as "…+00:00").
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest
from rdflib import XSD, Dataset, Literal, URIRef

from kg.model.rdfio import canonical_literals
from kg.store import open_store
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

OA = "http://www.w3.org/ns/oa#"
FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "jsonld": ox.RdfFormat.JSON_LD,
    "ttl": ox.RdfFormat.TURTLE,
}
BY_DATATYPE = (
    "SELECT ?d (COUNT(*) AS ?n) WHERE { ?s ?p ?o FILTER (isLiteral(?o) && lang(?o) = '') "
    "BIND (DATATYPE(?o) AS ?d) } GROUP BY ?d"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """`kg build` run for real: (dist/, the store)."""
    folder = tmp_path_factory.mktemp("build")
    env = {key: value for key, value in os.environ.items() if not key.startswith("ALLIANCE_KG_")}
    process = subprocess.run(
        [sys.executable, "-m", "kg.cli", "build", "--out", "dist", "--store", "store"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert process.returncode == 0, process.stderr[-3000:]
    return folder / "dist", folder / "store"


@pytest.fixture(scope="module")
def server(built: tuple[Path, Path]) -> Iterator[LiveServer]:
    live = start_server("--store", str(built[1]))
    try:
        yield live
    finally:
        live.stop()


def exact(quads: Iterator[ox.Quad] | list[ox.Quad], *, triples: bool = False) -> set[str]:
    """The quads (or their triples) as N-Quads lines, blank nodes canonicalized: equal sets mean
    isomorphic datasets with every lexical form, language tag and datatype the same."""
    dataset = ox.Dataset(ox.Quad(q.subject, q.predicate, q.object) if triples else q for q in quads)
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(quad) for quad in dataset}


def parsed(data: bytes, rdf_format: ox.RdfFormat) -> list[ox.Quad]:
    return list(ox.parse(data, format=rdf_format))


def dist_file(dist: Path, suffix: str) -> list[ox.Quad]:
    return parsed((dist / f"alliance-kg.{suffix}").read_bytes(), FORMATS[suffix])


def dump(server: LiveServer, suffix: str) -> list[ox.Quad]:
    response = httpx.get(f"{server.url}dumps/alliance-kg.{suffix}", timeout=120)
    assert response.status_code == 200, response.text
    return parsed(response.content, FORMATS[suffix])


def test_every_dist_format_holds_the_same_literals(built: tuple[Path, Path]) -> None:
    dist, _ = built
    reference = exact(dist_file(dist, "nq"))
    for suffix in ("trig", "jsonld"):
        assert exact(dist_file(dist, suffix)) == reference, suffix


def test_the_store_holds_what_dist_says_literal_for_literal(built: tuple[Path, Path]) -> None:
    dist, path = built
    store = ox.Store.read_only(str(path))
    named = [quad for quad in store if not isinstance(quad.graph_name, ox.DefaultGraph)]
    assert exact(named) == exact(dist_file(dist, "nq"))


def test_the_servers_dumps_are_dist_literal_for_literal(built: tuple[Path, Path], server: LiveServer) -> None:
    dist, _ = built
    for suffix in ("trig", "nq"):
        served = exact(dump(server, suffix))
        assert served == exact(dist_file(dist, suffix)), (
            f"/dumps/alliance-kg.{suffix}: {difference(served, dist)}"
        )
    union = exact(dump(server, "ttl"), triples=True)
    assert union == exact(dist_file(dist, "ttl"), triples=True)


def difference(served: set[str], dist: Path) -> str:
    published = exact(dist_file(dist, "nq"))
    return f"only served {sorted(served - published)[:3]}, only in dist {sorted(published - served)[:3]}"


def datatype_counts(quads: list[ox.Quad]) -> Counter[str]:
    """Distinct triples per literal datatype (language-tagged literals left out), as BY_DATATYPE counts."""
    triples = {(q.subject, q.predicate, q.object) for q in quads}
    return Counter(o.datatype.value for _, _, o in triples if isinstance(o, ox.Literal) and not o.language)


def test_datatype_queries_answer_what_dist_says(built: tuple[Path, Path], server: LiveServer) -> None:
    dist, path = built
    published = datatype_counts(dist_file(dist, "ttl"))
    assert published[str(XSD.integer)] > 0 and published[str(XSD.dateTime)] > 0
    with open_store(path) as kg:
        stored = Counter({str(row["d"]): int(row["n"]) for row in kg.select(BY_DATATYPE)})
    assert stored == published
    response = httpx.get(
        f"{server.url}sparql",
        params={"query": BY_DATATYPE},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert response.status_code == 200, response.text
    served = Counter({b["d"]["value"]: int(b["n"]["value"]) for b in response.json()["results"]["bindings"]})
    assert served == published
    # the question of the issue: the text positions (oa:start, oa:end) found by their datatype
    positions = {
        (q.subject, q.predicate, q.object)
        for q in dist_file(dist, "ttl")
        if q.predicate.value in (OA + "start", OA + "end")
    }
    (datatype,) = {o.datatype.value for _, _, o in positions}
    query = (
        f"SELECT (COUNT(*) AS ?n) WHERE {{ ?x <{OA}start>|<{OA}end> ?o "
        f"FILTER (DATATYPE(?o) = <{datatype}>) }}"
    )
    with open_store(path) as kg:
        assert int(kg.select(query)[0]["n"]) == len(positions) > 200  # one target per sentence span


WRITTEN = [
    Literal("5", datatype=XSD.nonNegativeInteger),
    Literal("+7", datatype=XSD.integer),
    Literal("2026-11-21T12:00:00+00:00", datatype=XSD.dateTime),
    Literal("2026-11-21T12:00:00.000-00:00", datatype=XSD.dateTime, normalize=False),
    Literal("1.50", datatype=XSD.decimal, normalize=False),
    Literal("1", datatype=XSD.boolean, normalize=False),
    Literal("P12M", datatype=XSD.duration, normalize=False),
    Literal("Text", lang="EN"),
    Literal("x", datatype=XSD.string),
    Literal("2011-01-01", datatype=XSD.date),
    Literal("plain"),
]


def test_canonical_literals_are_what_a_store_gives_back(tmp_path: Path) -> None:
    """Any literal Oxigraph would change, however it was written, is published as it stores it."""
    dataset = Dataset()
    graph = dataset.graph(URIRef("urn:x-test:graph"))
    for n, literal in enumerate(WRITTEN):
        graph.add((URIRef(f"urn:x-test:s{n}"), URIRef("urn:x-test:p"), literal))
    assert canonical_literals(dataset) >= 8
    written = tmp_path / "written.nq"
    dataset.serialize(written, format="nquads")
    store_path = write_store({graph.identifier: graph}, tmp_path / "store")
    store = ox.Store.read_only(str(store_path))
    named = [q for q in store if not isinstance(q.graph_name, ox.DefaultGraph)]
    assert exact(named) == exact(parsed(written.read_bytes(), ox.RdfFormat.N_QUADS))
    objects = {str(q.object) for q in named}
    assert '"2026-11-21T12:00:00Z"^^<http://www.w3.org/2001/XMLSchema#dateTime>' in objects
    assert '"5"^^<http://www.w3.org/2001/XMLSchema#integer>' in objects
    assert canonical_literals(dataset) == 0  # once is enough
