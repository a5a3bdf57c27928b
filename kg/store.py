"""The knowledge graph as a queryable store: one API over the embedded Oxigraph store and any endpoint.

Why: rdflib in memory needs tens of seconds to parse a million triples and seconds per
query; the embedded Oxigraph store (RocksDB on disk, via pyoxigraph) opens in well under a
second and answers 10-50x faster. rdflib stays the model for building, serializing and
validating graphs; this module is where graphs are stored and asked.

Python API (notebooks, `kg query`, `kg serve`, `kg.network`, `kg ingest`)::

    from kg.store import open_store

    kg = open_store()                                   # the default store, read-only
    rows = kg.select("collaborators", org="DMTF")       # named query, label resolved to an IRI
    rows = kg.select("SELECT ?s WHERE { ?s a akg:WorkRegister }")   # ad hoc (project prefixes known)
    kg.ask("ASK { ?r akg:party org:dmtf }")
    graph = kg.construct("CONSTRUCT WHERE { ?s akg:party ?o }")      # an rdflib Graph
    frame = kg.dataframe("register-parties")            # pandas, when installed
    result = kg.query("milestones-due", {"as_of": "2012-01-01"})    # QueryResult: any form
    kg.resolve("Distributed Management Task Force")     # -> URIRef(.../organization/dmtf)

    with open_store(readonly=False) as kg:              # one writer at a time
        kg.replace_graph(register_graph_iri("ogf-dmtf"), graph)   # atomic: old graph or new, never half

`open_store(endpoint=URL)` returns the same interface over a remote SPARQL 1.1 endpoint
(kg.endpoint). Rows are dicts from variable name to rdflib term (None when unbound), with
`"x"^^xsd:string` returned as the plain literal `"x"` (the same RDF 1.1 term) so that
answers compare equal across engines.

Where the store lives: `--store PATH`, else $ALLIANCE_KG_STORE, else
`<project root>/.alliance-kg/store` (git-ignored). Queries see the union of all named
graphs: one graph per register, plus ontology, shapes and reference data in their own.

Concurrency: RocksDB allows one writer process. A read-only store opens while another
process writes, and sees the data as it was when opened. Opening a second writer fails
with a message saying so. Every write (`replace_graph`, `replace_graphs`, `update`) is one
Oxigraph transaction: a write that fails half-way, even by a crash, leaves the previous
graphs intact.
"""

from __future__ import annotations

import os
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import XSD
from rdflib.term import Node

from kg.errors import InputError, KgError
from kg.namespaces import PREFIXES, bind_prefixes
from kg.queries import (
    NamedQuery,
    QueryError,
    catalogue,
    get_query,
    queries_dir,
    query_form,
    strip_tokens,
    to_iri,
)
from kg.sources import project_root

STORE_VARIABLE = "ALLIANCE_KG_STORE"
RESOLVE_QUERY = "resolve-entity"
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
XSD_STRING = str(XSD.string)
LANGUAGE_TAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")
CATALOGUE_CHECK_SECONDS = 1.0

Row = dict[str, Node | None]


class StoreError(KgError):
    """The store cannot be opened or written: missing, locked by another writer, or not a store."""


@dataclass
class QueryResult:
    """The answer to one query: rows for SELECT, a boolean for ASK, a graph for CONSTRUCT/DESCRIBE."""

    form: str
    variables: list[str] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    boolean: bool | None = None
    graph: Graph | None = None

    def __iter__(self) -> Iterator[Row]:
        return iter(self.rows)

    def __len__(self) -> int:
        if self.graph is not None:
            return len(self.graph)
        return len(self.rows)

    def dataframe(self):
        """The rows as a pandas DataFrame of Python values (str for IRIs); needs pandas."""
        try:
            import pandas as pd
        except ImportError:
            raise KgError("pandas is not installed: pip install 'alliance-kg[pandas]'") from None
        records = [{k: _python_value(v) for k, v in row.items()} for row in self.rows]
        return pd.DataFrame.from_records(records, columns=self.variables)


def _python_value(term: Node | None) -> Any:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return value if not isinstance(value, Literal) else str(value)
    return str(term)


# --- Terms -------------------------------------------------------------------------


def rdflib_literal(lexical: str, language: str | None = None, datatype: str | None = None) -> Literal:
    """The rdflib literal, with xsd:string written as a plain literal (as rdflib parses one)."""
    if language:
        return Literal(lexical, lang=language)
    return Literal(lexical) if datatype in (None, XSD_STRING) else Literal(lexical, datatype=datatype)


def _literal(term: ox.Literal) -> Literal:
    return rdflib_literal(term.value, term.language, term.datatype.value)


_MAKERS: dict[type, Callable[[Any], Node | None]] = {
    ox.NamedNode: lambda term: URIRef(term.value),
    ox.Literal: _literal,
    ox.BlankNode: lambda term: BNode(term.value),
    type(None): lambda term: None,
}


def from_oxigraph(term: Any) -> Node | None:
    """An rdflib term for a pyoxigraph term (None for an unbound variable)."""
    maker = _MAKERS.get(type(term))
    if maker is None:
        raise KgError(f"unsupported RDF term in an answer: {term!r}")
    return maker(term)


def term_converter() -> Callable[[Any], Node | None]:
    """from_oxigraph with a cache for one answer, where the same terms come back row after row.

    Per answer rather than process-wide: a big answer's unique labels would only churn a shared
    cache. dict.get rather than try/except: on wide answers most look-ups miss.
    """
    cache: dict[Any, Node | None] = {}
    remembered = cache.get

    def convert(term: Any) -> Node | None:
        node = remembered(term)
        if node is None:
            node = cache[term] = from_oxigraph(term)
        return node

    return convert


def rows_from_tsv(data: bytes, variables: list[str]) -> list[Row]:
    """SELECT rows from Oxigraph's SPARQL TSV serialization of an answer.

    Why: making a pyoxigraph object for every term and then an rdflib one costs more than the
    query itself on wide answers (network-nodes: 68k rows x 5 terms); Oxigraph writes TSV in
    Rust, and each distinct cell is read once. Values escape tabs and newlines, so a line is a
    row and a tab separates cells.
    """
    lines = data.decode("utf-8").split("\n")[1:-1]  # after the header line, up to the final newline
    if not variables:
        return [{} for _ in lines]
    cache: dict[str, Node | None] = {}
    remembered = cache.get
    rows = []
    for line in lines:
        values = []
        for cell in line.split("\t"):
            node = remembered(cell)
            if node is None:
                node = cache[cell] = tsv_term(cell)
            values.append(node)
        rows.append(dict(zip(variables, values, strict=True)))
    return rows


def tsv_term(cell: str) -> Node | None:
    """The rdflib term of one TSV cell (None when empty: unbound).

    The plain forms Oxigraph writes are read here: <iri> (IRIs are never escaped), "text",
    "text"@lang, "text"^^<datatype> without a backslash, and _:id. Anything else (escapes,
    bare numbers and booleans, triple terms) is read by pyoxigraph's own TSV parser.
    """
    if not cell:
        return None
    if cell[0] == "<" and cell[-1] == ">" and not cell.startswith("<<"):
        return URIRef(cell[1:-1])
    if cell[0] == '"' and "\\" not in cell:
        end = cell.rindex('"')
        lexical, tail = cell[1:end], cell[end + 1 :]
        if not tail:
            return Literal(lexical)
        if tail[0] == "@" and LANGUAGE_TAG.fullmatch(tail, 1):
            return rdflib_literal(lexical, language=tail[1:])
        if tail.startswith("^^<") and tail[-1] == ">":
            return rdflib_literal(lexical, datatype=tail[3:-1])
    if cell.startswith("_:"):
        return BNode(cell[2:])
    solutions = ox.parse_query_results(f"?v\n{cell}\n", ox.QueryResultsFormat.TSV)
    return from_oxigraph(next(iter(solutions))[0])


def to_oxigraph(term: Node) -> Any:
    """A pyoxigraph term for an rdflib term (ValueError for an IRI Oxigraph rejects)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", str(term)))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"unsupported RDF term {term!r}")


def ntriples(graph: Graph) -> str:
    """N-Triples of an rdflib graph, written by Oxigraph (fast, and escapes every term correctly)."""
    try:
        triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph]
    except ValueError as error:
        raise InputError(f"graph {graph.identifier}: cannot be stored: {error}") from error
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8")


# --- Query text -------------------------------------------------------------------


def declared_prefixes(text: str) -> set[str]:
    return set(re.findall(r"PREFIX\s+([A-Za-z][\w-]*)?:", strip_tokens(text), re.IGNORECASE))


def with_prefixes(text: str) -> str:
    """The project's prefixes the query uses but does not declare, prepended on one line (remote endpoints).

    One line, so that a server's "line N" in an error is off by exactly one (see shift_lines).
    """
    declared, body = declared_prefixes(text), strip_tokens(text)
    needed = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in PREFIXES.items()
        if p not in declared and re.search(rf"(?<![\w-]){re.escape(p)}:", body)
    ]
    return " ".join(needed) + "\n" + text if needed else text


def shift_lines(message: str, lines: int) -> str:
    """A server's error message with its line numbers moved back by the prefix lines we added.

    Oxigraph's "error at L:C" becomes "line L, column C", as in errors from the embedded store.
    """
    message = re.sub(
        r"error at (\d+):(\d+)", lambda m: f"line {int(m.group(1)) + lines}, column {m.group(2)}", message
    )
    return re.sub(r"\bline (\d+)", lambda m: f"line {int(m.group(1)) - lines}", message)


def syntax_error(error: Exception) -> QueryError:
    """One line with the position Oxigraph reports (line:column), and what to do."""
    message = " ".join(str(error).split())
    match = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?:?\s*(.*)", message)
    if match:
        line, column, reason = match.groups()
        return QueryError(
            f"SPARQL syntax error at line {line}, column {column}: {reason} (fix the query text)"
        )
    return QueryError(f"SPARQL syntax error: {message} (fix the query text)")


# --- The interface ----------------------------------------------------------------


class KnowledgeGraph(ABC):
    """What every store offers: named and ad hoc queries, label resolution, graphs, atomic writes."""

    readonly: bool = True

    def __init__(self, queries_directory: Path | None = None) -> None:
        self.queries_directory = queries_directory
        self._catalogue: tuple[tuple, dict[str, NamedQuery]] | None = None
        self._checked = 0.0

    # Asking -------------------------------------------------------------------------

    def named_queries(self) -> dict[str, NamedQuery]:
        """The catalogue, parsed again only when a query file changed (a parse costs more than a query).

        Files are looked at once a second at most: a sub-millisecond query should not pay for it.
        """
        now = time.monotonic()
        if self._catalogue is not None and now - self._checked < CATALOGUE_CHECK_SECONDS:
            return self._catalogue[1]
        directory = self.queries_directory or queries_dir()
        signature = tuple(sorted((e.name, e.stat().st_mtime_ns) for e in os.scandir(directory)))
        if self._catalogue is None or self._catalogue[0] != signature:
            self._catalogue = (signature, catalogue(directory))
        self._checked = now
        return self._catalogue[1]

    def named_query(self, name: str) -> NamedQuery:
        queries = self.named_queries()
        return queries[name] if name in queries else get_query(name, self.queries_directory)

    def prepare(self, query: str, params: Mapping[str, object] | None = None) -> tuple[str, str]:
        """(form, text): a named query with its parameters bound as RDF terms, or ad hoc text as is."""
        params = {k.replace("-", "_"): v for k, v in (params or {}).items()}
        if NAME_PATTERN.fullmatch(query.strip()):
            named = self.named_query(query.strip())
            return named.form, named.bind(params, resolve=self.resolve)
        if params:
            raise QueryError("parameters can only be given to a named query (see 'kg query --list')")
        return query_form(query), query

    def query(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> QueryResult:
        """Run a named query (by name) or ad hoc SPARQL text; parameters by mapping or keywords."""
        form, text = self.prepare(query, {**(params or {}), **kwargs})
        return self.execute(form, text)

    def select(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> list[Row]:
        return self._expect(query, params, kwargs, ("SELECT",)).rows

    def ask(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> bool:
        return bool(self._expect(query, params, kwargs, ("ASK",)).boolean)

    def construct(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> Graph:
        result = self._expect(query, params, kwargs, ("CONSTRUCT", "DESCRIBE"))
        return result.graph if result.graph is not None else Graph()

    def dataframe(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object):
        return self._expect(query, params, kwargs, ("SELECT",)).dataframe()

    def _expect(self, query, params, kwargs, forms: tuple[str, ...]) -> QueryResult:
        form, text = self.prepare(query, {**(params or {}), **kwargs})
        if form not in forms:
            raise QueryError(f"this is a {form} query; use {_method_for(form)}() instead")
        return self.execute(form, text)

    def resolve(self, label: str) -> URIRef:
        """The one entity whose label, alternative label, hidden label or acronym is `label` (any case)."""
        rows = self.execute("SELECT", self.named_query(RESOLVE_QUERY).bind({"label": label})).rows
        entities = sorted({row["entity"] for row in rows if isinstance(row.get("entity"), URIRef)})
        if len(entities) == 1:
            return entities[0]
        if not entities:
            raise QueryError(
                f"no entity is called {label!r}: give a full IRI, a prefixed name such as org:dmtf, "
                "or a label or acronym that exists (kg query resolve-entity --param label=...)"
            )
        shown = ", ".join(_compact(e) for e in entities[:5])
        raise QueryError(f"{label!r} is ambiguous: it names {len(entities)} entities ({shown}); give the IRI")

    def to_iri(self, text: str) -> URIRef:
        """An IRI from a full IRI, a prefixed name or a label (see kg.queries.to_iri)."""
        return to_iri(text, self.resolve)

    @abstractmethod
    def execute(self, form: str, text: str) -> QueryResult:
        """Run finished query text (parameters already bound) and convert the answer to rdflib terms."""

    # Graphs -------------------------------------------------------------------------

    @abstractmethod
    def graphs(self) -> list[URIRef]:
        """The named graphs, sorted."""

    @abstractmethod
    def graph(self, iri: URIRef) -> Graph:
        """One named graph as an rdflib Graph (for validation, serialization, networks)."""

    def graph_sizes(self) -> dict[URIRef, int]:
        rows = self.execute(
            "SELECT", "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
        ).rows
        return {row["g"]: int(row["n"]) for row in rows if isinstance(row.get("g"), URIRef)}

    # Writing ------------------------------------------------------------------------

    def replace_graph(self, iri: URIRef, graph: Graph) -> None:
        """Replace one named graph by `graph`, atomically (readers see the old graph or the new one)."""
        self.replace_graphs({URIRef(iri): graph})

    @abstractmethod
    def replace_graphs(self, graphs: Mapping[URIRef, Graph], *, clear_others: bool = False) -> None:
        """Replace several named graphs in one step; with clear_others, drop every other graph too."""

    def _check_writable(self) -> None:
        if self.readonly:
            raise StoreError("this store was opened read-only: open it with readonly=False to write")

    # Lifetime -----------------------------------------------------------------------

    def close(self) -> None:  # noqa: B027 - most stores hold nothing to release
        """Release the store (for the embedded store: its lock, so another writer may open it)."""

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _method_for(form: str) -> str:
    return {"SELECT": "select", "ASK": "ask"}.get(form, "construct")


def _compact(iri: URIRef) -> str:
    text = str(iri)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace) and NAME_PATTERN.fullmatch(text[len(namespace) :] or "-"):
            return f"{prefix}:{text[len(namespace) :]}"
    return f"<{text}>"


# --- The embedded store -----------------------------------------------------------


def store_location(path: Path | str | None = None) -> Path:
    """`path` when given, else the default store (default_store_path)."""
    return Path(path) if path else default_store_path()


def default_store_path() -> Path:
    """$ALLIANCE_KG_STORE, else .alliance-kg/store in the project root (git-ignored)."""
    configured = os.environ.get(STORE_VARIABLE)
    return Path(configured) if configured else project_root() / ".alliance-kg" / "store"


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
    from kg.rdfio import atomic_directory

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
    store if it does not exist. `endpoint_options` go to kg.endpoint.SparqlEndpoint
    (user, password, auth, timeout, agent, update_url, graph_store_url).
    """
    if endpoint:
        from kg.endpoint import SparqlEndpoint

        return SparqlEndpoint(endpoint, queries_directory=queries_directory, **endpoint_options)
    return EmbeddedStore(store_location(path), readonly=readonly, queries_directory=queries_directory)
