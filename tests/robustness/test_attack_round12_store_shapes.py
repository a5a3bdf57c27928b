"""A store someone else wrote, whose shapes graph holds a SHACL-SPARQL constraint calling SERVICE.

`kg validate --store` checks a store against the shapes it holds, and runs their SPARQL constraints on
Oxigraph, whose engine calls any SERVICE IRI over HTTP: a store copied from elsewhere made `kg validate`
POST to a host of its author's choosing (here a recording socket on 127.0.0.1), with whatever the query
binds, then end in a ConnectionAbortedError traceback (docs/reliability.md section 22). The server's
guard refuses SERVICE and LOAD in a visitor's query; nothing read the shapes' queries. Now a shapes
graph with SERVICE or LOAD in any of its queries (sh:select, sh:ask, sh:construct, sh:update) is
refused before a query runs: one line, exit 2, no connection. `kg` runs as a subprocess.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, SH
from support.cli import kg_command
from support.recording_socket import recording_sockets

from kg.model.namespaces import AKG, SHAPES_IRI

SHAPE = URIRef("urn:round12:calling-out")
PROPERTY = URIRef("urn:round12:property")


def hostile_store(path: Path, query: str | None = None, triples: Sequence[tuple] = ()) -> Path:
    """A store as kg build makes it, its shapes also holding a shape with a sh:sparql of `query` (when
    given) and `triples`."""
    from kg.pipeline.build import assemble, named_graphs
    from kg.store.embedded import write_store

    graphs = named_graphs(assemble())
    constraint, shapes = BNode(), graphs[SHAPES_IRI]
    shapes.add((SHAPE, RDF.type, SH.NodeShape))
    shapes.add((SHAPE, SH.targetClass, AKG.Organization))
    if query is not None:
        shapes.add((SHAPE, SH.sparql, constraint))
        shapes.add((constraint, SH.select, Literal(query)))
    for triple in triples:
        shapes.add(triple)
    write_store(graphs, path)
    return path


def path_shape(path: BNode, extra: Sequence[tuple]) -> list[tuple]:
    """A property shape of SHAPE whose sh:path is `path`, described by `extra`."""
    return [
        (SHAPE, SH.property, PROPERTY),
        (PROPERTY, SH.path, path),
        (PROPERTY, SH.minCount, Literal(1)),
        *extra,
    ]


def looping_list() -> list[tuple]:
    first, second = BNode(), BNode()
    return path_shape(
        first,
        [
            (first, RDF.first, URIRef("urn:p")),
            (first, RDF.rest, second),
            (second, RDF.first, URIRef("urn:q")),
            (second, RDF.rest, first),
        ],
    )


def deep_inverses(depth: int = 5_000) -> list[tuple]:
    nodes = [BNode() for _ in range(depth)]
    chain = [(a, SH.inversePath, b) for a, b in itertools.pairwise(nodes)]
    return path_shape(nodes[0], [*chain, (nodes[-1], SH.inversePath, URIRef("urn:p"))])


@pytest.mark.parametrize(
    "template",
    [
        "SELECT $this WHERE {{ $this ?p ?o . SERVICE <{url}> {{ ?a ?b ?c }} }}",
        "SELECT $this WHERE {{ $this ?p ?o . SERVICE SILENT <{url}> {{ ?a ?b ?c }} }}",
        "SELECT $this WHERE {{ $this ?p ?o . \\u0053ERVICE <{url}> {{ ?a ?b ?c }} }}",
    ],
)
def test_a_store_shape_calling_service_is_refused_without_a_connection(template: str, tmp_path: Path) -> None:
    with recording_sockets() as (bait,):
        store = hostile_store(tmp_path / "store", template.format(url=bait.url("/leak")))
        done = kg_command("validate", "--store", str(store), cwd=tmp_path, timeout=120)
        bait.assert_untouched()
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert "SERVICE" in done.stderr and str(SHAPE) in done.stderr


def test_a_store_shape_whose_query_does_not_parse_is_one_line(tmp_path: Path) -> None:
    """Found on the way: Oxigraph's SyntaxError from a store's own shape ended in a traceback (exit 1)."""
    store = hostile_store(tmp_path / "store", "SELECT $this WHERE { $this ?p ?o . NOT A PATTERN }")
    done = kg_command("validate", "--store", str(store), cwd=tmp_path, timeout=120)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert "does not parse" in done.stderr and str(SHAPE) in done.stderr


@pytest.mark.parametrize(
    ("triples", "said"), [(looping_list, "loops back"), (deep_inverses, "nests more than")]
)
def test_a_store_shape_whose_path_loops_or_nests_deep_is_one_line(
    triples: Callable[[], list[tuple]], said: str, tmp_path: Path
) -> None:
    """Found on the way: pyshacl-turbo read such a path into a traceback ("Cyclic RDF list", "Path
    nesting limit exceeded"), exit 1."""
    store = hostile_store(tmp_path / "store", triples=triples())
    done = kg_command("validate", "--store", str(store), cwd=tmp_path, timeout=120)
    assert done.returncode == 2, (done.returncode, done.stdout[-500:], done.stderr[-2000:])
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1, done.stderr[-2000:]
    assert said in done.stderr and str(PROPERTY) in done.stderr
