"""`kg serve` answers only the Host names that are its own (kg.cli.serve.allowed_hosts): on 127.0.0.1 a
request naming another host is refused with 400 before anything reads it.

Why: any web page the user's browser opens can make the browser connect to 127.0.0.1 under a name the
page's author points there (DNS rebinding), and then read the answers as its own origin; and the URLs the
server builds from the request (the service description's endpoint, a Graph Store write's Location) named
whatever Host the request gave (docs/reliability.md section 19). The real server, started as a process.
"""

from __future__ import annotations

import httpx
import pytest
from support.kg_server import shared_server

from kg.cli.serve import allowed_hosts

SERVICE = "/sparql"
DESCRIPTION = {"Accept": "text/turtle"}


def get(url: str, host: str | None) -> httpx.Response:
    headers = dict(DESCRIPTION)
    if host is not None:
        headers["Host"] = host
    return httpx.get(url.rstrip("/") + SERVICE, headers=headers, timeout=30)


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:8000", "127.0.0.1.nip.io", "[::2]"])
def test_another_host_is_refused_on_the_loopback_address(host: str) -> None:
    server = shared_server()
    answer = get(server.url, host)
    assert answer.status_code == 400, answer.text[:300]
    assert "attacker" not in answer.text


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_the_loopback_names_are_answered_and_name_the_endpoint(host: str) -> None:
    server = shared_server()
    port = server.url.rstrip("/").rsplit(":", 1)[1]
    answer = get(server.url, f"{host}:{port}")
    assert answer.status_code == 200, answer.text[:300]
    assert f"http://{host}:{port}/sparql" in answer.text  # the service description's endpoint


def test_a_name_given_is_answered_besides_the_loopback_names() -> None:
    server = shared_server("--allowed-host", "kg.example.org")
    assert get(server.url, "kg.example.org").status_code == 200
    assert get(server.url, None).status_code == 200  # httpx's own Host: 127.0.0.1:PORT
    assert get(server.url, "other.example.org").status_code == 400


@pytest.mark.parametrize(
    ("bound", "given", "expected"),
    [
        ("127.0.0.1", None, ["127.0.0.1", "[::1]", "localhost"]),
        ("::1", None, ["127.0.0.1", "[::1]", "localhost"]),
        ("LOCALHOST", None, ["127.0.0.1", "[::1]", "localhost"]),
        ("10.1.2.3", None, ["10.1.2.3"]),
        ("10.1.2.3", ["KG.example.org"], ["10.1.2.3", "kg.example.org"]),
        ("0.0.0.0", None, None),
        ("::", None, None),
        ("127.0.0.1", ["*"], None),
    ],
)
def test_the_names_a_server_answers(bound: str, given: list[str] | None, expected: list[str] | None) -> None:
    assert allowed_hosts(bound, given) == expected
