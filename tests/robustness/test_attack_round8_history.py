"""Eighth outside attack (session 16), the store's history (kg/store/history.py, kg/store/remote.py).

1. A literal holding U+2028 (or U+2029, U+0085, U+001C-U+001E) was written raw into the transaction's
   RDF Patch, as N-Quads allows; the reader split the patch with str.splitlines(), which breaks there:
   "not an RDF Patch row", and from then on `kg history revert N`, `kg sparql --as-of` and `kg query
   --as-of` failed for the whole store. Lines now end at "\n" only (also in kg push's chunks).
2. A store whose history/index.jsonl is a symbolic link (a store someone else wrote): a writer appended
   to (and cut) the file it points to. The index is opened with O_NOFOLLOW: the kernel refuses, and the
   writer stops with a message naming the link, having written nothing.
"""

from __future__ import annotations

from pathlib import Path

from support.cli import kg_command

SEED = "ogf-dmtf-work-register.txt"


def ingested(folder: Path, separator: str = "") -> None:
    """`kg ingest` of the OGF-DMTF seed register into folder/store, with `separator` inside a milestone."""
    from kg.model.sources import resources_root

    text = (resources_root() / "data" / "registers" / SEED).read_text(encoding="utf-8")
    (folder / SEED).write_text(
        text.replace("Establish a work", f"Establish{separator}a work"), encoding="utf-8"
    )
    result = kg_command("ingest", SEED, cwd=folder)
    assert result.returncode == 0, result.stderr


def test_a_line_separator_in_a_literal_keeps_the_history_readable(tmp_path: Path) -> None:
    ingested(tmp_path, "\u2028")
    as_of = kg_command("sparql", "--as-of", "2000-01-01", "ASK {}", cwd=tmp_path)
    assert as_of.returncode == 0, as_of.stderr  # before: "...rdfp, line N: not an RDF Patch row: 'b\" ...'"


def test_a_link_in_the_history_is_not_written_through(tmp_path: Path) -> None:
    ingested(tmp_path, " ")
    victim = tmp_path / "victim.txt"
    victim.write_text("someone's file\n", encoding="utf-8")
    index = tmp_path / "store" / "history" / "index.jsonl"
    index.unlink()
    index.symlink_to(victim)
    kg_command("history", cwd=tmp_path)
    assert victim.read_text(encoding="utf-8") == "someone's file\n"
    from kg.model.sources import resources_root

    other = resources_root() / "data" / "registers" / "dmtf-snia-ofa-work-register.txt"
    writer = kg_command("ingest", str(other), cwd=tmp_path)  # a writer: it appends to the index
    assert victim.read_text(encoding="utf-8") == "someone's file\n"
    assert writer.returncode != 0 and "index.jsonl: a symbolic link" in writer.stderr, writer.stderr


def test_kg_push_chunks_keep_a_literal_with_a_line_separator_whole() -> None:
    from kg.store.remote import ntriples_chunks

    first = '<http://example.org/a> <http://example.org/p> "one\u2028two" .\n'
    second = "<http://example.org/b> <http://example.org/p> <http://example.org/c> .\n"
    assert ntriples_chunks(first + second, max_lines=1) == [first, second]
