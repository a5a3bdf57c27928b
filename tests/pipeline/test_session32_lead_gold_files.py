"""A corpus's gold files are read as bounded, regular files beside their documents (attack round 20's
requests): a gold linked to a device was read until memory ran out, one of nested arrays ended in a
RecursionError traceback, and a gold naming a document elsewhere or missing was scored F1 0 without a word.
A label's closing bracket that balances an opening one is part of it ("ITU-R M.[IP CHAR]", T's request)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.pipeline.evaluate import corpus_documents, norm, read_gold

GOLD = {"document": "doc.txt", "kind": "NotAlliance"}


def corpus(tmp_path: Path, gold: dict | None = None, *, text: str | None = None) -> Path:
    for subset in ("dev", "held-out"):
        (tmp_path / subset).mkdir(exist_ok=True)
    (tmp_path / "dev" / "doc.txt").write_text("Minutes of a lunch.\n", encoding="utf-8")
    body = text if text is not None else json.dumps(gold or GOLD)
    (tmp_path / "dev" / "doc.gold.json").write_text(body, encoding="utf-8")
    return tmp_path


def test_a_gold_beside_its_document_is_read(tmp_path: Path) -> None:
    [(subset, document, gold)] = corpus_documents(corpus(tmp_path))
    assert (subset, document.name, gold["kind"]) == ("dev", "doc.txt", "NotAlliance")


@pytest.mark.parametrize("name", ["../doc.txt", "/etc/hostname", "sub/doc.txt", "missing.txt", "."])
def test_a_gold_naming_a_document_elsewhere_or_missing_is_refused(name: str, tmp_path: Path) -> None:
    root = corpus(tmp_path, {**GOLD, "document": name})
    with pytest.raises(InputError, match=r"doc\.gold\.json: .*(own folder|not a file)"):
        corpus_documents(root)


def test_a_gold_linked_to_a_device_is_refused_unread(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    gold = root / "dev" / "doc.gold.json"
    gold.unlink()
    os.symlink("/dev/zero", gold)
    with pytest.raises(InputError, match="not a regular file"):
        read_gold(gold)


def test_a_gold_over_the_limit_or_nested_too_deeply_is_refused(tmp_path: Path) -> None:
    big = corpus(tmp_path, text=json.dumps({**GOLD, "notes": "x" * (1 << 20)})) / "dev" / "doc.gold.json"
    with pytest.raises(InputError, match="no gold file is this large"):
        read_gold(big)
    big.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InputError, match="nested too deeply"):
        read_gold(big)


@pytest.mark.parametrize(
    ("text", "normal"),
    [
        ("ITU-R M.[IP CHAR]", "itu-r m.[ip char]"),
        ("Question 6 (SG 13)", "question 6 (sg 13)"),
        ("(Draft)", "draft"),
        ("Widget profile).", "widget profile"),
        ('"Joint note".', "joint note"),
    ],
)
def test_a_balancing_closing_bracket_is_kept(text: str, normal: str) -> None:
    assert norm(text) == normal
