"""`kg history`, `kg history show|revert` and `--as-of` of `kg sparql` / `kg query`, as the real
command (a child process), on a copy of the seed store; and a write through a real `kg serve`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from support.versions import VERSIONS

from kg.store.history import History

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
GRAPH = "https://w3id.org/alliance-kg/id/graph/register/ogf-dmtf-storage-work-register-v1-0"


def kg(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, timeout=300, check=False
    )


def ok(*args: str) -> str:
    done = kg(*args)
    assert done.returncode == 0, done.stderr
    return done.stdout


def count(store: Path, *options: str) -> int:
    return int(ok("sparql", COUNT, "--store", str(store), "--format", "csv", *options).split()[1])


def listing(store: Path) -> list[dict]:
    return json.loads(ok("history", "--store", str(store), "--format", "json"))


@pytest.fixture
def ingested(store_copy: Path) -> tuple[Path, int, int]:
    """The seed store copy after `kg ingest` of one register version; the count before it, and the
    id of the ingest's transaction (1 is the build of the seed store; a push from it adds one)."""
    before = count(store_copy)
    ok("ingest", str(VERSIONS / "register-v1.0.txt"), "--store", str(store_copy))
    return store_copy, before, listing(store_copy)[-1]["id"]


def test_an_ingest_is_listed_with_its_command_and_counts(ingested: tuple[Path, int, int]) -> None:
    store, _, number = ingested
    build, *_, ingest = listing(store)
    assert (build["id"], build["operation"]) == (1, "replace-all")
    assert ingest["id"] == number and ingest["operation"] == "replace"
    assert ingest["command"] == f"kg ingest {VERSIONS / 'register-v1.0.txt'} --store {store}"
    assert GRAPH in ingest["graphs"] and ingest["removed"] == 0 and ingest["added"] > 0
    text = ok("history", "--store", str(store))
    assert f"{number:>5}  {ingest['time'][:19]}Z  +{ingest['added']} -0  replace: kg ingest " in text
    assert f"graphs: {', '.join(ingest['graphs'])}" in text
    patch = ok("history", "--store", str(store), "show", str(number))
    rows = patch.splitlines()
    assert rows[rows.index("TX .") + 1 :] == [*sorted(rows[rows.index("TX .") + 1 : -1]), "TC ."]
    assert sum(row.startswith("A ") for row in rows) == ingest["added"]
    assert {row.rsplit(" ", 2)[1][1:-1] for row in rows if row.startswith("A ")} == set(ingest["graphs"])


def test_as_of_answers_the_count_before_a_later_ingest(ingested: tuple[Path, int, int]) -> None:
    store, before, number = ingested
    assert count(store) > before
    assert count(store, "--as-of", str(number - 1)) == before
    moment = listing(store)[-2]["time"]
    assert count(store, "--as-of", moment) == before
    answer = ok("query", "register-parties", "--store", str(store), "--as-of", str(number - 1), "-f", "csv")
    now = ok("query", "register-parties", "--store", str(store), "--format", "csv")
    assert (
        "ogf-dmtf-storage-work-register-v1-0" in now and "ogf-dmtf-storage-work-register-v1-0" not in answer
    )


def test_revert_undoes_the_ingest_and_is_recorded(ingested: tuple[Path, int, int]) -> None:
    store, before, number = ingested
    added = listing(store)[-1]["added"]
    assert ok("history", "--store", str(store), "revert", str(number)).strip() == (
        f"reverted transaction {number} as transaction {number + 1}: +0 -{added}"
    )
    assert count(store) == before
    last = listing(store)[-1]
    assert (last["id"], last["operation"], last["reverts"], last["removed"]) == (
        number + 1,
        "revert",
        number,
        added,
    )
    assert last["command"] == f"kg history --store {store} revert {number}"


def test_a_conflicting_revert_exits_2_and_changes_nothing(ingested: tuple[Path, int, int]) -> None:
    store, before, number = ingested
    ok("history", "--store", str(store), "revert", str(number))
    again = kg("history", "--store", str(store), "revert", str(number))
    assert again.returncode == 2
    assert f"cannot revert transaction {number}:" in again.stderr
    assert f"changed later by transaction(s) {number + 1}" in again.stderr
    assert "nothing was changed" in again.stderr
    assert listing(store)[-1]["id"] == number + 1 and count(store) == before


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["history", "show", "9"], "no transaction 9 in the history of"),
        (["history", "revert", "nine"], "a transaction id is a number"),
        (["sparql", COUNT, "--as-of", "last tuesday"], "--as-of takes a transaction id, a date"),
        (["sparql", COUNT, "--as-of", "1", "--endpoint", "http://127.0.0.1:9/sparql"], "cannot be used with"),
    ],
)
def test_bad_requests_exit_2_with_a_message(store_copy: Path, args: list[str], message: str) -> None:
    done = (
        kg(*args, "--store", str(store_copy))
        if args[0] == "sparql"
        else kg(args[0], "--store", str(store_copy), *args[1:])
    )
    assert done.returncode == 2 and message in done.stderr and not done.stdout


def test_no_store_is_an_error(tmp_path: Path) -> None:
    done = kg("history", "--store", str(tmp_path / "none"))
    assert done.returncode == 2 and f"no store at {tmp_path / 'none'}" in done.stderr


def test_a_history_lists_nothing_before_the_first_write(tmp_path: Path, seed_store: Path) -> None:
    import shutil

    bare = tmp_path / "bare"
    shutil.copytree(seed_store, bare, ignore=shutil.ignore_patterns("history"))
    assert ok("history", "--store", str(bare)).strip() == f"no transaction recorded in the history of {bare}"
    assert History(bare).transactions() == []


def test_writes_through_a_real_server_are_recorded(store_copy: Path) -> None:
    """A SPARQL Update and a Graph Store PUT through `kg serve` with its update token, each one
    transaction of the store's history, made by the server's write worker."""
    import httpx

    from kg.server.worker import SERVER_COMMAND
    from kg.testing.live_server import start_server

    token, graph = "history-test-token", "http://example.org/served"
    before = count(store_copy)
    server = start_server("--store", str(store_copy), env={"ALLIANCE_KG_UPDATE_TOKEN": token})
    try:
        auth = {"Authorization": f"Bearer {token}"}
        update = f'INSERT DATA {{ GRAPH <{graph}> {{ <http://example.org/a> <http://example.org/p> "1" }} }}'
        assert httpx.post(server.url + "sparql", data={"update": update}, headers=auth).status_code == 204
        put = httpx.put(
            server.url + "store",
            params={"graph": graph},
            content='<http://example.org/a> <http://example.org/p> "2" .',
            headers={**auth, "Content-Type": "text/turtle"},
        )
        assert put.status_code == 204, put.text
    finally:
        server.stop()
    *_, update_tx, put_tx = listing(store_copy)
    assert (update_tx["command"], update_tx["operation"], update_tx["graphs"]) == (
        SERVER_COMMAND,
        "update",
        [graph],
    )
    assert (update_tx["added"], update_tx["removed"], put_tx["added"], put_tx["removed"]) == (1, 0, 1, 1)
    assert put_tx["graphs"] == [graph]
    assert (
        count(store_copy) == before + 1 and count(store_copy, "--as-of", str(update_tx["id"] - 1)) == before
    )
