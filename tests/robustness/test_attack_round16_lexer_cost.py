"""The sixteenth outside attack (session 29): what a visitor's query text costs the server before any engine.

`kg serve` lexes every visitor's query in its own process (kg.sparql.lexer, the guard's reading) before a
query worker sees it. Three costs there grew with the text, not with what the server does with it:

- one long string, IRI or local name: `re` kept a backtracking entry (about 116 bytes) for each character
  a repeated choice such as `(?:[^"\\\\]|\\\\.)*` took, so a 1 MiB string in a POSTed query grew the server
  by 120 MB (81 -> 203 MB) to lex it. The patterns are now unrolled and possessive: nothing per character;
- a text already refused: 1 MiB of `()()()...` is a million tokens, and the lexer counted every one past
  the 8,000th before refusing the text (2 s of CPU, 5 s under load, each request; 16 such POSTs took 87 s
  to refuse). The server's pass now stops at the first limit passed;
- many long texts at once: each was lexed in a thread of its own, all holding the interpreter's lock by
  turns, and a cheap page waited 4.3 s behind 16 of them. The server lexes long texts one at a time.
"""

from __future__ import annotations

import threading
import time
import tracemalloc

import anyio
import pytest
from support.kg_server import http_client

from kg.sparql.lexer import MAX_DATA_TOKENS, MAX_DESCRIBED, MAX_NESTING, MAX_TOKENS, lex

LONG = 200_000

LONG_TOKENS = {
    "a string": 'ASK { FILTER("' + "a" * LONG + '") }',
    "a string of escapes": 'ASK { FILTER("' + "\\n" * (LONG // 2) + '") }',
    "a single-quoted string": "ASK { FILTER('" + "a" * LONG + "') }",
    "a long string": 'ASK { FILTER("""' + 'a"b' * (LONG // 3) + '""") }',
    "a long single-quoted string": "ASK { FILTER('''" + "a'b" * (LONG // 3) + "''') }",
    "an IRI": "ASK { <urn:" + "a\\u0041" * (LONG // 7) + "> ?p ?o }",
    "a local name": "PREFIX ex: <urn:x:> ASK { ex:" + "a%41\\." * (LONG // 6) + "b ?p ?o }",
    "a language tag": 'ASK { FILTER("a"@en' + "-a" * (LONG // 2) + ") }",
}


@pytest.mark.parametrize("shape", sorted(LONG_TOKENS))
def test_one_long_token_costs_the_lexer_no_memory_per_character(shape: str) -> None:
    text = LONG_TOKENS[shape]
    tracemalloc.start()
    try:
        lexed = lex(text)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert lexed.tokens < 20 and lexed.too_deep is None  # one token, as before
    assert peak < 4 << 20, f"{peak / 2**20:.1f} MB to lex {len(text):,} characters"  # before: 30-47 MB


def test_the_unrolled_patterns_end_strings_where_they_did() -> None:
    """The same tokens: a string ends at its quote, past escaped ones; a long string closes on three."""
    assert lex('ASK { FILTER("a\\"b" = "c") }').tokens == lex("ASK { FILTER(1 = 2) }").tokens
    assert lex("ASK { FILTER('''a''b''' = 'c') }").tokens == lex("ASK { FILTER(1 = 2) }").tokens
    assert "SERVICE" in lex('ASK { FILTER("a") SERVICE <urn:x> {} }').visible
    assert "SERVICE" not in lex('ASK { FILTER("a\\" SERVICE <urn:x> {} ") }').visible
    assert lex("ASK { <urn:a\\u0062> ?p ?o }").tokens == lex("ASK { <urn:ab> ?p ?o }").tokens


REFUSED = {
    "tokens": "ASK { FILTER(" + "()" * 20_000 + ") }",
    "nesting": "ASK { " + "{" * 6_000 + "}" * 6_000 + " }",
    "described": "BASE <urn:x:> DESCRIBE " + "<>" * 10_000,
}


@pytest.mark.parametrize("shape", sorted(REFUSED))
def test_the_server_stops_lexing_a_text_at_the_limit_that_refuses_it(shape: str) -> None:
    scanned = lex(REFUSED[shape], until_refused=True)
    assert scanned.too_deep and not scanned.complete
    assert scanned.tokens == MAX_TOKENS + 1  # before: every token of the text counted (12,000-40,006)
    assert lex(REFUSED[shape]).too_deep  # a full pass refuses it as before


def test_the_server_reads_at_most_so_much_values_data() -> None:
    """VALUES data is no token of MAX_TOKENS (any number of values may be joined without recursion), so
    1 MiB of `VALUES ?x { ()()()... }` was lexed whole in both readings: 9 s a request under load."""
    flood = "SELECT * { VALUES ?x { " + "()" * (MAX_DATA_TOKENS // 2 + 1_000) + " } }"
    scanned = lex(flood, until_refused=True)
    assert scanned.data_tokens == MAX_DATA_TOKENS + 1 and not scanned.complete
    assert f"more than {MAX_DATA_TOKENS:,} tokens of VALUES data" in (scanned.too_deep or "")
    assert lex(flood).too_deep is None  # the command line and the library read any VALUES block
    rows = "SELECT * { VALUES (?x ?y) { " + " ".join(f'({n} "a")' for n in range(40_000)) + " } }"
    assert lex(rows, until_refused=True).too_deep is None  # 40,000 rows of two values still read


def test_a_text_within_the_token_limit_is_read_whole_and_told_exactly() -> None:
    describe = "DESCRIBE " + "<urn:x> " * (MAX_DESCRIBED + 5)
    scanned = lex(describe, until_refused=True)
    assert scanned.complete and scanned.described == MAX_DESCRIBED + 5
    assert f"describes {MAX_DESCRIBED + 5:,} resources" in (scanned.too_deep or "")
    deep = "ASK { " + "{" * (MAX_NESTING + 2) + "}" * (MAX_NESTING + 2) + " }"
    assert f"nests brackets {MAX_NESTING + 3} deep" in (lex(deep, until_refused=True).too_deep or "")


def test_the_server_lexes_long_texts_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    from kg.server import sparql

    running, most = 0, 0
    lock = threading.Lock()

    def counting_scan(text: str, until_refused: bool = False):
        nonlocal running, most
        with lock:
            running += 1
            most = max(most, running)
        time.sleep(0.05)  # a long lex
        with lock:
            running -= 1
        return lex("ASK {}")

    monkeypatch.setattr(sparql, "scan", counting_scan)
    text = "ASK { " + " " * sparql.LEX_IN_THREAD + "}"

    async def many() -> None:
        async with anyio.create_task_group() as group:
            for _ in range(4):
                group.start_soon(sparql.lexed, text)

    anyio.run(many)
    assert most == 1  # before: 4 threads lexing at once


def test_the_real_server_refuses_a_megabyte_of_tokens_without_counting_them() -> None:
    body = "ASK { FILTER(" + "()" * 500_000 + ") }"
    with http_client() as client:
        refused = client.post("/sparql", content=body, headers={"Content-Type": "application/sparql-query"})
        assert refused.status_code == 400
        assert f"more than {MAX_TOKENS:,} tokens" in refused.text  # before: "has 1,000,006 tokens"
        assert client.get("/sparql", params={"query": "ASK {}"}).status_code == 200


def test_a_text_whose_other_reading_passes_a_limit_is_refused_before_the_guard() -> None:
    """An escaped quote ends a string early in the other reading (escapes replaced first, as Jena and
    Virtuoso read a query behind `kg serve --endpoint`): one string of the first reading is 20,000
    brackets and a SERVICE in the other. A pass stopped at the limit has not seen the SERVICE, so the
    text must be refused for the limit, not let through to the guard."""
    from kg.server import sparql
    from kg.server.guard import Refused, check_no_fetch

    text = 'ASK { FILTER("\\u0022' + "(" * 20_000 + ' SERVICE <http://127.0.0.1:9/> {} \\u0022") }'
    scanned = anyio.run(sparql.lexed, text)
    assert scanned.too_deep is None and not scanned.other_reading.complete
    refused = sparql.refused_unread(scanned)
    if refused is None:
        with pytest.raises(Refused):
            check_no_fetch(scanned)
    with http_client() as client:
        answer = client.post("/sparql", content=text, headers={"Content-Type": "application/sparql-query"})
        assert answer.status_code in (400, 403), answer.text
