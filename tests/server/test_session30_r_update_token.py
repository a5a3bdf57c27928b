"""Attack round 17 (session 30, engineer R): update tokens no client could send.

`ALLIANCE_KG_UPDATE_TOKEN=pässwort kg serve` started and announced itself writable, but every write was
401, `kg push --auth bearer` with the very token included: the server compared the field's text, which
Starlette decodes as Latin-1, encoded as UTF-8, with the token's UTF-8, and the two differ for every
character past ASCII. The field's bytes are now compared (kg.server.sparql.check_token). A token that no
Authorization field can carry (a line break or another control, a blank at either end, text that is not
UTF-8, which made every write a 500) is refused as the server starts (kg.cli.serve.update_token).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from rdflib import Graph, Literal, URIRef

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError
from kg.store.embedded import write_store
from kg.store.http import Connection, EndpointError, HttpClient
from kg.testing.live_server import LiveServer, start_server

TOKEN = "pässwort-Ω"
GRAPH = "http://example.org/g"
NTRIPLES = {"Content-Type": "application/n-triples"}


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    folder = Path(tempfile.mkdtemp(prefix="kg-token-"))
    seed = Graph(identifier=URIRef("http://example.org/seed"))
    seed.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({seed.identifier: seed}, folder / "store")
    live = start_server("--store", str(store), env={serve.TOKEN_VARIABLE: TOKEN})
    try:
        yield live
    finally:
        live.stop()
        shutil.rmtree(folder, ignore_errors=True)


def test_a_token_past_ascii_is_taken_as_utf8(server: LiveServer) -> None:
    url = server.url.rstrip("/")
    put = httpx.put(
        f"{url}/store",
        params={"graph": GRAPH},
        content='<http://example.org/s> <http://example.org/p> "1" .\n',
        headers={**NTRIPLES, "Authorization": f"Bearer {TOKEN}".encode()},
    )
    assert put.status_code == 201, put.text
    wrong = httpx.put(
        f"{url}/store",
        params={"graph": GRAPH},
        content="",
        headers={**NTRIPLES, "Authorization": "Bearer pÃ¤sswort-Î©".encode()},  # the same bytes as Latin-1
    )
    assert wrong.status_code == 401


def test_kg_push_s_client_writes_with_such_a_token(server: LiveServer) -> None:
    client = HttpClient(Connection(f"{server.url}store", password=TOKEN, auth="bearer"))
    body = b'<http://example.org/s> <http://example.org/p> "2" .\n'
    try:
        answer = client.send("PUT", params={"graph": GRAPH}, content=body, headers=NTRIPLES)
    finally:
        client.close()
    assert answer.status_code in (200, 204), answer.text


@pytest.mark.parametrize("token", ["tok\nen", "tok\ren", " token", "token ", "tok\x00en", "tok\udcffen"])
def test_a_token_no_field_can_carry_is_refused_at_start(token: str, monkeypatch: pytest.MonkeyPatch) -> None:
    # no environment variable holds a NUL, and setenv encodes: the mapping the server reads
    monkeypatch.setattr(serve.os, "environ", {**serve.os.environ, serve.TOKEN_VARIABLE: token})
    with pytest.raises(KgError, match=serve.TOKEN_VARIABLE):
        serve.config_from(build_parser().parse_args(["serve"]))


def test_inner_blanks_and_punctuation_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(serve.TOKEN_VARIABLE, "a b!c~ä")
    assert serve.config_from(build_parser().parse_args(["serve"])).update_token == "a b!c~ä"


@pytest.mark.parametrize("token", ["tok\nen", " token", "tok\x7fen"])
def test_kg_push_refuses_a_bearer_token_no_field_can_carry(token: str) -> None:
    """It was "cannot reach URL (Illegal header value ...): check the URL and that the server is running"."""
    with pytest.raises(EndpointError, match="no Authorization field can carry it"):
        Connection("http://127.0.0.1:9/store", password=token, auth="bearer")
    Connection("http://127.0.0.1:9/store", password=token.strip() or "x", auth="basic")  # Basic encodes it
