"""Attack round 17 (session 30, engineer R): `kg explain` given text that is no IRI.

`kg explain 'http://e.org/a b'` (or with `"`, an ESC sequence) printed rdflib's warning "http://e.org/a b
does not look like a valid URI, trying to serialize this will break." before its own refusal. The
argument is refused in one line before any term is made (kg.cli.ingest.expand_iri).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main


@pytest.mark.parametrize("iri", ["http://e.org/a b", 'http://e.org/"}', "http://e.org/a\x1b[2Jb"])
def test_an_argument_that_is_no_iri_is_one_line(
    iri: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    assert main(["explain", "--store", str(tmp_path / "none"), iri]) == 2
    assert "is not an IRI" in capsys.readouterr().err
    assert "does not look like a valid URI" not in caplog.text
