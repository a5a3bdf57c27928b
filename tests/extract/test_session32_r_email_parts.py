"""Attack round 19 (session 32, R): an e-mail message of many parts was parsed whole before its parts
were counted (kg.extract.formats_email): 200,000 empty parts (6.4 MB) took 53 s to be refused, 20,000
took 5.8 s; multiparts nested 3,000 deep were "maximum recursion depth exceeded while getting the str
of an object". The parser's parts are counted as it makes them now, and the nesting is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract.documents import read_document

HEAD = "From: a@example.org\nTo: b@example.org\nSubject: DMTF and SNIA work register\nMIME-Version: 1.0\n"
TEXT = "Content-Type: text/plain\n\nThe DMTF and SNIA agree to collaborate on storage management.\n"


def many_parts(count: int) -> str:
    parts = "".join(f"--b\n{TEXT}" for _ in range(count))
    return f'{HEAD}Content-Type: multipart/mixed; boundary="b"\n\n{parts}--b--\n'


def nested_parts(depth: int) -> str:
    opening = "".join(f'Content-Type: multipart/mixed; boundary="b{i}"\n\n--b{i}\n' for i in range(depth))
    closing = "".join(f"--b{i}--\n" for i in reversed(range(depth)))
    return HEAD + opening + TEXT + closing


def test_a_message_of_thousands_of_parts_is_refused_as_they_are_parsed(tmp_path: Path) -> None:
    path = tmp_path / "parts.eml"
    path.write_text(many_parts(20_000), encoding="ascii")  # before: parsed whole (5.8 s), then refused
    with pytest.raises(InputError, match=r"parts\.eml: a message of more than 1,024 MIME parts"):
        read_document(path)


def test_parts_nested_hundreds_deep_are_named(tmp_path: Path) -> None:
    path = tmp_path / "nested.eml"
    path.write_text(nested_parts(3_000), encoding="ascii")  # before: "maximum recursion depth exceeded"
    with pytest.raises(InputError, match=r"nested\.eml: .*MIME parts are nested hundreds deep"):
        read_document(path)


def test_a_message_of_a_few_parts_is_read(tmp_path: Path) -> None:
    path = tmp_path / "parts.eml"
    path.write_text(many_parts(3), encoding="ascii")
    assert "agree to collaborate on storage management" in read_document(path).text
