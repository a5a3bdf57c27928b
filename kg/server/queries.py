"""The server's own SPARQL: files in queries/server/, read once per process, bound by kg.sparql.named.

Why files and bound parameters: an IRI in a visitor's URL used to be pasted into query text
inside f-strings, kept from breaking out only by a pattern of our own (SAFE_IRI). Now the IRI
becomes a term first (`iri_node`: pyoxigraph's RFC 3987 parser, the store's own), and the term
is bound through a `VALUES ?x { UNDEF }` line of a query file (kg.sparql.named), rendered by
rdflib: no visitor text ever becomes query syntax. The same bound text runs on the embedded
store and on a remote endpoint (`kg serve --endpoint`). The folder is not the user catalogue:
`kg query --list` reads only queries/*.rq.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.sparql.named import NamedQuery, folder_queries, folder_query

SERVER_QUERIES = "server"


def server_queries() -> dict[str, NamedQuery]:
    """Every query of queries/server/ (fragments from queries/server/fragments/), by name."""
    return folder_queries(SERVER_QUERIES)


def server_query(name: str) -> NamedQuery:
    """One query of queries/server/ by its file name (kg.sparql.named.folder_query)."""
    return folder_query(SERVER_QUERIES, name)


def bound(name: str, **values: object) -> str:
    """The text of server query `name` with `values` bound (a list of terms: several VALUES rows)."""
    return server_query(name).bind(values)


def query_text(name: str) -> str:
    """The text of a server query that has no parameter."""
    return server_query(name).text


def query_body(name: str) -> str:
    """The query text without its header comment: what the SPARQL page shows in its form."""
    lines = server_query(name).text.split("\n")
    start = next((n for n, line in enumerate(lines) if line.strip() and not line.startswith("#")), 0)
    return "\n".join(lines[start:]).strip()


def iri_node(iri: str) -> ox.NamedNode | None:
    """`iri` as a term, or None when it is no IRI (RFC 3987, as the store parses it).

    Why the store's parser: what it accepts is what can be asked about, so a path that makes no
    IRI names no resource (404), and one that does reaches the query as a term, whatever
    characters it holds. Not cached: the strings come from visitors' URLs (up to 16 KiB each), so
    a cache would be memory a visitor fills, for a parse that costs under a microsecond.
    """
    try:
        return ox.NamedNode(iri)
    except ValueError:
        return None


def iri_ref(iri: str) -> str:
    """`<iri>` as the store writes the term, for the few updates the server composes around a checked
    graph name (DROP, CREATE, INSERT DATA, USING); a ValueError for a string that is no IRI."""
    node = iri_node(iri)
    if node is None:
        raise ValueError(f"not an IRI: {iri!r}")
    return str(node)


def iri_nodes(iris: list[str]) -> list[ox.NamedNode]:
    """The terms of those of `iris` that are IRIs (the store's own are; a remote store's may not be)."""
    return [node for node in map(iri_node, iris) if node is not None]
