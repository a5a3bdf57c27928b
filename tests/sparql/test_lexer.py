"""The one SPARQL lexer (kg.sparql.lexer): tokens, what callers read off them, and linear time.

Why these cases: every caller (the CLI, the store API, the server's guard) now reads query
text through it, so a keyword hidden in a string, a '#' that is no comment or a prefix named
like a keyword must come out the same for all of them; and the server lexes hostile text,
so the time bound is checked by counting what is scanned, not only by the clock.
"""

from __future__ import annotations

import re
import time

import pytest

from kg.server.guard import Refused, check_no_fetch
from kg.sparql import lexer
from kg.sparql.lexer import lex, unescape
from kg.sparql.named import QueryError
from kg.sparql.named import query_form as named_query_form
from kg.sparql.text import with_prefixes

# --- Strings, comments, IRIs, variables, prefixed names -----------------------------------------


@pytest.mark.parametrize(
    "string",
    [
        "'# SERVICE <http://x/> {'",
        '"# LOAD <http://x/>"',
        "'''it's # SERVICE\n<http://x/> '' LOAD'''",
        '"""a "quoted" # SERVICE\n" LOAD"""',
        r"'escaped \' SERVICE \\'",
        r'"escaped \" LOAD"',
    ],
)
def test_strings_hide_hashes_angle_brackets_and_keywords(string: str) -> None:
    lexed = lex(f"SELECT * {{ ?s ?p {string} }} ORDER BY ?s")
    assert lexed.visible.split() == ["SELECT", "*", "{", "}", "ORDER", "BY"]
    assert lexed.form == "SELECT"


def test_a_comment_hides_keywords_and_quotes_up_to_the_line_end() -> None:
    lexed = lex("# ASK 'SERVICE <http://x/>\nCONSTRUCT WHERE { ?s ?p ?o } # LOAD \"\n")
    assert lexed.form == "CONSTRUCT"
    assert lexed.visible.split() == ["CONSTRUCT", "WHERE", "{", "}"]
    assert lexed.visible.count("\n") == 4  # each comment becomes a line break; lines stay lines


def test_iris_hide_hashes_and_keywords_but_a_lone_angle_bracket_is_a_character() -> None:
    lexed = lex("ASK { <http://a/#SERVICE> ?p ?o FILTER(?o < 3 && ?o > 1) }")
    assert "SERVICE" not in lexed.visible and "<" in lexed.visible and ">" in lexed.visible


def test_variables_are_hidden_and_prefixed_names_keep_only_their_prefix() -> None:
    lexed = lex(
        "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\nSELECT ?service { ?s a sd:Service }"
    )
    assert "service" not in lexed.visible.lower().replace("sd", "")
    assert lexed.visible.split() == ["PREFIX", "sd", "SELECT", "{", "a", "sd", "}"]
    assert lexed.keywords.split() == ["PREFIX", "SELECT", "{", "a", "}"]


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { ?s ?p ex:a.SERVICE <http://h/> {} }",  # one name; engines that end names at a dot differ
        "SELECT * { ?s ?p trueSERVICE:x {} }",  # the prefix stays visible
        "SELECT * { ?s ?p 1SERVICE <http://h/> {} }",
        "SELECT * { ?s ?p 'open \n SERVICE <http://h/> {} }",  # a string that never closes hides nothing
        "SELECT * { ?s ?p '''open SERVICE <http://h/> {} }",
    ],
)
def test_the_guard_sees_what_an_engine_could_read_as_a_keyword(text: str) -> None:
    with pytest.raises(Refused):
        check_no_fetch(lex(text))


def test_the_tricks_that_got_past_the_old_guard_are_refused() -> None:
    tricks = (
        "SELECT * WHERE { BIND(<http://x\\u0062#> AS ?i) SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } }",
        "SELECT * WHERE { BIND(1<'>' AS ?z) SERVICE <http://127.0.0.1:9/> { ?a ?b ?c } BIND('' AS ?w) }",
        "PREFIX ex: <http://e/> SELECT * { ?s ?p ex:a\\' . SERVICE <http://127.0.0.1:9/> {} ?s ?p 'x' }",
        "PREFIX ex: <http://e/> SELECT * { ?s ?p ex:a\\# . SERVICE <http://127.0.0.1:9/> {} }",
    )
    for trick in tricks:
        assert "SERVICE" in lex(trick).keywords.split()
        with pytest.raises(Refused):
            check_no_fetch(lex(trick))


@pytest.mark.parametrize(
    "text, operators",
    [
        ("SELECT * { BIND(1<'>' AS ?z) }", 1),  # after an operand in an expression: less-than
        ("SELECT * { BIND(?x<=?y AS ?z) }", 1),
        ("SELECT * { BIND((1)<'>' AS ?z) }", 1),
        ("SELECT * { BIND(EXISTS{}<'>' AS ?z) }", 1),
        ("SELECT * { BIND('a'@en<'>' AS ?z) }", 1),
        ("SELECT ?x (1<'>' AS ?z) {}", 1),  # a SELECT clause's brackets hold expressions
        ("SELECT ?x {} ORDER BY ?x (1<'>')", 1),
        ("SELECT * { FILTER regex(?o<'>', 'a') }", 1),
        ("SELECT * { FILTER(<<( <a> <b> <c> )>><'>') }", 3),  # `<<`, then less-than
        ("SELECT * { BIND(?o<<a> AS ?z) }", 1),  # `?o < <a>`
        ("SELECT * { ?s ?p (?a<'>) }", 0),  # a collection holds terms: an IRI
        ("SELECT * { ?s a (?a<'>) }", 0),
        ("SELECT * { ?s ?p ?o FILTER(?o = <'>) }", 0),  # after an operator: an IRI
        ("SELECT * { VALUES (?x) { (<'>) } }", 0),
    ],
)
def test_angle_brackets_are_read_as_an_ll1_parser_reads_them(text: str, operators: int) -> None:
    """`<` is shown where it is the less-than operator, and hidden in an IRI where a term is expected."""
    assert lex(text).visible.count("<") == operators


def test_escapes_in_iris_and_local_names_are_part_of_them() -> None:
    lexed = lex(
        "PREFIX a.b: <http://e/> PREFIX é: <http://f/>\n"
        "SELECT * FROM <http://g/\\u0031#> FROM NAMED a.b:c\\#d WHERE { ?s ?p é:x\\'y, a.b:c.d }"
    )
    assert lexed.from_graphs == ("http://g/1#",)  # as the engine reads the IRI
    assert lexed.from_named_graphs == ("a.b:c\\#d",)
    assert lexed.used_prefixes == {"a.b", "é"} and lexed.declared_prefixes == {"a.b", "é"}
    assert "'" not in lexed.visible and "#" not in lexed.visible


def test_the_other_reading_replaces_escapes_first_and_takes_iris_greedily() -> None:
    assert unescape("\\u0053ERVICE \\\\u0041 \\U00000041 \\uZZZZ") == "SERVICE \\\\u0041 A \\uZZZZ"
    escaped = lex("SELECT * { ?s ?p 'a' . \\u0053ERVICE <http://h/> {} }")  # Oxigraph refuses it
    assert "SERVICE" not in escaped.visible and "SERVICE" in escaped.other_reading.visible
    with pytest.raises(Refused):
        check_no_fetch(escaped)
    greedy = lex("SELECT * { FILTER(?a<'>' && ?b = 'x') FILTER(?c = 'service') }")
    assert "service" not in greedy.visible and "service" in greedy.other_reading.visible


# --- The query form ------------------------------------------------------------------------------

PROLOGUE = (
    "BASE <http://example.org/base/>\n"
    "PREFIX select: <http://example.org/select/>\n"
    "PREFIX ask: <http://example.org/ask#>  # CONSTRUCT in a comment\n"
    "PREFIX describe: <http://example.org/CONSTRUCT/>\n"
)
FORMS = {
    "SELECT": "SELECT ?s WHERE { ?s ask:p 'DESCRIBE' }",
    "ASK": "ask { ?s select:p ?o }",
    "CONSTRUCT": "Construct { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DESCRIBE": "DESCRIBE <http://example.org/SELECT>",
}


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("prologue", ["", PROLOGUE], ids=["bare", "after-prefix-and-base"])
def test_the_form_is_the_first_query_keyword_whatever_comes_before(form: str, prologue: str) -> None:
    text = prologue + FORMS[form]
    assert lex(text).form == form == named_query_form(text)
    assert not lex(text).is_update


@pytest.mark.parametrize(
    "text",
    [
        "INSERT DATA { <http://a> <http://b> <http://c> }",
        "PREFIX select: <http://s/> DELETE WHERE { ?s select:p ?o }",
        "WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "LOAD <http://example.org/data.ttl>",
    ],
)
def test_updates_are_told_from_queries(text: str) -> None:
    assert lex(text).form is None and lex(text).is_update
    with pytest.raises(QueryError, match="SPARQL update"):
        named_query_form(text)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { " + "OPTIONAL { ?s ?p ?o } " * 3000 + "}",  # each a segfault in Oxigraph
        "SELECT * WHERE { BIND(1" + "+1" * 7000 + " AS ?x) }",
        "SELECT * WHERE { BIND(" + "!" * 20000 + "true AS ?x) }",
        "SELECT * WHERE { " + "?s ?p ?o . " * 10000 + "}",
        "SELECT * WHERE { VALUES ?x " + "?s ?p ?o . " * 5000 + "}",  # no data block: counted
    ],
)
def test_long_flat_queries_are_refused_unparsed(text: str) -> None:
    """Oxigraph's parser and planner recurse per pattern or operator: past a few thousand they
    crash the process (a query worker, or the CLI) as deep brackets do."""
    lexed = lex(text)
    assert lexed.tokens > lexer.MAX_TOKENS and "tokens besides VALUES data" in (lexed.too_deep or "")


def test_values_data_is_not_counted() -> None:
    rows = "(<http://example.org/a> 'x'@en 1) " * 50_000
    lexed = lex(f"SELECT * WHERE {{ VALUES (?a ?b ?c) {{ {rows} }} ?a ?p ?b }}")
    assert lexed.tokens < 30 and lexed.too_deep is None


def test_an_update_with_a_sub_select_is_an_update() -> None:
    """Only a keyword outside any bracket makes the form: a sub-select is no query form."""
    text = "INSERT { ?s ?p ?o } WHERE { { SELECT ?s ?p ?o WHERE { ?s ?p ?o } } }"
    assert lex(text).form is None and lex(text).is_update
    assert lex("SELECT * { { SELECT * {} } }").form == "SELECT"


def test_text_that_is_no_query_says_so() -> None:
    assert lex("# nothing but a comment 'SELECT'").form is None
    with pytest.raises(QueryError, match="not a SPARQL query"):
        named_query_form("PREFIX select: <http://s/>")


# --- Dataset clauses and prefixes ---------------------------------------------------------------


def test_from_and_from_named_graphs_across_comments_and_case() -> None:
    lexed = lex(
        "SELECT * from <http://g/1>\nFROM # a comment\n  NAMED <http://g/2> FROM ex:g3\n"
        "WHERE { GRAPH ?g { ?s ?p <http://not/a/graph> } }"
    )
    assert lexed.from_graphs == ("http://g/1", "ex:g3")
    assert lexed.from_named_graphs == ("http://g/2",)


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * from <http://g/1>\nFROM # a comment\n  NAMED <http://g/2> FROM ex:g3\nWHERE { }",
        "# title: graphs\nSELECT * FROM<http://g/1> FROM <http://g/2> { ?s ?p ?o }",
        "SELECT * # from a trailing comment\nFrOm <http://g/1> WHERE { }",
        "SELECT * {}\r# a comment after a carriage return\rFROM <http://g/1>",
        'SELECT ?s ("""\n#""" AS ?c) FROM <http://a/> FROM <http://b/> WHERE { ?s ?p ?o }',
        "SELECT ?s ('''\n  # ''' AS ?c) FROM <http://a/> WHERE { ?s ?p ?o }",
    ],
)
def test_a_text_with_from_clauses_is_never_skipped(text: str) -> None:
    assert lex(text).from_graphs or lex(text).from_named_graphs
    assert lexer.may_have_from(text)


def test_from_only_in_whole_line_comments_needs_no_lexing() -> None:
    header = "# title: Partners\n  # description: read from the union default graph\n"
    assert not lexer.may_have_from(header + "SELECT * WHERE { ?s ?p ?o }")
    # Elsewhere "from" is left to the lexer, which tells a word in a string from a keyword.
    assert lexer.may_have_from(header + "SELECT * WHERE { ?s ?p 'from' }")
    assert lex(header + "SELECT * WHERE { ?s ?p 'from' }").from_graphs == ()


def test_a_named_query_whose_header_says_from_runs_unlexed(monkeypatch, tmp_path) -> None:
    """The store asks a named query without lexing it again (the cost of the lexer is more than the
    query's); the check that decides it is the one above."""
    from kg.store import embedded

    def no_lexing(text: str) -> None:
        raise AssertionError("the store lexed a query that has no FROM clause")

    monkeypatch.setattr(embedded, "lex", no_lexing)
    with embedded.EmbeddedStore(tmp_path / "store", readonly=False) as store:
        assert store.named_query("known-organizations").text.lower().count("from") >= 1
        assert store.query("known-organizations").rows == []


def test_declared_and_used_prefixes_outside_strings_and_comments() -> None:
    lexed = lex(
        "PREFIX org: <https://w3id.org/alliance-kg/id/organization/>\n"
        "# akg:party in a comment\n"
        "SELECT * { ?r akg:party org:dmtf ; dcterms:title 'skos:prefLabel' . ?x ?p ?o.wg:w }"
    )
    assert lexed.declared_prefixes == {"org"}
    assert lexed.used_prefixes == {"org", "akg", "dcterms", "wg"}
    added = with_prefixes("SELECT * { ?r akg:party organization:dmtf ; a org:FormalOrganization } # skos:x")
    assert added.splitlines()[0].split() == [
        "PREFIX",
        "akg:",
        "<https://w3id.org/alliance-kg/ontology#>",
        "PREFIX",
        "organization:",
        "<https://w3id.org/alliance-kg/id/organization/>",
        "PREFIX",
        "org:",
        "<http://www.w3.org/ns/org#>",
    ]


# --- Linear time on hostile text ----------------------------------------------------------------

HOSTILE = {
    "escaped quotes": "'\\" * 50_000,  # every quote would rescan the rest of the line
    "escaped double quotes": '"\\' * 50_000,
    "long-string openers": "'''\\" * 30_000,
    "unclosed IRIs": "<a" * 50_000,
    "words and dots": "a.a-" * 30_000,
    "prefixed names": "ex:a " * 30_000,
    "names without a colon": "é-a." * 15_000,
    "codepoint escapes": "\\u0041" * 15_000,
    "less-than after operands": "BIND(" + "1<" * 25_000,
    "angle brackets": "<" * 50_000,
    "brackets": "(" * 25_000 + ")" * 25_000,
}


class CountingPattern:
    """A compiled pattern that adds up how many characters its matches covered."""

    def __init__(self, pattern: re.Pattern[str], counter: list[int]) -> None:
        self.pattern, self.counter = pattern, counter

    def match(self, text: str, position: int = 0) -> re.Match[str] | None:
        found = self.pattern.match(text, position)
        if found is not None:
            self.counter[0] += found.end() - position
        return found


@pytest.mark.parametrize("name", HOSTILE)
def test_each_character_is_scanned_a_bounded_number_of_times(monkeypatch, name: str) -> None:
    """A character lies in at most one string token and in at most one failed scan of each of the
    four string forms (a failure is remembered), so scans cover at most 5 times the text."""
    scanned = [0]
    counting = {opener: CountingPattern(body, scanned) for opener, body in lexer.STRING_BODIES.items()}
    monkeypatch.setattr(lexer, "STRING_BODIES", counting)
    text = HOSTILE[name]
    lex(text)
    assert scanned[0] <= 5 * len(text)


def test_hostile_text_lexes_in_linear_time() -> None:
    """Before the one lexer, 100 KB of `'\\'\\'...` took minutes (each quote rescanned its line)."""
    for name, text in HOSTILE.items():
        started = time.perf_counter()
        lexed = lex(text * 2)
        lexed.other_reading  # noqa: B018 - computed when used
        assert time.perf_counter() - started < 10, name


# --- The grammar's character classes, written as complements ----------------------------------

EVERY_CODE_POINT = "".join(map(chr, range(0x110000)))


@pytest.mark.parametrize(
    "parts",
    [
        (lexer.PN_CHARS_BASE,),
        (lexer.PN_CHARS_U, lexer.DIGITS),
        (lexer.VARNAME_CHARS,),
        (lexer.PN_CHARS, lexer.chars(".:")),
        (lexer.PN_CHARS_BASE, lexer.chars(":")),
    ],
    ids=["PN_CHARS_BASE", "PN_CHARS_U digits", "VARNAME", "PN_CHARS .:", "name start"],
)
def test_each_class_matches_exactly_the_code_points_of_its_ranges(parts: tuple[lexer.Ranges, ...]) -> None:
    """The complement form (kept for compile speed) holds every code point the grammar's ranges
    list and no other, over all of Unicode, surrogates and the last plane included."""
    members = {cp for part in parts for low, high in part for cp in range(low, high + 1)}
    matched = {ord(c) for c in re.findall(lexer.char_class(*parts), EVERY_CODE_POINT)}
    assert matched == members


def test_the_classes_are_the_grammars() -> None:
    """A few code points of each side of the grammar's borders (SPARQL 1.1, 19.8)."""
    base = re.compile(lexer.char_class(lexer.PN_CHARS_BASE))
    assert all(base.fullmatch(c) for c in "AzÀöø\u02ff\u0370\u037f\u3001\ufdf0\U00010000\U000effff")
    assert not any(base.fullmatch(c) for c in "_0-:\u00d7\u00f7\u0300\u037e\u2000\ud800\ufffe\U000f0000")
    name = re.compile(lexer.char_class(lexer.PN_CHARS))
    assert all(name.fullmatch(c) for c in "-_0\u00b7\u0300\u036f\u203f\u2040")
    assert not any(name.fullmatch(c) for c in ".:\u2041 ")


def test_name_start_is_the_grammars_class_at_every_code_point() -> None:
    """`name_start` (a binary search, kept for start-up time) says yes for exactly the code points the
    pattern of PN_CHARS_BASE and ':' matches, over all of Unicode."""
    pattern = re.compile(lexer.char_class(lexer.PN_CHARS_BASE, lexer.chars(":")))
    assert [c for c in EVERY_CODE_POINT if lexer.name_start(c)] == pattern.findall(EVERY_CODE_POINT)


LAZY_PROBE = """
import json, sys
from kg.sparql import lexer
lexed = lexer.lex("PREFIX ex: <http://example.org/> SELECT ?s WHERE { ?s ex:p.q 'x' }")
compiled = lambda: [lexer.dotless_runs.cache_info().currsize, lexer.blank_node.cache_info().currsize]
first = compiled()
lexed.other_reading
lexer.lex("SELECT * WHERE { _:b1 ?p ?o }")
json.dump([first, compiled()], sys.stdout)
"""


def test_patterns_only_some_texts_need_are_compiled_when_first_used() -> None:
    """Every command that runs a query lexes it (issue 16 point 1: start-up): the other reading's name
    runs (the guard's) and the blank node label are compiled when first needed, not at import."""
    import json
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout) == [[0, 0], [1, 1]]
