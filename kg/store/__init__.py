"""The knowledge graph as a queryable store: one API over the embedded Oxigraph store and any endpoint.

Why: rdflib in memory needs tens of seconds to parse a million triples and seconds per
query; the embedded Oxigraph store (RocksDB on disk, via pyoxigraph) opens in well under a
second and answers 10-50x faster. rdflib stays the model for building, serializing and
validating graphs; this module is where graphs are stored and asked.

Python API (notebooks, `kg query`, `kg serve`, `kg.network.graphs`, `kg ingest`)::

    from kg.store import open_store

    kg = open_store()                                   # the default store, read-only
    rows = kg.select("collaborators", org="DMTF")       # named query, label resolved to an IRI
    rows = kg.select("SELECT ?s WHERE { ?s a akg:WorkRegister }")   # ad hoc (project prefixes known)
    kg.ask("ASK { ?r akg:party organization:dmtf }")
    graph = kg.construct("CONSTRUCT WHERE { ?s akg:party ?o }")      # an rdflib Graph
    frame = kg.dataframe("register-parties")            # pandas, when installed
    result = kg.query("milestones-due", {"as_of": "2012-01-01"})    # QueryResult: any form
    kg.resolve("Distributed Management Task Force")     # -> URIRef(.../organization/dmtf)

    with open_store(readonly=False) as kg:              # one writer at a time
        kg.replace_graph(register_graph_iri("ogf-dmtf"), graph)   # atomic: old graph or new, never half

`open_store(endpoint=URL)` returns the same interface over a remote SPARQL 1.1 endpoint
(kg.store.remote). Rows are dicts from variable name to rdflib term (None when unbound), with
`"x"^^xsd:string` returned as the plain literal `"x"` (the same RDF 1.1 term) so that
answers compare equal across engines.

Where the store lives: `--store PATH`, else $ALLIANCE_KG_STORE, else `.alliance-kg/store`
in the current folder, like dist/ (kg.store.embedded.default_store_path; git-ignored in the
checkout). Queries see the union of all named graphs: one graph per register, plus ontology,
shapes and reference data in their own. The union is an RDF graph, a set: the store keeps it as
its default graph, each triple once however many graphs state it (kg.store.union).

Concurrency: RocksDB allows one writer process. A read-only store opens while another
process writes, and sees the data as it was when opened. Opening a second writer fails
with a message saying so. Every write (`replace_graph`, `replace_graphs`, `update`) is one
Oxigraph transaction: a write that fails half-way, even by a crash, leaves the previous
graphs intact.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore
    from kg.store.interface import KnowledgeGraph, StoreError

__all__ = ["EmbeddedStore", "KnowledgeGraph", "StoreError", "open_store"]

# The re-exports, imported on first use (PEP 562): a module that needs one part of kg.store (terms,
# interface, results conversion) does not load the embedded store's checks, history and union upkeep
# with it, and `kg` commands that never open a store pay nothing for them (issue 16, start-up).
_LAZY = {
    "EmbeddedStore": "kg.store.embedded",
    "KnowledgeGraph": "kg.store.interface",
    "StoreError": "kg.store.interface",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value  # looked up once
        return value
    raise AttributeError(f"module 'kg.store' has no attribute {name!r}")


def open_store(
    path: Path | str | None = None,
    *,
    endpoint: str | None = None,
    readonly: bool = True,
    queries_directory: Path | None = None,
    **endpoint_options: Any,
) -> KnowledgeGraph:
    """The knowledge graph: a remote endpoint when `endpoint` is given, else the embedded store.

    `readonly=False` takes the single writer lock of the embedded store and creates the
    store if it does not exist. `endpoint_options` go to kg.store.remote.SparqlEndpoint
    (user, password, auth, timeout, agent, max_answer_bytes, update_url, graph_store_url).
    """
    if endpoint is not None:  # "" is an endpoint left empty (a variable unset), not "no endpoint"
        if not endpoint.strip():
            from kg.errors import InputError

            raise InputError(
                f"the endpoint's URL {endpoint!r} is empty: give the SPARQL endpoint's URL, or leave"
                " `endpoint` out for the embedded store"
            )
        from kg.store.remote import SparqlEndpoint

        return SparqlEndpoint(endpoint, queries_directory=queries_directory, **endpoint_options)
    from kg.store.embedded import EmbeddedStore, store_location

    return EmbeddedStore(store_location(path), readonly=readonly, queries_directory=queries_directory)
