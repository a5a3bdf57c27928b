"""A store that may not be written is not called damaged, and a folder that is no store is left as it was
(eighth outside attack, left for the lead).

RocksDB reports a read-only file system or another user's files as an "IO error", which the store's
damage test matched: `kg ingest` and `kg history revert` said "damaged or unreadable" and advised a
rebuild or a reload, which fail alike on a read-only file system; the files are sound."""

from __future__ import annotations

from pathlib import Path

from kg.store.check import damaged

READ_ONLY = "IO error: While open a file for appending: /mnt/snap/store/000012.log: Read-only file system"
NOT_OURS = "IO error: While opening a file for sequentially reading: /srv/store/CURRENT: Permission denied"


def test_a_read_only_file_system_is_named_and_no_repair_is_advised() -> None:
    message = str(damaged("/mnt/snap/store", RuntimeError(READ_ONLY)))
    assert "cannot be written" in message and "Read-only file system" in message
    assert "not damaged" in message and "kg build" not in message and "kg store load" not in message


def test_another_user_s_files_are_named_as_such() -> None:
    message = str(damaged("/srv/store", RuntimeError(NOT_OURS)))
    assert "cannot be written" in message and "Permission denied" in message


def test_real_damage_keeps_its_repairs() -> None:
    message = str(damaged("/srv/store", RuntimeError("Corruption: block checksum mismatch in 000012.sst")))
    assert "damaged or unreadable" in message and "kg build --store" in message


def test_checking_a_folder_that_holds_no_store_leaves_nothing_in_it(tmp_path: Path) -> None:
    """`kg store check DIR` on a folder of the user's: 'no store', and no writer-gate file left there."""
    import subprocess
    import sys

    folder = tmp_path / "notes"
    folder.mkdir()
    (folder / "todo.txt").write_text("mine\n", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "kg.cli", "store", "check", str(folder)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "no store at" in done.stderr, done.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["todo.txt"]
