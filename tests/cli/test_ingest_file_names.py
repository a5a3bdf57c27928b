"""A file's name reaches `kg ingest`'s output on one line: a name holding a line break could forge a row
of the batch table or a line of its messages (found by the session's red team)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from kg.errors import one_line

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
FORGED = "a\nFORGED  register  -  999  0  added.txt"


def test_one_line_escapes_breaks_and_what_printable_escapes() -> None:
    assert one_line("a\nb\tc\x1bd\u2028e") == "a\\x0ab\\x09c\\x1bd\\u2028e"
    assert one_line(one_line("a\nb")) == "a\\x0ab"


def test_a_file_name_with_a_line_break_forges_no_row(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / FORGED).write_bytes(SEED.read_bytes())
    (folder / "lunch.txt").write_text("Minutes of the team lunch. We ate soup.\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(folder), "--dry-run", "--workers", "0"],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode != 0, done.stderr  # the lunch is refused: about no alliance
    lines = (done.stdout + done.stderr).splitlines()
    assert not any(line.startswith("FORGED") for line in lines), lines
    assert any("a\\x0aFORGED" in line for line in done.stdout.splitlines()), done.stdout


def test_explain_quotes_a_document_s_words_escaped(tmp_path: Path, capsys) -> None:
    """`kg explain` quotes the document's sentences: a right-to-left override in one (it showed "LIVE"
    as "EVIL") or an ESC reaches the terminal as an escape."""
    from kg.cli.main import main
    from kg.pipeline.ingest import extract

    text = SEED.read_text(encoding="utf-8")
    first_item = "Establish a work relationship"
    assert first_item in text
    hostile = tmp_path / "register.txt"
    planted = text.replace(first_item, "Establish \u202eEVIL\x1b[2J a work relationship", 1)
    hostile.write_text(planted, encoding="utf-8")
    slug = extract(hostile).slug
    assert main(["explain", f"reg:{slug}/milestone-1", "--document", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "\\u202eEVIL" in out  # (the reader drops ESC itself: kg.extract.documents)
    assert "\u202e" not in out and "\x1b" not in out
