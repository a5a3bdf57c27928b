"""Eighth outside attack: the on-disk cache of `kg ingest` unpickled what another user could write.

kg.validate.cache keeps pickles (which run code when loaded) in $ALLIANCE_KG_CACHE, else
$XDG_CACHE_HOME/alliance-kg, else ~/.cache/alliance-kg. It made the folder 0700 only when it made it:
a folder that was already there (a shared `ALLIANCE_KG_CACHE=/tmp/kg-cache`, made world-writable by
whoever came first, or owned by another user) was read all the same, and its SHA-256 header only
proves an entry whole, not whose it is. Another user who replaced an entry ran code as whoever ran
`kg ingest` next (docs/reliability.md section 16). Here: the real program fills the cache, the entry is
replaced by a pickle that writes a marker file, the folder made writable by others (or given to another
owner), and the next `kg ingest` must not load it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path

import pytest
from support.cli import kg_command

FORMAT = b"alliance-kg cache 1\n"  # kg.validate.cache.FORMAT: the layout the reader checks
DOCUMENT = "# Work register\n\nBetween DMTF and SNIA.\n"
NOBODY = 65534


class Marker:
    """Unpickled, it writes the file its path names: the code an attacker's entry would run."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __reduce__(self) -> tuple[object, tuple[Path, str]]:
        return (Path.write_text, (self.path, "ran"))


def dry_run(folder: Path) -> None:
    """`kg ingest --dry-run` of a small document: it reads the reference data through the cache."""
    result = kg_command("ingest", "--dry-run", "--workers", "0", "register.md", cwd=folder)
    assert result.returncode == 0, result.stderr


def poison(cache: Path, marker: Path) -> None:
    """Every entry replaced by a whole entry (its SHA-256 header right) whose pickle runs Marker."""
    entries = list(cache.glob("*.pickle"))
    assert entries, "the first run left no entry"
    payload = pickle.dumps(Marker(marker))
    for entry in entries:
        entry.write_bytes(FORMAT + hashlib.sha256(payload).digest() + payload)


@pytest.mark.parametrize("how", ["writable by others", "another owner"])
def test_an_entry_someone_else_could_write_is_not_loaded(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    cache, marker = tmp_path / "shared-cache", tmp_path / "marker"
    monkeypatch.setenv("ALLIANCE_KG_CACHE", str(cache))
    (tmp_path / "register.md").write_text(DOCUMENT, encoding="utf-8")
    dry_run(tmp_path)
    poison(cache, marker)
    if how == "writable by others":
        cache.chmod(0o777)
    else:
        if os.geteuid() != 0:
            pytest.skip("giving a folder to another owner needs root")
        os.chown(cache, NOBODY, NOBODY)
    dry_run(tmp_path)
    assert not marker.exists(), f"an entry in a cache folder {how} was unpickled"


def test_the_users_own_cache_is_still_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The same poisoned entry in a folder of the user's alone is loaded: the check is the folder's,
    not a refusal of every cache (the entry's own header cannot tell who wrote it)."""
    cache, marker = tmp_path / "cache", tmp_path / "marker"
    monkeypatch.setenv("ALLIANCE_KG_CACHE", str(cache))
    (tmp_path / "register.md").write_text(DOCUMENT, encoding="utf-8")
    dry_run(tmp_path)
    poison(cache, marker)
    kg_command("ingest", "--dry-run", "--workers", "0", "register.md", cwd=tmp_path)
    assert marker.exists()
