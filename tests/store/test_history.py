"""The store's own history (kg.store.history): exact patches, the store as it stood, reverts, crashes."""

from __future__ import annotations

import io
import logging
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from kg.errors import KgError
from kg.store.embedded import EmbeddedStore, write_store
from kg.store.history import (
    History,
    HistoryError,
    graphs_touched,
    inserts_into_default,
    parse_moment,
    read_patch,
    update_scope,
)
from kg.store.remote import push, push_target
from kg.testing.servers import Server

EX = "http://example.org/"
G1, G2 = URIRef(EX + "g1"), URIRef(EX + "g2")
A, P, Q = URIRef(EX + "a"), URIRef(EX + "p"), URIRef(EX + "q")


def graph(*objects: str, blank: bool = False) -> Graph:
    made = Graph()
    for value in objects:
        made.add((A, P, Literal(value)))
    if blank:
        node = BNode()
        made.add((A, Q, node))
        made.add((node, P, Literal("inside")))
    return made


def body(text: str) -> list[str]:
    """The rows of a patch between TX and TC (headers carry times and ids)."""
    rows = text.splitlines()
    return rows[rows.index("TX .") + 1 : rows.index("TC .")]


def count(store: EmbeddedStore) -> int:
    return int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"])


@pytest.fixture
def store(tmp_path: Path):
    with EmbeddedStore(tmp_path / "store", readonly=False, command="kg test") as opened:
        yield opened


def test_a_replace_is_recorded_with_its_exact_patch(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1", "2"))
    store.replace_graph(G1, graph("2", "3"))
    history = History(store.path)
    first, second = history.transactions()
    assert (first.id, first.operation, first.command, first.added, first.removed) == (
        1,
        "replace",
        "kg test",
        2,
        0,
    )
    assert first.graphs == [str(G1)] and first.time.endswith("Z")
    assert body(history.patch_text(2)) == [
        f'D <{A}> <{P}> "1" <{G1}> .',
        f'A <{A}> <{P}> "3" <{G1}> .',
    ]
    assert (second.added, second.removed) == (1, 1)
    headers = read_patch(history.patch_path(2))[1]
    assert headers["id"] == f"<uuid:{second.uuid}>" and headers["prev"] == f"<uuid:{first.uuid}>"


def test_an_update_is_recorded_and_the_default_graph_never_is(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1"))
    store.update(f'PREFIX ex: <{EX}> INSERT DATA {{ GRAPH ex:g2 {{ ex:a ex:p "x" }} ex:b ex:p "default" }}')
    store.update(f'DELETE DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> "1" }} }}')
    store.update(f'INSERT DATA {{ <{A}> <{P}> "only default" }}')  # resynced away: no lasting change
    history = History(store.path)
    transactions = history.transactions()
    assert [(t.operation, t.added, t.removed, t.graphs) for t in transactions] == [
        ("replace", 1, 0, [str(G1)]),
        ("update", 1, 0, [str(G2)]),
        ("update", 0, 1, [str(G1)]),
    ]  # the last update changed nothing that lasts: no transaction (session 35, R)
    assert body(history.patch_text(2)) == [f'A <{A}> <{P}> "x" <{G2}> .']
    assert body(history.patch_text(3)) == [f'D <{A}> <{P}> "1" <{G1}> .']


def test_a_build_is_recorded_from_the_empty_store(tmp_path: Path) -> None:
    path = write_store({G1: graph("1"), G2: graph("2")}, tmp_path / "built")
    (only,) = History(path).transactions()
    assert (only.operation, only.added, only.removed, only.graphs) == (
        "replace-all",
        2,
        0,
        [str(G1), str(G2)],
    )
    assert History(path).origin()["empty"] is True
    write_store({G1: graph("1")}, path)  # rewritten in place: G2 goes
    assert body(History(path).patch_text(2)) == [f'D <{A}> <{P}> "2" <{G2}> .']


def test_a_bulk_load_records_what_it_added(store: EmbeddedStore, tmp_path: Path) -> None:
    store.replace_graph(G1, graph("1"))
    source = tmp_path / "more.nq"
    source.write_text(f'<{A}> <{P}> "1" <{G1}> .\n<{A}> <{P}> "2" <{G1}> .\n_:n <{P}> "b" <{G2}> .\n')
    store.bulk_load(source)
    patch = History(store.path).patch(2)
    assert sorted(str(q) for q in patch.added) == sorted([f'<{A}> <{P}> "2" <{G1}>', f'_:n <{P}> "b" <{G2}>'])
    assert patch.removed == [] and all(q in store.oxigraph for q in patch.added)


@pytest.mark.parametrize(
    ("update", "touched"),
    [
        (f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 1 }} <{A}> <{P}> 2 }}", {str(G1)}),
        (
            f"WITH <{G1}> DELETE {{ ?s ?p ?o }} INSERT {{ GRAPH <{G2}> {{ ?s ?p ?o }} }} "
            "WHERE { ?s ?p ?o }",
            {str(G1), str(G2)},
        ),
        (f"DELETE {{ ?s ?p ?o }} USING <{G1}> WHERE {{ ?s ?p ?o }}", set()),
        ("DELETE WHERE { GRAPH ?g { ?s ?p ?o } }", None),
        (f"CLEAR GRAPH <{G1}> ; CREATE GRAPH <{G2}>", {str(G1)}),
        ("DROP ALL", None),
        ("CLEAR DEFAULT", set()),
        (f"MOVE <{G1}> TO <{G2}>", {str(G1), str(G2)}),
        (f"COPY DEFAULT TO <{G2}>", {str(G2)}),
        (f"LOAD <{EX}file.ttl> INTO GRAPH <{G1}>", {str(G1)}),
        ("INSERT DATA { GRAPH ex:g1 { ex:a ex:p 1 } }", {str(G1)}),
        ("not sparql at all", None),
        ("PREFIX g: <http://example.org/> INSERT DATA { GRAPH g:g1 { g:a g:p 'GRAPH ?x }' } }", {str(G1)}),
        (f'INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> """a {{ \n }} "quoted" GRAPH ?g""" }} }}', {str(G1)}),
        (f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 1 }} # }} GRAPH ?g {{\n}}", {str(G1)}),
        (f"DELETE {{ GRAPH <{G1}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}", {str(G1)}),
        ("INSERT { GRAPH ?g { ?s ?p 1 } } WHERE { GRAPH ?g { ?s ?p ?o } }", None),
        ("BASE <http://example.org/> INSERT DATA { GRAPH <g2> { <a> <p> 1 } }", {str(G2)}),
        ("INSERT DATA { GRAPH <g2> { <a> <p> 1 } }", None),
        ("DROP SILENT GRAPH <http://x/> ; CLEAR NAMED", None),
        (f"ADD SILENT GRAPH <{G1}> TO DEFAULT", set()),
    ],
)
def test_the_graphs_an_update_can_change(update: str, touched: set[str] | None) -> None:
    assert graphs_touched(update, prefixes={"ex": EX}) == touched


@pytest.mark.parametrize(
    ("update", "inserts"),
    [
        (f"INSERT DATA {{ <{A}> <{P}> 1 }}", True),  # rdflib's Dataset.add over SPARQLUpdateStore
        (f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 1 }} }}", False),
        (f"DELETE DATA {{ <{A}> <{P}> 1 }}", False),  # a delete adds nothing
        (f"DELETE {{ <{A}> <{P}> ?o }} INSERT {{ <{A}> <{P}> 2 }} WHERE {{ <{A}> <{P}> ?o }}", True),
        (f"WITH <{G1}> INSERT {{ ?s ?p 2 }} WHERE {{ ?s ?p 1 }}", False),
        (f"INSERT {{ GRAPH <{G1}> {{ ?s ?p ?o }} }} WHERE {{ {{ ?s ?p ?o }} }}", False),
        (f"INSERT {{ {{ <{A}> <{P}> 1 }} }} WHERE {{}}", True),
        (f"ADD <{G1}> TO DEFAULT", True),
        (f"COPY DEFAULT TO <{G2}>", False),
        (f"LOAD <{EX}file.ttl>", True),
        (f"LOAD <{EX}file.ttl> INTO GRAPH <{G1}>", False),
        ("CLEAR DEFAULT", False),
        ("not sparql at all", True),  # unsure: taken to insert
    ],
)
def test_whether_an_update_can_add_to_the_default_graph(update: str, inserts: bool) -> None:
    assert inserts_into_default(update, prefixes={"ex": EX}) is inserts


def test_as_of_answers_as_the_store_stood(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1", "2"))
    store.replace_graph(G2, graph("3"))
    store.update(f'DELETE DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> "1" }} }}')
    assert count(store) == 2
    with store.as_of("1") as past:
        assert count(past) == 2 and past.graphs() == [G1]
    with store.as_of("2") as past:
        assert count(past) == 3  # the union: each triple once
    moment = History(store.path).transactions()[1].time
    with store.as_of(moment) as past:
        assert count(past) == 3
    with store.as_of("2000-01-01") as past:  # before the history, which began with the empty store
        assert count(past) == 0
    with store.as_of("2999-01-01") as past:
        assert count(past) == 2
    with pytest.raises(HistoryError, match="no transaction 9"):
        store.as_of("9")
    with pytest.raises(HistoryError, match="--as-of takes"):
        store.as_of("yesterday")


def test_as_of_before_a_history_that_began_on_data_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "old"
    store = ox.Store(str(path))  # a store written before histories were kept
    store.add(ox.Quad(ox.NamedNode(str(A)), ox.NamedNode(str(P)), ox.Literal("0"), ox.NamedNode(str(G1))))
    del store
    with EmbeddedStore(path, readonly=False) as opened:
        opened.replace_graph(G2, graph("1"))
        with opened.as_of("1") as past:
            assert count(past) == 2
        with pytest.raises(HistoryError, match=r"begins at .* the store held data before that"):
            opened.as_of("2000-01-01")


def test_a_date_means_the_end_of_that_day_in_utc() -> None:
    assert parse_moment("2026-12-03").isoformat() == "2026-12-03T23:59:59.999999+00:00"
    assert parse_moment("2026-12-03T10:00:00").isoformat() == "2026-12-03T10:00:00+00:00"
    assert parse_moment("2026-12-03T10:00:00+02:00").isoformat() == "2026-12-03T10:00:00+02:00"
    assert parse_moment(" 12 ") == 12


def test_revert_restores_the_exact_graph_and_is_recorded(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1", blank=True))
    before = store.graph(G1)
    blank_quads = {q for q in store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(G1)))}
    store.replace_graph(G1, graph("2"))
    done = store.revert(2)
    assert (done.id, done.operation, done.reverts, done.added, done.removed) == (3, "revert", 2, 3, 1)
    assert isomorphic(store.graph(G1), before)
    assert set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(G1)))) == blank_quads
    assert count(store) == 3  # the default graph resynced
    assert [t.operation for t in History(store.path).transactions()] == ["replace", "replace", "revert"]


def test_a_conflicting_revert_is_refused_and_changes_nothing(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1"))
    store.replace_graph(G1, graph("2"))  # removes what transaction 1 added
    with pytest.raises(HistoryError, match=r"cannot revert transaction 1: 1 quad\(s\) .* transaction\(s\) 2"):
        store.revert(1)
    assert len(History(store.path).transactions()) == 2
    assert [str(o) for o in store.graph(G1).objects()] == ["2"]
    store.revert(2)
    store.revert(1)  # no conflict any more: transaction 3 gave its quad back
    assert len(store.graph(G1)) == 0


def test_the_history_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as first:
        first.replace_graph(G1, graph("1"))
    with EmbeddedStore(path, readonly=False) as second:
        second.replace_graph(G1, graph("2"))
    with EmbeddedStore(path) as reader:
        assert [t.id for t in History(path).transactions()] == [1, 2]
        with reader.as_of("1") as past:
            assert [str(o) for o in past.graph(G1).objects()] == ["1"]


def test_a_torn_last_index_line_is_ignored_then_cut(
    store: EmbeddedStore, caplog: pytest.LogCaptureFixture
) -> None:
    store.replace_graph(G1, graph("1"))
    history = History(store.path)
    with open(history.index, "ab") as index:
        index.write(b'{"id": 2, "time": "2026-')
    with caplog.at_level(logging.WARNING, logger="kg.store.history"):
        assert [t.id for t in history.transactions()] == [1]
    assert "line 2: a torn last line" in caplog.text
    store.replace_graph(G1, graph("2"))
    assert [t.id for t in history.transactions()] == [1, 2]
    assert history.index.read_bytes().count(b"\n") == 2 and b"2026-{" not in history.index.read_bytes()


def test_a_patch_without_its_index_line_is_rolled_forward(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graph(G1, graph("1"))
        store.replace_graph(G1, graph("2"))
        history = History(path)
        lines = history.index.read_bytes().splitlines(keepends=True)
        history.index.write_bytes(lines[0])  # a crash after the patch of 2 was written, before its index line
        # ... and of a revert half-applied: its patch is there, the store not yet changed
    with EmbeddedStore(path, readonly=False) as reopened:
        transactions = History(path).transactions()
        assert [(t.id, t.recovered) for t in transactions] == [(1, False), (2, True)]
        assert [str(o) for o in reopened.graph(G1).objects()] == ["2"]


def test_an_interrupted_revert_is_completed_by_the_next_writer(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graph(G1, graph("1"))
        store.replace_graph(G1, graph("2"))

        def crash() -> None:
            raise KeyboardInterrupt  # killed after the revert's patch was written, before it was applied

        history = History(path)
        inverse = history.patch(2).inverse()
        with pytest.raises(KeyboardInterrupt):
            history.record(inverse, "revert", store=store.oxigraph, reverts=2, before=crash)
        assert [str(o) for o in store.graph(G1).objects()] == ["2"]
    with EmbeddedStore(path, readonly=False) as reopened:
        assert [str(o) for o in reopened.graph(G1).objects()] == ["1"]
        assert [(t.id, t.operation, t.reverts) for t in History(path).transactions()][-1] == (3, "revert", 2)
        assert count(reopened) == 1


def test_rdflib_reads_our_patches(store: EmbeddedStore) -> None:
    """Another RDF Patch reader (rdflib's) gets the same quads from the file."""
    store.replace_graph(G1, graph("1", 'with "quotes"\nand a newline'))
    dataset = Dataset()
    dataset.parse(io.StringIO(History(store.path).patch_text(1)), format="patch")
    found = {(s, p, o, g) for s, p, o, g in dataset.quads() if g == G1}
    assert found == {(s, p, o, G1) for s, p, o in graph("1", 'with "quotes"\nand a newline')}


def test_a_patch_that_does_not_parse_names_its_file_and_line(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1", "2"))
    path = History(store.path).patch_path(1)
    rows = path.read_text().splitlines()
    rows[-2] = "A <broken"
    path.write_text("\n".join(rows) + "\n")
    with pytest.raises(HistoryError, match=rf"{path.name}, line {len(rows) - 1}"):
        read_patch(path)


def test_a_push_is_an_event_in_the_history_of_the_store_pushed_from(
    oxigraph_server: Server, tmp_path: Path
) -> None:
    path = write_store({G1: graph("1")}, tmp_path / "pushed-from")
    with EmbeddedStore(path) as source:  # read-only, as `kg push` opens it
        push(source, push_target(oxigraph_server.graph_store_url), [G1])
    event = History(path).transactions()[-1]
    assert (event.id, event.operation, event.added, event.removed) == (2, "push", 0, 0)
    assert event.target == oxigraph_server.graph_store_url and event.graphs == []


def test_a_write_killed_after_its_commit_is_recorded_by_the_next_writer(tmp_path: Path) -> None:
    """What the graphs held is written ahead: a writer killed between its commit and its patch
    (simulated: the intent written, the change committed, nothing recorded) is made up for."""
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graph(G1, graph("1"))
        history = History(path)
        before = set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(G1))))
        intent = history.intend([str(G1)], before, "update", "kg killed")
        store.oxigraph.update(
            f'INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> "2" }} }}'
        )  # committed; then killed
    with EmbeddedStore(path, readonly=False):
        last = History(path).transactions()[-1]
        assert (last.id, last.operation, last.command, last.uuid, last.recovered) == (
            2,
            "update",
            "kg killed",
            intent,
            True,
        )
        assert body(History(path).patch_text(2)) == [f'A <{A}> <{P}> "2" <{G1}> .']
        assert not (History(path).directory / "pending.rdfp").exists()


def test_a_write_killed_before_its_commit_records_nothing(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with EmbeddedStore(path, readonly=False) as store:
        store.replace_graph(G1, graph("1"))
        before = set(store.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(G1))))
        History(path).intend([str(G1)], before, "update", "kg killed")  # then killed before its commit
    with EmbeddedStore(path, readonly=False) as reopened:
        assert [t.id for t in History(path).transactions()] == [1]
        assert not (History(path).directory / "pending.rdfp").exists()
        reopened.replace_graph(G2, graph("3"))
        assert [t.id for t in History(path).transactions()] == [1, 2]


def test_a_failed_write_leaves_no_trace(store: EmbeddedStore) -> None:
    store.replace_graph(G1, graph("1"))
    with pytest.raises(KgError):
        store.update(f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> }} }}")
    assert [t.id for t in History(store.path).transactions()] == [1]
    assert not (History(store.path).directory / "pending.rdfp").exists()


@pytest.mark.parametrize(
    ("update", "writes"),
    [
        # An escaped '#' or quote in a local name opens no comment or string (PN_LOCAL_ESC): what comes
        # after it is still read, so a default-graph triple or a second graph is not missed.
        (
            f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> ex:c\\#x }} <{A}> <{P}> 1 . "
            f"GRAPH <{G1}> {{\n<{A}> <{P}> 2 }} }}",
            ({str(G1)}, True),
        ),
        (
            f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> ex:c\\'x }} <{A}> <{P}> \"y'\" . "
            f"GRAPH <{G1}> {{\n<{A}> <{P}> 2 }} }}",
            ({str(G1)}, True),
        ),
        (
            f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> ex:c\\#x }} "
            f"GRAPH <{G2}> {{ <{A}> <{P}> 1 }} GRAPH <{G1}> {{\n<{A}> <{P}> 2 }} }}",
            ({str(G1), str(G2)}, False),
        ),
        # A string that never closes is no brace: unsure, so any graph (and the default one) may change.
        (f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 'x }} }} <{A}> <{P}> 1 }}", (None, True)),
    ],
)
def test_escapes_and_open_strings_never_hide_a_write(update: str, writes: tuple) -> None:
    scope = update_scope(update, prefixes={"ex": EX})
    assert (scope.touched, scope.inserts_default) == writes


def test_an_update_is_read_in_linear_time() -> None:
    """An unclosed string of 22 letters took 15.6 s, and `ex:it\\'s` before a 10-letter literal 55 s:
    the string patterns backtracked exponentially."""
    hostile = [
        f"INSERT DATA {{ GRAPH <{G1}> {{ <{A}> <{P}> 'x" + "a" * 100_000 + " } }",
        f"PREFIX ex: <{EX}> INSERT DATA {{ GRAPH <{G1}> {{ ex:it\\'s <{P}> \"" + "a" * 100_000 + '" } }',
    ]
    for update in hostile:
        started = time.perf_counter()
        update_scope(update)
        assert time.perf_counter() - started < 10
