"""A file rdflib cannot parse is named with the line where it goes wrong, in every line-based syntax.

rdflib's N-Triples and N-Quads parsers give the rest of the bad line and no number, and its Turtle
parser counts lines past the end of a file cut short ("line 5" of a two-line file); README promises
`kg validate` names the line. kg.model.rdfio asks Oxigraph's parser where it stops."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.errors import InputError
from kg.model.rdfio import load_dataset

GOOD = "<http://example.org/a> <http://example.org/b> <http://example.org/c> .\n"
GOOD_QUAD = "<http://example.org/a> <http://example.org/b> <http://example.org/c> <http://example.org/g> .\n"
BAD_OBJECT = "<http://example.org/a> <http://example.org/b> oops .\n"


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("third-line.nt", GOOD * 2 + BAD_OBJECT + GOOD, 3),
        ("second-line.nq", GOOD_QUAD + BAD_OBJECT, 2),
        ("cut-short.ttl", "@prefix x: <http://example.org/> .\nx:a x:b x:c .\nx:a x:b\n", 4),
        (
            "bad-term.trig",
            "@prefix x: <http://example.org/> .\nx:g {\n  x:a x:b x:c .\n  x:a x:b 'x .\n}\n",
            4,
        ),
    ],
)
def test_the_error_names_the_file_and_the_line(tmp_path: Path, name: str, text: str, line: int) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_dataset([path])
    assert str(raised.value).startswith(f"{path}:{line}: not valid ")


def test_kg_validate_names_the_line_of_a_bad_n_triples_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "data.nt"
    path.write_text(GOOD + BAD_OBJECT, encoding="utf-8")
    assert main(["validate", str(path)]) == 2
    error = capsys.readouterr().err
    assert f"{path}:2: not valid nt: " in error
    assert "Traceback" not in error
