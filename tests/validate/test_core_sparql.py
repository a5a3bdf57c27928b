"""kg.validate.core_sparql: SHACL Core compiled to SPARQL gives pyshacl's results, result for result.

Compared on (focus node, shape, path, value, severity, message, constraint component):
- every break-one-thing case of tests/validate/test_shapes.py and test_alliance_shapes.py (and their
  valid fixtures), each in both query plans (starting from the focus nodes, and starting from the
  path's triples: the plan of big classes at scale), and in whole-store mode on named graphs;
- a generated corpus store, untouched and with violations put in (kg validate --store's path);
- a shape the compiler does not translate: it goes to the SHACL engine, with the same report.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
import test_alliance_shapes
import test_shapes
from rdflib import Graph, URIRef
from rdflib.namespace import SH

from kg.model.namespaces import AKG, ONTOLOGY_IRI, SHAPES_IRI
from kg.model.rdfio import load_graph
from kg.store.embedded import EmbeddedStore
from kg.store.terms import ntriples
from kg.testing.corpus import Corpus, write
from kg.validate import core_sparql
from kg.validate.at_scale import validate_data, validate_dataset, validate_in_context, validate_store
from kg.validate.core_sparql import compile_shapes, has_constraints
from kg.validate.shacl import ValidationReport, validate_with_pyshacl
from kg.validate.sparql_rules import split_shapes

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


FIXTURES = Path(__file__).parents[1] / "fixtures"
CASES = [(test_shapes, c) for c in test_shapes.CASES] + [
    (test_alliance_shapes, c) for c in test_alliance_shapes.CASES
]
BASELINES = {
    test_shapes: [FIXTURES / "shapes" / "valid.ttl"],
    test_alliance_shapes: [FIXTURES / "shapes" / "valid.ttl", FIXTURES / "kinds" / "shapes-valid.ttl"],
}


def same(report: ValidationReport) -> list[tuple]:
    """Everything a report says of each result, as a sorted list (so a repeated result counts). A blank
    node is only "_:": its label is the store's own (loading a graph into another store renames it)."""
    return sorted(
        (
            _blank(r.focus_node),
            r.shape,
            r.path or "",
            _blank(r.value or ""),
            r.severity,
            r.message,
            r.constraint,
        )
        for r in report.results
    )


def _blank(text: str) -> str:
    return "_:" if text.startswith("_:") else text


@pytest.fixture(scope="module")
def baselines() -> dict:
    return {module: load_graph(files) for module, files in BASELINES.items()}


def as_dataset(data: Graph, shapes: Graph, ontology: Graph) -> ox.Store:
    """The data, ontology and shapes each in its named graph of an in-memory Oxigraph store."""
    store = ox.Store()
    graphs = (
        (URIRef("http://example.org/akg-test/data"), data),
        (ONTOLOGY_IRI, ontology),
        (SHAPES_IRI, shapes),
    )
    for iri, graph in graphs:
        store.load(ntriples(graph).encode(), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(str(iri)))
    return store


def test_every_shape_of_the_project_is_compiled(shapes: Graph) -> None:
    """Nothing is left for the SHACL engine, so whole-store validation needs no dump of the data.
    (A shape added later that the compiler cannot translate still validates: see the fallback test.)"""
    _rules, core = split_shapes(shapes)
    checks, residual = compile_shapes(core)
    assert not has_constraints(residual), sorted(str(p) for _, p in residual.subject_objects(SH.property))
    compiled = {c.shape for c in checks}
    assert compiled == set(core.subjects(SH.path, None)) - {None}


@pytest.mark.parametrize(("module", "case"), [pytest.param(m, c, id=c.id) for m, c in CASES])
def test_each_case_gives_pyshacls_results(
    module, case, baselines: dict, shapes: Graph, ontology: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """In both plans (from the focus nodes, from the path's triples), and in whole-store mode."""
    data = module.mutated(baselines[module], case.update)
    expected = same(validate_with_pyshacl(data, shapes, ontology))
    for small in (10**9, -1):
        monkeypatch.setattr(core_sparql, "SMALL_FOCUS", small)
        assert same(validate_data(data, shapes, ontology, "sparql")) == expected, small
    # whole-store mode: named graphs, their union as the default graph, the plan from the path
    assert same(validate_dataset(as_dataset(data, shapes, ontology), shapes, use="sparql")) == expected


@pytest.mark.parametrize("module", list(BASELINES), ids=lambda m: m.__name__)
def test_the_valid_fixtures_give_no_result(module, baselines: dict, shapes: Graph, ontology: Graph) -> None:
    report = validate_dataset(as_dataset(baselines[module], shapes, ontology), shapes, use="sparql")
    assert report.results == () and report.conforms


def test_only_the_given_focus_nodes_are_checked(baselines: dict, shapes: Graph, ontology: Graph) -> None:
    """Incremental validation checks the new graph's own nodes: their results are the whole run's."""
    data = test_shapes.mutated(
        baselines[test_shapes],
        "DELETE WHERE { ex:org-a skos:prefLabel ?l } ; DELETE WHERE { ex:wg-a akg:unitOf ?o }",
    )
    whole = validate_data(data, shapes, ontology, "sparql")
    from kg.validate.at_scale import _compiled_report

    mine = _compiled_report(data, shapes, ontology, focus_nodes=[test_shapes.EX + "org-a"])
    assert {r.focus_node for r in whole.results} == {test_shapes.EX + "org-a", test_shapes.EX + "wg-a"}
    assert same(mine) == [r for r in same(whole) if r[0] == test_shapes.EX + "org-a"]


BREAKS = """
PREFIX akg: <https://w3id.org/alliance-kg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
DELETE { GRAPH ?g { ?r akg:party ?p } }
WHERE { { SELECT ?r WHERE { ?r a akg:WorkRegister } ORDER BY ?r LIMIT 2 } GRAPH ?g { ?r akg:party ?p } } ;
DELETE { GRAPH ?g { ?o skos:prefLabel ?l } }
WHERE { { SELECT ?o WHERE { ?o a akg:Organization } ORDER BY ?o LIMIT 1 }
  GRAPH ?g { ?o skos:prefLabel ?l } } ;
INSERT { GRAPH ?g { ?m akg:ordinal "first" , "0"^^xsd:integer ; akg:concerns ?m } }
WHERE { { SELECT ?m WHERE { ?m a akg:Milestone } ORDER BY ?m LIMIT 1 } GRAPH ?g { ?m a akg:Milestone } } ;
INSERT { GRAPH ?g { ?u skos:prefLabel "Second"@EN , "Third"@en } }
WHERE { { SELECT ?u WHERE { ?u a/rdfs:subClassOf* akg:OrganizationalUnit } ORDER BY ?u LIMIT 1 }
  GRAPH ?g { ?u a ?t } }
"""


@pytest.mark.parametrize("small", [True, False], ids=["from-focus", "from-path"])
def test_a_generated_store_validates_like_pyshacl(
    small: bool, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`kg validate --store`'s path on a 3e3 corpus, with violations of several kinds put in."""
    monkeypatch.setattr(core_sparql, "SMALL_FOCUS", 10**9 if small else -1)
    corpus_file = tmp_path / "corpus.nq"
    write(Corpus(3000), corpus_file)
    with EmbeddedStore(tmp_path / "store", readonly=False) as store:
        store.bulk_load(corpus_file)
        quiet = validate_store(store, use="sparql")
        assert same(quiet) == same(validate_store(store, use="pyshacl"))
        store.update(BREAKS)
        broken = validate_store(store, use="sparql")
        assert same(broken) == same(validate_store(store, use="pyshacl"))
    assert quiet.acceptable and not broken.acceptable
    components = {r.constraint for r in broken.violations}
    assert {
        "MinCountConstraintComponent",
        "DatatypeConstraintComponent",
        "ClassConstraintComponent",
    } <= components
    assert "UniqueLangConstraintComponent" in components and "MinInclusiveConstraintComponent" in components


def test_a_shape_it_cannot_compile_goes_to_the_engine(
    baselines: dict, shapes: Graph, ontology: Graph
) -> None:
    """sh:closed and a named sh:node are not compiled: those shapes are validated by the SHACL engine,
    and the report is still pyshacl's."""
    extra = Graph().parse(
        format="turtle",
        data=f"""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix akg: <{AKG}> .
        @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:x:LabelShape> a sh:NodeShape ; sh:minLength 200 .
        <urn:x:TopicShape> a sh:NodeShape ; sh:targetClass akg:Organization ;
            sh:property [ sh:path skos:prefLabel ; sh:node <urn:x:LabelShape> ; sh:message "nested" ] .
        """,
    )
    mixed = Graph()
    mixed += shapes
    mixed += extra
    _rules, core = split_shapes(mixed)
    _checks, residual = compile_shapes(core)
    assert has_constraints(residual)
    data = baselines[test_shapes]
    report = validate_data(data, mixed, ontology, "sparql")
    assert same(report) == same(validate_with_pyshacl(data, mixed, ontology))
    assert "nested" in {r.message for r in report.results}
    store_report = validate_dataset(as_dataset(data, mixed, ontology), mixed, use="sparql")
    assert same(store_report) == same(report)


def test_in_context_validation_uses_the_compiled_checks(
    store_copy: Path, shapes: Graph, ontology: Graph
) -> None:
    """`kg ingest` into a built store: a register without parties, in the store's context, fails the
    same way in both engines."""
    from kg.model.namespaces import register_graph_iri
    from kg.store import open_store

    iri = register_graph_iri("ogf-dmtf")
    with open_store(store_copy) as store:
        register = store.graph(iri)
        register.remove((URIRef("https://w3id.org/alliance-kg/id/register/ogf-dmtf"), AKG.party, None))
        fast = validate_in_context(store, register, use="sparql")
        reference = validate_in_context(store, register, use="pyshacl")
    assert same(fast) == same(reference) and not fast.acceptable


class CountingStore:
    """An Oxigraph store that counts the queries asked of it (run_checks reads a store by query only)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.asked: list[str] = []

    def query(self, text: str, **options):
        self.asked.append(text)
        return self.store.query(text, **options)


def broken_store(baselines: dict, ontology: Graph) -> ox.Store:
    """The test_shapes fixture with a label and a unit's organization taken away, and its ontology."""
    data = test_shapes.mutated(
        baselines[test_shapes],
        "DELETE WHERE { ex:org-a skos:prefLabel ?l } ; DELETE WHERE { ex:wg-a akg:unitOf ?o }",
    )
    store = ox.Store()
    store.load(ntriples(data + ontology).encode(), format=ox.RdfFormat.N_TRIPLES)
    return store


def test_a_shared_pool_gives_the_results_of_own_threads(
    baselines: dict, shapes: Graph, ontology: Graph
) -> None:
    """Whole-store validation hands the checks to the pool that runs the SHACL-SPARQL rules; the
    results are those of the checks on threads of their own, and of one thread."""
    from concurrent.futures import ThreadPoolExecutor

    store = broken_store(baselines, ontology)
    _rules, core = split_shapes(shapes)
    checks, _residual = compile_shapes(core)

    def results(**how) -> set[tuple]:
        graph = core_sparql.run_checks(store, checks, **how)
        return {(str(r[SH.focusNode]), str(r[SH.sourceShape])) for r in _rows(graph)}

    with ThreadPoolExecutor(2) as pool:
        shared = results(pool=pool)
    assert shared == results(threads=2) == results(threads=1)
    assert {focus for focus, _shape in shared} == {test_shapes.EX + "org-a", test_shapes.EX + "wg-a"}


def _rows(graph: Graph) -> list[dict]:
    return [dict(graph.predicate_objects(result)) for result in graph.subjects(predicate=SH.focusNode)]


def test_checks_of_classes_without_instances_ask_nothing(
    baselines: dict, shapes: Graph, ontology: Graph
) -> None:
    """In context most classes have no instance among the new graph's nodes: their checks run no query
    at all (a query each cost most of the in-context time), and the results stay the same."""
    store = CountingStore(broken_store(baselines, ontology))
    _rules, core = split_shapes(shapes)
    checks, _residual = compile_shapes(core)
    organization = test_shapes.EX + "org-a"
    results = core_sparql.run_checks(store, checks, threads=1, focus_nodes=[organization])  # type: ignore[arg-type]
    organization_checks = [c for c in checks if AKG.Organization in c.target_classes]
    assert organization_checks and len(store.asked) < len(checks) / 2
    assert {str(o) for o in results.objects(None, SH.focusNode)} == {organization}


def test_compiling_in_place_gives_the_same_checks_and_residual(shapes: Graph) -> None:
    """The shapes compiled in their own copy (what whole-store validation does, to save a copy)."""
    _rules, core = split_shapes(shapes)
    copied_checks, copied_residual = compile_shapes(core)
    own = Graph()
    own += core
    checks, residual = compile_shapes(own, in_place=True)
    assert residual is own and checks == copied_checks
    assert set(residual) == set(copied_residual) and len(residual) < len(core)


def test_subclass_closures_in_one_query_match_one_query_per_class(ontology: Graph) -> None:
    """The same classes as a query per class; a class the data never names stays alone (it has no
    instance either way, so no check changes)."""
    from kg.validate.sparql_rules import subclasses

    store = ox.Store()
    store.load(ntriples(ontology).encode(), format=ox.RdfFormat.N_TRIPLES)
    classes = [str(AKG.OrganizationalUnit), str(AKG.Organization), str(AKG.Milestone)]
    closures = core_sparql.subclass_closures(store, [*classes, "urn:x:NoSuchClass"])
    for cls in classes:
        assert closures[cls] == subclasses(store, [URIRef(cls)])
    assert len(closures[str(AKG.OrganizationalUnit)]) > 1
    assert closures["urn:x:NoSuchClass"] == {"urn:x:NoSuchClass"}


@pytest.mark.parametrize(
    "lexical",
    ["82D4104F" * 8, "82d4104f" * 8, "82d4104" + "f" * 58, "82d4104f " * 8, "zz" * 32, "82d4"],
    ids=["upper", "lower", "odd-length", "spaces", "not-hex", "short"],
)
def test_hex_binary_values_are_judged_like_pyshacl(
    lexical: str, baselines: dict, shapes: Graph, ontology: Graph, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An xsd:hexBinary value whose lexical form rdflib reads is settled in SPARQL (LEXICAL_FORMS);
    one it rejects (odd length, spaces, not hexadecimal) is still read by rdflib, as pyshacl does.
    The data is parsed from N-Triples, as a file is (a literal made by rdflib's SPARQL Update is not
    checked for its lexical form, so pyshacl would take any hexBinary)."""
    changed = test_shapes.mutated(
        baselines[test_shapes], test_shapes.setv("document", "akg:sha256", f'"{lexical}"^^xsd:hexBinary')
    )
    data = Graph().parse(data=ntriples(changed), format="nt")
    expected = same(validate_with_pyshacl(data, shapes, ontology))
    for small in (10**9, -1):
        monkeypatch.setattr(core_sparql, "SMALL_FOCUS", small)
        assert same(validate_data(data, shapes, ontology, "sparql")) == expected, small
    components = {result[-1] for result in expected}
    well_typed = len(lexical) % 2 == 0 and all(c in "0123456789abcdefABCDEF" for c in lexical)
    assert ("DatatypeConstraintComponent" in components) != well_typed
    assert ("PatternConstraintComponent" in components) != (well_typed and len(lexical) == 64)


def test_compiled_checks_are_kept_per_graph_object_not_per_identifier(shapes: Graph) -> None:
    """rdflib graphs are equal when their identifiers are: shapes read again from a store whose shapes
    changed (same graph name, same size) must be compiled again, not found in the cache."""
    import gc

    from rdflib import Literal

    from kg.validate import at_scale

    def named_copy(message: str) -> Graph:
        graph = Graph(identifier=SHAPES_IRI)
        graph += shapes
        for prop in list(graph.subjects(SH.message, None)):
            if (prop, SH.path, None) in graph:
                graph.set((prop, SH.message, Literal(message)))
        return graph

    first, second = named_copy("first text"), named_copy("second text")
    assert first == second and len(first) == len(second)  # what fooled a WeakKeyDictionary
    checks_of = {str(m) for c in at_scale.compiled(first)[1] for m in c.messages}
    assert checks_of == {"first text"}
    assert {str(m) for c in at_scale.compiled(second)[1] for m in c.messages} == {"second text"}
    assert at_scale.compiled(first) is at_scale.compiled(first)
    kept = len(at_scale._COMPILED._entries)
    del first
    gc.collect()
    assert len(at_scale._COMPILED._entries) == kept - 1
