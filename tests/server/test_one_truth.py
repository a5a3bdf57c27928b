"""Readers see one truth: every process and worker of a running `kg serve` answers from the latest
committed state within a second of a write, whoever wrote (kg.store.generation).

Real servers on 127.0.0.1: one with two uvicorn processes and an update token (an update POSTed
to one process must be seen by both, and by every query worker), and one serving a store that
`kg ingest` writes to while it runs.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import httpx
from support.kg_server import copy_store, served_store

from kg.model.namespaces import register_graph_iri
from kg.testing.live_server import start_server

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
TOKEN = "one-truth-token"
MARK = "urn:one-truth:mark"
SEEN_WITHIN = 1.0  # seconds


def ask(client: httpx.Client, query: str) -> bool:
    response = client.get(
        "sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    response.raise_for_status()
    return bool(response.json()["boolean"])


def ingest_while_serving(store: Path) -> None:
    """`kg ingest` of a register the served store lacks, as another process (exit 0 expected); its
    slug is given, so that the graph's IRI is known here whatever the document's title and version."""
    command = [
        sys.executable,
        "-m",
        "kg.cli",
        "ingest",
        str(FIXTURES / "ogf-ofa-register.html"),
        "--slug",
        "ogf-ofa",
    ]
    ingest = subprocess.run([*command, "--store", str(store)], capture_output=True, text=True, timeout=300)
    assert ingest.returncode == 0, ingest.stderr


def test_an_update_is_seen_by_every_process_and_worker_within_a_second() -> None:
    server = start_server(
        "--store", str(copy_store(served_store())), "--workers", "2", env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN}
    )
    try:
        seen = []
        for round_ in range(3):
            value = f"round {round_}"
            update = f'INSERT DATA {{ GRAPH <{MARK}> {{ <{MARK}> <{MARK}#v> "{value}" }} }}'
            with httpx.Client(base_url=server.url, timeout=30) as writer:
                answer = writer.post(
                    "sparql", data={"update": update}, headers={"Authorization": f"Bearer {TOKEN}"}
                )
                assert answer.status_code == 204, answer.text
            time.sleep(SEEN_WITHIN)
            for _ in range(15):  # new connections land on either process, and on any worker
                with httpx.Client(base_url=server.url, timeout=30) as reader:
                    seen.append(ask(reader, f'ASK {{ <{MARK}> <{MARK}#v> "{value}" }}'))
        assert seen == [True] * len(seen), f"{seen.count(False)} of {len(seen)} answers missed the update"
    finally:
        server.stop()


def test_a_graph_ingested_while_serving_is_served_within_a_second(tmp_path: Path) -> None:
    store = copy_store(served_store())
    server = start_server("--store", str(store))
    graph = register_graph_iri("ogf-ofa")
    query = f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            assert ask(client, query) is False
            ingest_while_serving(store)
            time.sleep(SEEN_WITHIN)
            assert [ask(client, query) for _ in range(6)] == [True] * 6
            page = client.get("doc/register/ogf-ofa", headers={"Accept": "text/html"})
            assert page.status_code == 200
    finally:
        server.stop()


def test_a_replaced_worker_and_the_old_ones_give_the_same_answer(tmp_path: Path) -> None:
    """A write by another process, then a worker killed at the time limit and replaced: the fresh
    worker and the ones that were running answer alike (no worker keeps an old view)."""
    store = copy_store(served_store())
    server = start_server("--store", str(store), "--timeout", "1", "--query-workers", "3")
    graph = register_graph_iri("ogf-ofa")
    query = f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            assert [ask(client, query) for _ in range(6)] == [False] * 6  # every worker has a view
            ingest_while_serving(store)
            stopped = client.get(
                "sparql", params={"query": slow}, headers={"Accept": "application/sparql-results+json"}
            )
            assert stopped.status_code == 503  # its worker was killed and is being replaced
            time.sleep(SEEN_WITHIN)
            assert [ask(client, query) for _ in range(12)] == [True] * 12
    finally:
        server.stop()
