"""A corpus whose gold file is malformed is refused with one line naming the file and what is wrong, before
any document is extracted (session 31, engineer R's request: a gold without 'document' gave a KeyError
traceback and exit 1)."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.cli import kg_command

from kg.errors import InputError
from kg.pipeline.evaluate import read_gold

MALFORMED = {
    "no document": ('{"kind": "WorkRegister"}', "'document' names its file"),
    "not an object": ('["a.txt"]', "'document' names its file"),
    "not JSON": ('{"document": "a.txt",\n "kind": }', "line 2, column"),
    "a unit without its name": (
        '{"document": "a.txt", "kind": "WorkRegister", "units": [{"organization": ["OGF"]}]}',
        "lacks its 'name'",
    ),
    "milestones not a list of objects": (
        '{"document": "a.txt", "kind": "WorkRegister", "milestones": ["Draft 1"]}',
        "not gold as docs/corpus.md writes it",
    ),
    "no kind": ('{"document": "a.txt"}', "lacks its 'kind'"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_gold_file_is_named_with_what_is_wrong(tmp_path: Path, case: str) -> None:
    text, said = MALFORMED[case]
    gold = tmp_path / "a.gold.json"
    gold.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as refused:
        read_gold(gold)
    assert str(refused.value).startswith(f"{gold}: ")
    assert said in str(refused.value)


def test_kg_evaluate_refuses_the_corpus_in_one_line_and_a_usage_exit(tmp_path: Path) -> None:
    dev = tmp_path / "corpus" / "dev"
    dev.mkdir(parents=True)
    (dev / "a.txt").write_text("OGF and DMTF work register\n", encoding="utf-8")
    (dev / "a.gold.json").write_text('{"facts": []}', encoding="utf-8")
    done = kg_command("evaluate", "--corpus", str(tmp_path / "corpus"), cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert f"{dev / 'a.gold.json'}: a gold file is a JSON object" in done.stderr
