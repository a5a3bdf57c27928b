"""The store's default graph: a real RDF graph, kept equal to the set union of its named graphs.

Why: SPARQL's default graph is an RDF graph, a set of triples. Oxigraph 0.5's "union default
graph" (`use_default_graph_as_union`, and several FROM graphs) is a multiset: a triple stated in
two named graphs is matched twice, so `COUNT(*)` and `SUM` over the union were inflated (5,275
for 5,259 triples in the seed store). Oxigraph's own default graph *is* a set. So every writer
keeps it equal to the union of the named graphs, and queries use it as it is (no union option):
`GRAPH ?g` still sees only the named graphs, FROM / FROM NAMED still choose their own dataset.

How each writer keeps it (docs/store.md has the figures):

* replacing graphs (`kg build`, `kg ingest`, `replace_graphs`): in the same transaction, the
  triples only the replaced graphs stated leave the default graph and the new graphs' triples
  enter it (`maintenance`), so there is never a moment when it is wrong;
* any other SPARQL Update (the endpoint with its token, `EmbeddedStore.update`), a bulk load,
  `kg store load`: the update runs, then the default graph is brought level with the named graphs
  (`resync`, the difference only). Meanwhile the marker file says "stale", and readers that
  find it so (or find no marker: a store written before this existed, or by another tool) query
  the named graphs as their default graph (`query_options`), as before: the same triples, only
  counted per graph.

The marker `PATH/alliance-kg.default-graph` holds "union N" or "stale N", N a counter raised by
each stale window, so that a reader can tell that its snapshot was taken in a quiet moment
(`union_snapshot`): it reads the marker before and after opening, and trusts the default graph
only when both say the same "union N".
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.sparql.lexer import lex
from kg.store.files import regular_text

MARKER = "alliance-kg.default-graph"
UNION, STALE = "union", "stale"


def marker_of(path: Path | str) -> Path:
    return Path(path) / MARKER


def read_marker(path: Path | str) -> tuple[str, int]:
    """(state, counter) of the store at `path`; ("", 0) when there is no readable marker."""
    try:
        state, _, number = regular_text(marker_of(path)).strip().partition(" ")  # never waits on a pipe
        return state, int(number or 0)
    except (OSError, ValueError):
        return "", 0


def write_marker(path: Path | str, state: str, number: int) -> None:
    """Replace the marker atomically (written beside it, then renamed)."""
    target = marker_of(path)
    staging = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    staging.write_text(f"{state} {number}\n", encoding="ascii")
    os.replace(staging, target)


def union_snapshot(path: Path | str, opener: Callable[[], ox.Store]) -> tuple[ox.Store, bool]:
    """Open the store with `opener`; True when its default graph is the union of its named graphs.

    The marker is read before and after the open: the same "union N" both times means no
    stale window overlapped the moment the snapshot was taken.
    """
    before = read_marker(path)
    store = opener()
    return store, before[0] == UNION and read_marker(path) == before


def query_options(store: ox.Store, is_union: bool) -> dict[str, Any]:
    """The dataset of a query that names none: the default graph when it is the union (a set),
    else every named graph as the default graph (Oxigraph counts shared triples once per graph)."""
    if is_union:
        return {}
    return {"default_graph": [g for g in store.named_graphs() if isinstance(g, ox.NamedNode | ox.BlankNode)]}


def leaving(graphs: Iterable[str]) -> str:
    """SPARQL Update: take out of the default graph the triples that only `graphs` state.

    Run before those graphs are dropped or replaced, in the same request (one transaction).
    """
    names = [f"<{iri}>" for iri in graphs]
    if not names:
        return ""
    return (
        f"DELETE {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {' '.join(names)} }} GRAPH ?g {{ ?s ?p ?o }} "
        f"FILTER NOT EXISTS {{ GRAPH ?h {{ ?s ?p ?o }} FILTER (?h NOT IN ({', '.join(names)})) }} }}"
    )


RESYNC = (
    "DELETE { ?s ?p ?o } WHERE { ?s ?p ?o MINUS { GRAPH ?g { ?s ?p ?o } } } ;\n"
    "INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } MINUS { ?s ?p ?o } }"
)


def resync(store: ox.Store) -> None:
    """Bring the default graph level with the union of the named graphs, in one transaction.

    MINUS rather than FILTER NOT EXISTS, and SPARQL rather than Python: Oxigraph joins the two
    sides on its encoded terms without writing any term out (at 100,000 quads: 0.8 s when nothing
    is to change, where FILTER NOT EXISTS took 11 s and comparing the graphs in Python 12 s).
    Variables bound to blank nodes keep them, so the default graph holds the named graphs' nodes.
    """
    store.update(RESYNC)


@dataclass
class Window:
    """A stale window as its caller knows it: whether the write inside it was committed."""

    committed: bool = False


@contextlib.contextmanager
def stale_window(
    path: Path | str, store: ox.Store, *, atomic: bool = True, graphs: Collection[str] | None = None
) -> Iterator[Window]:
    """Around a write that does not keep the default graph itself: mark it stale, let the write
    run, then resync and mark it the union again.

    A write that fails and is `atomic` (one SPARQL Update: all or nothing) changed nothing, so
    the default graph is the union still; a failed bulk load may have written part of its file,
    so the marker stays "stale": readers fall back (query_options), the next writer resyncs
    (`ensure_union`). So does a process killed inside the window.

    `graphs`: the named graphs the write can change, when the caller knows them and the write takes
    nothing out of the default graph itself (what it adds there it keeps in one of `graphs`). Then
    only those graphs' triples are levelled (`level`): the cost of the write, where the whole
    store's resync took 8 s for a Graph Store write of ten triples at 448,000 quads.

    The window it yields lets the caller say that its write was committed (`window.committed = True`):
    a failure after that (the disk filled before the history or the default-writes graph was written)
    leaves the marker "stale", since the default graph may lack what was committed; the next writer
    resyncs.
    """
    window = Window()
    state, number = read_marker(path)
    before = triples_of(store, graphs) if graphs is not None and state == UNION else None
    write_marker(path, STALE, number + 1)
    try:
        yield window
    except BaseException:
        if atomic and state == UNION and not window.committed:
            write_marker(path, UNION, number + 1)
        raise
    if graphs is not None and before is not None:
        level(store, graphs, before)
    else:
        resync(store)
    store.flush()
    write_marker(path, UNION, number + 1)


def triples_of(store: ox.Store, graphs: Iterable[str]) -> set[ox.Triple]:
    """Every triple the named `graphs` state."""
    return {
        quad.triple for graph in graphs for quad in store.quads_for_pattern(None, None, None, _name(graph))
    }


def level(store: ox.Store, graphs: Collection[str], before: set[ox.Triple]) -> None:
    """Bring the default graph level with the union after a write that changed only `graphs`, which
    stated `before` ahead of it: their triples now enter the default graph (a triple already there
    stays once: it is a set), and a triple they stated before and no longer do leaves it unless
    another named graph still states it. The rest of the default graph is not read: it was the union
    before the write, and nothing else changed."""
    after = triples_of(store, graphs)
    store.extend(ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in after - before)
    for triple in before - after:
        s, p, o = triple.subject, triple.predicate, triple.object
        if not any(
            isinstance(q.graph_name, ox.NamedNode | ox.BlankNode) for q in store.quads_for_pattern(s, p, o)
        ):
            store.remove(ox.Quad(s, p, o, ox.DefaultGraph()))


def ensure_union(path: Path | str, store: ox.Store) -> None:
    """A writer that opens a store whose default graph is not known to be the union makes it so
    (a store from before this module, an interrupted update, a copy made by another tool)."""
    if read_marker(path)[0] != UNION:
        with stale_window(path, store):
            pass


def union_maintained(path: Path | str) -> bool:
    """Whether the store's marker says its default graph is the union now (for a reader that keeps
    its snapshot and follows the store's generation: it reopens after every write)."""
    return read_marker(path)[0] == UNION


def merged_dataset(
    store: ox.Store, default_graphs: Sequence[str], named_graphs: Sequence[str]
) -> tuple[ox.Store, dict[str, Any]]:
    """A query's own dataset when its default graph is several graphs (FROM, default-graph-uri):
    an in-memory store whose default graph is their merge, a set, and the named graphs it names.

    Why: Oxigraph 0.5 matches a triple once per listed graph that states it (oxigraph issue 1919,
    fixed after 0.5), so FROM <a> FROM <b> counted shared triples twice. The copy costs reading
    the listed graphs, which only such a query pays; blank nodes keep their ids, so a node two
    graphs share stays one node.
    """
    copy = ox.Store()
    for graph in default_graphs:
        copy.extend(
            ox.Quad(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, _name(graph))
        )
    for graph in named_graphs:
        copy.extend(store.quads_for_pattern(None, None, None, _name(graph)))
    return copy, {"default_graph": ox.DefaultGraph(), "named_graphs": [_name(g) for g in named_graphs]}


def _name(graph: str) -> ox.NamedNode:
    return ox.NamedNode(graph)


def listed_dataset(
    text: str, graphs: Iterable[str], default: Sequence[str] | None = None, named: Sequence[str] | None = None
) -> tuple[list[str], list[str]] | None:
    """(default graphs, named graphs) of a query whose default graph is two or more of `graphs`, from the
    protocol's lists when given, else from the text's FROM and FROM NAMED; None otherwise, and whenever a
    listed graph is not one of `graphs` as written (a prefixed or relative name: left to the engine)."""
    if default is None and named is None:
        lexed = lex(text)
        if lexed.other_reading.from_graphs != lexed.from_graphs or len(lexed.from_graphs) < 2:
            return None
        default, named = list(lexed.from_graphs), list(lexed.from_named_graphs)
    default, named = list(dict.fromkeys(default or [])), list(dict.fromkeys(named or []))
    if len(default) < 2 or not set(default + named) <= set(graphs):
        return None
    return default, named
