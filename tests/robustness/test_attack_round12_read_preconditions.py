"""GETs of the dumps and of the calendar feed ignored `If-Match` and `If-Unmodified-Since`.

A mirror that resumes or checks a download sends the ETag or date it holds; when the dump changed
since, RFC 9110 13.1.1 and 13.1.4 say the origin server MUST NOT perform the method (412), not send
another version as if it were the one asked for. Every other page of `kg serve` (kg.server.context.
representation: /doc/ pages, /ontology, VoID, /store) answered 412; `/dumps/NAME` and `/calendar.ics`
answered 200 (docs/reliability.md section 22). A real server on the test store; httpx as the client.
"""

from __future__ import annotations

import httpx
import pytest
from support.kg_server import http_client

PAST = "Sat, 01 Jan 2000 00:00:00 GMT"
PATHS = ("/dumps/alliance-kg.nq", "/dumps/alliance-kg.ttl.gz", "/calendar.ics")


def current(client: httpx.Client, path: str) -> httpx.Response:
    answer = client.get(path)
    assert answer.status_code == 200, answer.text[:300]
    return answer


@pytest.mark.parametrize("path", PATHS)
def test_a_stale_if_match_is_412(path: str) -> None:
    with http_client() as client:
        assert client.get(path, headers={"If-Match": '"stale"'}).status_code == 412
        tag = current(client, path).headers["etag"]
        assert client.get(path, headers={"If-Match": tag}).status_code == 200
        assert client.head(path, headers={"If-Match": '"stale"'}).status_code == 412


@pytest.mark.parametrize("path", ["/dumps/alliance-kg.nq"])
def test_a_past_if_unmodified_since_is_412(path: str) -> None:
    with http_client() as client:
        assert client.get(path, headers={"If-Unmodified-Since": PAST}).status_code == 412
        modified = current(client, path).headers["last-modified"]
        assert client.get(path, headers={"If-Unmodified-Since": modified}).status_code == 200


@pytest.mark.parametrize("path", PATHS)
def test_a_current_if_none_match_is_still_304(path: str) -> None:
    with http_client() as client:
        tag = current(client, path).headers["etag"]
        assert client.get(path, headers={"If-None-Match": tag}).status_code == 304
