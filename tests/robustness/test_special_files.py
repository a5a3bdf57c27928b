"""A named pipe, a device or a folder given as a document: refused at once, saying what it is.

`kg ingest` asked whether a document was a file before reading it: a named pipe or /dev/zero was
refused as "no such file" (it is there: the message sent the user looking for a typo). Now what
the name leads to is asked, and anything but a regular file is refused naming its kind, never
opened (opening a pipe waits for a writer; reading /dev/zero never ends).
The real `kg ingest`, bounded in time.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from support.cli import dry_ingest

from kg.errors import InputError
from kg.extract.documents import read_bytes


def test_a_named_pipe_is_refused_as_a_pipe_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "register.txt")
    done = dry_ingest(tmp_path, "register.txt", timeout=60)
    assert done.returncode == 2
    assert "register.txt: not a regular file (a named pipe)" in done.stderr, done.stderr


@pytest.mark.parametrize(
    "device, kind", [("/dev/zero", "a character device"), ("/dev/null", "a character device")]
)
def test_a_device_behind_a_link_is_refused_as_a_device(tmp_path: Path, device: str, kind: str) -> None:
    (tmp_path / "register.md").symlink_to(device)
    done = dry_ingest(tmp_path, "register.md", timeout=60)
    assert done.returncode == 2
    assert f"register.md: not a regular file ({kind})" in done.stderr, done.stderr


def test_a_pipe_inside_a_folder_is_reported_and_the_rest_ingested(tmp_path: Path) -> None:
    folder = tmp_path / "documents"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.txt")
    (folder / "register.txt").write_text("The Open Grid Forum and the DMTF agree to collaborate.\n")
    done = dry_ingest(tmp_path, "documents", timeout=60)
    assert "a-pipe.txt: not a regular file (a named pipe)" in done.stderr, done.stderr
    assert "register.txt" in done.stdout + done.stderr


def test_a_file_whose_size_says_nothing_is_still_held_to_the_cap(tmp_path: Path) -> None:
    """A file that reports its size as 0 (as /proc files do) is still held to the cap."""
    maps = Path("/proc/self/maps")
    assert maps.stat().st_size == 0
    with pytest.raises(InputError, match=r"maps: is [\d,]+ bytes, more than the size cap of 1,000 bytes"):
        read_bytes(maps, 1_000)


def test_a_missing_file_is_still_no_such_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt: no such file"):
        read_bytes(tmp_path / "gone.txt", 1_000)
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere")
    with pytest.raises(InputError, match=r"dangling\.txt: no such file"):
        read_bytes(tmp_path / "dangling.txt", 1_000)


def test_a_file_replaced_by_a_pipe_or_a_device_after_the_question_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is opened is asked again (fstat of the descriptor): a file swapped for a named pipe or for
    /dev/zero between the question and the read is refused, not waited on or read without end."""
    from kg.extract import documents

    path = tmp_path / "register.txt"
    path.write_text("# A register\n", encoding="utf-8")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    for swapped in (fifo, Path("/dev/zero")):
        monkeypatch.setattr(
            documents, "open_for_reading", lambda _where, to=swapped: os.open(to, os.O_RDONLY | os.O_NONBLOCK)
        )
        with pytest.raises(InputError, match="replaced while being read"):
            read_bytes(path, 1024)


def test_a_file_is_read_no_further_than_the_cap(tmp_path: Path) -> None:
    from kg.extract.documents import read_at_most

    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 5000)
    assert len(read_at_most(path, 1001) or b"") == 1001
    with pytest.raises(InputError, match="size cap"):
        read_bytes(path, 1000)
