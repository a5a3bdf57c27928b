"""The embedded store: Oxigraph (RocksDB on disk, via pyoxigraph) in this process.

Why: rdflib in memory needs tens of seconds to parse a million triples and seconds per
query; the embedded Oxigraph store opens in well under a second and answers 10-50x faster.
rdflib stays the model for building, serializing and validating graphs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox
from rdflib import Graph, URIRef

from kg.errors import InputError
from kg.model.namespaces import PREFIXES, bind_prefixes
from kg.sparql.named import QueryError
from kg.sparql.results import QueryResult
from kg.sparql.text import syntax_error
from kg.store.interface import KnowledgeGraph, StoreError
from kg.store.terms import from_oxigraph, ntriples, rows_from_tsv, term_converter

STORE_VARIABLE = "ALLIANCE_KG_STORE"


def store_location(path: Path | str | None = None) -> Path:
    """`path` when given (--store), else the default store (default_store_path)."""
    return Path(path) if path else default_store_path()


def default_store_path() -> Path:
    """$ALLIANCE_KG_STORE, else .alliance-kg/store in the current folder, like dist/ (README: outputs).

    Never the source tree or the installed package: what a command writes goes where the user is.
    """
    configured = os.environ.get(STORE_VARIABLE)
    return Path(configured) if configured else Path.cwd() / ".alliance-kg" / "store"


def _lock_held(error: OSError) -> bool:
    return "lock" in str(error).lower()


class EmbeddedStore(KnowledgeGraph):
    """The persistent local store: Oxigraph (RocksDB) in this process."""

    def __init__(self, path: Path, *, readonly: bool = True, queries_directory: Path | None = None) -> None:
        super().__init__(queries_directory)
        self.path = Path(path)
        self.readonly = readonly
        self._store: ox.Store | None = self._open()

    def _open(self) -> ox.Store:
        if self.readonly and not (self.path / "CURRENT").is_file():
            raise StoreError(
                f"no store at {self.path}: run 'kg build' to create it, "
                f"or pass --store PATH (or set {STORE_VARIABLE}) or --endpoint URL"
            )
        try:
            return ox.Store.read_only(str(self.path)) if self.readonly else ox.Store(str(self.path))
        except OSError as error:
            if _lock_held(error):
                raise StoreError(
                    f"the store at {self.path} is held by another writer (a running 'kg build', "
                    "'kg ingest' or server): wait for it to finish, or open the store read-only"
                ) from None
            raise StoreError(
                f"cannot open the store at {self.path}: {' '.join(str(error).split())}"
            ) from None

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying pyoxigraph Store, for what this API does not cover (benchmarks, validation)."""
        if self._store is None:
            raise StoreError(f"the store at {self.path} is closed")
        return self._store

    def close(self) -> None:
        """Flush a writer's data to disk and let go of the store (and of its lock)."""
        store, self._store = self._store, None
        if store is None or self.readonly:
            return
        try:
            store.flush()
        except OSError as error:  # e.g. a full disk: what was committed is in RocksDB's log already
            raise StoreError(
                f"could not flush the store at {self.path}: {' '.join(str(error).split())}"
                " (free some disk space; committed writes are kept)"
            ) from None

    def execute(self, form: str, text: str) -> QueryResult:
        try:
            answer = self.oxigraph.query(text, prefixes=PREFIXES, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except (OSError, RuntimeError) as error:
            raise QueryError(f"the query failed: {' '.join(str(error).split())}") from None
        if isinstance(answer, ox.QueryBoolean):
            return QueryResult(form="ASK", boolean=bool(answer))
        try:  # Oxigraph evaluates lazily: errors can come while the answer is read
            if isinstance(answer, ox.QueryTriples):
                graph, convert = bind_prefixes(Graph()), term_converter()
                for triple in answer:
                    graph.add((convert(triple.subject), convert(triple.predicate), convert(triple.object)))
                return QueryResult(form=form, graph=graph)
            variables = [v.value for v in answer.variables]
            tsv = answer.serialize(format=ox.QueryResultsFormat.TSV)
        except (OSError, RuntimeError) as error:
            raise QueryError(f"the query failed: {' '.join(str(error).split())}") from None
        return QueryResult(form="SELECT", variables=variables, rows=rows_from_tsv(tsv, variables))

    def graphs(self) -> list[URIRef]:
        return sorted(URIRef(g.value) for g in self.oxigraph.named_graphs() if isinstance(g, ox.NamedNode))

    def graph(self, iri: URIRef) -> Graph:
        graph = bind_prefixes(Graph(identifier=URIRef(iri)))
        for quad in self.oxigraph.quads_for_pattern(None, None, None, ox.NamedNode(str(iri))):
            graph.add(
                (from_oxigraph(quad.subject), from_oxigraph(quad.predicate), from_oxigraph(quad.object))
            )
        return graph

    def export(self, iri: URIRef, rdf_format: ox.RdfFormat = ox.RdfFormat.N_TRIPLES) -> bytes:
        """One named graph serialized by Oxigraph (fast: no rdflib on the way), for push and downloads."""
        return self.oxigraph.dump(format=rdf_format, from_graph=ox.NamedNode(str(iri)))

    def update(self, sparql_update: str) -> None:
        """Run a SPARQL Update as one transaction: every operation in it takes effect, or none does."""
        self._check_writable()
        try:
            self.oxigraph.update(sparql_update, prefixes=PREFIXES)
        except SyntaxError as error:
            raise syntax_error(error) from None
        except (OSError, RuntimeError, ValueError) as error:
            raise StoreError(
                f"the write failed, nothing was changed: {' '.join(str(error).split())}"
            ) from None

    def replace_graphs(self, graphs: Mapping[URIRef, Graph], *, clear_others: bool = False) -> None:
        """One SPARQL Update (DROP, then INSERT DATA of every graph), so one transaction."""
        self._check_writable()
        self.update(replacement_update(graphs, clear_others=clear_others))

    def bulk_load(self, path: Path, *, graph: URIRef | None = None) -> None:
        """Load a large file fast, outside transactions: only for filling a new store (benchmarks)."""
        self._check_writable()
        rdf_format = ox.RdfFormat.from_extension(Path(path).suffix.lstrip("."))
        if rdf_format is None:
            raise InputError(f"{path}: unknown RDF file type")
        target = ox.NamedNode(str(graph)) if graph is not None else None
        kwargs = {"to_graph": target} if target is not None else {}
        self.oxigraph.bulk_load(path=str(path), format=rdf_format, **kwargs)
        self.oxigraph.optimize()


def replacement_update(graphs: Mapping[URIRef, Graph], *, clear_others: bool = False) -> str:
    """The SPARQL Update text that replaces `graphs`: all graphs in one INSERT DATA (shared blank nodes)."""
    drops = ["CLEAR ALL"] if clear_others else [f"DROP SILENT GRAPH <{iri}>" for iri in graphs]
    blocks = [f"GRAPH <{iri}> {{\n{ntriples(graph)}}}" for iri, graph in graphs.items() if len(graph)]
    operations = [*drops, "INSERT DATA {\n" + "\n".join(blocks) + "\n}"] if blocks else drops
    return " ;\n".join(operations)


def write_store(graphs: Mapping[URIRef, Graph], path: Path | None = None) -> Path:
    """Make the store at `path` hold exactly `graphs` (what `kg build` does), atomically.

    An existing store is rewritten in one transaction while this process holds its lock;
    a new store is filled in a staging directory and renamed into place, so no reader
    ever finds a half-made store.
    """
    from kg.model.rdfio import atomic_directory

    path = store_location(path)
    if (path / "CURRENT").is_file():
        with EmbeddedStore(path, readonly=False) as store:
            store.replace_graphs(graphs, clear_others=True)
        return path
    with atomic_directory(path) as staging:
        store = EmbeddedStore(staging, readonly=False)
        try:
            store.replace_graphs(graphs, clear_others=True)
        finally:
            store.close()
            del store
    return path
