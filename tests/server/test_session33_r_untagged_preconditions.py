"""Attack round 21 (session 33, R): conditional reads of the answers that carry no ETag.

A query's answer, the SPARQL page, /dumps, /due and the network pages have no ETag. They answered
200 to `If-Match: "x"` (RFC 9110 13.1.1: false, since no tag can match; the origin MUST NOT perform
the method: 412) and to `If-None-Match: *` (13.1.2: false when there is a current representation;
for GET and HEAD, 304). The routes with ETags evaluated both already, and still do."""

from __future__ import annotations

import pytest
from support.kg_server import http_client

UNTAGGED = ["/sparql?query=ASK%20%7B%7D", "/dumps", "/due", "/network"]


@pytest.mark.parametrize("path", UNTAGGED)
def test_if_match_of_an_untagged_answer_is_412(path: str) -> None:
    with http_client() as http:
        plain = http.get(path)
        assert plain.status_code == 200 and "etag" not in plain.headers
        answer = http.get(path, headers={"If-Match": '"an-old-tag"'})
        assert answer.status_code == 412, answer.text[:200]  # before: 200
        assert "If-Match names none of it" in answer.text
        assert http.head(path, headers={"If-Match": '"an-old-tag"'}).status_code == 412


@pytest.mark.parametrize("path", UNTAGGED)
def test_if_none_match_star_of_an_untagged_answer_is_304(path: str) -> None:
    with http_client() as http:
        answer = http.get(path, headers={"If-None-Match": "*"})
        assert answer.status_code == 304 and answer.content == b""  # before: 200
        assert http.head(path, headers={"If-None-Match": "*"}).status_code == 304


def test_conditions_that_hold_or_do_not_apply() -> None:
    with http_client() as http:
        assert http.get(UNTAGGED[0], headers={"If-Match": "*"}).status_code == 200  # a representation exists
        assert http.get(UNTAGGED[0], headers={"If-None-Match": '"other"'}).status_code == 200
        assert http.get("/nothing-here", headers={"If-Match": '"x"'}).status_code == 404  # 13.2.1
        turtle = {"Accept": "text/turtle"}
        tag = http.get("/ontology", headers=turtle).headers["etag"]
        assert http.get("/ontology", headers={**turtle, "If-Match": tag}).status_code == 200
        assert http.get("/ontology", headers={"If-Match": '"x"'}).status_code == 412
        assert http.get("/ontology", headers={**turtle, "If-None-Match": tag}).status_code == 304
