"""kg.store.history.update_scope: which updates may take triples out of the default graph itself.

Only an update that names the graphs it touches and takes nothing out of the default graph may have
the default graph levelled for those graphs alone (kg.store.union.stale_window's `graphs`).
"""

from __future__ import annotations

import pytest

from kg.store.history import update_scope

G = "http://example.org/g"
H = "http://example.org/h"


@pytest.mark.parametrize(
    "update",
    [
        "DELETE DATA { <urn:s> <urn:p> <urn:o> }",
        "DELETE WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } WHERE { GRAPH <http://example.org/g> { ?s ?p ?o } }",
        "DELETE { ?s ?p ?o } INSERT { GRAPH <http://example.org/g> { ?s ?p ?o } } WHERE { ?s ?p ?o }",
        "CLEAR DEFAULT",
        "DROP SILENT DEFAULT",
        "MOVE DEFAULT TO <http://example.org/g>",
        "COPY <http://example.org/g> TO DEFAULT",
        "INSERT DATA { GRAPH <http://example.org/g> { <urn:s> <urn:p> 1 } } ; "
        "DELETE DATA { <urn:s> <urn:p> 1 }",
        "DELETE DATA { GRAPH ?g { <urn:s> <urn:p> 1 } }",  # not read: unsure
    ],
)
def test_updates_that_may_take_triples_out_of_the_default_graph(update: str) -> None:
    scope = update_scope(update)
    assert scope.deletes_default
    assert scope.levelled_graphs("urn:kept", inserts_kept=True) is None


@pytest.mark.parametrize(
    ("update", "graphs"),
    [
        ("DELETE DATA { GRAPH <http://example.org/g> { <urn:s> <urn:p> 1 } }", {G}),
        ("WITH <http://example.org/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", {G}),
        (
            "DROP GRAPH <http://example.org/g> ; "
            "INSERT DATA { GRAPH <http://example.org/h> { <urn:s> <urn:p> 1 } }",
            {G, H},
        ),
        ("COPY DEFAULT TO <http://example.org/g>", {G}),
        ("CLEAR GRAPH <http://example.org/h>", {H}),
    ],
)
def test_updates_that_write_named_graphs_only_are_levelled_in_scope(update: str, graphs: set[str]) -> None:
    scope = update_scope(update)
    assert not scope.deletes_default and not scope.inserts_default
    assert scope.levelled_graphs() == graphs


def test_an_insert_into_the_default_graph_is_levelled_only_where_the_caller_keeps_it() -> None:
    scope = update_scope("INSERT DATA { <urn:s> <urn:p> 1 }")
    assert scope.inserts_default and not scope.deletes_default
    assert scope.levelled_graphs() is None  # the Python API: the whole resync takes it out, as before
    assert scope.levelled_graphs("urn:kept", inserts_kept=True) == {"urn:kept"}  # the server keeps it
