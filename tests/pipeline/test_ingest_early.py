"""`kg ingest FILE` extracts in a second process forked as the command starts (kg.pipeline.early), and
leaves without the interpreter's teardown (kg.cli.ingest.ExitAtOnce): the same graphs, messages and exit
codes as extracting in the one process (`--workers 0`), and a child that dies costs time, not the
document."""

from __future__ import annotations

import os
import re
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic
from support.odt import odt, paragraphs

from kg.pipeline.early import ALWAYS_APART_BYTES, EarlyExtraction, LateExtraction, fork_available, start
from kg.pipeline.limits import LimitedTask
from kg.store import open_store
from kg.testing.corpus import scaled_document

ROOT = Path(__file__).parents[2]
RUN = re.compile(r"\d{8}T\d{6}Z$")
REGISTER = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"

pytestmark = pytest.mark.skipif(not fork_available(), reason="kg.pipeline.early forks (Linux)")


def kg(*arguments: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The real program, as `python -m kg.cli` runs it."""
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *arguments], capture_output=True, text=True, cwd=cwd, check=False
    )


def stored(store: Path) -> dict[str, Graph]:
    with open_store(store) as knowledge_graph:
        return {str(iri): knowledge_graph.graph(iri) for iri in knowledge_graph.graphs()}


def without_times(graph: Graph) -> Graph:
    """The graph but what depends on when it ran: the times of the extraction activity, and its IRI
    (minted from its start, to the second)."""
    kept = Graph()
    for triple in graph:
        if isinstance(triple[2], Literal) and str(triple[2].datatype).endswith("dateTime"):
            continue
        kept.add(tuple(URIRef(RUN.sub("RUN", term)) if isinstance(term, URIRef) else term for term in triple))
    return kept


def test_one_document_is_stored_as_extracting_in_one_process_stores_it(
    store_copy: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other-store"
    shutil.copytree(store_copy, other)
    one = ["ingest", str(REGISTER), "--slug", "early", "--store"]
    early = kg(*one, str(store_copy), "--workers", "1", cwd=tmp_path)  # the early process, whatever the load
    alone = kg(*one, str(other), "--workers", "0", cwd=tmp_path)
    assert early.returncode == alone.returncode == 0, early.stderr + alone.stderr
    assert "wrote graph" in early.stdout  # flushed before the quick exit
    assert early.stdout.replace(str(store_copy), "S") == alone.stdout.replace(str(other), "S")
    assert early.stderr == alone.stderr
    graphs, expected = stored(store_copy), stored(other)
    assert graphs.keys() == expected.keys()
    for iri, graph in graphs.items():
        assert isomorphic(without_times(graph), without_times(expected[iri])), iri


def test_a_dry_run_prints_the_same_graph(seed_store: Path, tmp_path: Path) -> None:
    dry = ["ingest", str(REGISTER), "--store", str(seed_store), "--dry-run", "--slug", "dry"]
    early = kg(*dry, "--workers", "1", cwd=tmp_path)
    alone = kg(*dry, "--workers", "0", cwd=tmp_path)
    assert early.returncode == alone.returncode == 0, early.stderr + alone.stderr
    graphs = [without_times(Graph().parse(data=done.stdout, format="turtle")) for done in (early, alone)]
    assert len(graphs[0]) > 100 and isomorphic(*graphs)
    assert early.stderr == alone.stderr


@pytest.mark.parametrize(
    ("arguments", "code", "message"),
    [
        (["missing.txt"], 2, "no such file or folder"),
        (["empty.txt"], 2, "empty"),
        (["lunch.txt"], 3, ""),
    ],
)
def test_refusals_keep_their_exit_codes(
    store_copy: Path, tmp_path: Path, arguments: list[str], code: int, message: str
) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "lunch.txt").write_text(
        "Minutes of the team lunch\n\nWe ate soup. Nobody signed anything.\n" * 3
    )
    done = kg("ingest", *arguments, "--store", str(store_copy), "--workers", "1", cwd=tmp_path)
    alone = kg("ingest", *arguments, "--store", str(store_copy), "--workers", "0", cwd=tmp_path)
    assert done.returncode == alone.returncode == code, done.stderr
    assert message in done.stderr and done.stderr == alone.stderr


def test_a_changed_document_is_refused_with_exit_4(store_copy: Path, tmp_path: Path) -> None:
    changed = tmp_path / "register.txt"
    assert (
        kg("ingest", str(REGISTER), "--store", str(store_copy), "--slug", "x", cwd=tmp_path).returncode == 0
    )
    changed.write_text(REGISTER.read_text(encoding="utf-8").replace("2Q2011", "4Q2012"), encoding="utf-8")
    done = kg(
        "ingest", str(changed), "--store", str(store_copy), "--slug", "x", "--workers", "1", cwd=tmp_path
    )
    assert done.returncode == 4, done.stderr
    assert "--replace" in done.stderr


def square(number: int) -> int:
    return number * number


def pid_of_worker(_: int) -> int:
    return os.getpid()


def fail(_: int) -> int:
    raise LookupError("a bug in a task")


def test_tasks_run_in_the_child_in_order() -> None:
    with EarlyExtraction() as early:
        assert list(early.map(square, [1, 2, 3])) == [1, 4, 9]
        (pid,) = early.map(pid_of_worker, [0])
        assert pid == early.process.pid != os.getpid()
    assert not early.process.is_alive()


def test_a_child_that_died_leaves_the_work_to_this_process() -> None:
    early = EarlyExtraction()
    try:
        os.kill(early.process.pid, signal.SIGKILL)
        early.process.join()
        assert list(early.map(square, [2, 3])) == [4, 9]
        assert list(early.map(pid_of_worker, [0])) == [os.getpid()]
    finally:
        early.shutdown()


def test_a_task_that_raises_raises_here() -> None:
    with EarlyExtraction() as early, pytest.raises(LookupError, match="a bug in a task"):
        list(early.map(fail, [1]))


def test_started_only_for_one_file_and_not_with_workers_0(tmp_path: Path) -> None:
    document = tmp_path / "a.txt"
    document.write_text("text")
    idle = lambda: True  # noqa: E731
    assert start([str(tmp_path)], None, idle) is None  # a folder: the batch's pool
    assert start([str(document), str(document)], None, idle) is None
    assert start([str(document)], 0, idle) is None
    assert start([str(tmp_path / "missing.txt")], None, idle) is None
    late = start([str(document)], None, lambda: False)  # no idle core: a process forked late
    assert isinstance(late, LateExtraction) and late.forked is None
    for workers in (None, 2):
        early = start([str(document)], workers, idle)
        assert early is not None
        early.shutdown()
    early = start([str(document)], 1, lambda: False)  # asked for: started whatever the load
    assert early is not None
    early.shutdown()
    document.write_text("text\n" * (ALWAYS_APART_BYTES // 5 + 1))  # a large file: apart whatever the load
    early = start([str(document)], None, lambda: False)
    assert early is not None
    early.shutdown()


def spin(_: object) -> None:
    """A task that never ends by itself, in C or in Python alike for the kernel's CPU limit."""
    while True:
        pass


def refused(path: object, error: Exception) -> str:
    return f"refused {path}: {error}"


def test_a_late_process_is_forked_when_the_document_is_given_and_holds_the_kernel_s_limits() -> None:
    """A small file on a busy machine is no longer extracted in the command's own process, where no
    limit can be set: the process forked when the task comes is ended by the kernel's CPU limit, and
    the document is refused naming it."""
    with LateExtraction() as late:
        assert late.forked is None  # nothing forked before there is work
        (pid,) = late.map(pid_of_worker, [0])
        assert late.forked is not None and pid == late.forked.process.pid != os.getpid()
        (answer,) = late.map(LimitedTask(spin, 1, refused), ["looping.txt"])
    assert answer.startswith("refused looping.txt: looping.txt: its extraction used more than 1 CPU second")
    assert not late.forked.process.is_alive()


def on_one_core() -> None:
    """In the child before exec: one core allowed, so that kg.pipeline.early finds no idle core."""
    os.sched_setaffinity(0, {sorted(os.sched_getaffinity(0))[0]})


def test_a_small_file_on_a_busy_machine_is_extracted_under_the_memory_cap(tmp_path: Path) -> None:
    """The real program on one core: a small file (under ALWAYS_APART_BYTES) is extracted in a process of
    its own, under the cap: with a cap smaller than any Python process, it is refused by the cap (exit 2),
    where the command's own process, which has no cap, would have added it.

    The file is an .odt of 12 KB holding 100 KB of a list-heavy register: its extraction needs memory
    the process has not mapped yet (a cap below the address space already mapped fails only new pages).
    A 30 KB text register did until session 22, when the mapping's graphs stopped building indexes
    nobody asks (kg.model.graphs) and its extraction fit in pages already mapped."""
    register = odt(tmp_path / "register.odt", paragraphs(scaled_document("list", 100_000)))
    assert register.stat().st_size < ALWAYS_APART_BYTES
    command = [sys.executable, "-m", "kg.cli", "ingest", str(register), "--store", str(tmp_path / "s")]
    capped = subprocess.run(
        [*command, "--max-memory", "64"], capture_output=True, text=True, preexec_fn=on_one_core, timeout=300
    )
    assert capped.returncode == 2, capped.stderr
    assert f"{register}: its extraction needed more than the 64 MiB of memory" in capped.stderr
    added = subprocess.run(command, capture_output=True, text=True, preexec_fn=on_one_core, timeout=300)
    assert added.returncode == 0, added.stderr


def cpu_limit_of_this_process(_: object) -> tuple[int, int]:
    import resource

    return resource.getrlimit(resource.RLIMIT_CPU)


def test_without_a_child_the_task_runs_here_without_the_limits(monkeypatch: pytest.MonkeyPatch) -> None:
    """No process could be forked: the document is extracted in this process, which holds the store,
    without setting its CPU limit or memory cap there (they would stay set, and a later write past the
    limit would be ended by the kernel halfway)."""
    import resource

    def no_more_processes(self: EarlyExtraction) -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(EarlyExtraction, "__init__", no_more_processes)
    before = resource.getrlimit(resource.RLIMIT_CPU), resource.getrlimit(resource.RLIMIT_AS)
    with LateExtraction() as late:
        (limits,) = late.map(LimitedTask(cpu_limit_of_this_process, 1, refused), ["a.txt"])
    assert late.forked is None and limits == before[0]
    assert (resource.getrlimit(resource.RLIMIT_CPU), resource.getrlimit(resource.RLIMIT_AS)) == before


def sleep_long(_: object) -> None:
    import time

    time.sleep(60)


def test_a_child_that_gives_no_answer_in_time_is_ended() -> None:
    """A child blocked without using CPU (a lock copied locked by fork) never reaches its CPU limit: it
    is ended once the wait is over, and the caller goes on."""
    with EarlyExtraction() as early:
        assert early.send(sleep_long, 0)
        assert early.receive(0.5) is None
        early.process.join(timeout=10)
        assert early.process.exitcode == -signal.SIGKILL and early.broken


def test_the_late_process_is_forked_when_asked_and_map_uses_it() -> None:
    """`kg ingest` forks it before opening the store (kg.cli.ingest), `map` then uses that process."""
    with LateExtraction() as late:
        late.fork()
        assert late.forked is not None
        forked = late.forked.process.pid
        (pid,) = late.map(pid_of_worker, [0])
        assert pid == forked != os.getpid()
