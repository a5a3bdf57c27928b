"""The lexer against Oxigraph's own parser, on thousands of generated queries and updates.

Why differential: the server's guard refuses SERVICE and LOAD by what kg.sparql.lexer leaves
visible, so the only question that matters is whether the lexer tokenizes as the engine
does. The generator mixes what broke the old guard: the four string forms with escapes
(`\\'`, `\\u0027`, ...), IRIs with codepoint escapes and `#`, comments, `<` and `<=` right
after operands (`1<'>'`), prefixed names with escapes and dots (`ex:a\\'`, `a.b:c`),
collections, paths and triple terms, with SERVICE and LOAD placed as operations and inside
every other kind of token, and then mutates some texts at random.

The oracle is Oxigraph itself, parsing in a child process that first left the network
(kg.server.sandbox.isolate(): the same kernel sandbox as the query workers), every SERVICE
and LOAD IRI pointing at a recording socket that must see no connection. Whether Oxigraph
read a given SERVICE (or LOAD) as a keyword is found without running it: the text parses,
and the same text with that one occurrence spelt XERVICE (XOAD) does not; inside a string,
a comment, an IRI, a variable or a local name the spelling changes nothing.

Checked for every text Oxigraph accepts: the lexer's query form is the form Oxigraph ran
(or the text is an update); the guard refuses it whenever Oxigraph reads SERVICE or LOAD;
and the lexer's own reading shows exactly as many SERVICE and LOAD keywords as Oxigraph read.
"""

from __future__ import annotations

import json
import random
import re
import subprocess
import sys
import textwrap
from collections import Counter
from dataclasses import dataclass

import pytest
from support.recording_socket import RecordingSocket

from kg.server.guard import Refused, check_no_fetch
from kg.sparql.lexer import lex

SEED = 20261203
CASES = 3000
BASE = "http://base.example/"
KEYWORDS = ("SERVICE", "LOAD")
GLUE = re.compile(r"[\w:.\-\\%?$@^]")  # characters that run on into a neighbouring token
FORMS = {"SELECT": "SELECT", "ASK": "ASK", "CONSTRUCT": "GRAPH", "DESCRIBE": "GRAPH"}

ORACLE = textwrap.dedent(
    f"""
    import json, sys
    from kg.server.sandbox import isolate
    print(json.dumps({{"sandbox": isolate()}}), flush=True)  # before pyoxigraph is loaded
    import pyoxigraph as ox

    for line in sys.stdin:
        kind, text = json.loads(line)
        store = ox.Store()
        try:
            if kind == "update":
                store.update(text, base_iri={BASE!r})
                answer = "update"
            else:
                result = store.query(text, base_iri={BASE!r})
                answer = {{"QuerySolutions": "SELECT", "QueryBoolean": "ASK"}}.get(
                    type(result).__name__, "GRAPH"
                )
        except SyntaxError:
            answer = "syntax"
        except Exception:  # parsed, then failed (a SERVICE without network, an unknown function)
            answer = "update" if kind == "update" else "parsed"
        print(json.dumps(answer), flush=True)
    """
)


# --- The generator ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    kind: str  # "query" or "update"
    text: str


class Generator:
    """Random SPARQL from a small grammar, with hazards in every token (see the module docstring)."""

    PREFIXES = ("ex", "a.b", "é", "", "ex-1", "x_y")
    HAZARDS = (
        "a",
        " ",
        "'",
        '"',
        "'''",
        "<",
        ">",
        "#",
        "\\",
        "\\u0027",
        "\\u003E",
        "SERVICE",
        "LOAD",
        "{",
        "}",
        "(",
    )
    OPERATORS = ("<", "<=", ">", ">=", "=", "!=", "&&", "||", "+", "-", "*", "/")
    IRIS = (
        "http://ex.org/a",
        "http://x\\u0062",
        "http://x\\U00000062/y",
        "http://ex.org/#frag",
        "http://ex.org/a#'",
        "http://ex.org/SERVICE",
        "http://ex.org/#SERVICE",
        "'",
        "a",
        "",
        "#",
        "http://x/\\u0027",
        "http://x/\\u0023'",
        "http://x/%20",
        "http://x/'#",
        "http://x/#'''",
    )
    BAD_IRIS = ("<http://x/\\u003E>", "<http://x/#<>", "<http://x/ y>")  # Oxigraph refuses these
    LOCALS = ("a", "a.b", "a\\'b", "a\\#", "b\\'", "a%41", "\\(x\\)", "SERVICE", "1", "a.SERVICE", "")

    def __init__(self, seed: int, bait: str) -> None:
        self.random = random.Random(seed)
        self.bait = bait  # the recording socket's URL: every SERVICE and LOAD points there
        self.counter = 0

    def pick(self, *options: str) -> str:
        return self.random.choice(options)

    def chance(self, p: float) -> bool:
        return self.random.random() < p

    def fresh(self, stem: str) -> str:
        self.counter += 1
        return f"?{stem}{self.counter}"

    # Separators and comments ----------------------------------------------------------------

    def gap(self, left: str, right: str) -> str:
        """Space, a line break, a comment, or nothing where the two tokens cannot run together."""
        roll = self.random.random()
        if roll < 0.2 and not (GLUE.match(left[-1:]) and GLUE.match(right[:1])):
            return ""
        if roll < 0.8:
            return " "
        if roll < 0.93:
            return self.pick("\n", "\t", "  ", "\r\n")
        return " " + self.comment() + "\n"

    def join(self, *parts: str) -> str:
        out = parts[0]
        for part in parts[1:]:
            if part:
                out += self.gap(out, part) + part
        return out

    def comment(self) -> str:
        return "#" + "".join(self.random.choice(self.HAZARDS) for _ in range(self.random.randint(0, 4)))

    # Terms ------------------------------------------------------------------------------------

    def service(self) -> str:
        silent = "SILENT" if self.chance(0.2) else ""
        return self.join("SERVICE", silent, f"<{self.bait}>", "{", self.fresh("svc"), "?b", "?c", "}")

    def iri(self) -> str:
        if self.chance(0.05):
            return self.pick(*self.BAD_IRIS)
        return f"<{self.pick(*self.IRIS)}>"

    def string(self) -> str:
        quote = self.pick("'", '"', "'''", '"""')
        other = '"' if "'" in quote else "'"
        pieces = ["a", " ", "#", "<", ">", other, other * 3, "\\" + quote[0], "\\\\", "\\n"]
        pieces += [
            "\\u0027",
            "\\u0022",
            "\\u005C",
            "SERVICE",
            "LOAD",
            "} SERVICE <" + self.bait + "> { ?a ?b ?c } #",
        ]
        if len(quote) == 3:
            pieces += ["\n", quote[0], quote[0] * 2 + "a"]
        body = "".join(self.random.choice(pieces) for _ in range(self.random.randint(0, 4)))
        if len(quote) == 3 and body.endswith(quote[0]):
            body += "a"  # a long string may not end with its own quote
        literal = quote + body + quote
        roll = self.random.random()
        if roll < 0.15:
            literal += self.pick("@en", "@en-US", "@en--ltr", "@service")
        elif roll < 0.25:
            literal += "^^" + self.pick("<http://www.w3.org/2001/XMLSchema#string>", self.pname())
        return literal

    def pname(self) -> str:
        return f"{self.pick(*self.PREFIXES)}:{self.pick(*self.LOCALS)}"

    def variable(self) -> str:
        return self.pick("?x", "?y", "$z", "?o", "?SERVICE", "?load")

    def number(self) -> str:
        return self.pick("1", "1.5", ".5", "1e3", "-1", "+2", "0")

    def operand(self) -> str:
        """A term an expression may hold."""
        roll = self.random.random()
        if roll < 0.25:
            return self.variable()
        if roll < 0.45:
            return self.iri()
        if roll < 0.7:
            return self.string()
        if roll < 0.8:
            return self.pname()
        if roll < 0.9:
            return self.number()
        if roll < 0.96:
            return self.pick("true", "false")
        return self.triple_term()

    def value(self) -> str:
        """A term a VALUES row may hold: no variable."""
        return self.pick(self.iri(), self.string(), self.pname(), self.number(), "true", "UNDEF")

    def term(self) -> str:
        """A term a triple pattern may hold."""
        return self.pick("[]", "_:b1") if self.chance(0.08) else self.operand()

    def triple_term(self) -> str:
        return self.join("<<(", self.pick(self.variable(), self.iri()), self.iri(), self.operand(), ")>>")

    def subject(self, depth: int) -> str:
        roll = self.random.random()
        if roll < 0.1 and depth > 0:
            return self.join("(", self.operand(), self.operand(), ")")
        if roll < 0.2 and depth > 0:
            return self.join("[", self.verb(), self.operand(), "]")
        return self.pick(self.variable(), self.iri(), self.pname(), "_:b2")

    def verb(self) -> str:
        roll = self.random.random()
        if roll < 0.15:
            return "a"
        if roll < 0.3:
            return self.join(self.iri(), self.pick("/", "|"), self.pname())
        if roll < 0.4:
            path = self.join("(", self.iri(), self.pick("|", "/"), self.pname(), ")")
            return path + self.pick("*", "+", "?", "")
        if roll < 0.45:
            return "^" + self.iri()
        return self.pick(self.variable(), self.iri(), self.pname())

    def obj(self, depth: int) -> str:
        roll = self.random.random()
        if roll < 0.1 and depth > 0:
            return self.join("(", *(self.operand() for _ in range(self.random.randint(0, 3))), ")")
        if roll < 0.15 and depth > 0:
            return self.join("[", self.verb(), self.obj(depth - 1), "]")
        if roll < 0.2:
            return self.triple_term()
        return self.term()

    def triples(self, depth: int) -> str:
        text = self.join(self.subject(depth), self.verb(), self.obj(depth))
        if self.chance(0.2):
            text = self.join(text, ";", self.verb(), self.obj(depth))
        if self.chance(0.1):
            text = self.join(text, ",", self.obj(depth))
        return text

    # Expressions --------------------------------------------------------------------------

    def expression(self, depth: int) -> str:
        roll = self.random.random()
        if depth <= 0 or roll < 0.3:
            return self.operand()
        smaller = depth - 1
        if roll < 0.6:
            return self.join(self.expression(smaller), self.pick(*self.OPERATORS), self.expression(smaller))
        if roll < 0.7:
            return self.join("(", self.expression(smaller), ")")
        if roll < 0.85:
            name = self.pick("STR", "CONCAT", "STRLEN", "COALESCE", "LCASE", "ex:fn", "<http://f/>", "isIRI")
            arguments = [self.expression(smaller) for _ in range(self.random.randint(1, 2))]
            return self.join(name, "(", self.join(*(a + "," for a in arguments[:-1]), arguments[-1]), ")")
        if roll < 0.92:
            members = self.join("(", self.operand(), ",", self.operand(), ")")
            return self.join(self.expression(smaller), self.pick("IN", "NOT IN"), members)
        return self.join(self.pick("EXISTS", "NOT EXISTS"), "{", self.group_body(smaller), "}")

    # Groups -------------------------------------------------------------------------------

    def element(self, depth: int) -> str:
        roll = self.random.random()
        if roll < 0.3:
            return self.triples(depth)
        if roll < 0.42:
            return self.join("FILTER", "(", self.expression(2), ")")
        if roll < 0.47:
            call = self.pick("regex", "ex:fn", "<http://f/>")
            return self.join("FILTER", call, "(", self.expression(1), ",", self.string(), ")")
        if roll < 0.6:
            return self.join("BIND", "(", self.expression(2), "AS", self.fresh("bound"), ")")
        if roll < 0.72:
            return self.service()
        if depth <= 0:
            return self.triples(0)
        inner = depth - 1
        if roll < 0.77:
            return self.join(self.pick("OPTIONAL", "MINUS"), "{", self.group_body(inner), "}")
        if roll < 0.82:
            return self.join("{", self.group_body(inner), "}", "UNION", "{", self.group_body(inner), "}")
        if roll < 0.86:
            return self.join("GRAPH", self.pick("?g", self.iri()), "{", self.group_body(inner), "}")
        if roll < 0.91:
            rows = self.join("(", self.value(), self.value(), ")", "(", "UNDEF", self.value(), ")")
            return self.join("VALUES", "(", "?v", "?w", ")", "{", rows, "}")
        if roll < 0.94:
            return self.join("VALUES", "?v", "{", self.value(), self.value(), "}")
        return self.join("{", self.select(inner), "}")

    def group_body(self, depth: int) -> str:
        elements = [self.element(depth) for _ in range(self.random.randint(0, 3))]
        if not elements:
            return ""
        return self.join(*(e + self.pick(" .", ".", "") for e in elements[:-1]), elements[-1])

    def group(self, depth: int = 2) -> str:
        return self.join("{", self.group_body(depth), "}")

    # Queries and updates ------------------------------------------------------------------

    def prologue(self) -> str:
        namespace = ("<http://p.example/>", "<http://p.example/\\u0023>")
        parts = [self.join("PREFIX", f"{prefix}:", self.pick(*namespace)) for prefix in self.PREFIXES]
        if self.chance(0.3):
            parts.insert(self.random.randint(0, len(parts)), self.join("BASE", self.iri()))
        if self.chance(0.4):
            parts.insert(self.random.randint(0, len(parts)), self.comment() + "\n")
        return self.join(*parts)

    def select(self, depth: int) -> str:
        projection = self.pick(
            "*",
            self.join("?x", "(", self.expression(2), "AS", self.fresh("e"), ")"),
            self.join("DISTINCT", "?x", "?y"),
            self.join("(", "COUNT", "(", "*", ")", "AS", self.fresh("n"), ")"),
        )
        text = self.join("SELECT", projection, self.pick("WHERE", ""), self.group(depth))
        roll = self.random.random()
        if roll < 0.15:
            text = self.join(text, "GROUP", "BY", "?x", "(", self.expression(1), "AS", self.fresh("k"), ")")
        elif roll < 0.3:
            order = self.pick("DESC", "ASC", "")
            text = self.join(text, "ORDER", "BY", "?x", order, "(", self.expression(1), ")")
        elif roll < 0.35:
            text = self.join(text, "HAVING", "(", self.expression(1), ")")
        if self.chance(0.2):
            text = self.join(text, "LIMIT", "5")
        return text

    def query(self) -> str:
        roll = self.random.random()
        if roll < 0.55:
            body = self.select(2)
        elif roll < 0.7:
            body = self.join("ASK", self.pick("WHERE", ""), self.group())
        elif roll < 0.85:
            template = self.join("{", self.triples(0), "}")
            body = self.join("CONSTRUCT", template, "WHERE", self.group())
        else:
            body = self.join("DESCRIBE", self.pick(self.iri(), "?x", self.pname()), "WHERE", self.group())
        if self.chance(0.1):
            body = self.join(body, "VALUES", "?x", "{", self.value(), "}")
        return self.join(self.prologue(), body)

    def update(self) -> str:
        def operation() -> str:
            roll = self.random.random()
            if roll < 0.3:
                target = self.join("INTO", "GRAPH", self.iri()) if self.chance(0.5) else ""
                return self.join("LOAD", self.pick("SILENT", ""), f"<{self.bait}>", target)
            if roll < 0.55:
                return self.join("INSERT", "DATA", "{", self.join(self.iri(), self.iri(), self.string()), "}")
            if roll < 0.8:
                return self.join("DELETE", "WHERE", "{", self.triples(0), "}")
            return self.join("INSERT", "{", self.triples(0), "}", "WHERE", self.group(1))

        operations = [operation() for _ in range(self.random.randint(1, 3))]
        return self.join(self.prologue(), self.join(*(o + " ;" for o in operations[:-1]), operations[-1]))

    def mutate(self, text: str) -> str:
        """Insert a hazard, or delete a few characters, somewhere."""
        position = self.random.randint(0, len(text))
        if self.chance(0.7):
            return text[:position] + self.random.choice(self.HAZARDS) + text[position:]
        return text[:position] + text[position + self.random.randint(1, 3) :]

    def case(self) -> Case:
        kind = "update" if self.chance(0.15) else "query"
        text = self.update() if kind == "update" else self.query()
        if self.chance(0.2):
            text = self.mutate(text)
        return Case(kind, text)


# --- The oracle ------------------------------------------------------------------------------


def variants(case: Case) -> list[tuple[str, str]]:
    """The text itself, then each occurrence of SERVICE and LOAD spelt with an X."""
    texts = [(case.kind, case.text)]
    for keyword in KEYWORDS:
        for match in re.finditer(keyword, case.text):
            texts.append((case.kind, case.text[: match.start()] + "X" + case.text[match.start() + 1 :]))
    return texts


def oxigraph(texts: list[tuple[str, str]]) -> list[str]:
    """Oxigraph's verdict on each text, from a sandboxed child process."""
    lines = "".join(json.dumps(item) + "\n" for item in texts)
    child = subprocess.run(
        [sys.executable, "-c", ORACLE], input=lines, capture_output=True, text=True, timeout=600, check=False
    )
    assert child.returncode == 0, (
        f"the oracle failed (is the network sandbox available?): {child.stderr[-2000:]}"
    )
    first, *answers = child.stdout.splitlines()
    assert json.loads(first)["sandbox"] in ("network namespace", "user and network namespaces")
    assert len(answers) == len(texts), child.stderr[-2000:]
    return [json.loads(answer) for answer in answers]


@dataclass
class Verdict:
    case: Case
    answer: str  # "SELECT", "ASK", "GRAPH", "update", "parsed" (failed after parsing) or "syntax"
    active: Counter  # SERVICE / LOAD -> how many occurrences Oxigraph read as keywords

    @property
    def parsed(self) -> bool:
        return self.answer != "syntax"


def judge(cases: list[Case]) -> list[Verdict]:
    batches = [variants(case) for case in cases]
    answers = iter(oxigraph([text for batch in batches for text in batch]))
    verdicts = []
    for case, batch in zip(cases, batches, strict=True):
        answer, *twins = [next(answers) for _ in batch]
        active: Counter = Counter()
        occurrences = [k for k in KEYWORDS for _ in re.finditer(k, case.text)]
        for keyword, twin in zip(occurrences, twins, strict=True):
            if answer != "syntax" and twin == "syntax":
                active[keyword] += 1
        verdicts.append(Verdict(case, answer, active))
    return verdicts


def refused(text: str) -> bool:
    try:
        check_no_fetch(lex(text))
    except Refused:
        return True
    return False


# --- The tests -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def verdicts() -> list[Verdict]:
    with RecordingSocket() as bait:
        generator = Generator(SEED, bait.url("/sparql"))
        cases = [generator.case() for _ in range(CASES)] + [
            Case("query", t.format(url=bait.url("/sparql"))) for t in TRICKS
        ]
        found = judge(cases)
        bait.assert_untouched()  # the oracle parsed and ran thousands of SERVICE and LOAD: none called out
    return found


TRICKS = (  # the ways past the old guard, and their neighbours
    "SELECT * WHERE {{ BIND(<http://x\\u0062#> AS ?i) SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "SELECT * WHERE {{ BIND(1<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\' . SERVICE <{url}> {{ ?a ?b ?c }} ?s ?p 'x' }}",
    "PREFIX ex: <http://e/> SELECT * WHERE {{ ?s ?p ex:a\\# . SERVICE <{url}> {{ ?a ?b ?c }} }}",
    "PREFIX é: <http://e/> SELECT * WHERE {{ ?s ?p é:x\\' . SERVICE <{url}> {{ ?a ?b ?c }} ?s ?p 'x' }}",
    "SELECT * WHERE {{ BIND(EXISTS{{}}<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "SELECT * WHERE {{ FILTER(<<( <a> <b> <c> )>><'>') SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "SELECT ?x (1<'>' AS ?z) WHERE {{ SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "SELECT * WHERE {{ BIND('a'@en<'>' AS ?z) SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
    "SELECT * WHERE {{ ?s ?p ?o FILTER regex(?o<'>', 'a') SERVICE <{url}> {{ ?a ?b ?c }} BIND('' AS ?w) }}",
)


def test_the_generator_makes_mostly_texts_oxigraph_accepts(verdicts: list[Verdict]) -> None:
    """Else the properties below would hold vacuously."""
    parsed = [v for v in verdicts if v.parsed]
    assert len(parsed) > 0.4 * len(verdicts)
    assert sum(1 for v in parsed if v.active["SERVICE"]) > 0.15 * len(parsed)
    assert sum(1 for v in parsed if v.case.kind == "update" and v.active["LOAD"]) > 50
    with_hidden = [v for v in parsed if v.case.text.count("SERVICE") > v.active["SERVICE"]]
    assert len(with_hidden) > 0.3 * len(parsed)  # SERVICE inside strings, comments, IRIs, names
    assert all(v.parsed for v in verdicts[CASES:]), "every trick is a query Oxigraph runs"


def test_the_query_form_is_the_one_oxigraph_ran(verdicts: list[Verdict]) -> None:
    wrong = []
    for verdict in verdicts:
        if verdict.answer in ("SELECT", "ASK", "GRAPH"):
            form = lex(verdict.case.text).form
            if FORMS.get(form or "") != verdict.answer:
                wrong.append((verdict.answer, form, verdict.case.text))
        elif verdict.answer == "update" and not lex(verdict.case.text).is_update:
            wrong.append(("update", lex(verdict.case.text).form, verdict.case.text))
    assert not wrong, f"{len(wrong)} wrong forms, e.g. {wrong[:3]}"


def test_the_guard_refuses_every_service_and_load_oxigraph_reads(verdicts: list[Verdict]) -> None:
    passed = [v.case.text for v in verdicts if v.active and not refused(v.case.text)]
    assert not passed, f"{len(passed)} texts got past the guard, e.g. {passed[:3]}"


def test_the_lexer_sees_exactly_the_keywords_oxigraph_reads(verdicts: list[Verdict]) -> None:
    """Oxigraph's reading: no keyword hidden, and none shown that Oxigraph took for something else."""
    different = []
    for verdict in verdicts:
        if verdict.parsed:
            visible = lex(verdict.case.text).keywords
            seen = Counter({k: len(re.findall(rf"\b{k}\b", visible)) for k in KEYWORDS})
            if +seen != +verdict.active:
                different.append((dict(verdict.active), dict(seen), verdict.case.text))
    assert not different, f"{len(different)} texts read differently, e.g. {different[:3]}"


def test_few_texts_are_refused_that_oxigraph_would_run_without_fetching(verdicts: list[Verdict]) -> None:
    """The other reading (for longest-match engines) and visible prefixes refuse a little more."""
    harmless = [v for v in verdicts if v.parsed and not v.active]
    over = [v.case.text for v in harmless if refused(v.case.text)]
    assert len(over) < 0.2 * len(harmless), over[:3]
