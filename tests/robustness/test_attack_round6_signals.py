"""The sixth outside attack (session 14): `kg ingest` of a folder ended by a signal mid-batch, against the
real command (docs/reliability.md, section 14).

The batch's pool workers are forked by multiprocessing's fork server, not by the command, and each waits
for its next task on pipes it holds both ends of; the fork server waits for them. After SIGTERM (or a
Ctrl-C) the fork server, both workers and the resource tracker stayed for good (20 minutes and more),
holding the command's standard error open. The store itself was whole each time.

The command is started as a terminal starts its foreground job, with Ctrl-C's default action: a shell
without job control starts a background job (`cmd &`, as CI scripts and nohup'ed runs do) with SIGINT
ignored, every process it starts inherits that, and a `kg ingest` that honours it rightly goes on with its
batch; the SIGINT case then failed (session 23: every run of a loop started with `&`), though the command
was right.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

KG = [sys.executable, "-m", "kg.cli"]
AS_A_FOREGROUND_JOB = [
    sys.executable,
    "-c",
    "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); "
    "os.execv(sys.executable, [sys.executable, '-m', 'kg.cli', *sys.argv[1:]])",
]
"""`kg ARGS` with SIGINT's default action, whatever this process inherited (exec keeps SIG_DFL, and
Python then turns SIGINT into KeyboardInterrupt); the same process, so its number is the command's."""
LINE = "The Open Grid Forum (OGF) and the DMTF agree to collaborate on item {n}.\n"


def in_group(group: int) -> list[int]:
    """The processes of a process group (the command's session), read from /proc."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == group and fields[0] != "Z":
            found.append(int(entry.name))
    return found


def folder_of_documents(path: Path, count: int) -> Path:
    path.mkdir()
    for n in range(count):
        (path / f"doc{n}.txt").write_text(LINE.format(n=n), encoding="utf-8")
    return path


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_a_batch_ended_by_a_signal_leaves_no_process_and_a_whole_store(
    tmp_path: Path, ending: signal.Signals
) -> None:
    folder = folder_of_documents(tmp_path / "batch", 400)
    store = tmp_path / "store"
    env = {**os.environ, "ALLIANCE_KG_STORE": str(store)}
    output = tmp_path / "output"
    errors = output.open("w")
    command = subprocess.Popen(
        [*AS_A_FOREGROUND_JOB, "ingest", "--workers", "2", str(folder)],
        stdout=errors,
        stderr=errors,
        env=env,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 120
        while "wrote graph" not in output.read_text() and time.monotonic() < deadline:
            time.sleep(0.2)  # the pool is running and the store open
        time.sleep(1.0)
        assert command.poll() is None, output.read_text()[-2000:]  # still in the batch
        command.send_signal(ending)
        command.wait(timeout=60)
        deadline = time.monotonic() + 20
        while in_group(command.pid) and time.monotonic() < deadline:
            time.sleep(0.2)
        left = in_group(command.pid)
        assert not left, f"{len(left)} processes of the command left 20 s after it ended"
    finally:
        for pid in in_group(command.pid):  # whatever stayed, ended by its number
            os.kill(pid, signal.SIGKILL)
        errors.close()
    if ending == signal.SIGINT:  # Ctrl-C: one line and the shell's code, not a traceback (kg.cli.main.run)
        assert command.returncode == 130
        assert "Traceback" not in output.read_text() and "interrupted" in output.read_text()
    checked = subprocess.run([*KG, "store", "check", str(store)], capture_output=True, text=True, env=env)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    history = subprocess.run([*KG, "history"], capture_output=True, text=True, env=env)
    assert history.returncode == 0, history.stderr
