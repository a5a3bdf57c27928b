"""Reviewer V, session 30: a visitor's update naming a graph Oxigraph refuses as an IRI (`<http://x/%zz>`)
is answered 400 by the write worker (kg.server.worker.update_keeping_union), as any syntax error: the
update scan named the graph, and reading it before the update raised ValueError out of the worker."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg.server.worker import update_keeping_union
from kg.store.union import UNION, read_marker, write_marker


def test_an_update_naming_no_iri_is_a_400_and_the_store_stays_the_union(tmp_path: Path) -> None:
    path = tmp_path / "store"
    store = ox.Store(str(path))
    write_marker(path, UNION, 1)
    update = "PREFIX e: <http://ex.org/> INSERT DATA { GRAPH <http://ex.org/%zz> { e:s e:p 1 } }"
    answer = update_keeping_union(store, str(path), {"update": update, "base": None})
    assert answer.status == 400 and "syntax error" in (answer.error or "")
    assert read_marker(path)[0] == UNION and len(store) == 0
