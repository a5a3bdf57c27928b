"""SHACL validation at store scale: a faster engine, the whole store, and one new graph in context.

Why: pyshacl needs minutes on a million triples (measured in docs/benchmarks.md) and
about 2 s even for the two seed registers, mostly per-call overhead. pyshacl-turbo (PyPI,
Rust engine, optional: `pip install 'alliance-kg[fast]'`) takes the same arguments,
reads a pyoxigraph Store directly and gives the same results (compared by
test_turbo_reports_what_pyshacl_reports in tests/validate/test_store_validation.py); it is used
when installed, unless $ALLIANCE_KG_SHACL=pyshacl.

- `validate_store(store)`: the whole store (every graph but ontology and shapes),
  against the shapes and ontology graphs the store holds. With pyshacl-turbo it is split
  in two, run side by side (both release the GIL): the SHACL-SPARQL constraints run on
  Oxigraph as one whole-store SELECT each ($this bound by the shapes' targets, see
  kg.validate.sparql_rules), and pyshacl-turbo checks the rest (the shapes without those sh:sparql)
  on an N-Triples dump of the data and the ontology. The merged report equals pyshacl's
  (tests/validate/test_store_validation.py).
- `validate_in_context(store, graph)`: a new or changed graph with only what its shapes
  need: the graph itself plus, from the store, every triple whose subject the graph
  mentions (types, labels, units of organizations, dates of periods), and the types of
  the IRIs those triples point to (for sh:class). Results are kept for the graph's own
  subjects. Constraints that look further than that are not re-checked here; `kg build`
  checks everything. With
  pyshacl-turbo, the SHACL-SPARQL constraints run on Oxigraph too, and the statements of a
  predicate some node has hundreds of values of go to pyshacl with the shapes that could see
  them (kg.validate.fanout), so that the cost stays linear in the graph.
- `add_graph(store, iri, graph)`: validate in context, then replace the graph atomically;
  ValidationFailed (and nothing written) on any Violation. For `kg ingest`.
"""

from __future__ import annotations

import os
import weakref
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from functools import partial
from typing import Any, Generic, TypeVar

import pyoxigraph as ox
from rdflib import RDF, Graph, URIRef
from rdflib.namespace import SH

from kg.errors import ValidationFailed
from kg.model.namespaces import ONTOLOGY_IRI, SHAPES_IRI, bind_prefixes
from kg.store.embedded import EmbeddedStore
from kg.store.terms import default_graph_quads, term_converter
from kg.validate.core_sparql import Check, compile_shapes, has_constraints, inert_graphs, run_checks
from kg.validate.fanout import copy_tree, heavy_predicates, partition, results_of, without
from kg.validate.shacl import ValidationReport, ValidationResult, pyshacl_results, report_from
from kg.validate.shacl import validate as pyshacl_report
from kg.validate.sparql_rules import (
    SparqlRule,
    check_no_fetch,
    check_paths,
    inert,
    merge,
    run_sparql_rules,
    split_shapes,
)

ENGINE_VARIABLE = "ALLIANCE_KG_SHACL"


def engine() -> str:
    """The engine of the fast paths: 'sparql' (SHACL Core compiled to SPARQL on Oxigraph,
    kg.validate.core_sparql) unless $ALLIANCE_KG_SHACL names 'pyshacl' (pyshacl alone) or
    'pyshacl-turbo' (the SHACL Core shapes in pyshacl-turbo, as before the compiler; when installed)."""
    chosen = os.environ.get(ENGINE_VARIABLE, "").lower()
    if chosen == "pyshacl":
        return "pyshacl"
    if chosen == "pyshacl-turbo" and _turbo_installed():
        return "pyshacl-turbo"
    return "sparql"


def _turbo_installed() -> bool:
    try:
        import pyshacl_turbo  # noqa: F401
    except ImportError:
        return False
    return True


def validate_data(
    data: Graph | ox.Store | Any,
    shapes: Graph,
    ontology: Graph,
    use: str | None = None,
    *,
    owned: bool = False,
) -> ValidationReport:
    """The same report as kg.validate.validate, from whichever engine is chosen.

    `owned`: `data` is an in-memory store the caller gives away (kg.pipeline.ingest.Checker makes one
    per document): the compiled checks then add the ontology to it rather than copying the data and
    the ontology into a new store (_with_ontology: every quad made again from its three getters, a
    1 MB list-heavy document's 176,000 quads twice over). The same quads in the store the checks read
    either way (a store with named graphs is copied, since the copy puts their triples in the default
    graph); the other engines copy as before."""
    use = use or engine()
    if use == "pyshacl":
        return pyshacl_report(data if isinstance(data, Graph) else _to_rdflib(data), shapes, ontology)
    if use == "pyshacl-turbo":
        return _turbo_report(data, shapes, ontology)
    if owned and isinstance(data, ox.Store) and next(iter(data.named_graphs()), None) is None:
        data.extend(_ontology_quads(ontology))
        return _compiled_report(data, shapes, ontology, has_ontology=True)
    return _compiled_report(data, shapes, ontology)


def _compiled_report(
    data: Graph | ox.Store,
    shapes: Graph,
    ontology: Graph,
    focus_nodes: Iterable[str] | None = None,
    has_ontology: bool = False,
    threads: int = 1,
) -> ValidationReport:
    """SHACL Core compiled to SPARQL and the SHACL-SPARQL rules, on one in-memory Oxigraph store of
    the data and the ontology; the shapes the compiler leaves go to the SHACL engine (`residual_results`).
    `focus_nodes`: check only these (results on other nodes are left out anyway by the caller).
    `has_ontology`: `data` is an in-memory store that holds the ontology already (not copied again).
    `threads`: the checks' queries run on so many threads (Oxigraph evaluates them without the
    interpreter lock)."""
    store = data if has_ontology and isinstance(data, ox.Store) else _with_ontology(data, ontology)
    rules, checks, residual = compiled(shapes)
    results_graph = run_checks(store, checks, threads=threads, focus_nodes=focus_nodes)
    merge(results_graph, run_sparql_rules(store, rules), shapes)
    if _residual_left(shapes):
        merge(results_graph, residual_results(lambda: _default_graph_ntriples(store), residual), shapes)
    return report_from(results_graph, shapes)


def _default_graph_ntriples(store: ox.Store) -> str:
    return (store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph()) or b"").decode("utf-8")


Compiled = tuple[list[SparqlRule], list[Check], Graph]
T = TypeVar("T")


class PerGraph(Generic[T]):
    """Values kept per graph *object* while it lives and keeps its size. Not a WeakKeyDictionary:
    rdflib graphs compare (and hash) by their identifier, so the shapes read again from a store whose
    shapes changed would find the checks compiled from the old ones."""

    def __init__(self) -> None:
        self._entries: dict[int, tuple[weakref.ref[Graph], int, T]] = {}

    def get(self, graph: Graph, make: Callable[[Graph], T]) -> T:
        key = id(graph)
        entry = self._entries.get(key)
        if entry is not None and entry[0]() is graph and entry[1] == len(graph):
            return entry[2]
        return self.put(graph, make(graph))

    def put(self, graph: Graph, value: T) -> T:
        """Keep `value` for this graph object (made elsewhere, e.g. read from kg.validate.cache)."""
        key = id(graph)
        forget = partial(self._forget, key)
        self._entries[key] = (weakref.ref(graph, forget), len(graph), value)
        return value

    def _forget(self, key: int, _dead: object) -> None:
        entry = self._entries.get(key)
        if entry is not None and entry[0]() is None:
            del self._entries[key]


_COMPILED: PerGraph[tuple[Compiled, bool]] = PerGraph()
_ONTOLOGY_QUADS: PerGraph[list[ox.Quad]] = PerGraph()


def compiled(shapes: Graph) -> Compiled:
    """(SHACL-SPARQL rules, compiled checks, residual shapes) of a shapes graph, kept while the graph
    lives and keeps its size: `kg ingest` validates graph after graph with the same shapes, and
    compiling them costs more than checking a register."""
    return _compiled_entry(shapes)[0]


def _residual_left(shapes: Graph) -> bool:
    """Whether the compiler left a shape with something to check (then the SHACL engine runs too)."""
    return _compiled_entry(shapes)[1]


def _compiled_entry(shapes: Graph) -> tuple[Compiled, bool]:
    return _COMPILED.get(shapes, _compile)


def _compile(shapes: Graph) -> tuple[Compiled, bool]:
    rules, core = split_shapes(shapes)  # a copy of the shapes: compiled in place
    checks, residual = compile_shapes(core, in_place=True)
    return (rules, checks, residual), has_constraints(residual)


def residual_results(ntriples: Callable[[], str], residual: Graph) -> Graph:
    """What the compiler left (shapes it does not translate) checked by pyshacl-turbo when installed,
    else pyshacl, on the data as N-Triples (made only when such a shape remains)."""
    text = ntriples()
    if _turbo_installed():
        import pyshacl_turbo
        from pyshacl_turbo.rdf import Input

        _conforms, results_graph, _text = pyshacl_turbo.validate(
            Input(text, "nt", None, {}, preserve_ids=True),
            shacl_graph=residual,
            inference="none",
            advanced=True,
        )
        return results_of_report(results_graph)
    return results_of_report(pyshacl_results(Graph().parse(data=text, format="nt"), residual, Graph()))


def results_of_report(report: Graph) -> Graph:
    """The results of an engine's report graph, without its report node (for `merge`)."""
    kept = Graph()
    for result in report.subjects(RDF.type, SH.ValidationResult):
        copy_tree(report, result, kept)
    return kept


def _turbo_report(data: Graph | ox.Store, shapes: Graph, ontology: Graph) -> ValidationReport:
    """pyshacl-turbo, in time linear in the data: the SHACL-SPARQL constraints as one SELECT each on
    Oxigraph (kg.validate.sparql_rules), the statements of predicates some node has thousands of
    values of, and the shapes that could see them, in pyshacl (kg.validate.fanout)."""
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input

    store = _with_ontology(data, ontology)
    rules, core = split_shapes(shapes)
    heavy = heavy_predicates(store)
    light, only_heavy, owned = partition(core, heavy) if heavy else (core, Graph(), set())
    _conforms, results_graph, _text = pyshacl_turbo.validate(
        Input(without(store, heavy), "nt", None, {}, preserve_ids=True),
        shacl_graph=light,
        inference="none",
        advanced=True,
    )
    if heavy:
        merge(
            results_graph, results_of(pyshacl_results(_to_rdflib(store), only_heavy, Graph()), owned), shapes
        )
    merge(results_graph, run_sparql_rules(store, rules), shapes)
    return report_from(results_graph, shapes)


def _to_rdflib(store: ox.Store) -> Graph:
    graph, convert = bind_prefixes(Graph()), term_converter()
    for quad in store:
        s, p, o = convert(quad.subject), convert(quad.predicate), convert(quad.object)
        assert s is not None and p is not None and o is not None  # None is only an unbound variable's
        graph.add((s, p, o))
    return graph


# The code whose output a cached reading of the shapes is (kg.validate.cache keys entries by its source).
SHAPES_CODE = (
    __name__,
    "kg.validate.core_sparql",
    "kg.validate.sparql_rules",
    "kg.validate.shacl",
    "kg.store.terms",
    "kg.store.embedded",
    "kg.model.namespaces",
)


def shapes_and_ontology(store: EmbeddedStore) -> tuple[Graph, Graph]:
    """The store's shapes and ontology graphs, their shapes compiled (`compiled` then finds them).

    Read from kg.validate.cache when the store's shapes and ontology, byte for byte as Oxigraph
    writes them, were read and compiled before by the same code: reading them into rdflib and compiling
    cost about 0.1 s of every `kg ingest`, loading the cached answer about 0.02 s. The two graphs' digests
    are the entry's key: kept beside the store by the last writer while its files are as it left them
    (kg.store.digests), else computed from the graphs (0.025-0.04 s) and kept for the next writer."""
    from kg.validate.cache import cached_by_digests

    digests = [graph_digest(store, iri) for iri in (SHAPES_IRI, ONTOLOGY_IRI)]
    read = partial(_read_shapes, store)
    shapes, ontology, entry = cached_by_digests("store-shapes", digests, SHAPES_CODE, read)
    _COMPILED.put(shapes, entry)
    return shapes, ontology


def graph_digest(store: EmbeddedStore, iri: URIRef) -> bytes:
    """The SHA-256 of graph `iri` as the store exports it: the one a writer kept, when the store knows it
    (EmbeddedStore.graph_digest), else computed, and kept (EmbeddedStore.keep_digest)."""
    import hashlib

    known = store.graph_digest(iri)
    if known is not None:
        return known
    digest = hashlib.sha256(store.export(iri)).digest()
    store.keep_digest(iri, digest)
    return digest


def ready_for_documents(shapes_ontology: tuple[Graph, Graph]) -> None:
    """Convert the ontology to the quads every document's validation starts from (validate_in_context),
    now rather than at the first document. Why: `kg ingest` asks this while its extraction process works
    (kg.pipeline.early), so the 0.015 s leave the wait after the extraction for the wait before it."""
    _ontology_quads(shapes_ontology[1])


def _read_shapes(store: EmbeddedStore) -> tuple[Graph, Graph, tuple[Compiled, bool]]:
    """The shapes and ontology graphs and the compiled shapes; the residual shapes only when the SHACL
    engine will read them (half the entry's size and loading time otherwise, for nothing)."""
    shapes = store.graph(SHAPES_IRI)
    where = f"the shapes graph of the store at {store.path}"
    check_no_fetch(shapes, where)
    check_paths(shapes, where)
    (rules, checks, residual), left = _compile(shapes)
    return shapes, store.graph(ONTOLOGY_IRI), ((rules, checks, residual if left else Graph()), left)


def instance_ntriples(store: EmbeddedStore) -> str:
    """Every graph but ontology and shapes, as one N-Triples document (their union: a triple two graphs
    state comes twice, which a graph parsed from it keeps once), dumped by Oxigraph graph by graph."""
    graphs, _ = _data_graphs(store.oxigraph, (ONTOLOGY_IRI, SHAPES_IRI))
    return data_ntriples(store.oxigraph, graphs)


def validate_store(store: EmbeddedStore, use: str | None = None) -> ValidationReport:
    """The whole store's instance data against its shapes (the union of the register and reference graphs).

    pyshacl gets the union as an rdflib graph and the ontology as `ont_graph`; the other engines
    read the store itself (`validate_dataset`).
    """
    shapes, ontology = shapes_and_ontology(store)
    use = use or engine()
    if use == "pyshacl":
        text = instance_ntriples(store)
        return validate_data(Graph().parse(data=text, format="nt"), shapes, ontology, "pyshacl")
    # the store's own answer to "is the default graph the union of the named graphs" (kg.store.union)
    return validate_dataset(
        store.oxigraph, shapes, use=use, default_is_union=getattr(store, "_is_union", False)
    )


# --- Whole-store validation: SHACL-SPARQL on Oxigraph, core constraints in pyshacl-turbo --------


def data_ntriples(store: ox.Store, graphs: Sequence[Any], threads: int = 2) -> str:
    """The union of `graphs` as one N-Triples document, dumped by Oxigraph in `threads` threads."""

    def dump(part: Sequence[Any]) -> bytes:
        return b"".join(store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g) or b"" for g in part)

    with ThreadPoolExecutor(threads) as pool:
        parts = list(pool.map(dump, [graphs[k::threads] for k in range(threads)]))
    return b"".join(parts).decode("utf-8")


def validate_dataset(
    store: ox.Store,
    shapes: Graph,
    excluded: Iterable[URIRef] = (SHAPES_IRI,),
    use: str | None = None,
    default_is_union: bool = False,
) -> ValidationReport:
    """Validate the union of a pyoxigraph Store's named graphs but `excluded` (the shapes).

    The ontology graph is part of the data, as pyshacl's `ont_graph` would make it. By default
    every constraint runs as SPARQL on the store itself, on both cores (`_compiled_dataset`);
    use='pyshacl-turbo' gives the SHACL Core constraints to pyshacl-turbo instead (`_turbo_dataset`).
    `default_is_union`: the store's default graph is kept equal to the union of its named graphs
    (kg.store.union), so queries read it as it is.
    """
    if (use or engine()) == "pyshacl-turbo":
        return _turbo_dataset(store, shapes, excluded)
    return _compiled_dataset(store, shapes, excluded, default_is_union)


def _data_graphs(store: ox.Store, excluded: Iterable[URIRef]) -> tuple[list[Any], list[Any]]:
    """(the data graphs, the excluded ones) of the store."""
    skip = {str(iri) for iri in excluded}
    graphs: list[Any] = []
    left_out: list[Any] = []
    for g in store.named_graphs():
        (left_out if isinstance(g, ox.NamedNode) and g.value in skip else graphs).append(g)
    return graphs, left_out


def _compiled_dataset(
    store: ox.Store, shapes: Graph, excluded: Iterable[URIRef], default_is_union: bool
) -> ValidationReport:
    """Every compiled check and SHACL-SPARQL rule as one SELECT on the store, two at a time.

    The SELECTs read the union of all graphs when the excluded ones cannot change an answer (no
    focus node, value or class of the checks in them: `inert`, `inert_graphs`), else an in-memory
    copy of the data graphs, made from the store's quads (no text in between). The shapes the
    compiler leaves, if any, go to the SHACL engine on an N-Triples dump of the data.
    """
    left_out = _present(store, excluded)  # the data graphs are listed only when needed (4,800 at 1e6)
    rules, checks, residual = compiled(shapes)
    union_ok = inert(store, rules, left_out) and inert_graphs(store, checks, left_out)
    dataset: dict[str, Any] = {}
    if not default_is_union:
        union_ok = union_ok and not any(
            True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
        )
        dataset = {"use_default_graph_as_union": True}
    data = store if union_ok else _copy(store, _data_graphs(store, excluded)[0])
    dataset = dataset if union_ok else {}
    with ThreadPoolExecutor(2) as pool:  # one queue for both cores: the rules (the longest) first
        sparql = [pool.submit(run_sparql_rules, data, [rule], **dataset) for rule in rules]
        results_graph = run_checks(data, checks, pool=pool, **dataset)
        for rule_results in sparql:
            merge(results_graph, rule_results.result(), shapes)
    if _residual_left(shapes):
        graphs = _data_graphs(store, excluded)[0]
        merge(results_graph, residual_results(lambda: data_ntriples(store, graphs), residual), shapes)
    return report_from(results_graph, shapes)


def _present(store: ox.Store, graphs: Iterable[URIRef]) -> list[ox.NamedNode]:
    """Those of `graphs` the store holds."""
    named = [ox.NamedNode(str(iri)) for iri in graphs]
    return [graph for graph in named if store.contains_named_graph(graph)]


def _copy(store: ox.Store, graphs: Sequence[Any]) -> ox.Store:
    """An in-memory store holding the union of `graphs` in its default graph (quad by quad, natively)."""
    copy = ox.Store()
    for graph in graphs:
        copy.extend(
            ox.Quad(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(None, None, None, graph)
        )
    return copy


def _turbo_dataset(store: ox.Store, shapes: Graph, excluded: Iterable[URIRef]) -> ValidationReport:
    """The SHACL Core constraints in pyshacl-turbo (the way before kg.validate.core_sparql, kept to
    compare with: benchmarks/bench_validate.py).

    The ontology graph is part of the data, as pyshacl's `ont_graph` would make it. The
    N-Triples dump runs on two threads; then pyshacl-turbo (the shapes without their
    SHACL-SPARQL constraints; one core) and the whole-store SELECTs of those constraints
    (another thread) run at once.
    The SELECTs run on the union of all the store's graphs when the excluded ones (the
    shapes) cannot change their answers (`inert`), else on an in-memory copy of the data.
    """
    import pyshacl_turbo
    from pyshacl_turbo.rdf import Input

    graphs, left_out = _data_graphs(store, excluded)
    rules, core = split_shapes(shapes)
    union_ok = inert(store, rules, left_out) and not any(
        True for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
    )
    text = data_ntriples(store, graphs)  # on both cores; pyshacl-turbo then keeps one busy
    with ThreadPoolExecutor(1) as pool:
        if union_ok:
            sparql = pool.submit(run_sparql_rules, store, rules, use_default_graph_as_union=True)
        else:
            copy = ox.Store()
            copy.bulk_load(text.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
            sparql = pool.submit(run_sparql_rules, copy, rules)
        _conforms, results_graph, _text = pyshacl_turbo.validate(
            Input(text, "nt", None, {}, preserve_ids=True),
            shacl_graph=core,
            inference="none",
            advanced=True,
        )
        del text
        extra = sparql.result()
    merge(results_graph, extra, shapes)
    return report_from(results_graph, shapes)


@dataclass(frozen=True)
class PreparedGraph:
    """What validation in context reads of a graph, in the form it reads it: computed where the graph is
    made (an extraction worker of `kg ingest`), so that the one process that holds the store only loads
    it. Why: converting a register's thousand rdflib triples to Oxigraph's terms, and collecting the IRIs
    it mentions and its subjects, cost the writing process a fifth of its time per document in a batch,
    while the extraction workers waited; N-Triples bytes load in about a millisecond."""

    ntriples: bytes  # the graph's triples, blank nodes by their labels (kg.store.terms.to_oxigraph)
    mentioned: tuple[str, ...]  # the IRIs in subject or object position, sorted
    subjects: frozenset[str]  # str() of every subject: whose results are kept
    named: bool  # every subject is an IRI (then they are the focus nodes)

    @classmethod
    def of(cls, graph: Graph) -> PreparedGraph:
        quads = default_graph_quads(graph)
        text = ox.serialize(quads, format=ox.RdfFormat.N_TRIPLES) or b""
        subjects = set(graph.subjects())
        return cls(
            ntriples=bytes(text),
            mentioned=tuple(sorted({str(t) for s, _, o in graph for t in (s, o) if isinstance(t, URIRef)})),
            subjects=frozenset(str(s) for s in subjects),
            named=all(isinstance(s, URIRef) for s in subjects),
        )

    def load_into(self, data: ox.Store) -> None:
        data.load(self.ntriples, format=ox.RdfFormat.N_TRIPLES)


def context(store: EmbeddedStore, graph: Graph, replacing: URIRef | None = None) -> Iterable[ox.Quad]:
    """What the other graphs say about every IRI the graph mentions (one step out), as default-graph quads.

    The graph being replaced (`replacing`) is left out: its old statements must not vouch for the new ones.
    """
    mentioned = sorted({str(t) for triple in graph for t in (triple[0], triple[2]) if isinstance(t, URIRef)})
    return context_of(store, mentioned, replacing)


Meanwhile = Callable[[Iterable[str]], Iterable[ox.Quad]]
"""What graphs being written at this moment say about some IRIs, as default-graph quads
(kg.pipeline.ingest.Writing.about)."""


def context_of(
    store: EmbeddedStore,
    mentioned: Sequence[str],
    replacing: URIRef | None,
    meanwhile: Meanwhile | None = None,
) -> Iterator[ox.Quad]:
    """What the other graphs than `replacing` (and the ontology and shapes) say about the IRIs `mentioned`,
    and the types they give the IRIs those statements point to.

    Why the types: a shape checks the class of a value (sh:class: a specification's akg:developedBy is an
    organization or a unit). When the value comes from another graph (a second document naming TAPI, which
    the first said the Broadband Forum develops), its type is two steps from the new graph, and without it
    the new graph was refused for a statement it does not make. Read by triple pattern, one IRI at a time
    (an index seek each), never by a query assembled from the IRIs' text.
    """
    first = [*statements_about(store, mentioned, None, replacing)]
    if meanwhile is not None:
        first.extend(meanwhile(mentioned))
    yield from first
    known = set(mentioned)
    values = sorted({q.object.value for q in first if isinstance(q.object, ox.NamedNode)} - known)
    yield from statements_about(store, values, _RDF_TYPE, replacing)
    if meanwhile is not None:
        yield from (q for q in meanwhile(values) if q.predicate == _RDF_TYPE)


_RDF_TYPE = ox.NamedNode(str(RDF.type))


def statements_about(
    store: EmbeddedStore, iris: Iterable[str], predicate: ox.NamedNode | None, replacing: URIRef | None
) -> Iterator[ox.Quad]:
    """What the store's named graphs other than `replacing` (and the ontology and shapes, which describe
    classes, not resources) say about `iris` (with `predicate`, when given), as default-graph quads:
    one index seek per IRI, never a query assembled from the IRIs' text."""
    skipped = {ox.NamedNode(str(iri)) for iri in (ONTOLOGY_IRI, SHAPES_IRI, replacing) if iri is not None}
    oxigraph = store.oxigraph
    for iri in iris:
        for quad in oxigraph.quads_for_pattern(ox.NamedNode(iri), predicate, None, None):
            graph = quad.graph_name
            if isinstance(graph, ox.NamedNode) and graph not in skipped:
                yield ox.Quad(quad.subject, quad.predicate, quad.object)


def validate_in_context(
    store: EmbeddedStore,
    graph: Graph,
    shapes_ontology: tuple[Graph, Graph] | None = None,
    use: str | None = None,
    replacing: URIRef | None = None,
    prepared: PreparedGraph | None = None,
    meanwhile: Meanwhile | None = None,
    threads: int = 1,
) -> ValidationReport:
    """Validate `graph` with the store's facts about what it mentions; results for its own subjects only.

    `replacing`: the named graph `graph` is to replace (default: the graph's identifier, when an IRI).
    `prepared`: the graph as PreparedGraph.of(graph) gives it, when it was computed already.
    `meanwhile`: more context: what graphs being added to the store at this moment (another thread's
    write, kg.pipeline.ingest) say about what the context reads, whether or not the store shows them
    yet (the store's snapshot holds them or not; the context is a set either way).
    `threads`: the compiled checks' queries run on so many threads (the same report; `kg ingest FILE`
    asks 2, the core its extraction process used being idle by then).
    """
    if replacing is None and isinstance(graph.identifier, URIRef):
        replacing = graph.identifier
    prepared = prepared or PreparedGraph.of(graph)
    shapes, ontology = shapes_ontology or shapes_and_ontology(store)
    use = use or engine()
    data = ox.Store()
    if use == "sparql":  # the ontology in the same store (not a second store with a copy of the data)
        data.extend(_ontology_quads(ontology))
    data.extend(context_of(store, prepared.mentioned, replacing, meanwhile))
    prepared.load_into(data)
    own = prepared.subjects
    if use == "sparql":  # only the graph's own nodes are focus nodes (when all are IRIs: VALUES names them)
        focus = own if prepared.named else None
        report = _compiled_report(
            data, shapes, ontology, focus_nodes=focus, has_ontology=True, threads=threads
        )
    else:
        report = validate_data(data if use != "pyshacl" else _to_rdflib(data), shapes, ontology, use)
    kept: tuple[ValidationResult, ...] = tuple(r for r in report.results if r.focus_node in own)
    return ValidationReport(results=kept, results_graph=report.results_graph)


def add_graph(store: EmbeddedStore, iri: URIRef, graph: Graph) -> ValidationReport:
    """Validate `graph` in context and, when it has no Violation, make it the store's graph `iri`."""
    report = validate_in_context(store, graph, replacing=URIRef(iri))
    if not report.acceptable:
        raise ValidationFailed(report.as_text())
    store.replace_graph(iri, graph)
    return report


def _with_ontology(data: Graph | ox.Store, ontology: Graph) -> ox.Store:
    """One in-memory store of the ontology and the data's triples (in its default graph), which
    both validation engines read."""
    store = ox.Store()
    store.extend(_ontology_quads(ontology))
    if isinstance(data, ox.Store):
        store.extend(ox.Quad(q.subject, q.predicate, q.object) for q in data)
    else:
        store.extend(default_graph_quads(data))
    return store


def _ontology_quads(ontology: Graph) -> list[ox.Quad]:
    """The ontology's triples as Oxigraph quads, converted once per graph (and size): every document
    `kg ingest` validates reads the same ontology."""
    return _ONTOLOGY_QUADS.get(ontology, lambda graph: list(default_graph_quads(graph)))
