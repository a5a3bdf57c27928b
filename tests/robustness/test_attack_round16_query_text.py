"""The sixteenth outside attack (session 29): `kg sparql` given text that is not UTF-8, or starts with a BOM.

A query file with a byte that is not UTF-8 (a Latin-1 editor's `é`) ended `kg sparql FILE` in a
UnicodeDecodeError traceback (exit 1); the same byte on standard input or in the query argument in a
UnicodeEncodeError one ("surrogates not allowed"). A file saved with a UTF-8 byte order mark (Windows
Notepad's default until 2019) was "SPARQL syntax error at line 1, column 8". Now the first is one line
naming the file, the line and the byte (exit 2), and the mark is left out, as UTF-8 readers do.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from kg.cli.main import main

QUERY = "ASK { ?s ?p ?o }\n"


def kg_sparql(store: Path, query: str, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["sparql", "--store", str(store), query])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_query_file_that_is_not_utf8_is_one_line_naming_its_line(
    seed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = tmp_path / "latin1.rq"
    query.write_bytes("# Télécom\nASK { ?s ?p ?o }\n".encode("latin-1"))
    code, out, err = kg_sparql(seed_store, str(query), capsys)  # before: UnicodeDecodeError traceback
    assert code == 2 and out == ""
    assert err.startswith(f"kg sparql: {query}, line 1, byte 4 of the line: 0xE9 is not UTF-8"), err
    assert err.count("\n") == 1


def test_a_query_on_standard_input_or_in_the_argument_that_is_not_utf8_is_one_line(
    seed_store: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    latin1 = 'ASK { FILTER("T\xe9l\xe9com") }'.encode("latin-1")
    stdin = io.TextIOWrapper(io.BytesIO(b"ASK {}\n" + latin1))
    monkeypatch.setattr(sys, "stdin", stdin)
    code, _, err = kg_sparql(seed_store, "-", capsys)  # before: UnicodeEncodeError traceback
    assert code == 2 and err.startswith("kg sparql: standard input, line 2, byte 16 of the line: 0xE9"), err
    as_argument = latin1.decode("utf-8", "surrogateescape")  # how Python hands such an argument over
    code, _, err = kg_sparql(seed_store, as_argument, capsys)
    assert code == 2 and err.startswith("kg sparql: the query, line 1, byte 16 of the line: 0xE9"), err


def test_a_byte_order_mark_is_left_out(
    seed_store: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    query = tmp_path / "notepad.rq"
    query.write_bytes(b"\xef\xbb\xbf" + QUERY.encode())
    code, out, err = kg_sparql(seed_store, str(query), capsys)  # before: a syntax error at column 8
    assert (code, out.strip(), err) == (0, "true", "")
    code, out, err = kg_sparql(seed_store, 'ASK { FILTER("Télécom" != "") }', capsys)
    assert (code, out.strip()) == (0, "true")  # UTF-8 text as before
