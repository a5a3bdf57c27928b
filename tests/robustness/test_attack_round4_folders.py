"""The fourth outside attack (session 12): folders as weapons against the real `kg ingest` walk
(docs/reliability.md, section 12).

The walk was recursive: 1,500 folders one inside the other (names of one letter, a path of 3,000
characters, inside what Linux takes) ended `kg ingest DIR` in a RecursionError traceback, exit 1; and
a tree deeper than a path can name (ENAMETOOLONG, which Path.is_dir lets through) in an OSError one.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from support.cli import dry_ingest

DOCUMENT = b"The Open Grid Forum (OGF) and the DMTF agree to collaborate on cloud standards.\n"


def nested(root: Path, depth: int, every: int) -> None:
    """`depth` folders named "a" one inside the other under `root`, a document in every `every`-th
    (made through directory descriptors: the deepest paths are longer than the system takes)."""
    root.mkdir()
    descriptor = os.open(root, os.O_RDONLY)
    for level in range(1, depth + 1):
        os.mkdir("a", dir_fd=descriptor)
        inner = os.open("a", os.O_RDONLY, dir_fd=descriptor)
        os.close(descriptor)
        descriptor = inner
        if level % every == 0:
            file = os.open("doc.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=descriptor)
            os.write(file, DOCUMENT)
            os.close(file)
    os.close(descriptor)


def remove_nested(root: Path) -> None:
    """What `nested` made, deepest first and without recursion: shutil.rmtree (and pytest's clean-up of
    old temporary folders, which uses it) recurses once per level and fails on these trees."""
    descriptors = [os.open(root, os.O_RDONLY)]
    while "a" in os.listdir(descriptors[-1]):
        descriptors.append(os.open("a", os.O_RDONLY, dir_fd=descriptors[-1]))
    while descriptors:
        inner = descriptors.pop()
        for name in os.listdir(inner):
            if name == "a":
                os.rmdir(name, dir_fd=inner)
            else:
                os.unlink(name, dir_fd=inner)
        os.close(inner)
    root.rmdir()


@pytest.fixture
def trees(tmp_path: Path) -> Iterator[list[Path]]:
    made: list[Path] = []
    yield made
    for root in made:
        remove_nested(root)


def test_a_folder_1500_deep_is_walked_to_its_document(tmp_path: Path, trees: list[Path]) -> None:
    trees.append(tmp_path / "deep")
    nested(tmp_path / "deep", 1_500, every=1_500)
    done = dry_ingest(tmp_path, "deep")
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 0, done.stderr[-2000:]
    assert "1 document(s): 1 added" in done.stdout, done.stdout[-500:]


def test_a_tree_deeper_than_a_path_can_name_is_reported_and_the_rest_read(
    tmp_path: Path, trees: list[Path]
) -> None:
    trees.append(tmp_path / "deeper")
    nested(tmp_path / "deeper", 2_600, every=1_000)
    done = dry_ingest(tmp_path, "deeper")
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 2, done.stderr[-2000:]
    assert "skipped: cannot be read: File name too long" in done.stderr, done.stderr[-2000:]
    assert "doc.txt" in done.stdout  # the two documents the walk could reach


def test_a_name_too_long_on_the_command_line_is_one_line(tmp_path: Path) -> None:
    done = dry_ingest(tmp_path, "b" * 5_000)
    assert "Traceback" not in done.stderr, done.stderr[-2000:]
    assert done.returncode == 2
    assert done.stderr.rstrip().endswith("skipped: cannot be read: File name too long"), done.stderr[-300:]
