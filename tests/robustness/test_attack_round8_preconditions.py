"""Eighth outside attack: the Graph Store's writes ignored the client's preconditions (lost updates).

A client that edits a graph reads it (GET, an ETag), changes it and writes it back with `If-Match`
that ETag, so that a write made by someone else in between is not overwritten (RFC 9110 13.1.1: an
origin server MUST NOT perform the method when the condition is false; 412). `kg serve` wrote
whatever the conditions said: `If-Match` of a stale ETag, `If-None-Match: *` on an existing graph
(create only) and `If-Unmodified-Since` of a date long past were each 204, and the other write was
lost (docs/reliability.md section 16). A real server, with the update token, on a copy of the test store.
"""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from support.kg_server import copy_store, served_store

from kg.testing.live_server import LiveServer, start_server

TOKEN = "round-8-precondition-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
GRAPH = "http://example.org/round8/edited"
TURTLE = {"Content-Type": "text/turtle", **AUTH}
PAST = "Sat, 01 Jan 2000 00:00:00 GMT"


def body(value: str) -> str:
    return f'<http://example.org/s> <http://example.org/p> "{value}" .\n'


@pytest.fixture(scope="module")
def server() -> Iterator[LiveServer]:
    live = start_server("--store", str(copy_store(served_store())), env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN})
    yield live
    live.stop()


@pytest.fixture
def client(server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server.url.rstrip("/"), timeout=30) as http:
        yield http


def put(client: httpx.Client, value: str, **headers: str) -> httpx.Response:
    return client.put("/store", params={"graph": GRAPH}, content=body(value), headers={**TURTLE, **headers})


def current(client: httpx.Client) -> tuple[str, str]:
    """The graph's Turtle and its ETag."""
    response = client.get("/store", params={"graph": GRAPH}, headers={"Accept": "text/turtle"})
    assert response.status_code == 200, response.text
    return response.text, response.headers["etag"]


def test_a_write_with_a_stale_etag_is_412_and_the_other_write_is_kept(client: httpx.Client) -> None:
    assert put(client, "first").status_code in (201, 204)
    _, seen = current(client)
    assert put(client, "someone else's", **{"If-Match": seen}).status_code == 204  # the tag was current
    lost = put(client, "mine", **{"If-Match": seen})  # read before someone else wrote
    assert lost.status_code == 412, (lost.status_code, lost.text)
    text, fresh = current(client)
    assert "someone else's" in text and "mine" not in text
    assert put(client, "mine, merged", **{"If-Match": fresh}).status_code == 204
    assert (
        client.delete("/store", params={"graph": GRAPH}, headers={**AUTH, "If-Match": fresh}).status_code
        == 412
    )


def test_create_only_and_an_old_date_are_412(client: httpx.Client) -> None:
    assert put(client, "exists").status_code in (201, 204)
    assert put(client, "created again", **{"If-None-Match": "*"}).status_code == 412
    assert put(client, "late", **{"If-Unmodified-Since": PAST}).status_code == 412
    assert (
        client.post(
            "/store",
            params={"graph": GRAPH},
            content=body("added"),
            headers={**TURTLE, "If-Match": '"stale"'},
        ).status_code
        == 412
    )
    assert "exists" in current(client)[0]
    absent = "http://example.org/round8/absent"
    assert (
        client.put(
            "/store", params={"graph": absent}, content=body("x"), headers={**TURTLE, "If-Match": "*"}
        ).status_code
        == 412
    )
    created = client.put(
        "/store", params={"graph": absent}, content=body("x"), headers={**TURTLE, "If-None-Match": "*"}
    )
    assert created.status_code == 201, created.text


def test_a_read_with_a_false_if_match_is_412(client: httpx.Client) -> None:
    """RFC 9110 13.1.1 holds for GET too; a matching tag or `*` reads as before."""
    assert put(client, "read").status_code in (201, 204)
    _, tag = current(client)
    params, turtle = {"graph": GRAPH}, {"Accept": "text/turtle"}
    assert client.get("/store", params=params, headers={**turtle, "If-Match": '"other"'}).status_code == 412
    assert client.get("/store", params=params, headers={**turtle, "If-Match": tag}).status_code == 200
    assert client.get("/store", params=params, headers={**turtle, "If-Match": "*"}).status_code == 200
    assert (
        client.get("/store", params=params, headers={**turtle, "If-Unmodified-Since": PAST}).status_code
        == 412
    )


def test_a_tag_on_a_second_if_match_line_is_read(client: httpx.Client) -> None:
    """RFC 9110 5.3: two `If-Match` lines are one list; only the first was read, so a client that sent
    its current tag on a second line got 412, and one whose first line matched had the second ignored."""
    assert put(client, "two lines").status_code in (201, 204)
    _, tag = current(client)
    lines = [*TURTLE.items(), ("If-Match", '"an-old-one"'), ("If-Match", tag)]
    written = client.put("/store", params={"graph": GRAPH}, content=body("after two lines"), headers=lines)
    assert written.status_code == 204, (written.status_code, written.text)
    stale = [*TURTLE.items(), ("If-Match", '"an-old-one"'), ("If-Match", tag)]  # `tag` is stale now
    refused = client.put("/store", params={"graph": GRAPH}, content=body("lost"), headers=stale)
    assert refused.status_code == 412, (refused.status_code, refused.text)


def test_deleting_a_graph_that_is_not_there_is_404_whatever_the_preconditions(client: httpx.Client) -> None:
    """RFC 9110 13.2.1: a server MUST ignore the preconditions when the request without them would fail
    other than with 412; the graph's absence (404) comes first."""
    missing = {"graph": "http://example.org/round8/never-written"}
    for condition in ({"If-Match": '"some-tag"'}, {"If-Match": "*"}, {"If-Unmodified-Since": PAST}):
        response = client.delete("/store", params=missing, headers={**AUTH, **condition})
        assert response.status_code == 404, (condition, response.status_code, response.text)
