"""`kg push --auth bearer` writes to the project's own `kg serve`, which takes its update token as a
Bearer token (kg.store.http.BearerAuth).

Why: the server takes writes only with `Authorization: Bearer TOKEN` (docs/server.md) and the client
sent only Basic or Digest, so `kg push --to http://127.0.0.1:PORT/store` answered 401 whatever was
given, with advice (--user, --password) that could not work (engineer Q's new-user journey, session 28).
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from kg.cli.options import AUTH_CHOICES
from kg.store import open_store
from kg.store.http import AUTH_SCHEMES, BearerAuth, Connection
from kg.testing.live_server import LiveServer, start_server

TOKEN = "s3cret-token-for-the-test"


@pytest.fixture
def writable(tmp_path: Path) -> Iterator[LiveServer]:
    """A `kg serve` on an empty store of its own, writable with TOKEN."""
    empty = tmp_path / "served"
    with open_store(empty, readonly=False):  # a new store: ontology, shapes, reference data, no register
        pass
    server = start_server("--store", str(empty), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    yield server
    server.stop()


def push(
    seed_store: Path, server: LiveServer, *options: str, password: str | None
) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "ALLIANCE_KG_PASSWORD"}
    if password is not None:
        env["ALLIANCE_KG_PASSWORD"] = password
    target = server.url.rstrip("/") + "/store"
    return subprocess.run(
        [sys.executable, "-m", "kg", "push", "--store", str(seed_store), "--to", target, *options],
        capture_output=True,
        text=True,
        env=env,
        timeout=300,
        check=False,
    )


def graphs_served(server: LiveServer) -> set[str]:
    answer = httpx.get(
        server.url.rstrip("/") + "/sparql",
        params={"query": "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"},
        headers={"Accept": "application/sparql-results+json"},
        timeout=60,
    )
    assert answer.status_code == 200, answer.text[:300]
    return {row["g"]["value"] for row in answer.json()["results"]["bindings"]}


def test_push_with_the_update_token_as_bearer(seed_store: Path, writable: LiveServer) -> None:
    done = push(seed_store, writable, "--auth", "bearer", password=TOKEN)
    assert done.returncode == 0, done.stderr[-800:]
    served = graphs_served(writable)
    assert any(g.endswith("/graph/register/ogf-dmtf") for g in served), sorted(served)


def test_a_wrong_token_is_refused_with_advice_that_works(seed_store: Path, writable: LiveServer) -> None:
    done = push(seed_store, writable, "--auth", "bearer", password="not-the-token")
    assert done.returncode != 0
    assert "answered HTTP 401" in done.stderr and "--auth bearer" in done.stderr, done.stderr[-800:]
    assert not any("/graph/register/" in g for g in graphs_served(writable))


def test_the_token_is_sent_as_bearer_and_never_shown() -> None:
    connection = Connection("http://127.0.0.1:1/store", password=TOKEN, auth="bearer")
    auth = connection.credentials()
    assert isinstance(auth, BearerAuth)
    request = httpx.Request("PUT", "http://127.0.0.1:1/store")
    assert next(auth.auth_flow(request)).headers["Authorization"] == f"Bearer {TOKEN}"
    assert TOKEN not in repr(connection)
    assert Connection("http://127.0.0.1:1/store", auth="bearer").credentials() is None  # no token: none


def test_the_commands_offer_every_scheme_the_client_speaks() -> None:
    assert AUTH_CHOICES == AUTH_SCHEMES
