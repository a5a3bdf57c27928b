"""A document ingested again byte for byte is unchanged, whatever the store learnt since its first reading
(attack round 23, R's request): a document is read against the bodies the store discovered in earlier
documents (known-organizations), so the same bytes could read otherwise later and were refused as "another
version of this document", exit 4 (3 of 16 dev documents, read against the units their own first reading
introduced). The same text read by the same extractor is the same document (kg.pipeline.ingest.read_alike):
kg ingest says so, names what a reading in the store's context would change, and writes nothing. A text that
changed is still compared fact by fact."""

from __future__ import annotations

import shutil
from pathlib import Path

from support.cli import kg_command

REGISTERS = Path(__file__).parents[1] / "fixtures" / "registers"
FIRST = REGISTERS / "snia-ogf-pif-addendum.md"  # introduces "Photonic Interconnect Forum (PIF)"
SECOND = REGISTERS / "dmtf-pif-register.md"  # names it only as "Photonic Interconnect Forum"


def test_the_same_bytes_ingested_again_are_unchanged_and_nothing_is_written(tmp_path: Path) -> None:
    document = Path(shutil.copy(SECOND, tmp_path / SECOND.name))
    for path in (document, FIRST):  # the second reading of `document` would resolve the forum to PIF
        done = kg_command("ingest", "--workers", "0", str(path), cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    before = kg_command("history", cwd=tmp_path).stdout
    again = kg_command("ingest", "--workers", "0", str(document), cwd=tmp_path)
    assert again.returncode == 0, again.stderr
    assert "unchanged" in again.stdout and "the same SHA-256" in again.stdout and "--replace" in again.stdout
    assert "another version" not in again.stderr
    assert kg_command("history", cwd=tmp_path).stdout == before  # no transaction recorded

    document.write_text(
        document.read_text(encoding="utf-8").replace("liaison@pif.example", "office@pif.example"),
        encoding="utf-8",
    )
    changed = kg_command("ingest", "--workers", "0", str(document), cwd=tmp_path)
    assert changed.returncode == 4 and "another version of this document" in changed.stderr
    assert "office@pif.example" in changed.stderr
