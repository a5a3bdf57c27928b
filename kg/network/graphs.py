"""The collaboration network: networkx graphs built by named SPARQL queries, and their analysis.

Why: notebook users want to see and measure who works with whom without writing SPARQL
joins and graph algorithms by hand. Every graph here is built from the answers of the
named queries `queries/network-*.rq`, asked of anything with a `select(name, **params)`
method (the `Queryable` protocol): the embedded store or a remote SPARQL endpoint
(`kg.store.open_store`), or an rdflib Dataset in memory (`DatasetSource`). No triples are
walked in Python, so the same code gives the same graph on Oxigraph, Virtuoso or rdflib.

The graphs (node ids are IRIs, as strings):

- organizations (Graph): organizations party to a register; an edge when two share registers
  (weight = how many).
- org-specifications (bipartite Graph): organizations (bipartite=0) and specifications (1); an
  edge when a register the organization is party to concerns the specification.
- org-registers (bipartite Graph): organizations (0) and registers (1); party to.
- working-groups (Graph): units taking part in registers and their organizations; units of
  different organizations paired in a register (relation "paired"), unit to organization
  (relation "unit of").
- specifications (DiGraph): source extends, uses or builds on target.

Every node has `iri`, `label`, `kind` (the local name of its akg class), `acronym` ("" when it
has none) and `category`; every edge has `weight` and `registers` (the evidence: register
IRIs, a sorted list) and, by graph, `specifications`, `collaborations`, `relations`,
`relation` and `since` (ISO date from which the pair collaborates, "" when unknown).
Exporters (kg.network.export) turn list attributes into space-separated strings.

`as_of` (a date, "YYYY-MM-DD" or "today") gives the network as it stood on that day: see
the "active" block of the queries for the rule (approval date, else initiation date, else
the first milestone target, else the next-review period; registers do not expire).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol

import networkx as nx
from rdflib import Dataset, Literal, URIRef
from rdflib.term import Node

from kg.errors import KgError
from kg.sparql.named import QueryError, get_query, to_iri

SEED = 42
# Sampled betweenness does about PIVOT_BUDGET node and edge visits: k = PIVOT_BUDGET // (nodes + edges)
# pivots (at least MIN_PIVOTS), one breadth-first search each; when k reaches the number of nodes the
# exact value is computed instead. 1.5e6 keeps it near 1-2 s on 2 cores.
PIVOT_BUDGET = 1_500_000
MIN_PIVOTS = 16
LIST_SEPARATOR = " "
LIST_ATTRIBUTES = ("registers", "specifications", "collaborations", "relations")

DateLike = dt.date | str | None


class NetworkError(KgError):
    """A network cannot be built or analysed as asked: unknown kind, unknown node, no path."""


class Queryable(Protocol):
    """Anything that runs a named query with keyword parameters: kg.store.KnowledgeGraph, DatasetSource."""

    def select(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> list[Any]:
        """Rows of a SELECT: mappings from variable name to rdflib term (None or absent when unbound)."""
        ...


# --- Sources ---------------------------------------------------------------------------


class DatasetSource:
    """Named queries over an rdflib Dataset in memory: for tests, and for graphs not yet stored.

    Slow past 1e5 triples (rdflib's SPARQL engine); use kg.store.open_store for real corpora.
    The Dataset must have default_union=True, like kg.pipeline.build.assemble() returns.
    """

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset

    def select(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> list[Any]:
        text = get_query(query).bind({**(params or {}), **kwargs}, resolve=self.resolve)
        result = self.dataset.query(text)
        variables = list(result.vars or [])
        return [{str(v): binding.get(v) for v in variables} for binding in result.bindings]

    def resolve(self, label: str) -> URIRef:
        """An entity IRI from its label or acronym, through the named query resolve-entity."""
        entities = sorted({row["entity"] for row in self.select("resolve-entity", label=label)})
        if len(entities) != 1:
            raise QueryError(f"{label!r} names {len(entities)} entities: give the IRI")
        return entities[0]


# --- Rows ------------------------------------------------------------------------------


def python_value(term: Node | None) -> Any:
    """IRIs as str, numbers as int/float, dates as ISO strings: what graph attributes can hold."""
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        if isinstance(value, dt.date):
            return value.isoformat()
        return value if isinstance(value, int | float | bool) else str(term)
    return str(term)


def iso_date(value: DateLike) -> str | None:
    """None, or the date as YYYY-MM-DD ('today' is today): the form every as_of parameter takes."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    if str(value).strip().lower() == "today":
        return dt.date.today().isoformat()
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise NetworkError(f"as_of must be a date YYYY-MM-DD or 'today', got {value!r}") from None


def select(source: Queryable, name: str, **params: object) -> list[dict[str, Any]]:
    """Run a named query (unset parameters left out), rows as dicts of Python values."""
    given = {key: value for key, value in params.items() if value is not None}
    rows = source.select(name, given)
    return [{key: python_value(term) for key, term in dict(row).items()} for row in rows]


def split_list(value: object) -> list[str]:
    """A GROUP_CONCAT of IRIs (space-separated, any order, possibly unbound) as a sorted list."""
    return sorted(set(str(value).split())) if value else []


def _ordered(rows: Iterable[dict[str, Any]], *keys: str) -> list[dict[str, Any]]:
    """Rows in a fixed order, so a graph's node and edge order does not depend on the engine."""
    return sorted(rows, key=lambda row: tuple(str(row.get(key) or "") for key in keys))


def _evidence(row: Mapping[str, Any]) -> dict[str, Any]:
    """The edge attributes every aggregated query row carries: weight and the registers (its evidence)."""
    return {"weight": int(row.get("weight") or 1), "registers": split_list(row.get("registers"))}


def _grouped(rows: Iterable[Mapping[str, Any]], key: str, value: str) -> dict[str, set[str]]:
    """{key: {values}} from two columns of a query answer."""
    table: dict[str, set[str]] = {}
    for row in rows:
        table.setdefault(row[key], set()).add(row[value])
    return table


# --- Nodes -----------------------------------------------------------------------------


def node_attributes(source: Queryable, category: str) -> dict[str, dict[str, str]]:
    """iri, label, kind, acronym, category of every node of one category (network-nodes.rq)."""
    table: dict[str, dict[str, str]] = {}
    for row in _ordered(select(source, "network-nodes", category=category), "node", "kind"):
        table.setdefault(
            row["node"],
            {
                "iri": row["node"],
                "label": row.get("label") or local_name(row["node"]),
                "kind": row.get("kind") or "",
                "acronym": row.get("acronym") or "",
                "category": category,
            },
        )
    return table


def local_name(iri: str) -> str:
    """The last path segment of an IRI: a readable fallback label."""
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _describe(graph: nx.Graph, source: Queryable, *categories: str) -> None:
    """Give every node its attributes; nodes the reference data does not type get fallbacks."""
    known: dict[str, dict[str, str]] = {}
    for category in categories:
        for iri, attributes in node_attributes(source, category).items():
            known.setdefault(iri, attributes)
    for node in graph.nodes:
        fallback = {"iri": node, "label": local_name(node), "kind": "", "acronym": "", "category": ""}
        graph.nodes[node].update(known.get(node, fallback))


def _mark_bipartite(graph: nx.Graph, category: str) -> None:
    """networkx's bipartite convention: organizations 0, the other side 1."""
    for _node, data in graph.nodes(data=True):
        data["bipartite"] = 0 if data.get("category") == category else 1


def _new_graph(kind: str, as_of: str | None, directed: bool = False) -> nx.Graph:
    graph = nx.DiGraph() if directed else nx.Graph()
    graph.graph.update({"kind": kind, "as_of": as_of or ""})
    return graph


# --- The graphs ------------------------------------------------------------------------


def organization_graph(source: Queryable, as_of: DateLike = None) -> nx.Graph:
    """Organizations party to registers (active on as_of); an edge per pair sharing registers.

    Every register has at least two parties (a SHACL Violation otherwise), so every party is on
    an edge and the pairs alone give the nodes.
    """
    as_of = iso_date(as_of)
    graph = _new_graph("organizations", as_of)
    concerns = _grouped(select(source, "network-register-specifications"), "register", "specification")
    for row in _ordered(select(source, "network-organizations", as_of=as_of), "source", "target"):
        evidence = _evidence(row)
        specifications = sorted(set().union(*(concerns.get(r, ()) for r in evidence["registers"])))
        graph.add_edge(
            row["source"],
            row["target"],
            **evidence,
            specifications=specifications,
            since=row.get("first") or "",
        )
    _describe(graph, source, "organization")
    return graph


def org_specification_graph(source: Queryable, as_of: DateLike = None) -> nx.Graph:
    """Bipartite: organization -- specification when a register the organization is party to concerns it."""
    as_of = iso_date(as_of)
    graph = _new_graph("org-specifications", as_of)
    rows = select(source, "network-org-specifications", as_of=as_of)
    for row in _ordered(rows, "organization", "specification"):
        graph.add_edge(row["organization"], row["specification"], **_evidence(row))
    _describe(graph, source, "organization", "specification")
    _mark_bipartite(graph, "organization")
    return graph


def org_register_graph(source: Queryable, as_of: DateLike = None) -> nx.Graph:
    """Bipartite: organization -- register it is party to; the register is its own evidence."""
    as_of = iso_date(as_of)
    graph = _new_graph("org-registers", as_of)
    for row in _ordered(select(source, "network-org-registers", as_of=as_of), "organization", "register"):
        graph.add_edge(
            row["organization"],
            row["register"],
            weight=1,
            registers=[row["register"]],
            since=row.get("since") or "",
        )
    _describe(graph, source, "organization", "register")
    _mark_bipartite(graph, "organization")
    return graph


def working_group_graph(source: Queryable, as_of: DateLike = None) -> nx.Graph:
    """Units paired in registers (relation 'paired') and each unit to its organization ('unit of')."""
    as_of = iso_date(as_of)
    graph = _new_graph("working-groups", as_of)
    memberships = select(source, "network-working-group-organizations", as_of=as_of)
    for row in _ordered(memberships, "unit", "organization"):
        graph.add_edge(
            row["unit"], row["organization"], relation="unit of", **_evidence(row), collaborations=[]
        )
    for row in _ordered(select(source, "network-working-groups", as_of=as_of), "source", "target"):
        graph.add_edge(row["source"], row["target"], relation="paired", **_evidence(row), collaborations=[])
    rows = select(source, "network-unit-collaborations", as_of=as_of)
    for row in _ordered(rows, "source", "target", "collaboration"):
        _mark_collaboration(graph, row)
    _describe(graph, source, "unit", "organization")
    return graph


def _mark_collaboration(graph: nx.Graph, row: Mapping[str, Any]) -> None:
    """Name the collaboration on the units' edge (made, with its register, if the units were not paired)."""
    if not graph.has_edge(row["source"], row["target"]):
        graph.add_edge(
            row["source"],
            row["target"],
            relation="paired",
            weight=1,
            registers=[row["register"]],
            collaborations=[],
        )
    collaborations = graph.edges[row["source"], row["target"]]["collaborations"]
    if row["collaboration"] not in collaborations:
        collaborations.append(row["collaboration"])


def specification_graph(source: Queryable, as_of: DateLike = None) -> nx.DiGraph:
    """Directed: source extends, uses or builds on target. Dependencies are timeless: as_of is ignored."""
    graph = _new_graph("specifications", None, directed=True)
    rows = select(source, "network-specification-dependencies")
    statements = _ordered(rows, "source", "target", "relation", "g")
    for (a, b), group in itertools.groupby(statements, key=lambda row: (row["source"], row["target"])):
        stated = list(group)
        graph.add_edge(
            a,
            b,
            weight=len({row["g"] for row in stated}),
            registers=sorted({row["register"] for row in stated if row.get("register")}),
            relations=sorted({row["relation"] for row in stated}),
        )
    _describe(graph, source, "specification")
    return graph


Builder = Callable[[Queryable, DateLike], nx.Graph]
KINDS: dict[str, Builder] = {
    "organizations": organization_graph,
    "org-specifications": org_specification_graph,
    "org-registers": org_register_graph,
    "working-groups": working_group_graph,
    "specifications": specification_graph,
}


def build_network(source: Queryable, kind: str = "organizations", as_of: DateLike = None) -> nx.Graph:
    """The network of one kind (see KINDS) as it stood on as_of (all registers when None)."""
    if kind not in KINDS:
        raise NetworkError(f"unknown network kind {kind!r} (known: {', '.join(KINDS)})")
    return KINDS[kind](source, as_of)


# --- Analysis --------------------------------------------------------------------------


def undirected(graph: nx.Graph) -> nx.Graph:
    """Components, communities and centralities read a dependency graph without its directions."""
    return graph.to_undirected(as_view=True) if graph.is_directed() else graph


def pivots_for(graph: nx.Graph, budget: int = PIVOT_BUDGET) -> int | None:
    """How many pivots sampled betweenness uses on this graph; None when exact is affordable."""
    k = max(MIN_PIVOTS, budget // max(graph.number_of_nodes() + graph.number_of_edges(), 1))
    return None if k >= graph.number_of_nodes() else k


@dataclass(frozen=True)
class Betweenness:
    values: dict[str, float]
    pivots: int | None  # None: exact

    @property
    def method(self) -> str:
        return "exact" if self.pivots is None else f"approximate: {self.pivots} pivots, seed {SEED}"


def betweenness(graph: nx.Graph, pivots: int | None = None) -> Betweenness:
    """Betweenness centrality (hops, normalized); sampled with a fixed seed on large graphs."""
    k = pivots if pivots is not None else pivots_for(graph)
    if k is not None and k >= graph.number_of_nodes():
        k = None
    values = nx.betweenness_centrality(undirected(graph), k=k, seed=SEED if k else None)
    return Betweenness(values, k)


def eigenvector(graph: nx.Graph, tolerance: float = 1e-6, max_iter: int = 1000) -> dict[str, float]:
    """Eigenvector centrality by weight, as networkx computes it, vectorized when scipy is installed.

    networkx's pure-Python power iteration takes seconds at 1e4 nodes; the same iteration
    on a scipy sparse matrix takes milliseconds and gives the same vector.
    """
    view = undirected(graph)
    if view.number_of_edges() == 0:
        return dict.fromkeys(view, 0.0)
    try:
        return _eigenvector_sparse(view, tolerance, max_iter)
    except ImportError:
        return nx.eigenvector_centrality(view, weight="weight", tol=tolerance, max_iter=max_iter)


def _eigenvector_sparse(graph: nx.Graph, tolerance: float, max_iter: int) -> dict[str, float]:
    """networkx's algorithm (power iteration on A + I from a uniform start) with scipy.sparse."""
    import numpy as np

    nodes = list(graph)
    matrix = nx.to_scipy_sparse_array(graph, nodelist=nodes, weight="weight", format="csr")
    x = np.full(len(nodes), 1.0 / len(nodes))
    for _ in range(max_iter):
        last = x
        x = last + matrix.T @ last
        x = x / (np.linalg.norm(x) or 1.0)
        if np.abs(x - last).sum() < len(nodes) * tolerance:
            return dict(zip(nodes, x.tolist(), strict=True))
    raise nx.PowerIterationFailedConvergence(max_iter)


def components(graph: nx.Graph) -> list[list[str]]:
    """Connected components (weakly, for a directed graph), largest first, each sorted."""
    found = (sorted(component) for component in nx.connected_components(undirected(graph)))
    return sorted(found, key=lambda component: (-len(component), component[0]))


def communities(graph: nx.Graph, seed: int = SEED) -> list[list[str]]:
    """Louvain communities by weight with a fixed seed (same answer every run), largest first."""
    found = nx.community.louvain_communities(undirected(graph), weight="weight", seed=seed)
    return sorted((sorted(c) for c in found), key=lambda community: (-len(community), community[0]))


def modularity(graph: nx.Graph, parts: list[list[str]]) -> float:
    """Modularity of a partition; 0 for a graph without edges (where it is undefined)."""
    view = undirected(graph)
    return nx.community.modularity(view, parts, weight="weight") if view.number_of_edges() else 0.0


@dataclass(frozen=True)
class Step:
    """One step of a collaboration path: from one organization to the next, and the registers linking them."""

    source: str
    target: str
    registers: list[str]


def collaboration_path(graph: nx.Graph, source: str, target: str) -> list[Step]:
    """The shortest chain of collaborations (fewest hops) between two nodes, each step with its registers."""
    for node in (source, target):
        if node not in graph:
            raise NetworkError(
                f"{label_of(graph, node)} is not in the {graph.graph.get('kind', '')} network"
                f"{as_of_phrase(graph)}"
            )
    try:
        nodes = nx.shortest_path(undirected(graph), source, target)
    except nx.NetworkXNoPath:
        raise NetworkError(
            f"no collaboration path from {label_of(graph, source)} to {label_of(graph, target)}"
            f"{as_of_phrase(graph)}"
        ) from None
    view = undirected(graph)
    return [Step(a, b, list(view.edges[a, b].get("registers", []))) for a, b in itertools.pairwise(nodes)]


def as_of_phrase(graph: nx.Graph) -> str:
    return f" as of {graph.graph['as_of']}" if graph.graph.get("as_of") else ""


def label_of(graph: nx.Graph, node: str) -> str:
    """The acronym, else the label, else the IRI's last segment: how messages and pictures name a node."""
    data = graph.nodes[node] if node in graph else {}
    return data.get("acronym") or data.get("label") or local_name(str(node))


def find_node(graph: nx.Graph, text: str, source: Queryable | None = None) -> str:
    """The node a user means: an IRI, a prefixed name, or a label or acronym (any case).

    Names are matched against the graph's own nodes first (no query needed); failing that,
    the source's resolver (resolve-entity.rq: alternative and hidden labels too) is asked.
    """
    wanted = text.strip().casefold()
    matches = sorted(
        node
        for node, data in graph.nodes(data=True)
        if wanted in {str(data.get("acronym", "")).casefold(), str(data.get("label", "")).casefold()}
    )
    if len(matches) == 1:
        return matches[0]
    resolver = getattr(source, "resolve", None)
    try:
        return str(to_iri(text, resolver))
    except QueryError as error:
        raise NetworkError(f"{text!r}: {error}") from None


# --- Summary ---------------------------------------------------------------------------


@dataclass
class Summary:
    """What `kg network summary` prints: size, structure and the most central nodes."""

    kind: str
    as_of: str
    nodes: int
    edges: int
    density: float
    components: list[list[str]]
    communities: list[list[str]]
    modularity: float
    betweenness_method: str
    rankings: dict[str, list[tuple[str, float]]]
    labels: dict[str, str] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "as_of": self.as_of or None,
            "nodes": self.nodes,
            "edges": self.edges,
            "density": self.density,
            "components": self.components,
            "communities": self.communities,
            "modularity": self.modularity,
            "betweenness_method": self.betweenness_method,
            "rankings": {name: [list(pair) for pair in ranking] for name, ranking in self.rankings.items()},
            "labels": self.labels,
        }

    def render(self) -> str:
        when = f" as of {self.as_of}" if self.as_of else ""
        sizes = ", ".join(str(len(c)) for c in self.components[:10])
        lines = [
            f"{self.kind} network{when}: {self.nodes} nodes, {self.edges} edges, density {self.density:.3f}",
            f"connected components: {len(self.components)}" + (f" (sizes {sizes})" if sizes else ""),
            f"communities (Louvain, seed {SEED}): {len(self.communities)}, modularity {self.modularity:.3f}",
        ]
        for community in self.communities[:10]:
            lines.append(
                "  "
                + ", ".join(self.labels.get(node, node) for node in community[:12])
                + (" ..." if len(community) > 12 else "")
            )
        for name, ranking in self.rankings.items():
            shown = ", ".join(f"{self.labels.get(n, n)} {_number(v)}" for n, v in ranking)
            lines.append(f"{name}: {shown or '-'}")
        lines.append(f"betweenness: {self.betweenness_method}")
        return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.3f}"


def top(values: Mapping[str, float], n: int) -> list[tuple[str, float]]:
    """The n highest values, ties broken by node id so that the answer is stable."""
    return sorted(values.items(), key=lambda item: (-item[1], item[0]))[:n]


def summarize(graph: nx.Graph, n: int = 5, pivots: int | None = None) -> Summary:
    """Degree, weighted degree, betweenness, eigenvector; components and communities, in one pass."""
    view = undirected(graph)
    between = betweenness(graph, pivots)
    parts = communities(graph)
    rankings = {
        "degree": top(dict(view.degree()), n),
        "weighted degree": top(dict(view.degree(weight="weight")), n),
        "betweenness": top(between.values, n),
        "eigenvector": top(eigenvector(graph), n),
    }
    return Summary(
        kind=graph.graph.get("kind", ""),
        as_of=graph.graph.get("as_of", ""),
        nodes=graph.number_of_nodes(),
        edges=graph.number_of_edges(),
        density=nx.density(graph) if graph.number_of_nodes() > 1 else 0.0,
        components=components(graph),
        communities=parts,
        modularity=modularity(graph, parts),
        betweenness_method=between.method,
        rankings=rankings,
        labels={node: label_of(graph, node) for node in graph},
    )
