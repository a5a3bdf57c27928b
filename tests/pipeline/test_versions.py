"""Versions as linked resources (issue 15, point 1): ingesting versions of a register, in any order,
links each to the work and to its neighbours, marks the latest, and named queries answer from the
latest version unless every version is asked for (tests/fixtures/versions/README.md says what the
three versions differ in)."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV
from support.ingest_stores import BASE_GRAPH_NAMES
from support.versions import VERSIONS

from kg.cli.main import main
from kg.model.namespaces import AKG
from kg.pipeline.versions import Version, version_key
from kg.store.embedded import EmbeddedStore

V10, V11, V11_REORDERED = (VERSIONS / f"register-{v}.txt" for v in ("v1.0", "v1.1", "v1.1-reordered"))
ADDENDUM = Path(__file__).parents[1] / "fixtures" / "kinds" / "ogf-dmtf-addendum.txt"
ID = "https://w3id.org/alliance-kg/id/"
REG = ID + "register/"
STEM = "ogf-dmtf-storage-work-register"
WORK = URIRef(f"{ID}work/{STEM}")
WORK_GRAPH = URIRef(f"{ID}graph/work/{STEM}")
R10, R11 = URIRef(f"{REG}{STEM}-v1-0"), URIRef(f"{REG}{STEM}-v1-1")
G10, G11 = (URIRef(f"{ID}graph/register/{STEM}-v1-{n}") for n in (0, 1))
LINKS = (DCTERMS.isVersionOf, PROV.wasRevisionOf, DCTERMS.replaces, DCTERMS.isReplacedBy, AKG.amends)


def ingest(store: Path, *paths: Path, replace: bool = False) -> int:
    argv = ["ingest", *map(str, paths), "--store", str(store), "--workers", "0"]
    return main([*argv, "--replace"] if replace else argv)


def links(store: Path) -> dict[URIRef, set[tuple[str, str, str]]]:
    """Every graph's version links and work statements, as (subject, predicate, object) local strings."""
    found: dict[URIRef, set[tuple[str, str, str]]] = {}
    with EmbeddedStore(store, readonly=True) as knowledge_graph:
        for iri in knowledge_graph.graphs():
            graph = knowledge_graph.graph(iri)
            kept = {
                (short(s), short(p), short(o))
                for s, p, o in graph
                if p in LINKS or p in (DCTERMS.hasVersion, AKG.latestVersion)
            }
            if kept:
                found[iri] = kept
    return found


def short(term: object) -> str:
    text = str(term)
    for prefix, name in (
        (REG, "reg:"),
        (ID + "work/", "work:"),
        (str(DCTERMS), "dcterms:"),
        (str(PROV), "prov:"),
        (str(AKG), "akg:"),
    ):
        if text.startswith(prefix):
            return name + text.removeprefix(prefix)
    return text


V10_LINKS = {
    (f"reg:{STEM}-v1-0", "dcterms:isVersionOf", f"work:{STEM}"),
    (f"reg:{STEM}-v1-0", "dcterms:isReplacedBy", f"reg:{STEM}-v1-1"),
}
V11_LINKS = {
    (f"reg:{STEM}-v1-1", "dcterms:isVersionOf", f"work:{STEM}"),
    (f"reg:{STEM}-v1-1", "prov:wasRevisionOf", f"reg:{STEM}-v1-0"),
    (f"reg:{STEM}-v1-1", "dcterms:replaces", f"reg:{STEM}-v1-0"),
}
WORK_LINKS = {
    (f"work:{STEM}", "dcterms:hasVersion", f"reg:{STEM}-v1-0"),
    (f"work:{STEM}", "dcterms:hasVersion", f"reg:{STEM}-v1-1"),
    (f"work:{STEM}", "akg:latestVersion", f"reg:{STEM}-v1-1"),
}


# --- The order of versions --------------------------------------------------------------------------


def test_version_numbers_compare_part_by_part_as_numbers() -> None:
    numbers = ["1.10", "1.9", "1.3d", "1.3", "Version 2.0 (draft)", "1.3a", None]
    ordered = sorted(numbers, key=version_key)
    assert ordered == [None, "1.3", "1.3a", "1.3d", "1.9", "1.10", "Version 2.0 (draft)"]


def test_versions_without_a_number_are_ordered_by_their_own_date() -> None:
    one = Version(URIRef("urn:x:b"), URIRef("urn:g:b"), None, "2019-06-01", "MoU")
    two = Version(URIRef("urn:x:a"), URIRef("urn:g:a"), None, "2021-03-15", "MoU")
    assert sorted([two, one], key=Version.order) == [one, two]


# --- Ingesting versions ---------------------------------------------------------------------------


@pytest.mark.parametrize("order", list(itertools.permutations([V10, V11])), ids=["1.0-first", "1.1-first"])
def test_two_versions_are_linked_whatever_the_order_of_ingest(
    tmp_path: Path, order: tuple[Path, ...]
) -> None:
    store = tmp_path / "store"
    for path in order:
        assert ingest(store, path) == 0
    assert links(store) == {G10: V10_LINKS, G11: V11_LINKS, WORK_GRAPH: WORK_LINKS}


def test_a_lone_document_is_linked_to_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert ingest(store, V11) == 0
    assert links(store) == {}
    with EmbeddedStore(store, readonly=True) as knowledge_graph:
        assert [iri for iri in knowledge_graph.graphs() if str(iri) not in BASE_GRAPH_NAMES] == [G11]


def test_a_version_read_again_is_unchanged_although_its_graph_now_holds_links(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store"
    assert ingest(store, V10, V11) == 0
    capsys.readouterr()
    assert ingest(store, V10, V11) == 0
    out = capsys.readouterr().out
    assert "2 document(s): 0 added, 0 replaced, 2 unchanged, 0 refused" in out
    assert links(store) == {G10: V10_LINKS, G11: V11_LINKS, WORK_GRAPH: WORK_LINKS}


def test_the_reordered_copy_of_1_1_replaces_it_only_when_asked_and_keeps_the_links(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert ingest(store, V11_REORDERED, V10) == 0
    assert links(store) == {G10: V10_LINKS, G11: V11_LINKS, WORK_GRAPH: WORK_LINKS}
    assert ingest(store, V11) == 4  # another copy of version 1.1: refused without --replace
    assert ingest(store, V11, replace=True) == 0
    assert links(store) == {G10: V10_LINKS, G11: V11_LINKS, WORK_GRAPH: WORK_LINKS}


def renumbered(tmp_path: Path, version: str) -> Path:
    """Version 1.1's text under another version number."""
    path = tmp_path / f"register-v{version}.txt"
    path.write_text(V11.read_text(encoding="utf-8").replace("Version: 1.1", f"Version: {version}"), "utf-8")
    return path


def test_versions_ingested_out_of_order_form_one_chain_by_version_number(tmp_path: Path) -> None:
    """1.10 first, then 1.0, 1.9 and 1.1: the chain is 1.0 -> 1.1 -> 1.9 -> 1.10 (1.9 < 1.10), and each
    ingest rewrote the neighbours' links in the same transaction."""
    store = tmp_path / "store"
    v110, v19 = renumbered(tmp_path, "1.10"), renumbered(tmp_path, "1.9")
    for path in (v110, V10, v19, V11):
        assert ingest(store, path) == 0
    chain = [f"reg:{STEM}-v1-{n}" for n in ("0", "1", "9", "10")]
    found = links(store)
    for index, register in enumerate(chain):
        graph = URIRef(f"{ID}graph/register/{register.removeprefix('reg:')}")
        expected = {(register, "dcterms:isVersionOf", f"work:{STEM}")}
        if index:
            expected |= {(register, p, chain[index - 1]) for p in ("prov:wasRevisionOf", "dcterms:replaces")}
        if index < len(chain) - 1:
            expected.add((register, "dcterms:isReplacedBy", chain[index + 1]))
        assert found[graph] == expected, register
    assert found[WORK_GRAPH] == {(f"work:{STEM}", "dcterms:hasVersion", r) for r in chain} | {
        (f"work:{STEM}", "akg:latestVersion", chain[-1])
    }


def test_meeting_records_of_one_title_are_two_documents_not_two_versions(tmp_path: Path) -> None:
    """Minutes of two calls under one title: each is its own communication, so neither is linked to the
    other (nor hidden from queries as an older version)."""
    minutes = Path(__file__).parents[1] / "fixtures" / "kinds" / "dmtf-ogf-minutes.txt"
    later = tmp_path / "minutes-later.txt"
    later.write_text(minutes.read_text("utf-8").replace("Date: 2012-02-07", "Date: 2012-05-08"), "utf-8")
    store = tmp_path / "store"
    assert ingest(store, minutes, later) == 0
    assert links(store) == {}
    with EmbeddedStore(store, readonly=True) as knowledge_graph:
        assert len([iri for iri in knowledge_graph.graphs() if str(iri) not in BASE_GRAPH_NAMES]) == 2


# --- Addenda ----------------------------------------------------------------------------------------


SEED_WORK = URIRef(f"{ID}work/ogf-dmtf-work-register")
ADDENDUM_REGISTER = "reg:addendum-1-to-the-ogf-dmtf-work-register-2012-06-01"


def test_an_addendum_amends_the_register_it_names_and_makes_it_a_work(store_copy: Path) -> None:
    """The seed store holds the OGF / DMTF Work Register (version 1.3d, reg:ogf-dmtf, stored by kg build
    before versions were linked); the addendum names it by title, so it amends that work."""
    assert ingest(store_copy, ADDENDUM) == 0
    found = links(store_copy)
    assert found[URIRef(f"{ID}graph/work/ogf-dmtf-work-register")] == {
        ("work:ogf-dmtf-work-register", "dcterms:hasVersion", "reg:ogf-dmtf"),
        ("work:ogf-dmtf-work-register", "akg:latestVersion", "reg:ogf-dmtf"),
    }
    assert found[URIRef(f"{ID}graph/register/ogf-dmtf")] == {
        ("reg:ogf-dmtf", "dcterms:isVersionOf", "work:ogf-dmtf-work-register")
    }
    addendum = {triple for triples in found.values() for triple in triples if triple[0] == ADDENDUM_REGISTER}
    assert addendum == {(ADDENDUM_REGISTER, "akg:amends", "work:ogf-dmtf-work-register")}


def test_an_addendum_read_before_its_register_is_linked_when_the_register_comes(tmp_path: Path) -> None:
    store = tmp_path / "store"
    register = tmp_path / "register.txt"
    register.write_text(
        (Path(__file__).parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt").read_text("utf-8"),
        "utf-8",
    )
    assert ingest(store, ADDENDUM) == 0
    assert links(store) == {}
    assert ingest(store, register) == 0
    found = links(store)
    seed = "reg:ogf-dmtf-work-register-v1-3d"
    assert found[URIRef(f"{ID}graph/work/ogf-dmtf-work-register")] == {
        ("work:ogf-dmtf-work-register", "dcterms:hasVersion", seed),
        ("work:ogf-dmtf-work-register", "akg:latestVersion", seed),
    }
    amended = {t for triples in found.values() for t in triples if t[1] == "akg:amends"}
    assert amended == {(ADDENDUM_REGISTER, "akg:amends", "work:ogf-dmtf-work-register")}


# --- Named queries: the latest version by default, every version on request -----------------------


def query(store: Path, name: str, capsys, *params: str) -> list[dict[str, str]]:
    import json

    argv = ["query", name, "--store", str(store), "--format", "json"]
    for param in params:
        argv += ["--param", param]
    capsys.readouterr()  # what the ingest printed
    assert main(argv) == 0
    document = json.loads(capsys.readouterr().out)
    return [{k: v["value"] for k, v in row.items()} for row in document["results"]["bindings"]]


@pytest.fixture
def two_versions(tmp_path: Path) -> Path:
    store = tmp_path / "store"
    assert ingest(store, V11, V10) == 0
    return store


def test_register_versions_lists_the_versions_oldest_first_with_the_latest_marked(
    two_versions: Path, capsys
) -> None:
    rows = query(two_versions, "register-versions", capsys, f"document={R10}")
    assert [
        (r["position"], r["register"], r["version"], r["date"], r.get("previous"), r.get("next"), r["latest"])
        for r in rows
    ] == [
        ("1", str(R10), "1.0", "2011-03-15", None, str(R11), "false"),
        ("2", str(R11), "1.1", "2011-03-15", str(R10), None, "true"),
    ]
    assert {(r["work"], r["workTitle"]) for r in rows} == {(str(WORK), "OGF / DMTF Storage Work Register")}


def test_register_versions_of_a_lone_document_is_the_document_itself(tmp_path: Path, capsys) -> None:
    store = tmp_path / "store"
    assert ingest(store, V10) == 0
    rows = query(store, "register-versions", capsys, f"document={R10}")
    assert [(r["position"], r["register"], r["latest"], "work" in r) for r in rows] == [
        ("1", str(R10), "true", False)
    ]


def test_queries_answer_from_the_latest_version_unless_all_are_asked_for(two_versions: Path, capsys) -> None:
    parties = query(two_versions, "register-parties", capsys)
    assert {(r["register"], r["party"].rsplit("/", 1)[-1]) for r in parties} == {
        (str(R11), "dmtf"),
        (str(R11), "ogf"),
        (str(R11), "snia"),
    }
    every = query(two_versions, "register-parties", capsys, "versions=all")
    assert {(r["register"], r["party"].rsplit("/", 1)[-1]) for r in every} == {
        (str(R10), "dmtf"),
        (str(R10), "ogf"),
        (str(R11), "dmtf"),
        (str(R11), "ogf"),
        (str(R11), "snia"),
    }


def test_the_agenda_shows_the_retargeted_milestone_once_at_its_new_target(two_versions: Path, capsys) -> None:
    rows = query(two_versions, "agenda", capsys)
    establish = [r for r in rows if r["kind"] == "milestone" and r["label"].startswith("Establish")]
    assert [(r["register"], r["targetText"]) for r in establish] == [(str(R11), "4Q2011")]
    rows = query(two_versions, "agenda", capsys, "versions=all")
    establish = [r for r in rows if r["kind"] == "milestone" and r["label"].startswith("Establish")]
    assert sorted((r["register"], r["targetText"]) for r in establish) == [
        (str(R10), "2Q2011"),
        (str(R11), "4Q2011"),
    ]


def test_a_versions_value_other_than_latest_or_all_is_refused(two_versions: Path, capsys) -> None:
    """A typo answered '(0 rows)', exit 0, until attack round 22 (e955a79): now exit 2 naming both values."""
    capsys.readouterr()
    argv = ["query", "register-parties", "--store", str(two_versions), "--param", "versions=newest"]
    assert main(argv) == 2
    error = capsys.readouterr().err
    assert "newest" in error and "latest" in error and "all" in error, error


# --- The links validate ------------------------------------------------------------------------------


def test_the_linked_graphs_conform_to_the_version_shapes(two_versions: Path) -> None:
    from kg.model.rdfio import load_graph
    from kg.model.sources import default_sources
    from kg.validate.shacl import validate

    sources = default_sources()
    data = Graph()
    with EmbeddedStore(two_versions, readonly=True) as knowledge_graph:
        for iri in knowledge_graph.graphs():
            data += knowledge_graph.graph(iri)
    data += load_graph(sources.reference_files)
    report = validate(data, load_graph([sources.shapes_file]), load_graph(sources.ontology_files))
    version_shapes = {"DocumentWorkShape", "AllianceDocumentShape", "RegisterAddendumShape"}
    about_versions = [r for r in report.results if r.shape.rsplit("#", 1)[-1].split("-")[0] in version_shapes]
    assert about_versions == [], report.as_text()


def test_alliances_are_evidenced_by_the_latest_version_unless_all_are_asked_for(
    two_versions: Path, capsys
) -> None:
    """Version 1.0 (OGF, DMTF) evidences the OGF-DMTF alliance, 1.1 (with SNIA) the three-party one."""
    latest = query(two_versions, "alliances", capsys)
    assert {(r["alliance"].rsplit("/", 1)[-1], r["document"]) for r in latest} == {
        ("dmtf--ogf--snia", str(R11))
    }
    every = query(two_versions, "alliances", capsys, "versions=all")
    assert {(r["alliance"].rsplit("/", 1)[-1], r["document"]) for r in every} == {
        ("dmtf--ogf--snia", str(R11)),
        ("dmtf--ogf", str(R10)),
    }


# --- The same answers from other SPARQL engines ------------------------------------------------------


@pytest.mark.parametrize("server_fixture", ["oxigraph_server", "virtuoso_server"])
def test_a_remote_store_answers_the_version_queries_as_the_embedded_one(
    request: pytest.FixtureRequest, two_versions: Path, server_fixture: str
) -> None:
    """The versions pushed to a real Oxigraph server and Virtuoso (kg push): the latest-version
    fragment (OPTIONAL + !BOUND, after every other pattern) and register-versions (a sub-query with a
    property path, a UNION, a filter after it) give the embedded store's rows there too."""
    from kg.store import open_store
    from kg.store.remote import SparqlEndpoint, push

    server = request.getfixturevalue(server_fixture)
    target = SparqlEndpoint(
        server.query_url, update_url=server.update_url, graph_store_url=server.graph_store_url, **server.auth
    )
    # The server is shared by the session's tests: empty every graph of ours first, so that the rows
    # compare. Not by `CLEAR ALL`: Virtuoso 7.2 answers it with success and keeps the graphs that other
    # tests pushed (the seed registers showed up in register-parties when this ran after test_push.py).
    for iri in target.graphs():
        target.put_graph(iri, b"")
    assert not target.graphs()
    with open_store(two_versions) as local:
        push(local, target)
    remote = SparqlEndpoint(server.query_url)
    cases = [
        ("register-parties", {}),
        ("register-parties", {"versions": "all"}),
        ("agenda", {}),
        ("agenda", {"versions": "all"}),
        ("register-versions", {}),
        ("register-versions", {"document": str(R11)}),
    ]
    with open_store(two_versions) as local:
        for name, params in cases:
            expected = rows_of(local, name, params)
            assert expected, (name, params)
            assert rows_of(remote, name, params) == expected, (server_fixture, name, params)


def rows_of(graph: object, name: str, params: dict[str, str]) -> list[tuple[str, ...]]:
    """The rows as sorted tuples of values: engines spell equal values differently, as
    tests/store/test_endpoint.py compares them; and Virtuoso 7.2 keeps no xsd:boolean (it answers
    ?latest as the integer 1 or 0), so ?latest is compared as a truth value."""
    rows = graph.query(name, params).rows  # type: ignore[attr-defined]
    return sorted(tuple(value_text(k, row[k]) for k in sorted(row)) for row in rows)


def value_text(name: str, term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal) and term.datatype is not None:
        value = term.toPython()
        return str(bool(value)) if name == "latest" else str(value)
    return str(term)
