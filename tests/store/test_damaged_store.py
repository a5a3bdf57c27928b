"""A damaged store gives one line naming it and exits 2, within bounded memory (kg.store.check).

Each kind of damage the independent attack used is made on a copy of the seed store: 200 flipped
bytes inside a data file, a truncated SST file, a truncated MANIFEST, a missing or garbled
CURRENT. Commands run as real processes (`python -m kg.cli`) under an address-space limit and a
timeout: the flipped bytes made `kg sparql` grow by ~500 MB/s until killed; now the memory guard
ends it. The damaged copy is the same, file for file, after every command that reads it.
Also here: `kg store check`, `kg store load`, a writer refusing a damaged store, the pruning of
RocksDB's `LOG.old.*` files, and the mode of published directories.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef

from kg.model.rdfio import atomic_directory
from kg.store import StoreError
from kg.store.check import (
    MEMORY_VARIABLE,
    DamagedStore,
    check_store,
    is_damage,
    load_store,
    parse_size,
    writer_active,
    writer_lock,
)
from kg.store.embedded import INFO_LOGS_KEPT, EmbeddedStore, write_store

COUNT_ALL = "SELECT (COUNT(*) AS ?n) {?s ?p ?o}"
COMMANDS = {
    "sparql": ["sparql", COUNT_ALL],
    "query": ["query", "collaborators", "--param", "org=DMTF"],
    "store check": ["store", "check"],
}
ADDRESS_SPACE = 3 * 2**30  # the cap every command runs under: past it, Rust would abort (exit 134)
TIMEOUT = 120  # seconds; a runaway at the memory limit takes a few


# --- Damage --------------------------------------------------------------------------------------


def sst_of(store: Path, index: str) -> Path:
    """The SST file of one Oxigraph index (its name is in the file's properties block)."""
    for sst in sorted(store.glob("*.sst"), key=lambda p: -p.stat().st_size):
        if index.encode() in sst.read_bytes():
            return sst
    raise AssertionError(f"no SST file of {index} in {store}")


def flip(path: Path, at: float = 0.5, count: int = 200) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    for n in range(start, min(start + count, len(data))):
        data[n] ^= 0xFF
    path.write_bytes(bytes(data))


def flip_each(paths: set[Path]) -> None:
    for path in paths:
        flip(path)


def truncate(path: Path, size: int | None = None) -> None:
    os.truncate(path, path.stat().st_size // 2 if size is None else size)


DAMAGE = {
    # gspo and dspo: the indexes unbound patterns read (named graphs; the default graph, their union
    # as a set: kg.store.union), so COUNT(*) {?s ?p ?o} and every command meet the damage
    "200 bytes flipped in a data file": lambda store: flip_each(
        {sst_of(store, "gspo"), sst_of(store, "dspo")}
    ),
    "a truncated data file": lambda store: truncate(max(store.glob("*.sst"), key=lambda p: p.stat().st_size)),
    "a truncated MANIFEST": lambda store: truncate(next(store.glob("MANIFEST-*")), 200),
    "no CURRENT": lambda store: (store / "CURRENT").unlink(),
    "a garbled CURRENT": lambda store: (store / "CURRENT").write_text("garbage\n"),
}


@pytest.fixture
def damaged_copy(store_copy: Path, request) -> Path:
    DAMAGE[request.param](store_copy)
    return store_copy


def files_of(store: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(store.iterdir()) if p.is_file()
    }


# --- Commands as processes, capped ---------------------------------------------------------------


def cap_address_space(size: int = ADDRESS_SPACE):
    def cap() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (size, size))

    return cap


def run_kg(args: list[str], *, memory: str | None = "600M", address_space: int = ADDRESS_SPACE):
    """`python -m kg.cli ARGS` under an address-space limit; fails the test past TIMEOUT."""
    env = {key: value for key, value in os.environ.items() if key != MEMORY_VARIABLE}
    if memory is not None:
        env[MEMORY_VARIABLE] = memory
    started = time.monotonic()
    try:
        process = subprocess.run(
            [sys.executable, "-m", "kg.cli", *args],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
            env=env,
            preexec_fn=cap_address_space(address_space),
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"kg {' '.join(args)} still ran after {TIMEOUT} s")
    process.seconds = time.monotonic() - started  # type: ignore[attr-defined]
    return process


def assert_one_line_naming(process, command: str, store: Path) -> str:
    assert process.returncode == 2, (process.returncode, process.stderr[-2000:])
    assert "Traceback" not in process.stderr
    lines = process.stderr.splitlines()
    assert len(lines) == 1, process.stderr
    line = lines[0]
    prefix = f"kg {command.split()[0]}: "  # as the CLI says it: 'kg store: ...' for 'kg store check'
    assert line.startswith(f"{prefix}the store at {store} is damaged or unreadable ("), line
    assert f"'kg store check {store}'" in line
    assert f"'kg build --store {store}'" in line and f"'kg store load {store}'" in line
    return line


# --- Every command, every kind of damage ---------------------------------------------------------


@pytest.mark.parametrize("damaged_copy", sorted(DAMAGE), indirect=True)
@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_damaged_store_is_one_line_and_exit_2_within_bounded_memory(
    damaged_copy: Path, command: str, seed_store: Path
) -> None:
    before = files_of(damaged_copy)
    process = run_kg(
        [*COMMANDS[command], *(["--store"] if command != "store check" else []), str(damaged_copy)]
    )
    if process.returncode == 0 and command == "query":
        # the flipped block is not on this query's way: then the answer is the intact store's
        intact = run_kg([*COMMANDS[command], "--store", str(seed_store)])
        assert process.stdout == intact.stdout
    else:
        assert_one_line_naming(process, command, damaged_copy)
    assert files_of(damaged_copy) == before  # reading a damaged store changes nothing


@pytest.mark.parametrize("damaged_copy", ["200 bytes flipped in a data file"], indirect=True)
def test_the_runaway_aggregate_ends_at_the_memory_limit(damaged_copy: Path) -> None:
    """The attack: COUNT(*) over a scan that meets a damaged block grew without end (Oxigraph)."""
    process = run_kg(["sparql", COUNT_ALL, "--store", str(damaged_copy)])
    line = assert_one_line_naming(process, "sparql", damaged_copy)
    # Today Oxigraph runs away and the guard speaks; should it stop at the checksum error some
    # day, the line names the corruption instead. Which of the guard's two limits speaks first depends
    # on how the allocator reserves: on a loaded machine the address space once passed half the cap
    # (1,536 MiB) while the resident memory was still under 600 MiB. Either is the bounded stop.
    limits = (
        "of memory, over its limit of 600 MiB ($ALLIANCE_KG_MEMORY_LIMIT)",
        "of address space, over its limit of 1,536 MiB (half of ulimit -v)",
        "checksum",
    )
    assert any(limit in line for limit in limits), line


@pytest.mark.parametrize("damaged_copy", ["200 bytes flipped in a data file"], indirect=True)
def test_without_a_configured_limit_the_guard_speaks_before_an_address_space_limit(
    damaged_copy: Path,
) -> None:
    """`prlimit --as=...` as in the attack: the guard ends it at half the limit, not Rust's abort (134)."""
    process = run_kg(
        ["sparql", COUNT_ALL, "--store", str(damaged_copy)], memory=None, address_space=5 * 2**29
    )
    line = assert_one_line_naming(process, "sparql", damaged_copy)
    assert "of address space, over its limit of 1,280 MiB (half of ulimit -v)" in line or "checksum" in line


def test_a_query_that_only_grows_is_stopped_too_and_says_how_to_allow_it(seed_store: Path) -> None:
    """The guard watches Rust's allocations: a DISTINCT over 28 million rows passes 300 MB quickly."""
    huge = "SELECT DISTINCT ?a ?c ?d ?f { ?a ?b ?c . ?d ?e ?f }"
    process = run_kg(["sparql", huge, "--store", str(seed_store)], memory="300M")
    line = assert_one_line_naming(process, "sparql", seed_store)
    assert "raise the limit" in line and MEMORY_VARIABLE in line


def test_a_healthy_store_answers_under_the_same_limits(seed_store: Path) -> None:
    process = run_kg(["sparql", COUNT_ALL, "--store", str(seed_store)])
    assert process.returncode == 0, process.stderr
    assert process.stderr == ""


# --- kg store check --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def published(seed_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed store's graphs as N-Quads, as `kg build` publishes them in dist/."""
    path = tmp_path_factory.mktemp("dist") / "alliance-kg.nq"
    store = ox.Store.read_only(str(seed_store))
    named = [quad for quad in store if not isinstance(quad.graph_name, ox.DefaultGraph)]  # not the union
    ox.serialize(named, output=str(path), format=ox.RdfFormat.N_QUADS)
    del store
    return path


def test_kg_store_check_reports_a_sound_store(seed_store: Path, published: Path) -> None:
    process = run_kg(["store", "check", str(seed_store), "--against", str(published)])
    assert process.returncode == 0, process.stderr
    report = process.stdout
    assert report.startswith(f"store {seed_store}: sound\n")
    result = check_store(seed_store)
    assert f"{result.quads} quads in {len(result.graphs)} named graphs" in report
    for iri, summary in result.graphs.items():
        assert f"{summary.quads:9d}  {iri}" in report
    assert f"the same graphs and quads as {published}" in report


def test_kg_store_check_lists_how_the_store_differs_from_the_file(
    seed_store: Path, published: Path, tmp_path: Path
) -> None:
    lines = published.read_text().splitlines(keepends=True)
    dropped = next(line for line in lines if "_:" not in line)  # a quad without blank nodes
    changed = tmp_path / "changed.nq"
    changed.write_text("".join(line for line in lines if line != dropped))
    process = run_kg(["store", "check", str(seed_store), "--against", str(changed)])
    assert process.returncode == 1, process.stderr
    assert f"store {seed_store}: differs from {changed}" in process.stdout
    assert "differs: graph " in process.stdout


def test_kg_store_check_on_no_store_says_so(tmp_path: Path) -> None:
    process = run_kg(["store", "check", str(tmp_path / "nothing")])
    assert process.returncode == 2
    assert process.stderr.startswith(f"kg store: no store at {tmp_path / 'nothing'}: run 'kg build")


def test_check_finds_200_flipped_bytes_in_every_data_file(
    store_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every index is read in full (a COUNT reads gspo, a bound subject spog, ...): no flip goes unseen."""
    monkeypatch.setenv(MEMORY_VARIABLE, "2G")  # in this process: a runaway would end the test run
    for sst in sorted(store_copy.glob("*.sst")):
        for at in (0.05, 0.5, 0.95):
            copy = tmp_path / f"{sst.stem}-{at}"
            shutil.copytree(store_copy, copy)
            flip(copy / sst.name, at)
            with pytest.raises(DamagedStore, match=f"the store at {copy} is damaged"):
                check_store(copy)


# --- Repair --------------------------------------------------------------------------------------


@pytest.mark.parametrize("damaged_copy", sorted(DAMAGE), indirect=True)
def test_kg_store_load_replaces_a_damaged_store_from_dist(damaged_copy: Path, published: Path) -> None:
    process = run_kg(["store", "load", str(damaged_copy), "--from", str(published)])
    assert process.returncode == 0, process.stderr
    assert process.stdout.startswith(f"store {damaged_copy}: sound\n")
    assert check_store(damaged_copy, against=published).sound
    assert damaged_copy.stat().st_mode & 0o777 == 0o777 & ~current_umask()


def test_a_store_held_by_a_writer_is_not_replaced(store_copy: Path, published: Path) -> None:
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, pyoxigraph as ox; s = ox.Store(sys.argv[1]); print('ready', flush=True); "
            "sys.stdin.read()",
            str(store_copy),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert writer_active(store_copy)  # from /proc/locks, without touching the LOCK file
        before = files_of(store_copy)
        with pytest.raises(StoreError, match="held by another writer"):
            load_store(store_copy, published)
        with pytest.raises(StoreError, match="held by another writer"), writer_lock(store_copy):
            pass
        assert files_of(store_copy).keys() == before.keys()
    finally:
        holder.communicate("", timeout=30)
    assert not writer_active(store_copy)
    with EmbeddedStore(store_copy, readonly=False):
        assert not writer_active(store_copy)  # this process's own lock is no other writer


@pytest.mark.parametrize("damaged_copy", ["a truncated MANIFEST"], indirect=True)
def test_a_writer_never_opens_a_damaged_store(damaged_copy: Path) -> None:
    """RocksDB opened for writing would create the lost column families empty and delete the SSTs."""
    before = files_of(damaged_copy)
    with pytest.raises(DamagedStore, match="Column family not found"):
        EmbeddedStore(damaged_copy, readonly=False)
    assert files_of(damaged_copy) == before


@pytest.mark.parametrize("damaged_copy", sorted(DAMAGE), indirect=True)
def test_kg_build_replaces_a_damaged_store(damaged_copy: Path) -> None:
    graph = Graph()
    graph.add((URIRef("https://example.org/s"), URIRef("https://example.org/p"), Literal("rebuilt")))
    iri = URIRef("https://example.org/graph")
    write_store({iri: graph}, damaged_copy)  # what `kg build --store PATH` does
    with EmbeddedStore(damaged_copy) as store:
        assert store.graphs() == [iri]
    check = check_store(damaged_copy)
    assert check.graph(str(iri)) == 1 and check.default_graph.quads == 1  # the union (kg.store.union)


# --- The store's directory -----------------------------------------------------------------------


def test_writers_keep_only_the_newest_info_logs(store_copy: Path) -> None:
    """RocksDB leaves a LOG.old.* per writer open (Oxigraph sets no keep_log_file_num)."""
    for _ in range(INFO_LOGS_KEPT + 4):
        with EmbeddedStore(store_copy, readonly=False):
            pass
    assert len(list(store_copy.glob("LOG.old.*"))) <= INFO_LOGS_KEPT
    assert (store_copy / "LOG").is_file()


def current_umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@pytest.mark.parametrize("umask", [0o022, 0o027, 0o002])
def test_published_directories_get_the_usual_mode(tmp_path: Path, umask: int) -> None:
    """Not mkdtemp's 0700: dist/ and the store are for whoever may read the folder."""
    previous = os.umask(umask)
    try:
        with atomic_directory(tmp_path / "dist") as staging:
            (staging / "alliance-kg.nq").write_text("")
    finally:
        os.umask(previous)
    assert (tmp_path / "dist").stat().st_mode & 0o777 == 0o777 & ~umask


# --- Pieces --------------------------------------------------------------------------------------


def test_memory_limits_are_read_as_people_write_them() -> None:
    gib = 2**30
    assert parse_size("2G", 16 * gib) == 2 * gib
    assert parse_size("512MiB", 16 * gib) == 512 * 2**20
    assert parse_size("1.5g", 16 * gib) == int(1.5 * gib)
    assert parse_size("25%", 16 * gib) == 4 * gib
    assert parse_size("134217728", 16 * gib) == 128 * 2**20
    assert parse_size("off", 16 * gib) is None
    with pytest.raises(StoreError, match=MEMORY_VARIABLE):
        parse_size("lots", 16 * gib)


@pytest.mark.parametrize("text", ["inf", "1e400", "nan", "-5", "-1G", "-3%", "1", "1048576", "0%", "abc%"])
def test_a_limit_no_command_could_run_under_is_refused_by_name(text: str) -> None:
    """Not a finite number, negative, or under MINIMUM_LIMIT: before, 'inf' and '1e400' ended every
    reading command in an OverflowError traceback, 'abc%' in a ValueError, and '1' made `kg sparql` call a
    sound store damaged (engineer R's attack round 16)."""
    with pytest.raises(StoreError, match=rf"\${MEMORY_VARIABLE}=.*at least 64 MiB"):
        parse_size(text, 16 * 2**30)


def test_what_counts_as_damage() -> None:
    assert is_damage(RuntimeError("Corruption: block checksum mismatch: stored = 1"))
    assert is_damage(RuntimeError("Invalid argument: Column family not found: spog"))
    assert is_damage(OSError("IO error: No such file or directory"))
    assert not is_damage(RuntimeError("The service http://example.org is not supported"))
