"""The fourteenth outside attack (session 23): a password written into an endpoint's URL.

`http://user:password@host/sparql` is how many tools take credentials, and httpx sends them as
Basic auth. The URL went everywhere a URL goes: every error message (`kg sparql: cannot reach
http://alice:s3cret@...`), the warning log, the store's history (`kg push` records its target)
and, for `kg serve --endpoint`, the 502 pages that name the store a visitor's page could not be
read from. kg.store.http.Connection now takes the user information out of the URL where a
connection is made and uses it as --user and --password are (Basic or Digest); no URL shown holds
it. Each test runs the real command against a real HTTP server on 127.0.0.1.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import httpx
from support.guarded_endpoint import PASSWORD, USER, Guarded, serve

from kg.testing.live_server import start_server

QUERY = "SELECT ?x WHERE { ?x ?p ?o }"


def with_credentials(url: str, password: str = PASSWORD) -> str:
    return url.replace("http://", f"http://{USER}:{password}@", 1)


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])  # nothing listens there once the probe is closed


def kg(*args: str, store: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **({"ALLIANCE_KG_STORE": str(store)} if store else {})}
    return subprocess.run(
        [sys.executable, "-m", "kg.cli", *args], capture_output=True, text=True, env=env, timeout=120
    )


def test_credentials_in_the_url_are_used_as_user_and_password(guarded: tuple[str, str]) -> None:
    url, scheme = guarded
    done = kg("sparql", "--endpoint", with_credentials(url), "--auth", scheme, "--format", "csv", QUERY)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["x", "granted"]
    assert any(header == scheme.title() for _, header, _ in Guarded.seen)  # answered with the scheme asked


def test_refused_credentials_are_not_repeated(guarded: tuple[str, str]) -> None:
    url, scheme = guarded
    done = kg("sparql", "--endpoint", with_credentials(url, "wrong-Pa55"), "--auth", scheme, QUERY)
    assert done.returncode == 2, done.stderr
    assert "HTTP 401" in done.stderr and url in done.stderr
    assert "wrong-Pa55" not in done.stderr + done.stdout


def test_an_unreachable_endpoint_is_named_without_its_password() -> None:
    url = f"http://127.0.0.1:{closed_port()}/sparql"
    done = kg("sparql", "--endpoint", with_credentials(url), QUERY)
    assert done.returncode == 2
    assert done.stderr.startswith(f"kg sparql: cannot reach {url} ("), done.stderr
    assert PASSWORD not in done.stderr


def test_a_push_target_is_recorded_without_its_password(store_copy: Path) -> None:
    handler = type("GuardedBasic", (Guarded,), {"scheme": "basic"})
    for url in serve(handler):
        done = kg("push", "--to", with_credentials(url), "--protocol", "update", "--store", str(store_copy))
        assert done.returncode == 0, done.stderr
        assert PASSWORD not in done.stdout + done.stderr
    history = kg("history", store=store_copy)
    assert history.returncode == 0, history.stderr
    assert "push" in history.stdout and PASSWORD not in history.stdout
    written = b"".join(p.read_bytes() for p in (store_copy / "history").rglob("*") if p.is_file())
    assert PASSWORD.encode() not in written


def test_a_served_page_names_the_failing_store_without_its_password() -> None:
    url = f"http://127.0.0.1:{closed_port()}/sparql"
    server = start_server("--endpoint", with_credentials(url), "--timeout", "3")
    try:
        page = httpx.get(server.url, timeout=30)
        answer = httpx.get(server.url + "sparql", params={"query": "ASK {}"}, timeout=30)
        log = server.log.read_text(errors="replace")
    finally:
        server.stop()
        server.log.unlink(missing_ok=True)
    assert page.status_code == 502 and answer.status_code == 502, (page.text[:300], answer.text[:300])
    for text in (page.text, answer.text, log):
        assert PASSWORD not in text
    assert f"127.0.0.1:{url.split(':')[2]}" in page.text  # the store is still named


def test_a_password_option_is_recorded_hidden(store_copy: Path) -> None:
    handler = type("GuardedBasic", (Guarded,), {"scheme": "basic"})
    for url in serve(handler):
        done = kg(
            "push", "--to", url, "--user", USER, "--password", PASSWORD, "--protocol", "update",
            "--store", str(store_copy),
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    history = kg("history", store=store_copy)
    assert f"--user {USER} --password '***'" in history.stdout or "--password ***" in history.stdout
    assert PASSWORD not in history.stdout
