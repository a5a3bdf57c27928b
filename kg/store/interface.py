"""What every store offers, embedded or remote: named and ad hoc queries, label resolution,
named graphs and atomic writes (the KnowledgeGraph interface)."""

from __future__ import annotations

import functools
import re
import time
from abc import ABC, abstractmethod
from collections.abc import Mapping
from pathlib import Path

from rdflib import Graph, Literal, URIRef

from kg.errors import KgError
from kg.model.namespaces import PREFIXES
from kg.sparql.lexer import MAX_DESCRIBED, MAX_NESTING, MAX_TOKENS, lex
from kg.sparql.named import (
    Fragments,
    NamedQuery,
    QueryError,
    catalogue,
    catalogue_signature,
    get_query,
    load_query,
    queries_dir,
    query_form,
    to_iri,
)
from kg.sparql.results import QueryResult, Row

RESOLVE_QUERY = "resolve-entity"
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
CATALOGUE_CHECK_SECONDS = 1.0
ONE_FILE_ASKS = 2  # KnowledgeGraph.named_query


class StoreError(KgError):
    """The store cannot be opened or written: missing, locked by another writer, or not a store."""


class KnowledgeGraph(ABC):
    """What every store offers: named and ad hoc queries, label resolution, graphs, atomic writes."""

    readonly: bool = True

    def __init__(self, queries_directory: Path | None = None) -> None:
        self.queries_directory = queries_directory
        self._catalogue: tuple[tuple, dict[str, NamedQuery]] | None = None
        self._checked = 0.0
        self._one_file_asks = 0  # named_query
        self._read_alone: dict[str, tuple[tuple[tuple[str, int], ...], float, NamedQuery]] = {}  # named_query

    # Asking -------------------------------------------------------------------------

    def named_queries(self) -> dict[str, NamedQuery]:
        """The catalogue, parsed again only when a query or fragment changed (parsing costs more than asking).

        Files are looked at once a second at most: a sub-millisecond query should not pay for it.
        """
        now = time.monotonic()
        if self._catalogue is not None and now - self._checked < CATALOGUE_CHECK_SECONDS:
            return self._catalogue[1]
        directory = self.queries_directory or queries_dir()
        signature = catalogue_signature(directory)
        if self._catalogue is None or self._catalogue[0] != signature:
            self._catalogue = (signature, self._with_read_alone(catalogue(directory)))
        self._checked = now
        return self._catalogue[1]

    def named_query(self, name: str) -> NamedQuery:
        """The named query `name`. The first ONE_FILE_ASKS asks of a store read that query's own file
        (with the fragments it includes) rather than the whole catalogue: a command asks one query, or
        two with a label to resolve, and reading the 33 files cost about 12 ms of every `kg query` and of
        `kg ingest`'s start (issue 16 point 1). Later asks read the catalogue once and keep it, as a server
        does; a name with no file of its own goes to the catalogue, whose error names the close ones."""
        if self._catalogue is None and self._one_file_asks < ONE_FILE_ASKS and NAME_PATTERN.fullmatch(name):
            self._one_file_asks += 1
            directory = self.queries_directory or queries_dir()
            kept = self._kept_alone(name, directory)
            if kept is not None:
                return kept
            path = directory / f"{name}.rq"
            if path.is_file():
                query = load_query(path, Fragments(directory))
                self._read_alone[name] = (catalogue_signature(directory), time.monotonic(), query)
                return query
        queries = self.named_queries()
        return queries[name] if name in queries else get_query(name, self.queries_directory)

    def _with_read_alone(self, queries: dict[str, NamedQuery]) -> dict[str, NamedQuery]:
        """The catalogue, with each query the first asks read alone in its place where the two are the
        same: that object has lexed its text already (kg.sparql.named.NamedQuery.lexed, 2-10 ms for a long
        query), and a store's first asks of one query would otherwise lex it once per object (three times
        in a query's first three runs: the benchmark's median of five was the slow runs, 8 ms for 1.3)."""
        kept = {name: query for name, (_, _, query) in self._read_alone.items() if queries.get(name) == query}
        self._read_alone = {}
        return {**queries, **kept}

    def _kept_alone(self, name: str, directory: Path) -> NamedQuery | None:
        """The query an earlier ask read alone, unless a query or fragment file changed since (looked at
        once a second at most, as the catalogue is)."""
        if name not in self._read_alone:
            return None
        signature, checked, query = self._read_alone[name]
        now = time.monotonic()
        if now - checked >= CATALOGUE_CHECK_SECONDS:
            if catalogue_signature(directory) != signature:
                return None
            self._read_alone[name] = (signature, now, query)
        return query

    def prepare(self, query: str, params: Mapping[str, object] | None = None) -> tuple[str, str]:
        """(form, text): a named query with its parameters bound as RDF terms, or ad hoc text as is."""
        params = {k.replace("-", "_"): v for k, v in (params or {}).items()}
        if NAME_PATTERN.fullmatch(query.strip()):
            named = self.named_query(query.strip())
            return named.form, named.bind(params, resolve=self.resolve)
        if params:
            raise QueryError("parameters can only be given to a named query (see 'kg query --list')")
        refuse_unparseable(query)
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
        entities = sorted({entity for row in rows if isinstance(entity := row.get("entity"), URIRef)})
        if len(entities) == 1:
            return entities[0]
        if not entities:
            raise QueryError(
                f"no entity is called {label!r}: give a full IRI, a prefixed name such as organization:dmtf, "
                "or a label or acronym that exists (kg query resolve-entity --param label=...)"
            )
        shown = ", ".join(_compact(e) for e in entities[:5])
        raise QueryError(f"{label!r} is ambiguous: it names {len(entities)} entities ({shown}); give the IRI")

    def to_iri(self, text: str) -> URIRef:
        """An IRI from a full IRI, a prefixed name or a label (see kg.sparql.named.to_iri)."""
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
        return {
            graph: int(count)
            for row in rows
            if isinstance(graph := row.get("g"), URIRef) and isinstance(count := row.get("n"), Literal)
        }

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


OPENERS = ("{", "(", "[", "<<")


def refuse_unparseable(text: str) -> None:
    """QueryError for text Oxigraph's parser would overflow its stack on (a segfault, not an error):
    brackets nested past kg.sparql.lexer.MAX_NESTING, tokens past MAX_TOKENS, or a DESCRIBE of more
    resources than MAX_DESCRIBED. One check for every
    path text takes to the engine: KnowledgeGraph.prepare for ad hoc text, and an embedded store's
    execute (public) for any text; `kg sparql` and the server check the text they lexed already.

    Why the count first: lexing a named query costs more than asking a small one (1.5 ms against 0.2
    ms), and text with fewer opening brackets than the nesting limit and fewer characters than the
    token limit is within both without it, as is a DESCRIBE of fewer characters than the resources it
    may name (each is at least one, `:`, and a blank); and the verdict is kept for the texts asked
    again."""
    too_deep = why_unparseable(text)
    if too_deep:
        raise QueryError(too_deep)


@functools.lru_cache(maxsize=256)
def why_unparseable(text: str) -> str | None:
    """Why Oxigraph must not parse `text` (kg.sparql.lexer's too_deep), or None."""
    within_counts = len(text) <= MAX_TOKENS and sum(text.count(o) for o in OPENERS) <= MAX_NESTING
    if within_counts and (len(text) <= MAX_DESCRIBED or "describe" not in text.lower()):
        return None
    return lex(text).too_deep
