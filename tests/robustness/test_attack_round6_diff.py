"""The sixth outside attack (session 14): `kg diff` of RDF files, against the real command
(docs/reliability.md, section 14).

A side given as an RDF file was parsed whatever its size, in the command's own process, the document
caps (`--max-bytes`, `--max-triples`) applying to documents only: a 29 MB N-Triples file took 129 s and
1.8 GB under `--max-bytes 1000000 --max-triples 1000`, only to be told it holds no alliance document.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

KG = [sys.executable, "-m", "kg.cli"]


def n_triples(path: Path, count: int) -> Path:
    with path.open("w", encoding="utf-8") as out:
        for n in range(count):
            literal = f'"value {n} of a literal of some length"'
            out.write(f"<http://example.org/s{n}> <http://example.org/p> {literal} .\n")
    return path


def diff(*arguments: str | Path) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run(
        [*KG, "diff", *map(str, arguments)], capture_output=True, text=True, timeout=300, check=False
    )
    return done, time.monotonic() - started


def test_an_rdf_side_larger_than_the_size_cap_is_refused_before_it_is_read(tmp_path: Path) -> None:
    big = n_triples(tmp_path / "big.nt", 60_000)  # 4.3 MB: 20 s of parsing before
    done, seconds = diff("--max-bytes", "1000000", big, big)
    assert done.returncode == 2, done.stderr
    assert f"{big}: is {big.stat().st_size:,} bytes, more than the size cap of 1,000,000 bytes" in done.stderr
    assert "Traceback" not in done.stderr
    assert seconds < 15, f"{seconds:.1f} s"


def test_an_rdf_side_over_the_triple_cap_is_refused(tmp_path: Path) -> None:
    many = n_triples(tmp_path / "many.nt", 2_000)
    done, _ = diff("--max-triples", "1000", many, many)
    assert done.returncode == 2, done.stderr
    assert f"{many}: holds more than 1,000 triples, the cap: refused" in done.stderr, done.stderr


def test_an_rdf_side_over_the_triple_cap_is_refused_before_rdflib_holds_it(tmp_path: Path) -> None:
    """Found by the session's review: the cap was checked once rdflib held the whole graph (a 2.7 MB
    Turtle object list under --max-triples 1000: 21.6 s and 980 MB). Oxigraph's stream stops at the cap."""
    objects = ", ".join(f'"value {n} of a literal of some length"' for n in range(60_000))
    listed = tmp_path / "listed.ttl"
    listed.write_text(f"<http://example.org/s> <http://example.org/p> {objects} .\n", encoding="utf-8")
    done, seconds = diff("--max-triples", "1000", listed, listed)
    assert done.returncode == 2, done.stderr
    assert f"{listed}: holds more than 1,000 triples, the cap: refused" in done.stderr, done.stderr
    assert seconds < 10, f"{seconds:.1f} s"


def test_an_rdf_side_within_the_caps_is_compared(tmp_path: Path) -> None:
    few = n_triples(tmp_path / "few.nt", 10)
    done, _ = diff("--max-bytes", "1000000", "--max-triples", "1000", few, few)
    assert "cap" not in done.stderr, done.stderr  # read, then found to hold no alliance document
    assert "holds no alliance document" in done.stderr, done.stderr
