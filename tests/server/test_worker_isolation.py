"""A hostile query costs one worker, never the server, and reaches no network whatever the lexer thinks.

The worker processes of `kg serve` run for real here (kg.server.worker), given queries
directly, past the server's guard: what stops SERVICE is the kernel (a network namespace),
what stops a memory-hungry query is the worker's address-space cap, and deep nesting is
refused before any parser sees it. Store generations: a write by another process is seen
by the server's views and its workers.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from support.recording_socket import RecordingSocket

from kg.server.backend import EmbeddedBackend
from kg.server.worker import WorkerOptions, WorkerOutOfMemory, WorkerPool
from kg.sparql.lexer import MAX_NESTING, lex
from kg.sparql.named import QueryError
from kg.store import open_store
from kg.store.generation import CHECK_SECONDS

TRICKS = (  # queries that got past the old guard, each with the recording socket's URL for PORT
    "SELECT * WHERE {{ BIND(<http://x\\u0062#> AS ?i) SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ BIND(1<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} }}",
)


def ask_worker(store: Path, request: dict, *extra: str) -> tuple[dict, dict]:
    """Start one worker on `store`, give it one request, return (ready line, answer header)."""
    process = subprocess.Popen(
        [sys.executable, "-c", "from kg.server.worker import main; main()", "--store", str(store), *extra],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdin is not None and process.stdout is not None
    ready = json.loads(process.stdout.readline())
    process.stdin.write(json.dumps(request).encode() + b"\n")
    process.stdin.close()
    header = json.loads(process.stdout.readline() or b"{}")
    process.wait(timeout=60)
    return ready, header


def query_request(text: str) -> dict:
    return {"query": text, "accept": "application/sparql-results+json", "cap": 1000}


@pytest.mark.parametrize("trick", TRICKS)
def test_a_sandboxed_worker_reaches_no_host_whatever_the_query(store_copy: Path, trick: str) -> None:
    with RecordingSocket() as recorder:
        ready, header = ask_worker(store_copy, query_request(trick.format(url=recorder.url("/sparql"))))
        recorder.assert_untouched()
    assert ready["ready"] and ready["sandbox"] in ("network namespace", "user and network namespaces")
    assert header["status"] == 400, header


def test_an_unsandboxed_worker_does_reach_it(store_copy: Path) -> None:
    """The control: with --no-sandbox the same worker calls out, so the test above can fail."""
    with RecordingSocket() as recorder:
        url = recorder.url("/sparql")
        ready, _ = ask_worker(store_copy, query_request(TRICKS[2].format(url=url)), "--no-sandbox")
        deadline = time.monotonic() + 5
        while not recorder.attempts and time.monotonic() < deadline:
            time.sleep(0.05)
        assert recorder.attempts
    assert ready["sandbox"].startswith("none")


def test_load_in_an_update_reaches_no_host_either(store_copy: Path) -> None:
    with RecordingSocket() as recorder:
        update = {"update": f"LOAD <{recorder.url('/data.ttl')}> INTO GRAPH <urn:x>"}
        _, header = ask_worker(store_copy, update, "--write")
        recorder.assert_untouched()
    assert header["status"] == 400
    with open_store(store_copy) as store:
        assert URIRef("urn:x") not in store.graphs()


def test_deep_nesting_is_refused_before_any_parser(store_copy: Path) -> None:
    deep = "SELECT * WHERE { BIND(" + "(" * 5000 + "1" + ")" * 5000 + " AS ?x) }"
    assert lex(deep).nesting == 5002 and lex(deep).too_deep
    with open_store(store_copy) as store, pytest.raises(QueryError, match=f"at most {MAX_NESTING}"):
        store.select(deep)
    shallow = "SELECT * WHERE { BIND(" + "(" * 50 + "1" + ")" * 50 + " AS ?x) }"
    with open_store(store_copy) as store:
        assert len(store.select(shallow)) == 1


def test_a_memory_hungry_query_ends_its_worker_not_the_pool(store_copy: Path) -> None:
    hungry = (
        "SELECT ?a ?b ?c ?d WHERE { ?a ?p1 ?x1 . ?b ?p2 ?x2 . ?c ?p3 ?x3 . ?d ?p4 ?x4 } "
        "ORDER BY ?a ?b ?c ?d LIMIT 1"
    )

    async def scenario() -> tuple[str, int]:
        pool = WorkerPool(str(store_copy), 1, WorkerOptions(memory_mb=1024))
        await pool.start()
        try:
            with pytest.raises(WorkerOutOfMemory) as refused:
                await pool.run(query_request(hungry), timeout=120)
            answer = await pool.run(query_request("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"), 60)
            return str(refused.value), answer.status
        finally:
            await pool.close()

    message, status = asyncio.run(scenario())
    assert "1,024 MB" in message and "LIMIT" in message
    assert status == 200


def test_a_write_by_another_process_is_seen_by_the_server_and_its_workers(store_copy: Path) -> None:
    new_graph = URIRef("https://w3id.org/alliance-kg/id/graph/register/written-elsewhere")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH " + new_graph.n3() + " { ?s ?p ?o } }"

    async def counts(backend: EmbeddedBackend) -> tuple[str, bool]:
        answer = await backend.user_query(query_request(count), 30)
        value = json.loads(answer.body)["results"]["bindings"][0]["n"]["value"]
        return value, str(new_graph) in await backend.graphs()

    async def scenario() -> list[tuple[str, bool]]:
        backend = EmbeddedBackend(store_copy, workers=2)
        await backend.start()
        try:
            before = await counts(backend)
            graph = Graph(identifier=new_graph)
            graph.add((URIRef("urn:thing"), RDFS.label, Literal("written by kg ingest")))
            with open_store(store_copy, readonly=False) as writer:
                writer.replace_graph(new_graph, graph)
            await asyncio.sleep(CHECK_SECONDS * 2)
            return [before, *[await counts(backend) for _ in range(4)]]
        finally:
            await backend.close()

    seen = asyncio.run(scenario())
    assert seen[0] == ("0", False)
    assert all(after == ("1", True) for after in seen[1:]), seen


def test_the_server_refuses_to_start_without_a_sandbox_unless_told(
    store_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Where the kernel gives no network namespace, one line and no server; --no-sandbox starts."""
    import kg.server.backend as backend
    import kg.server.sandbox as sandbox
    from kg.cli import serve

    monkeypatch.setattr(sandbox, "_unshare", lambda flags: 1)  # EPERM, as in a locked-down container
    with pytest.raises(sandbox.SandboxUnavailable, match="refused a network namespace"):
        sandbox.isolate()

    def no_namespaces() -> str:
        raise sandbox.SandboxUnavailable("the kernel refused a network namespace (test)")

    monkeypatch.setattr(backend, "probe", no_namespaces)
    with pytest.raises(sandbox.SandboxUnavailable) as refused:
        EmbeddedBackend(store_copy, workers=1)
    assert "\n" not in str(refused.value)
    unsandboxed = EmbeddedBackend(store_copy, workers=1, options=WorkerOptions(sandbox=False))
    assert unsandboxed.pool.options.sandbox is False
    assert WorkerOptions().memory_mb == serve.DEFAULT_MEMORY_MB
    parsed = serve_arguments(["serve", "--no-sandbox", "--worker-memory-mb", "512"])
    config = serve.config_from(parsed)
    assert (config.sandbox, config.worker_memory_mb) == (False, 512)


def serve_arguments(argv: list[str]):
    from kg.cli.main import build_parser

    return build_parser().parse_args(argv)
