"""The sixteenth outside attack (session 29): a form body of a hundred thousand parameters.

`kg serve` read a POSTed application/x-www-form-urlencoded body with urllib's parse_qsl on its event
loop: one 1 MiB body of `a=%41&a=%41&...` (170,000 pairs) held every other request 2.2 s, eight such
POSTs 14.8 s. A request now holds at most MAX_PARAMETERS parameters, counted before any is parsed, and a
long form body is parsed in a thread, one at a time (as long query texts are lexed).
"""

from __future__ import annotations

import threading

import anyio
import pytest
from support.kg_server import http_client

from kg.server import sparql


def test_a_request_holds_at_most_so_many_parameters() -> None:
    with pytest.raises(sparql.ProtocolError) as refused:
        sparql.parse_pairs("a=%41&" * (sparql.MAX_PARAMETERS + 1))
    assert refused.value.status == 400
    assert f"at most {sparql.MAX_PARAMETERS:,} parameters" in str(refused.value)
    many = "&".join(["named-graph-uri=urn%3Ax"] * 25_000 + ["query=ASK%7B%7D"])
    assert len(sparql.parse_pairs(many)) == 25_001  # what section 25 sent, still read


def test_a_long_form_body_is_parsed_off_the_event_loop(monkeypatch: pytest.MonkeyPatch) -> None:
    threads: list[int] = []
    parse = sparql.parse_pairs

    def recording(text: str) -> list[tuple[str, str]]:
        threads.append(threading.get_ident())
        return parse(text)

    monkeypatch.setattr(sparql, "parse_pairs", recording)

    async def both() -> int:
        await sparql.parsed_form("query=ASK%7B%7D")
        await sparql.parsed_form("query=ASK%7B%7D&" + "a=%41&" * sparql.LEX_IN_THREAD)
        return threading.get_ident()

    loop_thread = anyio.run(both)
    assert threads[0] == loop_thread and threads[1] != loop_thread  # before: both on the event loop


def test_the_real_server_refuses_a_form_of_too_many_parameters() -> None:
    with http_client() as client:
        refused = client.post(
            "/sparql",
            content="a=%41&" * 170_000,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        assert refused.status_code == 400 and "parameters" in refused.text  # before: "no query"
