"""SHACL verdicts that do not depend on the engine.

Every break-one-thing case of tests/validate/test_shapes.py (and the valid fixture, the seed data
and tests/fixtures/validate/bad-register.ttl) gets the same verdicts, (focus node, source shape,
severity), from pyshacl, Apache Jena SHACL and rudof, each run for real (tests/validate/
shacl_engines.py), and those are the verdicts test_shapes.py expects (it runs pyshacl alone on each
case; here Jena and rudof). The cases run in one data file per engine: case i is the fixture with
its update applied and every ex: IRI moved under ex:case-i/, so that cases cannot see each other.
kg's own `validate` (SHACL-SPARQL on Oxigraph, the rest in pyshacl) gives pyshacl's report, result
for result, on every case that involves a SHACL-SPARQL rule (pyshacl alone costs about a second a
case, mostly parsing those queries again per focus node; on the SHACL Core rest both run the same
pyshacl call).

Jena and rudof are required under CI (CI=true: .ci/run installs them); elsewhere a missing one
skips, naming what to install.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Node, URIRef
from shacl_engines import ENGINES, EngineMissing, Verdict
from test_shapes import CASES, EX, FIXTURES, SPARQL_CASES, SPARQL_RULES, Case, mutated

from kg.model.namespaces import AKGSH
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources
from kg.testing.servers import required_in_ci
from kg.validate.shacl import validate, validate_with_pyshacl

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


VALID = Case("valid-fixture", "", frozenset(), None)
ALL_CASES = [VALID, *CASES]
BAD_REGISTER = Path(__file__).parents[1] / "fixtures" / "validate" / "bad-register.ttl"


def case_prefix(index: int) -> str:
    return f"{EX}case-{index}/"


def moved(graph: Graph, index: int) -> Graph:
    """The graph with its ex: IRIs under ex:case-<index>/ and its blank nodes renamed apart."""

    def move(term: Node) -> Node:
        if isinstance(term, URIRef) and str(term).startswith(EX):
            return URIRef(case_prefix(index) + str(term).removeprefix(EX))
        if isinstance(term, BNode):
            return BNode(f"case{index}x{term}")
        return term

    out = Graph()
    for s, p, o in graph:
        out.add((move(s), move(p), move(o)))
    return out


def expected_verdicts() -> set[Verdict]:
    return {
        (case_prefix(i) + focus, str(AKGSH[shape]), str(case.severity))
        for i, case in enumerate(ALL_CASES)
        for shape, focus in case.fires
    }


@pytest.fixture(scope="module")
def shapes_file() -> Path:
    return default_sources().shapes_file


def cases_graph(cases: list[Case], ontology: Graph) -> Graph:
    """The `cases` (indices of ALL_CASES kept), moved apart, with the ontology."""
    baseline = load_graph([FIXTURES / "valid.ttl"])
    union = Graph()
    union += ontology
    for index, case in enumerate(ALL_CASES):
        if case in cases:
            union += moved(mutated(baseline, case.update) if case.update else baseline, index)
    return union


@pytest.fixture(scope="module")
def cases_file(tmp_path_factory: pytest.TempPathFactory, ontology: Graph) -> Path:
    """Every case, moved apart, with the ontology, as one N-Triples file."""
    path = tmp_path_factory.mktemp("engines") / "cases.nt"
    cases_graph(ALL_CASES, ontology).serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def seed_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed data (ontology, reference data, curated registers) as one N-Triples file."""
    sources = default_sources()
    files = [*sources.ontology_files, *sources.reference_files, *sources.curated_registers.values()]
    path = tmp_path_factory.mktemp("engines") / "seed.nt"
    load_graph(files).serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def bad_register_file(tmp_path_factory: pytest.TempPathFactory, ontology: Graph) -> Path:
    graph = load_graph([BAD_REGISTER])
    graph += ontology
    path = tmp_path_factory.mktemp("engines") / "bad-register.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    return path


def run(engine: str, data: Path, shapes: Path) -> set[Verdict]:
    try:
        return ENGINES[engine](data, shapes)
    except EngineMissing as missing:
        if required_in_ci():
            pytest.fail(f"{missing}: CI must install it (.ci/run)")
        pytest.skip(str(missing))


def by_case(verdicts: set[Verdict]) -> dict[str, set[tuple[str, str, str]]]:
    """The verdicts per case id, with the case prefix taken off the focus node (for readable diffs)."""
    grouped: dict[str, set[tuple[str, str, str]]] = defaultdict(set)
    for focus, shape, severity in verdicts:
        index = focus.removeprefix(f"{EX}case-").split("/", 1)[0]
        case = ALL_CASES[int(index)].id if index.isdigit() else "(outside every case)"
        grouped[case].add((focus.rsplit("/", 1)[-1], shape.removeprefix(str(AKGSH)), severity))
    return grouped


OTHER_ENGINES = sorted(set(ENGINES) - {"pyshacl"})


@pytest.mark.parametrize("engine", OTHER_ENGINES)
def test_every_case_gets_the_expected_verdicts(engine: str, cases_file: Path, shapes_file: Path) -> None:
    got, expected = by_case(run(engine, cases_file, shapes_file)), by_case(expected_verdicts())
    wrong = {case: (got.get(case, set()), expected.get(case, set())) for case in set(got) | set(expected)}
    wrong = {case: pair for case, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong, "\n".join(
        f"{case}: {engine} {g}, expected {e}" for case, (g, e) in sorted(wrong.items())
    )


@pytest.fixture(scope="module")
def seed_verdicts(seed_file: Path) -> set[Verdict]:
    """kg's validate on the seed data (its SHACL-SPARQL results are pyshacl's: the last test below)."""
    report = validate(load_graph([seed_file]), ontology=Graph())
    return {(r.focus_node, r.shape, r.severity) for r in report.results}


@pytest.mark.parametrize("engine", OTHER_ENGINES)
def test_the_seed_data_gets_the_same_verdicts(
    engine: str, seed_file: Path, shapes_file: Path, seed_verdicts: set[Verdict]
) -> None:
    verdicts = run(engine, seed_file, shapes_file)
    assert verdicts == seed_verdicts
    assert {severity for _focus, _shape, severity in verdicts} == {"Warning"}  # no Violation in the seed


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_the_bad_register_gets_the_same_verdicts(
    engine: str, bad_register_file: Path, shapes_file: Path
) -> None:
    verdicts = run(engine, bad_register_file, shapes_file)
    assert verdicts == run("pyshacl", bad_register_file, shapes_file)
    register, milestone = "https://example.org/register", "https://example.org/milestone"
    assert (register, str(AKGSH["WorkRegisterShape-twoDistinctParties"]), "Violation") in verdicts
    assert (milestone, str(AKGSH["MilestoneShape-targetPeriodOrStatus-recommended"]), "Warning") in verdicts


def details(report) -> set[tuple]:
    return {
        (r.focus_node, r.shape, r.path, r.value, r.severity, r.message, r.constraint) for r in report.results
    }


def test_kg_validate_gives_pyshacls_report(ontology: Graph) -> None:
    """SHACL-SPARQL run as whole-data SELECTs on Oxigraph, the rest in pyshacl: pyshacl's results exactly,
    on every case of a SHACL-SPARQL rule (each rule fires in some, stays quiet in others)."""
    data = cases_graph([VALID, *SPARQL_CASES], ontology)
    fast, reference = validate(data, ontology=Graph()), validate_with_pyshacl(data, ontology=Graph())
    assert details(fast) == details(reference)
    assert {r.shape for r in fast.results if r.constraint == "SPARQLConstraintComponent"} == {
        str(AKGSH[host]) for host in SPARQL_RULES.values()
    }
    assert by_case({(r.focus_node, r.shape, r.severity) for r in fast.results}) == by_case(
        {
            v
            for v in expected_verdicts()
            if any(v[0].startswith(case_prefix(ALL_CASES.index(c))) for c in SPARQL_CASES)
        }
    )


# --- The alliance and document-kind shapes (tests/validate/test_alliance_shapes.py's cases) ------------


@pytest.fixture(scope="module")
def alliance_cases_file(tmp_path_factory: pytest.TempPathFactory, ontology: Graph) -> Path:
    """Every alliance case on its own baseline (valid.ttl plus kinds/shapes-valid.ttl), moved apart."""
    import test_alliance_shapes as alliance

    baseline = load_graph([FIXTURES / "valid.ttl", FIXTURES.parent / "kinds" / "shapes-valid.ttl"])
    union = Graph()
    union += ontology
    for index, case in enumerate([VALID, *alliance.CASES]):
        union += moved(alliance.mutated(baseline, case.update) if case.update else baseline, index)
    path = tmp_path_factory.mktemp("engines") / "alliance-cases.nt"
    union.serialize(path, format="nt", encoding="utf-8")
    return path


@pytest.mark.parametrize("engine", sorted(ENGINES))
def test_every_alliance_case_gets_the_expected_verdicts(
    engine: str, alliance_cases_file: Path, shapes_file: Path
) -> None:
    import test_alliance_shapes as alliance

    cases = [VALID, *alliance.CASES]
    expected = {
        (case_prefix(i) + focus, str(AKGSH[shape]), str(case.severity))
        for i, case in enumerate(cases)
        for shape, focus in case.fires
    }
    got = run(engine, alliance_cases_file, shapes_file)
    missing, extra = expected - got, got - expected
    assert not missing and not extra, f"{engine}: missing {sorted(missing)[:5]}, extra {sorted(extra)[:5]}"
