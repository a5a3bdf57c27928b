"""Reviewer V, session 30: updates the scan of kg.store.history misread, so that the default graph was
levelled for the wrong graphs (kg.store.union.level) and was no longer the union of the named graphs.

Each update below writes a graph the scan did not name: the level left that graph's triples out of the
default graph, where the whole-store resync of before put them in. Then a differential fuzzer: random
updates over a small store, each levelled as EmbeddedStore.update levels it; after each, the default
graph must be the set union of the named graphs, as a whole resync would make it.
"""

from __future__ import annotations

import random
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.model.namespaces import PREFIXES
from kg.store.embedded import EmbeddedStore, write_store
from kg.store.history import update_scope
from kg.store.union import UNION, read_marker, resync, stale_window, write_marker

DEFAULT = ox.DefaultGraph()
H = "http://ex.org/h"

MISREAD = [
    # `<>` is the base without its fragment (RFC 3986, 5.2.2), not the base as written
    "BASE <http://ex.org/a#frag> INSERT DATA { GRAPH <> { <urn:s> <urn:p> 1 } }",
    # a relative name against a base whose scheme urllib does not resolve (tag:, urn:)
    "BASE <tag:ex.org,2026:a/b> INSERT DATA { GRAPH <h> { <urn:s> <urn:p> 1 } }",
    # an IRI with a \u escape is one IRI: its '#' opens no comment that hides the next GRAPH
    "INSERT DATA { GRAPH <http://ex.org/a> { <urn:s> <urn:p> <http://ex.org/\\u0041#x> } "
    "GRAPH <http://ex.org/h> { <urn:s> <urn:p> 1 \n} }",
    "WITH <http://ex.org/a> INSERT { ?s ?p <http://ex.org/\\u0041#x> . "
    "GRAPH <http://ex.org/h> { ?s ?p 1 } \n} "
    "WHERE { BIND(<urn:s> AS ?s) BIND(<urn:p> AS ?p) }",
    # '<' is less-than in a FILTER: <'x> is no IRI, and 'x>y' a string, not the opening of one
    "INSERT { GRAPH <http://ex.org/a> { ?s ?p ?o } } WHERE { BIND(<urn:s> AS ?s) BIND(<urn:p> AS ?p) "
    "BIND(1 AS ?o) FILTER(?o<'x>y') } ; "
    'INSERT DATA { GRAPH <http://ex.org/h> { <urn:s> <urn:p> "q\' # " }\n}',
    # and <?o#x> no IRI: '#' opens a comment, what follows on the line is not read
    "INSERT { GRAPH <http://ex.org/a> { ?s ?p ?o } } WHERE { BIND(1 AS ?o) FILTER(?o<?o#x> {\n"
    ") } ; INSERT DATA { GRAPH <http://ex.org/h> { <urn:s> <urn:p> 1 } } ; "
    "INSERT { GRAPH <http://ex.org/a> { ?s ?p ?o } } WHERE { BIND(1 AS ?o) FILTER(?o<?o#x> }\n) }",
    # in a template, `<<(` opens a triple term: `<(?s?p'x>` is no IRI there either
    "INSERT { GRAPH <http://ex.org/a> { ?s ?p <<(?s?p'x>y')>> } "
    'GRAPH <http://ex.org/h> { ?s ?p "q\' } " } # "\n'
    "} WHERE { BIND(<urn:s> AS ?s) BIND(<urn:p> AS ?p) }",
    "WITH <http://ex.org/a> INSERT { ?s ?p <<(?s?p'x>y')>> . "
    'GRAPH <http://ex.org/h> { ?s ?p "q\' . " } # "\n'
    "} WHERE { BIND(<urn:s> AS ?s) BIND(<urn:p> AS ?p) }",
]


def named_graphs_written(update: str) -> set[str]:
    scratch = ox.Store()
    scratch.update(update, prefixes=PREFIXES)
    return {g.value for g in scratch.named_graphs() if isinstance(g, ox.NamedNode)}


@pytest.mark.parametrize("update", MISREAD)
def test_the_scan_names_every_graph_an_update_writes_or_is_unsure(update: str) -> None:
    touched = update_scope(update, prefixes=PREFIXES).touched
    assert touched is None or named_graphs_written(update) <= touched


def default_graph(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None, DEFAULT)}


def union_of_named(store: ox.Store) -> set[ox.Triple]:
    return {q.triple for q in store.quads_for_pattern(None, None, None) if q.graph_name != DEFAULT}


def test_the_python_api_keeps_the_union_after_an_update_it_misread(tmp_path: Path) -> None:
    graph = Graph()
    graph.add((URIRef("urn:s"), URIRef("urn:p"), Literal("0")))
    path = write_store({URIRef("http://ex.org/a"): graph}, tmp_path / "store")
    with EmbeddedStore(path, readonly=False) as kg:
        kg.update(MISREAD[2])
    raw = ox.Store.read_only(str(path))
    assert default_graph(raw) == union_of_named(raw)


# --- The differential fuzzer ---------------------------------------------------------------------

GRAPHS = ["<http://ex.org/a>", "ex:b", "<c>", "<http://ex.org/d>"]  # <c>: relative, against BASE
SUBJECTS = ["ex:s1", "ex:s2", "<http://ex.org/s3>", "_:b1", "[]", "[ ex:q ex:s1 ]"]
OBJECTS = ["ex:s1", "1", '"x"', '"y"@en', '"{ GRAPH <http://ex.org/z> { } }"', "<<( ex:s1 ex:p 1 )>>"]
OBJECTS += ["( 1 2 )", "<<(?s?p'x>y')>>"]
DATA_SUBJECTS, DATA_OBJECTS = SUBJECTS[:4], ["ex:s1", "1", '"x"', '"a } b"', "<<( ex:s1 ex:p 1 )>>"]


def triples(rng: random.Random, data: str = "") -> str:
    subjects, objects = (DATA_SUBJECTS, DATA_OBJECTS) if data else (SUBJECTS, OBJECTS)
    chosen = []
    for _ in range(rng.randint(1, 3)):
        subject = rng.choice(subjects)
        subject = "ex:s1" if data == "delete" and subject.startswith("_:") else subject  # no blank to delete
        chosen.append(f"{subject} {rng.choice(['ex:p', 'ex:q', 'a'])} {rng.choice(objects)}")
    return " . ".join(chosen)


def quads(rng: random.Random, data: str) -> str:
    parts = []
    for _ in range(rng.randint(1, 3)):
        if rng.random() < 0.35:
            parts.append(triples(rng, data) + " .")
        else:
            parts.append(f"GRAPH {rng.choice(GRAPHS)} {{ {triples(rng, data)} }}")
    return " ".join(parts)


def where(rng: random.Random) -> str:
    graph = rng.choice([*GRAPHS, "?g"])
    return rng.choice(
        [
            "{ ?s ?p ?o }",
            f"{{ GRAPH {graph} {{ ?s ?p ?o }} }}",
            f"{{ OPTIONAL {{ GRAPH {graph} {{ ?s ?p ?o }} }} }}",
            f"{{ GRAPH {graph} {{ ?s ?p ?o }} FILTER(?o != 1 && ?o<'x>') }}",
            f"{{ ?s ?p ?o FILTER NOT EXISTS {{ GRAPH {graph} {{ ?s ?p ?o }} }} }}",
            '{ VALUES (?s ?p ?o) { (ex:s1 ex:p 1) (ex:s2 ex:q "x") } }',
        ]
    )


def template(rng: random.Random) -> str:
    parts = ["?s ?p ?o ." if rng.random() < 0.4 else f"GRAPH {rng.choice(GRAPHS)} {{ ?s ?p ?o }}"]
    if rng.random() < 0.5:
        parts.append(f"GRAPH {rng.choice(GRAPHS)} {{ ?s ex:q ?o }}")
    return "{ " + " ".join(parts) + " }"


def operation(rng: random.Random) -> str:
    kind, silent = rng.randrange(9), rng.choice(["", "SILENT "])
    if kind == 0:
        return f"INSERT DATA {{ {quads(rng, 'insert')} }}"
    if kind == 1:
        return f"DELETE DATA {{ {quads(rng, 'delete')} }}"
    if kind == 2:
        return f"DELETE WHERE {{ {quads(rng, 'delete').replace('ex:s1', '?s', 1)} }}"
    if kind in (3, 4):
        with_ = f"WITH {rng.choice(GRAPHS)} " if rng.random() < 0.4 else ""
        delete = f"DELETE {template(rng)} " if rng.random() < 0.6 else ""
        insert = f"INSERT {template(rng)} " if not delete or rng.random() < 0.6 else ""
        using = f"USING {rng.choice(GRAPHS)} " if rng.random() < 0.3 else ""
        return f"{with_}{delete}{insert}{using}WHERE {where(rng)}"
    if kind == 5:
        graph = rng.choice(["DEFAULT", "NAMED", "ALL", f"GRAPH {rng.choice(GRAPHS)}"])
        return f"{rng.choice(['CLEAR', 'DROP'])} {silent}{graph}"
    if kind == 6:
        return f"CREATE {silent}GRAPH {rng.choice(GRAPHS)}"
    source, target = (rng.choice(["DEFAULT", *GRAPHS]) for _ in range(2))
    return f"{rng.choice(['ADD', 'COPY', 'MOVE'])} {silent}{source} TO {target}"


def random_update(rng: random.Random) -> str:
    text = "BASE <http://ex.org/> PREFIX ex: <http://ex.org/> " + " ;\n".join(
        operation(rng) for _ in range(rng.randint(1, 3))
    )
    return text.replace(" ;\n", " # a comment { GRAPH <x> {\n;\n") if rng.random() < 0.2 else text


def test_random_updates_leave_the_default_graph_the_union(tmp_path: Path) -> None:
    rng = random.Random(30)
    store = ox.Store()
    store.update(
        'PREFIX ex: <http://ex.org/> INSERT DATA { GRAPH ex:a { ex:s1 ex:p 1 . ex:s2 ex:q "x" } '
        "GRAPH ex:b { ex:s1 ex:p 1 } }"
    )
    resync(store)
    write_marker(tmp_path, UNION, 1)
    levelled = 0
    for _ in range(200):
        update = random_update(rng)
        graphs = update_scope(update, prefixes=PREFIXES).levelled_graphs()  # as EmbeddedStore.update
        levelled += graphs is not None
        try:
            with stale_window(tmp_path, store, graphs=graphs):
                store.update(update, prefixes=PREFIXES)
        except (SyntaxError, RuntimeError):  # a graph that exists, or does not: nothing was changed
            pass
        assert read_marker(tmp_path)[0] == UNION
        assert default_graph(store) == union_of_named(store), update
    assert levelled > 50  # the scoped level was exercised, not only the resync


def test_a_graph_name_oxigraph_refuses_is_the_update_s_error_not_a_traceback(tmp_path: Path) -> None:
    """`<http://ex.org/%zz>` was named by the scan, and reading that graph before the update raised
    ValueError out of EmbeddedStore.update: now the scan is unsure, and the update says what is wrong."""
    update = "INSERT DATA { GRAPH <http://ex.org/%zz> { <urn:s> <urn:p> 1 } }"
    assert update_scope(update).touched is None
    path = write_store({URIRef("http://ex.org/a"): Graph()}, tmp_path / "store")
    with EmbeddedStore(path, readonly=False) as kg, pytest.raises(KgError, match="syntax error"):
        kg.update(update)
