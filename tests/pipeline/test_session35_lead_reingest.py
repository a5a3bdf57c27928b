"""A document ingested again byte for byte is unchanged, whatever the store learnt from its first reading
(attack round 23, R's request): a register naming "DMTF Technical Committee" and "NMF Technical Committee"
introduces both units for review; read again against them (known-organizations) it gave other facts, and the
same bytes were refused as "another version of this document", exit 4. The same text read by the same
extractor is the same document (kg.pipeline.ingest.read_alike); a text that changed is still compared fact
by fact."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.cli import kg_command

DOCUMENT = Path(__file__).parents[1] / "fixtures" / "corpus" / "dev" / "dmtf-nmf-work-register-1998.txt"


def test_the_same_bytes_ingested_again_are_unchanged_and_nothing_is_written(tmp_path: Path) -> None:
    document = Path(shutil.copy(DOCUMENT, tmp_path / DOCUMENT.name))
    first = kg_command("ingest", "--workers", "0", str(document), cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    before = kg_command("history", cwd=tmp_path).stdout
    again = kg_command("ingest", "--workers", "0", str(document), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout and "the same SHA-256" in again.stdout
    assert "another version" not in again.stderr
    assert kg_command("history", cwd=tmp_path).stdout == before  # no transaction recorded

    document.write_text(
        document.read_text(encoding="utf-8").replace("Robert Kimura", "Roberta Kimura"), encoding="utf-8"
    )
    changed = kg_command("ingest", "--workers", "0", str(document), cwd=tmp_path)
    assert changed.returncode == 4 and "another version of this document" in changed.stderr
    assert "Roberta Kimura" in changed.stderr
