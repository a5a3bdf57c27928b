"""The embedded store (kg.store.embedded): `kg build` writes it, it opens without parsing anything,
queries see the union of its named graphs, and writes are all-or-nothing."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli.main import main
from kg.errors import KgError
from kg.model.namespaces import AKG, ONTOLOGY_IRI, ORG, REFERENCE_GRAPH, REG, SHAPES_IRI, register_graph_iri
from kg.pipeline.build import assemble, build, named_graphs
from kg.sparql.named import QueryError
from kg.store import StoreError, gate, open_store
from kg.store.embedded import EmbeddedStore, default_store_path, write_store

OGF_DMTF = register_graph_iri("ogf-dmtf")
EX = "https://example.org/"


def small_graph(value: str, size: int = 3) -> Graph:
    graph = Graph()
    for i in range(size):
        graph.add((URIRef(f"{EX}s{i}"), URIRef(f"{EX}p"), Literal(f"{value} {i}")))
    return graph


def test_kg_build_writes_the_store_with_one_named_graph_per_source(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = build(tmp_path / "dist", store=store)
    assert result.store == store
    assert (tmp_path / "dist" / "alliance-kg.trig").is_file()  # the distribution is still written
    with open_store(store) as graph:
        assert set(graph.graphs()) == {
            ONTOLOGY_IRI,
            SHAPES_IRI,
            REFERENCE_GRAPH,
            register_graph_iri("ogf-dmtf"),
            register_graph_iri("dmtf-snia-ofa"),
        }
        assert graph.graph_sizes() == {iri: len(g) for iri, g in named_graphs(result.dataset).items()}


def test_kg_build_uses_the_environment_variable_and_rebuilding_replaces_everything(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = tmp_path / "env-store"
    monkeypatch.setenv("ALLIANCE_KG_STORE", str(store))
    assert default_store_path() == store
    assert main(["build", "--out", str(tmp_path / "dist")]) == 0
    assert f"wrote store {store}" in capsys.readouterr().out
    with open_store(readonly=False) as graph:
        graph.replace_graph(URIRef(f"{EX}graph/stale"), small_graph("stale"))
    assert main(["build", "--out", str(tmp_path / "dist")]) == 0
    with open_store() as graph:
        assert URIRef(f"{EX}graph/stale") not in graph.graphs()
        assert OGF_DMTF in graph.graphs()


def test_opening_the_store_parses_no_file(seed_store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("a file was parsed")

    monkeypatch.setattr(Graph, "parse", refuse)
    monkeypatch.setattr("kg.model.rdfio.load_into", refuse)
    started = time.perf_counter()
    with open_store(seed_store) as graph:
        assert graph.ask("ASK { ?register akg:party organization:dmtf }")
    assert time.perf_counter() - started < 1.0


def test_queries_see_the_union_of_the_named_graphs(seed_store: Path) -> None:
    with open_store(seed_store) as graph:
        # the party is stated in a register graph, the acronym in the reference graph
        rows = graph.select(
            "SELECT ?acronym WHERE { reg:ogf-dmtf akg:party ?org . ?org akg:acronym ?acronym }"
            " ORDER BY ?acronym"
        )
    assert [str(row["acronym"]) for row in rows] == ["DMTF", "OGF"]


def test_python_api_rows_graphs_and_dataframes(seed_store: Path) -> None:
    with open_store(seed_store) as graph:
        rows = graph.select("collaborators", org="DMTF")
        assert {row["partner"] for row in rows} == {ORG.ogf, ORG.snia, ORG.ofa}
        assert all(isinstance(row["org"], URIRef) for row in rows)
        # plain literals come back plain, as rdflib writes them (not "x"^^xsd:string)
        assert Literal("DMTF") in {row["partnerAcronym"] for row in graph.select("collaborators", org="OGF")}
        constructed = graph.construct("CONSTRUCT WHERE { ?register akg:party ?org }")
        assert (REG["ogf-dmtf"], AKG.party, ORG.dmtf) in constructed
        described = graph.query("DESCRIBE organization:ogf")
        assert described.form == "DESCRIBE" and len(described) > 0
        assert graph.ask("ASK { ?r akg:party organization:ietf }") is False
        pytest.importorskip("pandas")
        frame = graph.dataframe("register-parties")
        assert list(frame.columns) == ["register", "title", "party", "label", "acronym"]
        assert set(frame["acronym"]) == {"DMTF", "OGF", "SNIA", "OFA"}


def test_wrong_method_for_the_query_form_says_which_to_use(seed_store: Path) -> None:
    with open_store(seed_store) as graph, pytest.raises(QueryError, match=r"use ask\(\)"):
        graph.select("ASK { ?s ?p ?o }")


@pytest.mark.parametrize("label", ["DMTF", "dmtf", "Distributed Management Task Force", "DTMF"])
def test_labels_acronyms_and_alternative_labels_resolve_to_the_iri(seed_store: Path, label: str) -> None:
    with open_store(seed_store) as graph:
        assert graph.resolve(label) == ORG.dmtf
        assert graph.to_iri(label) == ORG.dmtf
        assert graph.to_iri("organization:dmtf") == ORG.dmtf
        assert graph.to_iri(str(ORG.dmtf)) == ORG.dmtf


def test_replace_graph_is_atomic_and_leaves_other_graphs_alone(store_copy: Path) -> None:
    new = small_graph("new")
    with open_store(store_copy, readonly=False) as graph:
        before = graph.graph_sizes()
        graph.replace_graph(OGF_DMTF, new)
        assert len(graph.graph(OGF_DMTF)) == 3
        assert set(graph.graph(OGF_DMTF)) == set(new)
        after = graph.graph_sizes()
    unchanged = {k: v for k, v in before.items() if k != OGF_DMTF}
    assert {k: v for k, v in after.items() if k != OGF_DMTF} == unchanged


def test_an_update_that_fails_half_way_changes_nothing(store_copy: Path) -> None:
    """The DROP runs, then the third operation fails: the transaction leaves the graph intact."""
    with open_store(store_copy, readonly=False) as graph:
        before = graph.graph(OGF_DMTF)
        with pytest.raises(StoreError, match="nothing was changed"):
            graph.update(
                f"DROP GRAPH <{OGF_DMTF}> ; INSERT DATA {{ GRAPH <{OGF_DMTF}> {{ <{EX}a> <{EX}b> 1 }} }} ;"
                f" CREATE GRAPH <{REFERENCE_GRAPH}>"  # fails: the graph exists
            )
        assert len(graph.graph(OGF_DMTF)) == len(before)
        assert not graph.ask(f"ASK {{ <{EX}a> ?p ?o }}")


def test_replacing_several_graphs_is_all_or_nothing(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kg.store.embedded

    real = kg.store.embedded.ntriples
    calls = []

    def fail_on_second(graph: Graph) -> str:
        calls.append(graph)
        if len(calls) == 2:
            raise OSError("disk full (injected)")
        return real(graph)

    monkeypatch.setattr(kg.store.embedded, "ntriples", fail_on_second)
    other = register_graph_iri("dmtf-snia-ofa")
    with open_store(store_copy, readonly=False) as graph:
        sizes = graph.graph_sizes()
        with pytest.raises(OSError, match="injected"):
            graph.replace_graphs({OGF_DMTF: small_graph("a"), other: small_graph("b")})
        assert graph.graph_sizes() == sizes


CRASHING_WRITER = textwrap.dedent(
    """
    import sys
    from kg.store.embedded import EmbeddedStore
    # what replacement_update() writes for a 200,000-triple graph: DROP, then one INSERT DATA
    triples = "".join(f"<https://example.org/s{i}> <https://example.org/p> {i} .\\n" for i in range(200_000))
    text = f"DROP SILENT GRAPH <{sys.argv[2]}> ;\\nINSERT DATA {{ GRAPH <{sys.argv[2]}> {{\\n{triples}}} }}"
    store = EmbeddedStore(sys.argv[1], readonly=False)
    print("writing", flush=True)
    store.update(text)
    print("written", flush=True)
    """
)


def test_a_writer_killed_mid_write_leaves_the_previous_graph(store_copy: Path) -> None:
    with open_store(store_copy) as graph:
        before = graph.graph(OGF_DMTF)
    writer = subprocess.Popen(
        [sys.executable, "-c", CRASHING_WRITER, str(store_copy), str(OGF_DMTF)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parents[2],
    )
    assert writer.stdout is not None
    assert writer.stdout.readline().strip() == "writing"
    time.sleep(0.5)
    writer.kill()  # SIGKILL: no cleanup, no flush, in the middle of the transaction
    writer.wait()
    assert writer.stdout.read() == ""  # it never finished writing
    with open_store(store_copy, readonly=False) as graph:  # the lock died with the writer
        after = graph.graph(OGF_DMTF)
    assert len(after) == len(before)
    assert set(after) == set(before)


def test_a_store_held_by_another_writer_gets_a_clear_message(
    store_copy: Path, tmp_path: Path, capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(store_copy, readonly=False):
        with pytest.raises(StoreError, match="held by another writer"):
            EmbeddedStore(store_copy, readonly=False)
        assert main(["build", "--out", str(tmp_path / "dist"), "--store", str(store_copy)]) == 2
        error = capsys.readouterr().err
        assert error.count("\n") == 1 and "held by another writer" in error
        assert not (tmp_path / "dist").exists()  # nothing was published
        monkeypatch.setattr(gate, "READER_WAIT", 0.2)  # a reader waits for the writer (kg.store.gate)
        with pytest.raises(StoreError, match="being written by another process"):
            open_store(store_copy)
    with open_store(store_copy) as reader:  # and reads once it has closed
        assert reader.ask("ASK { ?r akg:party organization:dmtf }")


def test_read_only_store_refuses_writes_and_missing_store_says_what_to_do(seed_store: Path, tmp_path) -> None:
    with open_store(seed_store) as graph, pytest.raises(StoreError, match="read-only"):
        graph.replace_graph(OGF_DMTF, small_graph("x"))
    with pytest.raises(StoreError, match="run 'kg build'"):
        open_store(tmp_path / "nowhere")


def test_a_new_store_appears_whole_or_not_at_all(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.store.embedded

    def broken(*args, **kwargs):
        raise OSError("injected")

    monkeypatch.setattr(kg.store.embedded, "replacement_update", broken)
    with pytest.raises((OSError, KgError), match="injected"):
        write_store(named_graphs(assemble()), tmp_path / "new-store")
    assert not (tmp_path / "new-store").exists()
    assert [p for p in tmp_path.iterdir()] == []
