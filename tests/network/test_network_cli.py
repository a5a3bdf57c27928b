"""`kg network summary|path|export|draw` on the seed store: exact output, files that read back,
and one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.cli.main import main
from kg.cli.network import EXPORT_FORMATS, KIND_NAMES
from kg.network.export import FORMATS, read_network
from kg.network.graphs import KINDS

DMTF = "https://w3id.org/alliance-kg/id/organization/dmtf"


@pytest.fixture
def kg(seed_store: Path, capsys: pytest.CaptureFixture[str]):
    """Run `kg ...` on the seed store; returns (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        code = main([*args, "--store", str(seed_store)])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    return run


def test_the_cli_lists_every_kind_and_format_the_modules_know() -> None:
    assert tuple(KINDS) == KIND_NAMES
    assert tuple(FORMATS) == EXPORT_FORMATS


def test_summary(kg) -> None:
    code, out, _ = kg("network", "summary")
    assert code == 0
    assert out.splitlines()[0] == "organizations network: 4 nodes, 4 edges, density 0.667"
    assert "degree: DMTF 3, OFA 2, SNIA 2, OGF 1" in out
    assert "betweenness: DMTF 0.667, OFA 0, OGF 0, SNIA 0" in out


def test_summary_as_json_and_as_of(kg) -> None:
    code, out, _ = kg("network", "summary", "--as-of", "2015-01-01", "--format", "json")
    data = json.loads(out)
    assert code == 0 and (data["nodes"], data["edges"], data["as_of"]) == (2, 1, "2015-01-01")
    code, out, _ = kg("network", "summary", "--kind", "working-groups", "--format", "json")
    assert json.loads(out)["nodes"] == 15


def test_path_names_each_step_and_its_register(kg) -> None:
    code, out, _ = kg("network", "path", "DMTF", "OFA")
    assert code == 0
    assert out == (
        "DMTF -> OFA (1 step)\n"
        "  DMTF -> OFA via dmtf-snia-ofa (Work Register between DMTF, SNIA, and the OFA)\n"
    )
    code, out, _ = kg("network", "path", "Open Grid Forum", "organization:ofa")
    assert out == (
        "OGF -> DMTF -> OFA (2 steps)\n"
        "  OGF -> DMTF via ogf-dmtf (OGF / DMTF Work Register)\n"
        "  DMTF -> OFA via dmtf-snia-ofa (Work Register between DMTF, SNIA, and the OFA)\n"
    )


def test_path_errors_are_one_line(kg) -> None:
    code, _, err = kg("network", "path", "OGF", "OFA", "--as-of", "2015-01-01")
    assert code == 2 and err.count("\n") == 1 and "not in the organizations network as of 2015-01-01" in err
    code, _, err = kg("network", "path", "DMTF", "Nobody")
    assert code == 2 and err.count("\n") == 1 and "no entity is called 'Nobody'" in err


@pytest.mark.parametrize("fmt", EXPORT_FORMATS)
def test_export_writes_a_file_that_reads_back(kg, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"net{FORMATS[fmt]}"
    code, printed, _ = kg("network", "export", "--kind", "organizations", "--format", fmt, "--out", str(out))
    assert code == 0 and f"wrote {out} (4 nodes, 4 edges)" in printed
    graph = read_network(out, fmt)
    assert graph.number_of_edges() == 4 and graph.nodes[DMTF]["acronym"] == "DMTF"


def test_export_defaults_to_graphml_named_after_the_kind(kg, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert kg("network", "export", "--kind", "specifications")[0] == 0
    assert read_network(tmp_path / "specifications.graphml").is_directed()


def test_draw(kg, tmp_path: Path) -> None:
    code, out, _ = kg("network", "draw", "--out", str(tmp_path / "seed.svg"), "--colour", "community")
    assert code == 0 and "wrote" in out and b"DMTF" in (tmp_path / "seed.svg").read_bytes()
    code, _, err = kg("network", "draw", "--out", str(tmp_path / "seed.gif"))
    assert code == 2 and "give a .png, .svg or .pdf file" in err and not (tmp_path / "seed.gif").exists()
