"""Attack round 19 (session 32, R): `kg validate` refused valid Turtle whose lines end in CR alone ("not
valid turtle": rdflib's parser; Turtle's grammar counts CR as white space), and RDF 1.2 Turtle with
rdflib's "Bad syntax". The first is read now (by Oxigraph's parser where rdflib fails), the second is
refused naming RDF 1.2, its file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.model.sources import default_sources


def kg_validate(path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["validate", str(path)])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_turtle_with_lines_ending_in_cr_alone_is_validated_as_the_same_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    register = default_sources().curated_registers["ogf-dmtf"]
    text = register.read_text(encoding="utf-8")
    broken = text.replace("akg:reviewDate", "akg:reviewDate_not_in_the_ontology", 1)  # a result to compare
    lf = tmp_path / "lf.ttl"
    cr = tmp_path / "cr.ttl"
    lf.write_text(broken, encoding="utf-8", newline="\n")
    cr.write_bytes(broken.replace("\n", "\r").encode("utf-8"))
    expected = kg_validate(lf, capsys)
    code, out, err = kg_validate(cr, capsys)  # before: exit 2, "cr.ttl:1: not valid turtle: ... Bad syntax"
    assert err == expected[2] == ""
    assert (code, out) == expected[:2]
    assert "ogf-dmtf" in out


def test_turtle_with_an_error_and_cr_line_ends_is_still_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "bad.ttl"
    path.write_bytes(b'@prefix ex: <http://e.org/> .\rex:a ex:b "c" \rex:d ex:e .\r')
    code, out, err = kg_validate(path, capsys)
    assert code == 2 and out == ""
    assert err.startswith(f"kg validate: {path}") and "not valid turtle" in err


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ('ex:a ex:b "shalom"@he--rtl .', "directional language-tagged string"),
        ("ex:a ex:b <<( ex:a ex:b ex:c )>> .", "triple term"),
        ("<< ex:a ex:b ex:c >> ex:said ex:d .", "triple term"),
    ],
    ids=["directional", "triple-term", "reified"],
)
def test_rdf12_turtle_is_refused_naming_rdf12(
    line: str, what: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "rdf12.ttl"
    path.write_text(f"@prefix ex: <http://e.org/> .\n\n{line}\n", encoding="utf-8")
    code, out, err = kg_validate(path, capsys)  # before: "not valid turtle: ... Bad syntax (expected '.' ..."
    assert code == 2 and out == ""
    assert err.startswith(f"kg validate: {path}:3: RDF 1.2 is not supported: the file holds a {what}"), err
