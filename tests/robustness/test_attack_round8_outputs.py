"""Eighth outside attack: `--out` naming a symbolic link replaced the link, not the file it leads to.

`kg calendar`, `kg timeline`, `kg network export` and `kg network draw` write their file in a folder
beside it and rename it into place (section 11), which replaced a link by a regular file: a calendar
linked into a synced folder (`agenda.ics -> ~/Sync/agenda.ics`) was never updated there again, and
`--out /dev/stdout` (a link to /proc/self/fd/1) replaced /dev/stdout itself for every later program
of a root shell, the output going to no terminal (docs/reliability.md section 16). A stand-in link
to /proc/self/fd/1 in a test folder shows the mechanism without touching /dev.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from support.cli import kg_command

AKG = "https://w3id.org/alliance-kg/"
NQUADS = (
    f"<{AKG}id/register/r> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
    f"<{AKG}ontology#WorkRegister> <{AKG}id/graph/register/r> .\n"
)


def small_store(folder: Path) -> None:
    (folder / "one.nq").write_text(NQUADS, encoding="utf-8")
    loaded = kg_command("store", "load", "store", "--from", "one.nq", cwd=folder)
    assert loaded.returncode == 0, loaded.stderr


def test_a_link_is_written_through(tmp_path: Path) -> None:
    small_store(tmp_path)
    (tmp_path / "synced").mkdir()
    real = tmp_path / "synced" / "agenda.ics"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "agenda.ics"
    link.symlink_to(real)
    result = kg_command("calendar", "--out", "agenda.ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink(), "the link was replaced by a file"
    assert real.read_text(encoding="utf-8").startswith("BEGIN:VCALENDAR")


def test_a_link_to_the_standard_output_writes_to_it(tmp_path: Path) -> None:
    small_store(tmp_path)
    stand_in = tmp_path / "stdout"
    stand_in.symlink_to("/proc/self/fd/1")
    result = kg_command("calendar", "--out", "stdout", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stand_in.is_symlink(), "the link was replaced by a file"
    assert result.stdout.startswith("BEGIN:VCALENDAR"), result.stdout[:200]


def test_a_device_is_written_into(tmp_path: Path) -> None:
    """`--out /dev/null` as root replaced the device by a regular file (a stand-in: a node of the null
    device made in the test folder, which needs root)."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    small_store(tmp_path)
    device = tmp_path / "null"
    os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = kg_command("calendar", "--out", "null", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert stat.S_ISCHR(device.stat().st_mode), "the device was replaced by a file"
