"""The table of compiled patterns (kg.pipeline.compiled_patterns): a second process compiles none of the
rules' patterns, what the table hands the engine is what `re` itself compiles, a damaged entry is compiled
again, and patterns other code builds from sets are not kept. Each check runs in a fresh interpreter,
since the table is installed once per process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.pipeline import compiled_patterns

pytestmark = pytest.mark.skipif(
    not compiled_patterns.supported(), reason="the table is for CPython 3.11-3.13"
)

REGISTER = Path(__file__).resolve().parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt"

EXTRACT_ONE = f"""
import json
from kg.pipeline import compiled_patterns
from kg.pipeline.ingest import extract, preload_extraction
preload_extraction()
table = compiled_patterns.INSTALLED[0]
loaded, kept = (table.hits, table.misses), len(table.entries)
extract({str(REGISTER)!r})
print(json.dumps({{
    "import": loaded, "extract": (table.hits, table.misses), "changed": table.changed,
    "kept": (kept, len(table.entries)),
}}))
"""


def python(code: str, cache: Path, seed: str = "0") -> str:
    environment = {**os.environ, "ALLIANCE_KG_CACHE": str(cache), "PYTHONHASHSEED": seed}
    done = subprocess.run(
        [sys.executable, "-c", code],
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def table_file(cache: Path) -> Path:
    (found,) = cache.glob("patterns-*.pickle")
    return found


def test_a_second_process_compiles_none_of_the_rules_patterns(tmp_path: Path) -> None:
    assert REGISTER.is_file()
    first = json.loads(python(EXTRACT_ONE, tmp_path, seed="1"))
    written = table_file(tmp_path).stat().st_mtime_ns
    second = json.loads(python(EXTRACT_ONE, tmp_path, seed="2"))  # another hash seed: see the next test
    hits, misses = first["import"]
    assert misses >= 400  # the rules' own patterns, all compiled by the first process
    # A hit in the first process is a pattern it compiled twice ("\S" in two modules, the first fallen out
    # of re's own cache of 512 by then): never more than a few, and each is one more hit in the second.
    assert hits <= misses // 50
    assert second["import"] == [hits + misses, 0]  # all found, as they load
    assert second["extract"][1] == 0 and second["extract"][0] >= second["import"][0]
    assert first["kept"][0] == first["kept"][1] == first["import"][1]  # the document's own: not kept
    assert second["changed"] is False and table_file(tmp_path).stat().st_mtime_ns == written  # not rewritten


def test_each_pattern_from_the_table_equals_what_re_compiles(tmp_path: Path) -> None:
    python(EXTRACT_ONE, tmp_path)
    compare = """
import re, _sre
from kg.validate.cache import read_entry
from kg.pipeline import compiled_patterns
entries = read_entry(compiled_patterns.table_path())[0]
for (pattern, flags), arguments in entries.items():
    ours, theirs = _sre.compile(pattern, *arguments), re._compiler.compile(pattern, flags)
    assert ours == theirs, pattern  # == compares the pattern, its flags and its code
    assert (ours.groups, ours.groupindex, ours.flags) == (theirs.groups, theirs.groupindex, theirs.flags)
print(len(entries))
"""
    assert int(python(compare, tmp_path)) >= 400


def test_a_damaged_entry_is_compiled_again_and_replaced(tmp_path: Path) -> None:
    # a pattern is kept only when kg's code asks for it: here a module named kg.asking asks
    check = r"""
import re, types
from kg.pipeline import compiled_patterns
from kg.validate.cache import write_entry, read_entry
pattern = r"(?P<year>\d{4})-(?P<month>\d{2})"
write_entry(compiled_patterns.table_path(), {(pattern, 0): (32, [1, 2, 3, 99999], 2, {}, (None,))})
table = compiled_patterns.install()
asking = types.ModuleType("kg.asking")
exec("import re\ndef ask(text):\n    return re.compile(text)\n", asking.__dict__)
found = asking.ask(pattern).match("2026-12")
assert found is not None and found.group("month") == "12", found
assert (table.hits, table.misses) == (0, 1), (table.hits, table.misses)
table.save()
stored = read_entry(compiled_patterns.table_path())[0][(pattern, 0)]
assert stored[1] != [1, 2, 3, 99999] and stored[3] == {"year": 1, "month": 2}
print("ok")
"""
    assert python(check, tmp_path).strip() == "ok"


def test_patterns_other_code_asks_for_are_compiled_but_not_kept(tmp_path: Path) -> None:
    check = r"""
import re
from kg.pipeline import compiled_patterns
table = compiled_patterns.install()
assert re.compile(r"[a-z]+(?=!)").findall("hey! you!") == ["hey", "you"]
assert table.entries == {} and table.changed is False
print("ok")
"""
    assert python(check, tmp_path).strip() == "ok"


def test_no_table_when_the_cache_is_off() -> None:
    check = """
import re
from kg.pipeline import compiled_patterns
assert compiled_patterns.install() is None
assert re.compile("a+").fullmatch("aaa")
print("ok")
"""
    assert python(check, Path("off")).strip() == "ok"
