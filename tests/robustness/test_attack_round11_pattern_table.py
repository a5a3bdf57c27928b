"""The table of compiled patterns (kg.pipeline.compiled_patterns) holds what every run compiles, not
what one document names (docs/reliability.md section 21).

The rules build a pattern from each name a document gives (a body found in it, a person on a field's
line), and the table kept every pattern kg compiled: one 275 KB document naming 3,000 invented bodies
grew the table from 659 entries (0.5 MB) to 12,606 (7.1 MB), read and unpickled by every later `kg
ingest`, and a table grew by the names of each document ingested. Each check runs in fresh
interpreters on a cache folder of its own, since the table is installed once per process."""

from __future__ import annotations

import json
import os
import random
import string
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import compiled_patterns

pytestmark = pytest.mark.skipif(
    not compiled_patterns.supported(), reason="the table is for CPython 3.11-3.13"
)

EXTRACT = """
import json, sys
from kg.pipeline import compiled_patterns
from kg.pipeline.ingest import extract, preload_extraction
from kg.validate.cache import read_entry
preload_extraction()
loaded = len(compiled_patterns.INSTALLED[0].entries)
for document in sys.argv[1:]:
    extract(document)
print(json.dumps({"loaded": loaded, "stored": len(read_entry(compiled_patterns.table_path())[0])}))
"""

ASK_MANY = """
import re, sys, types, json
from kg.pipeline import compiled_patterns
from kg.validate.cache import read_entry
table = compiled_patterns.install()
compiled_patterns.stop_recording()  # as once the rules have loaded: what follows is compiled on first use
asking = types.ModuleType("kg.asking")
exec("import re\\ndef ask(text):\\n    return re.compile(text)\\n", asking.__dict__)
for number in range(int(sys.argv[1])):
    assert asking.ask(f"(?<![A-Za-z])Body {number}(?![0-9])").search(f"the Body {number}.")
compiled_patterns.save()
print(len((read_entry(compiled_patterns.table_path()) or ({},))[0]))
"""


def python(code: str, cache: Path, *args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        env={**os.environ, "ALLIANCE_KG_CACHE": str(cache)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


def invented_bodies(path: Path, count: int, seed: int) -> Path:
    """A memorandum whose lines name `count` bodies nobody else names (random words, a fixed seed)."""
    chance = random.Random(seed)

    def word() -> str:
        return chance.choice(string.ascii_uppercase) + "".join(chance.choices(string.ascii_lowercase, k=7))

    lines = [
        "Memorandum of Understanding between the Harbour Metrology Foundation (HMF) and the Open Beacon "
        "Consortium (OBC)",
        "",
    ]
    for number in range(count):
        lines.append(f"- The {word()} {word()} Alliance liaises with the {word()} {word()} Forum ({number}).")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_documents_naming_many_bodies_do_not_grow_the_table(tmp_path: Path) -> None:
    documents = [invented_bodies(tmp_path / f"bodies-{seed}.txt", 50, seed) for seed in (1, 2)]
    found = json.loads(python(EXTRACT, tmp_path / "cache", *map(str, documents)))
    # before: every pattern built from the documents' 400 names was kept (loaded + 400 or more)
    assert found["stored"] - found["loaded"] < 100, found


def test_what_is_compiled_after_the_rules_have_loaded_is_not_kept(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    # asked in two runs, 600 patterns of kg's own code, after the table stopped recording: none is kept
    sizes = [int(python(ASK_MANY, cache, "600")) for _run in range(2)]
    assert sizes == [0, 0], sizes
