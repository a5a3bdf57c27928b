"""A Graph Store write's preconditions are checked again by the write worker once it holds the store's
gate (kg.server.worker.unmet_precondition), not only by the server before it starts the worker: a write
landing between the two (another request, another server on the same store) was overwritten by a
client whose If-Match no longer held (session 16's review). The real write worker, one request each,
given preconditions the server would have passed on."""

from __future__ import annotations

import email.utils
import json
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph as ox

from kg.server.preconditions import graph_tags
from kg.server.worker import graph_triples
from kg.store.check import open_read_only

GRAPH_OF_EDITS = "http://example.org/session17/edited"


def write_in_worker(store: Path, request: dict) -> dict:
    """One request to a real write worker on `store`: its answer's header."""
    process = subprocess.run(
        [sys.executable, "-c", "from kg.server.worker import main; main()", "--store", str(store), "--write"],
        input=json.dumps(request).encode() + b"\n",
        capture_output=True,
        timeout=120,
        check=False,
    )
    lines = process.stdout.split(b"\n")
    assert json.loads(lines[0])["ready"], process.stderr.decode()[-2000:]
    return json.loads(lines[1])


def insert(value: str, preconditions: dict) -> dict:
    triple = f'<http://example.org/s> <http://example.org/p> "{value}"'
    update = f"INSERT DATA {{ GRAPH <{GRAPH_OF_EDITS}> {{ {triple} }} }}"
    return {"update": update, "base": None, "preconditions": preconditions}


def conditions(headers: dict[str, str], graph: str | None = GRAPH_OF_EDITS) -> dict:
    return {"headers": headers, "method": "PUT", "graph": graph, "last_modified": 0.0}


def values(store: Path) -> set[str]:
    snapshot = open_read_only(store)
    found = {
        q.object.value for q in snapshot.quads_for_pattern(None, None, None, ox.NamedNode(GRAPH_OF_EDITS))
    }
    del snapshot
    return found


def current_tag(store: Path) -> str:
    snapshot = open_read_only(store)
    tags = graph_tags(graph_triples(snapshot, GRAPH_OF_EDITS))
    del snapshot
    return sorted(tags)[0]


def test_a_tag_that_went_stale_before_the_worker_held_the_gate_is_412(store_copy: Path) -> None:
    assert write_in_worker(store_copy, insert("first", {}))["status"] < 300
    seen = current_tag(store_copy)
    assert (
        write_in_worker(store_copy, insert("someone else's", conditions({"if-match": seen})))["status"] < 300
    )
    late = write_in_worker(store_copy, insert("mine", conditions({"if-match": seen})))
    assert late["status"] == 412, late
    assert f"<{GRAPH_OF_EDITS}>" in late["error"] and "read it again" in late["error"]
    assert values(store_copy) == {"first", "someone else's"}


def test_a_current_tag_writes_and_create_only_refuses_an_existing_graph(store_copy: Path) -> None:
    assert write_in_worker(store_copy, insert("first", {}))["status"] < 300
    assert write_in_worker(store_copy, insert("again", conditions({"if-none-match": "*"})))["status"] == 412
    absent = conditions({"if-match": "*"}, "http://example.org/session17/absent")
    assert write_in_worker(store_copy, insert("nowhere", absent))["status"] == 412
    fresh = current_tag(store_copy)
    assert write_in_worker(store_copy, insert("merged", conditions({"if-match": fresh})))["status"] < 300
    assert values(store_copy) == {"first", "merged"}


def test_a_date_a_write_landed_after_is_412_though_the_server_passed_it(store_copy: Path) -> None:
    # The server passes on its own Last-Modified; the worker also reads the time of the last write
    # recorded since (kg.store.generation): If-Unmodified-Since of a date before it is false
    assert write_in_worker(store_copy, insert("first", {}))["status"] < 300
    read_at = time.time()  # what the client's GET said (Last-Modified), as the server passes it on
    time.sleep(1.1)  # HTTP dates count whole seconds
    assert write_in_worker(store_copy, insert("someone else's", {}))["status"] < 300
    since = {"if-unmodified-since": email.utils.formatdate(read_at, usegmt=True)}
    late = write_in_worker(store_copy, insert("mine", {**conditions(since), "last_modified": read_at}))
    assert late["status"] == 412, late
    assert values(store_copy) == {"first", "someone else's"}
    now = {"if-unmodified-since": email.utils.formatdate(time.time() + 1, usegmt=True)}
    assert (
        write_in_worker(store_copy, insert("mine", {**conditions(now), "last_modified": read_at}))["status"]
        < 300
    )
