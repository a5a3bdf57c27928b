"""Writers killed, writers racing, disks full: the store and the distribution
are always the old state or the new one, open, and validate.

A kill is proof only when it landed inside the write window, between the writer's
"write-begin" and "write-committed" markers (kg.testing.faults): the default run needs two
such kills of `kg build` and of `kg ingest` (at most four tries each), the long run
(`pytest -m long`, `python benchmarks/fault_injection.py`) fifteen among its trials. So a
harness that kills too early or too late fails here. Delays come from one seed
($KG_FUZZ_SEED, else kg.testing.seeds.DEFAULT_SEED), named in every failure. Commands run as real
processes (`python -c MARKING_RUNNER ... ARGS`, the real `kg` main), killed by process group.
"""

from __future__ import annotations

import errno
import os
import random
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from rdflib import Dataset

from kg.cli.main import main
from kg.store import open_store
from kg.store.embedded import EmbeddedStore, write_store
from kg.testing.faults import (
    ROOT,
    Scenario,
    Trial,
    aims,
    campaign,
    export_trig,
    fingerprint,
    opens_for_writing,
    run_trial,
    scenarios,
    trial_store,
)
from kg.testing.seeds import derive, reproduce_command, run_seed
from kg.validate.at_scale import validate_store

QUICK_IN_WINDOW = 2
LONG_TRIALS, LONG_IN_WINDOW = 30, 15
REGISTER = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"
SEED = run_seed()


@pytest.fixture(scope="module")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Scenario]:
    return {s.name: s for s in scenarios(tmp_path_factory.mktemp("faults"))}


def check_trials(scenario: Scenario, count: int, in_window: int, workdir: Path, *, window_only: bool) -> None:
    rng = random.Random(derive(SEED, scenario.name))
    trials = campaign(scenario, count, in_window, rng, workdir, window_only=window_only)
    listing = "\n".join(t.line() for t in trials)
    phases = dict(Counter(t.phase for t in trials))
    context = f"seed {SEED} (reproduce: {reproduce_command(SEED)}), {scenario.name}, {phases}:\n{listing}"
    assert not [t for t in trials if t.broken], context
    assert sum(t.survived for t in trials) >= in_window, f"too few kills inside the write window; {context}"
    print(context)
    for state in {t.store for t in trials}:  # equal fingerprints: one validation per state
        index = next(n for n, t in enumerate(trials) if t.store == state)
        with open_store(trial_store(workdir, scenario, index)) as reader:
            assert validate_store(reader).acceptable, f"{scenario.name}: the {state} store does not validate"


@pytest.mark.parametrize("name", ["kg build", "kg ingest"])
def test_killed_in_its_write_window_the_store_is_old_or_new(prepared, name: str, tmp_path: Path) -> None:
    check_trials(prepared[name], QUICK_IN_WINDOW, QUICK_IN_WINDOW, tmp_path, window_only=True)


@pytest.mark.long
@pytest.mark.parametrize("name", ["kg build", "kg ingest"])
def test_killed_at_random_points_long_run(prepared, name: str, tmp_path: Path) -> None:
    check_trials(prepared[name], LONG_TRIALS, LONG_IN_WINDOW, tmp_path, window_only=False)


def trial(**fields: object) -> Trial:
    values: dict[str, object] = {
        "scenario": "kg ingest",
        "aim": "window",
        "kill_at": 1.5,
        "killed": True,
        "began": 1.4,
        "committed": None,
        "exit_code": -9,
        "store": "old",
        "opens": True,
        "distribution": "-",
    }
    return Trial(**{**values, **fields})


@pytest.mark.parametrize(
    "fields, phase",
    [
        ({}, "in window"),
        ({"began": None}, "before write"),
        ({"began": 1.6}, "before write"),
        ({"committed": 1.45, "store": "new"}, "after commit"),
        ({"killed": False, "kill_at": None, "exit_code": 0, "committed": 1.45}, "not killed"),
        ({"killed": False, "exit_code": 0, "committed": 1.45}, "not killed"),
    ],
)
def test_only_a_kill_inside_the_write_window_is_proof(fields: dict, phase: str) -> None:
    """Killed before the write, after its commit, or not at all: intact, and yet no proof."""
    checked = trial(**fields)
    assert checked.phase == phase and checked.intact
    assert checked.survived == (phase == "in window") and not checked.broken


def test_a_broken_store_or_a_failed_command_fails_wherever_the_kill_landed() -> None:
    assert trial(store="MIX").broken and not trial(store="MIX").survived
    assert trial(began=None, opens=False).broken
    assert trial(killed=False, kill_at=None, exit_code=2).broken


def test_a_harness_killing_too_early_or_too_late_proves_nothing(prepared, tmp_path: Path) -> None:
    """Real runs: killed 50 ms after the start (before the write), or aimed past the run's end (never
    killed): the store is intact both times, and neither counts."""
    scenario = prepared["kg ingest"]
    early = run_trial(scenario, ("run", 0.05), tmp_path / "early")
    late = run_trial(scenario, ("window", scenario.window + 5 * scenario.duration + 5), tmp_path / "late")
    assert early.phase == "before write" and early.began is None and early.store == "old", early.line()
    assert late.phase == "not killed" and late.committed is not None and late.store == "new", late.line()
    assert not early.survived and not late.survived and not early.broken and not late.broken


def test_kill_delays_follow_the_seed(prepared) -> None:
    """The same seed, the same delays (in any process: no hash() of a name); another seed, others."""
    scenario = prepared["kg ingest"]

    def planned(seed: int) -> list:
        return aims(scenario, 10, random.Random(derive(seed, scenario.name)))

    assert planned(SEED) == planned(SEED)
    assert planned(SEED) != planned(SEED + 1)
    assert {kind for kind, _ in planned(SEED)} == {"run", "window"}
    assert all(0 <= delay <= scenario.window for kind, delay in planned(SEED) if kind == "window")


def test_the_new_state_passes_kg_validate(prepared, tmp_path: Path, capsys) -> None:
    """A trial leaves the old state (the seed build: test_build.py validates it) or the new one."""
    store = prepared["kg ingest"].calibrated
    assert main(["validate", str(export_trig(store, tmp_path / "store.trig"))]) == 0, capsys.readouterr().out


# --- Two writers ---------------------------------------------------------------------------------


def test_a_second_writer_is_refused_with_a_message_and_changes_nothing(store_copy: Path, capsys):
    before = fingerprint(store_copy)
    with open_store(store_copy, readonly=False):
        assert main(["ingest", str(REGISTER), "--store", str(store_copy)]) == 2
    error = capsys.readouterr().err
    assert "held by another writer" in error and error.count("\n") == 1
    assert fingerprint(store_copy) == before


def test_two_ingests_at_once_one_waits_or_fails_clearly(store_copy: Path) -> None:
    command = [sys.executable, "-m", "kg.cli", "ingest", str(REGISTER), "--store", str(store_copy)]
    processes = [
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    ]
    processes.append(
        subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    )
    results = [(p.wait(timeout=120), p.communicate()[1]) for p in processes]
    assert any(code == 0 for code, _ in results), results
    for code, error in results:
        assert code == 0 or (code == 2 and "held by another writer" in error and "Traceback" not in error)
    assert opens_for_writing(store_copy)
    with open_store(store_copy) as reader:
        assert validate_store(reader).acceptable


# --- A full disk -----------------------------------------------------------------------------------


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_full_disk_while_publishing_keeps_the_old_distribution(prepared, tmp_path: Path, monkeypatch, capsys):
    out = tmp_path / "dist"
    shutil.copytree(prepared["kg build"].template_dist, out)
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    monkeypatch.setattr(Dataset, "serialize", no_space)
    assert main(["build", "--out", str(out), "--no-store"]) == 2
    error = capsys.readouterr().err
    assert "No space left on device" in error and "unchanged" in error and error.count("\n") == 1
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert [p.name for p in tmp_path.iterdir()] == ["dist"]  # no staging directory left behind


def test_full_disk_while_ingesting_is_a_clear_error(store_copy: Path, monkeypatch, capsys) -> None:
    before = fingerprint(store_copy)
    monkeypatch.setattr(EmbeddedStore, "replace_graphs", no_space)
    # --replace: the store's curated graph holds this very document, so a plain ingest is "unchanged"
    assert main(["ingest", str(REGISTER), "--replace", "--store", str(store_copy)]) == 2
    error = capsys.readouterr().err
    assert "No space left on device" in error and error.count("\n") == 1
    assert fingerprint(store_copy) == before


class FlushFails:
    """A pyoxigraph store whose flush hits a full disk (RocksDB appending to its log)."""

    def __init__(self, store) -> None:
        self._store = store

    def flush(self) -> None:
        no_space()

    def __getattr__(self, name: str):
        return getattr(self._store, name)


def test_full_disk_on_closing_the_store_is_a_store_error(store_copy: Path, monkeypatch) -> None:
    """Found by this test: EmbeddedStore.close() let the OSError of flush() escape (a traceback
    from `kg build` over an existing store on a full disk); kg/store.py now raises StoreError."""
    from kg.pipeline.build import assemble, named_graphs
    from kg.store import StoreError

    real_open = EmbeddedStore._open
    monkeypatch.setattr(EmbeddedStore, "_open", lambda self: FlushFails(real_open(self)))
    with pytest.raises(StoreError):
        write_store(named_graphs(assemble()), store_copy)


@pytest.mark.parametrize(
    "free_kib", [0, *(pytest.param(k, marks=pytest.mark.long) for k in (128, 384, 1024))]
)
def test_a_really_full_disk(prepared, free_kib: int, small_filesystem: Path) -> None:
    """A 32 MiB tmpfs filled up to its last KiBs: `kg ingest` ends with one message (or, if the
    write fits, succeeds); with space again, the store opens, holds the old graph or the new one,
    and validates."""
    scenario = prepared["kg ingest"]
    store, _ = scenario.prepare(small_filesystem / "trial")
    filler = fill(small_filesystem, leave=free_kib * 1024)
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", *scenario.command(store, small_filesystem)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    filler.unlink()
    if free_kib == 0:
        assert result.returncode == 2
    if result.returncode != 0:
        assert "No space left on device" in result.stderr and result.stderr.count("\n") == 1, result.stderr
    assert opens_for_writing(store)
    assert fingerprint(store) in (scenario.old, scenario.new)
    with open_store(store) as reader:
        assert validate_store(reader).acceptable


def fill(directory: Path, leave: int) -> Path:
    stats = os.statvfs(directory)
    filler = directory / "filler"
    with filler.open("wb") as stream:
        stream.write(b"\0" * max(0, stats.f_bavail * stats.f_frsize - leave))
    return filler


@pytest.fixture
def small_filesystem(tmp_path: Path):
    """A 32 MiB tmpfs mounted for the test (needs root); skipped where mounting is not allowed."""
    mount_point = tmp_path / "small"
    mount_point.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=32m", "tmpfs", str(mount_point)], capture_output=True
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode().strip()}")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)
