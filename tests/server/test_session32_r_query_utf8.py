"""Attack round 19 (session 32, R): a query string whose percent escapes are not UTF-8 was read by
Starlette as U+FFFD, and every page but /sparql blamed the value: `/calendar.ics?register=%FF` "no
entity is called '\ufffd'", `/due?org=%FF` the same, `/store?graph=%FF` "not an absolute IRI". Every
path says what /sparql said now: 400 "parameters must be UTF-8 (percent-encoded)" (kg.server.app)."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(
    "target",
    [
        "/calendar.ics?register=%FF",
        "/due?org=%C0%AE",
        "/store?graph=%FF",
        "/timeline.svg?as_of=%FF",
        "/doc/organization/dmtf?page=%FF",
        "/sparql?query=%FF",
    ],
)
def test_a_query_string_that_is_not_utf8_is_named_so(http: httpx.Client, target: str) -> None:
    answer = http.get(target)
    assert answer.status_code == 400
    assert "parameters must be UTF-8 (percent-encoded)" in answer.text, answer.text


def test_utf8_escapes_and_plain_text_are_taken(http: httpx.Client) -> None:
    assert http.get("/due?org=organization%3Admtf&note=caf%C3%A9").status_code == 200
