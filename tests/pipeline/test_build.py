"""`kg build` and `kg validate`: the whole graph validates, is published in four formats,
and bad input is refused with a readable message and nothing half-written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from rdflib import Dataset, Graph

from kg.cli.main import main
from kg.errors import InputError, ValidationFailed
from kg.model.namespaces import ONTOLOGY_IRI, REFERENCE_GRAPH, SHAPES_IRI, register_graph_iri
from kg.model.sources import Sources, default_sources
from kg.pipeline.build import DIST_NAME, assemble, build, data_graph

FIXTURES = Path(__file__).parents[1] / "fixtures" / "validate"
SEED_REGISTERS = ("ogf-dmtf", "dmtf-snia-ofa")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    build(out)
    return out


@pytest.fixture
def sources_copy(tmp_path: Path) -> Sources:
    """A private copy of the checkout's sources that a test may break."""
    root = default_sources().root
    for folder in ("ontology", "data"):
        shutil.copytree(root / folder, tmp_path / folder)
    return Sources(tmp_path)


def test_assemble_puts_each_source_in_its_named_graph() -> None:
    dataset = assemble()
    names = {g.identifier for g in dataset.graphs() if len(g)}
    expected = {ONTOLOGY_IRI, SHAPES_IRI, REFERENCE_GRAPH}
    expected |= {register_graph_iri(slug) for slug in SEED_REGISTERS}
    assert names == expected


def test_build_writes_every_format_and_each_parses(built: Path) -> None:
    assert sorted(p.name for p in built.iterdir()) == sorted(
        f"{DIST_NAME}.{s}" for s in ("trig", "ttl", "nq", "jsonld")
    )
    reference = assemble(registers="documents")
    total = sum(len(g) for g in reference.graphs())
    for suffix, rdf_format in (("trig", "trig"), ("nq", "nquads"), ("jsonld", "json-ld")):
        dataset = Dataset()
        dataset.parse(built / f"{DIST_NAME}.{suffix}", format=rdf_format)
        graphs = {g.identifier for g in dataset.graphs() if len(g)}
        assert register_graph_iri("ogf-dmtf") in graphs, suffix
        assert register_graph_iri("dmtf-snia-ofa") in graphs, suffix
        assert sum(len(g) for g in dataset.graphs()) == total, suffix
    union = Graph().parse(built / f"{DIST_NAME}.ttl", format="turtle")
    assert len(union) == len({(s, p, o) for s, p, o, _ in reference.quads()})


@pytest.mark.parametrize("registers", ["curated", "documents"])
def test_seed_graph_has_no_violations(registers: str) -> None:
    from kg.validate.shacl import validate

    dataset = assemble(registers=registers)
    report = validate(data_graph(dataset), dataset.graph(SHAPES_IRI), dataset.graph(ONTOLOGY_IRI))
    assert report.violations == []


def test_build_refuses_a_violation_and_keeps_the_previous_distribution(
    sources_copy: Sources, tmp_path: Path
) -> None:
    out = tmp_path / "dist"
    build(out, sources_copy)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    reference = sources_copy.root / "data" / "reference" / "organizations.ttl"
    unit_of_dmtf = 'akg:acronym "CMWG" ;\n    akg:unitOf organization:dmtf ;'
    reference.write_text(reference.read_text().replace(unit_of_dmtf, 'akg:acronym "CMWG" ;'))
    with pytest.raises(ValidationFailed) as failure:
        build(out, sources_copy)
    assert "https://w3id.org/alliance-kg/id/working-group/dmtf-cmwg" in str(failure.value)
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".dist")] == []


def test_build_names_file_and_line_of_a_syntax_error(sources_copy: Sources, tmp_path: Path) -> None:
    reference = sources_copy.root / "data" / "reference" / "organizations.ttl"
    lines = reference.read_text().splitlines()
    lines[19] = "organization:dmtf a akg:StandardsOrganization ;; ]"
    reference.write_text("\n".join(lines))
    with pytest.raises(InputError, match=r"organizations\.ttl:20: not valid turtle"):
        build(tmp_path / "dist", sources_copy)
    assert not (tmp_path / "dist").exists()


def test_build_refuses_a_changed_source_document(sources_copy: Sources, tmp_path: Path) -> None:
    document = sources_copy.root / "data" / "registers" / "ogf-dmtf-work-register.txt"
    document.write_text(document.read_text().replace("1.3d", "1.4"))
    with pytest.raises(InputError, match=r"ogf-dmtf-work-register\.txt has changed"):
        build(tmp_path / "dist", sources_copy)


def test_cli_build_exits_zero_and_reports(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["build", "--out", str(tmp_path / "dist")]) == 0
    output = capsys.readouterr().out
    assert "no violations" in output
    assert f"{DIST_NAME}.trig" in output


def test_cli_validate_groups_violations_by_focus_node(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(FIXTURES / "bad-register.ttl")])
    output = capsys.readouterr().out
    assert code == 1
    blocks = output.split("\n\n")
    register_block = next(b for b in blocks if b.startswith("https://example.org/register\n"))
    assert "Violation" in register_block and "party" in register_block
    milestone_block = next(b for b in blocks if b.startswith("https://example.org/milestone\n"))
    assert "Violation: target text" in milestone_block  # two targets
    assert "Warning: target period or status (recommended)" in milestone_block
    contact_block = next(b for b in blocks if b.startswith("https://example.org/contact\n"))
    assert "mailto:not-an-address" in contact_block


def test_cli_validate_json_and_turtle_formats(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(FIXTURES / "bad-register.ttl")]) == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["conforms"] is False
    assert payload["violations"] >= 3
    first = payload["focusNodes"]["https://example.org/register"][0]
    assert {"shape_name", "path", "message", "value", "severity"} <= set(first)

    assert main(["validate", "--format", "turtle", str(FIXTURES / "bad-register.ttl")]) == 1
    results = Graph().parse(data=capsys.readouterr().out, format="turtle")
    assert len(results) > 10


def test_cli_validate_passes_the_published_graph(built: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "--format", "json", str(built / f"{DIST_NAME}.trig")]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["acceptable"] is True  # exit 0: no Violation
    assert payload["violations"] == 0
    assert payload["conforms"] is (payload["warnings"] == 0)  # SHACL: a Warning is a result too


def test_cli_validate_reports_a_parse_error_with_its_line(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["validate", str(FIXTURES / "broken.ttl")])
    captured = capsys.readouterr()
    assert code == 2
    assert "broken.ttl:5: not valid turtle" in captured.err
    assert "Traceback" not in captured.err


def test_cli_validate_reports_a_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", "no-such-file.ttl"]) == 2
    assert "no-such-file.ttl: no such file" in capsys.readouterr().err


def test_published_turtle_parses_in_an_independent_parser(built: Path) -> None:
    """The Turtle and N-Quads we emit parse in raptor (rapper), not only in rdflib."""
    import os
    import subprocess

    rapper = shutil.which("rapper")
    if rapper is None:
        if os.environ.get("CI"):
            pytest.fail("rapper (raptor2-utils) must be installed in CI by .ci/run")
        pytest.skip("rapper (Debian raptor2-utils) is not installed")
    union = Graph().parse(built / f"{DIST_NAME}.ttl", format="turtle")
    for name, syntax in ((f"{DIST_NAME}.ttl", "turtle"), (f"{DIST_NAME}.trig", "trig")):
        result = subprocess.run(
            [rapper, "-i", syntax, "-c", str(built / name)], capture_output=True, text=True, check=False
        )
        assert result.returncode == 0, result.stderr
        if syntax == "turtle":
            assert f"returned {len(union)} triples" in result.stderr


def test_build_refuses_a_curated_violation_when_building_from_the_gold(
    sources_copy: Sources, tmp_path: Path
) -> None:
    curated = sources_copy.curated_registers["ogf-dmtf"]
    curated.write_text(
        curated.read_text().replace(
            "akg:party organization:ogf , organization:dmtf", "akg:party organization:ogf"
        )
    )
    with pytest.raises(ValidationFailed) as failure:
        build(tmp_path / "dist", sources_copy, registers="curated")
    assert "https://w3id.org/alliance-kg/id/register/ogf-dmtf" in str(failure.value)
    assert not (tmp_path / "dist").exists()


def test_build_publishes_registers_extracted_from_their_documents(built: Path) -> None:
    """kg build makes the seed registers through the ingest path, with provenance."""
    from rdflib import URIRef

    dataset = Dataset()
    dataset.parse(built / f"{DIST_NAME}.trig", format="trig")
    register = dataset.graph(register_graph_iri("ogf-dmtf"))
    prov = "http://www.w3.org/ns/prov#"
    activities = set(register.subjects(URIRef(prov + "used"), None))
    assert activities, "the register graph records the extraction activity"
    assert any(register.triples((None, URIRef("http://www.w3.org/ns/oa#hasTarget"), None)))
