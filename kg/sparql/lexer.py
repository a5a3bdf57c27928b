"""SPARQL text read once, left to right, with the terminals of the SPARQL grammar.

Why one lexer: what a text is (its query form, FROM graphs, declared and used prefixes) and
what it may do (SERVICE, LOAD) depend on telling keywords from the same letters inside a
comment, a string, an IRI, a variable or a prefixed name. A single pass decides at each
position which token starts there, so none can hide another, and every caller (the CLI, the
store API, the server's guard) reads the same tokens.

Why the grammar's terminals exactly: the guard refuses SERVICE and LOAD by what this lexer
leaves visible, so any token it ends at another place than the engine's parser does is a
way past it. Three such differences were found by an attack and are closed here:

- Codepoint escapes (`\\u0062`, `\\U00000062`) inside IRIs: `<http://x\\u0062#>` is one IRI
  for Oxigraph, not `<http://x\\u0062` and a comment from `#` to the end of the line.
- `<` after an operand inside an expression is the less-than operator (`1<'>'` is `1 < '>'`),
  never the start of an IRI. An LL(1) parser knows whether it is in an expression; so does
  this lexer: it keeps a stack of the brackets it is in and what each opened (an expression,
  a collection or path, a group, a property list, a triple term), and at `<` it asks the
  previous significant token. `(` opens an expression after FILTER, BIND, HAVING, BY, ASC,
  DESC, a function name or `FILTER <iri>`, in a SELECT, GROUP BY or ORDER BY clause, and
  inside an expression; elsewhere (`?s ?p (1 2)`, `a (…)`, VALUES) a collection.
- Escapes in the local part of prefixed names: `ex:a\\'` and `ex:a\\#` are whole names
  (PN_LOCAL_ESC), so that quote opens no string and that `#` no comment; local names
  and prefixes may hold dots (`a.b:c.d`) and any letter of PN_CHARS_BASE.

Two readings (`Lexed.readings`): `lex()` reads as Oxigraph 0.5 parses (the SPARQL 1.2
terminals: escapes only inside IRIs and strings, `<` by context), which decides the query
form. The SPARQL 1.1 text itself (section 19.2) replaces codepoint escapes in the whole text
before tokenizing, longest-match tokenizers (Jena, Virtuoso: a remote store behind
`kg serve --endpoint`) take `<` for an IRI wherever one can be matched, and older ones end a
prefixed name at a dot; `Lexed.other_reading` is that reading. The guard refuses what either
reading shows: a second reading can only add refusals, and neither kind of engine reads a
keyword the guard did not see.

Why linear time: the server runs this on hostile text up to its request limit. No pattern
nests quantifiers, an IRI scan stops at the next '<' (where the next scan starts), and a
string scan either ends a token or fails at a point that is remembered: once a string opened
at one quote has no end before position E, no string of that form opened before E can have
one (every quote in between was inside an escape), so those quotes are not scanned again.
Without that, `'\\'\\'\\'...` costs a scan of the rest of the line at every quote: quadratic.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

# Character classes of the grammar (SPARQL 1.1 Query, 19.8; unchanged in 1.2), as code point ranges.
Ranges = tuple[tuple[int, int], ...]
PN_CHARS_BASE: Ranges = (
    (0x41, 0x5A), (0x61, 0x7A), (0xC0, 0xD6), (0xD8, 0xF6), (0xF8, 0x2FF), (0x370, 0x37D),
    (0x37F, 0x1FFF), (0x200C, 0x200D), (0x2070, 0x218F), (0x2C00, 0x2FEF), (0x3001, 0xD7FF),
    (0xF900, 0xFDCF), (0xFDF0, 0xFFFD), (0x10000, 0xEFFFF),
)  # fmt: skip


def chars(text: str) -> Ranges:
    """Each character of `text` as a range of one."""
    return tuple((ord(c), ord(c)) for c in text)


DIGITS: Ranges = ((0x30, 0x39),)
PN_CHARS_U = PN_CHARS_BASE + chars("_")
VARNAME_CHARS = PN_CHARS_U + DIGITS + ((0xB7, 0xB7), (0x300, 0x36F), (0x203F, 0x2040))
PN_CHARS = VARNAME_CHARS + chars("-")


def char_class(*parts: Ranges) -> str:
    """A pattern's character class holding the code points of `parts`, written as its complement.

    Why the complement: `re` compiles a class by marking, in Python, each code point below 65,536
    that the class lists. The grammar's name classes list over 53,000 and seven patterns use them:
    66 ms of every command's start-up (issue 16). Their complements list about 11,000.
    tests/sparql/test_lexer.py checks every code point against the ranges themselves."""
    members = sorted(r for part in parts for r in part)
    gaps, start = [], 0
    for low, high in members:
        if low > start:
            gaps.append((start, low - 1))
        start = max(start, high + 1)
    if start <= 0x10FFFF:
        gaps.append((start, 0x10FFFF))
    return "[^" + "".join(f"\\U{low:08x}-\\U{high:08x}" for low, high in gaps) + "]"


NAME_BASE = char_class(PN_CHARS_BASE)
NAME_CHAR = char_class(PN_CHARS)
UCHAR = r"\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}"
PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"

COMMENT = re.compile(r"#[^\r\n]*")
WHOLE_LINE_COMMENT = re.compile(r"^[ \t]*#[^\r\n]*", re.MULTILINE)
# Each pattern below that repeats a choice is written unrolled and possessive (`[^\\]*+(?:\\.[^\\]*+)*+`),
# never as `(?:[^\\]|\\.)*`: `re` keeps a backtracking entry for each repetition of a group, about 116
# bytes, so one 1 MiB string in a visitor's query took 120 MB of the server's memory to lex (and 0.35 s,
# against 15 ms). The choices start with different characters, so the unrolled form matches the same
# text, and nothing after the repetition can make it give any back, so possessive changes no match.
IRI_CHAR = r"[^<>\"{}|^`\\\x00-\x20]"
IRI = re.compile(rf"<{IRI_CHAR}*+(?:(?:{UCHAR}){IRI_CHAR}*+)*+>")  # IRIREF, escapes included
PLAIN_IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")  # IRIREF once escapes were replaced
ESCAPE = re.compile(UCHAR)
VARIABLE = re.compile(rf"[?$]{char_class(PN_CHARS_U, DIGITS)}{char_class(VARNAME_CHARS)}*")
# A prefix (or a word) and a local name, each to be cut back to its last non-dot character.
PREFIX_RUN = re.compile(rf"{NAME_BASE}{char_class(PN_CHARS, chars('.'))}*")
LOCAL_START = rf"(?:{char_class(PN_CHARS_U, chars(':'), DIGITS)}|{PLX})"
LOCAL_CHAR = char_class(PN_CHARS, chars(".:"))
LOCAL_RUN = re.compile(rf"{LOCAL_START}{LOCAL_CHAR}*+(?:(?:{PLX}){LOCAL_CHAR}*+)*+")


@lru_cache(maxsize=1)
def dotless_runs() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The other reading's prefix and local name runs: its names hold no dots, as in engines that end a
    name at a dot (`ex:a.b` as `ex:a` `.` `b`): what follows the dot is visible there. Compiled when
    that reading is first asked for (the guard's), not by every command that lexes a query: 8 ms."""
    dotless = char_class(PN_CHARS, chars(":"))
    return (
        re.compile(rf"{NAME_BASE}{NAME_CHAR}*"),
        re.compile(rf"{LOCAL_START}{dotless}*+(?:(?:{PLX}){dotless}*+)*+"),
    )


@lru_cache(maxsize=1)
def blank_node() -> re.Pattern[str]:
    """A blank node label (`_:b1`), compiled when a text first holds `_` where a token starts."""
    return re.compile(rf"_:{char_class(PN_CHARS_U, DIGITS)}{char_class(PN_CHARS, chars('.'))}*")


WORD = re.compile(r"\w+")


def range_bounds(*parts: Ranges) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The lows and highs of the ranges of `parts`, sorted and merged, for `in_ranges`."""
    merged: list[list[int]] = []
    for low, high in sorted(r for part in parts for r in part):
        if merged and low <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], high)
        else:
            merged.append([low, high])
    return tuple(low for low, _ in merged), tuple(high for _, high in merged)


NAME_START_BOUNDS = range_bounds(PN_CHARS_BASE, chars(":"))
ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def name_start(char: str) -> bool:
    """Whether `char` starts a prefixed name or a keyword (PN_CHARS_BASE or ':').

    Why not a pattern: the one-character class took 5 ms to compile in every command that lexes a
    query; a binary search over the ranges is as fast per character (tests/sparql/test_lexer.py checks
    every code point)."""
    if char in ASCII_LETTERS:  # most names: no search
        return True
    lows, highs = NAME_START_BOUNDS
    code = ord(char)
    index = bisect_right(lows, code) - 1
    return index >= 0 and code <= highs[index]


NUMBER = re.compile(
    r"[0-9]+\.[0-9]*[eE][+-]?[0-9]+|[0-9]*\.[0-9]+(?:[eE][+-]?[0-9]+)?|[0-9]+(?:[eE][+-]?[0-9]+)?"
)
LANGUAGE_TAG = re.compile(r"@[a-zA-Z]++(?:-[a-zA-Z0-9]++)*+(?:--[a-zA-Z]++)?")
# A run of characters that start no token and are no bracket: one match instead of a step each.
OTHER = re.compile(r"[\s!%&*+,\-/;=\\^`|~]+")
# The inside of each string form up to where it must close: runs of plain characters between escapes
# (and, in a long string, quotes that close nothing), unrolled and possessive as IRI above, so a scan
# never backtracks and keeps no entry per character.
STRING_BODIES = {
    "'''": re.compile(r"[^'\\]*+(?:(?:\\.|'(?!''))[^'\\]*+)*+", re.DOTALL),
    '"""': re.compile(r'[^"\\]*+(?:(?:\\.|"(?!""))[^"\\]*+)*+', re.DOTALL),
    "'": re.compile(r"[^'\\\r\n]*+(?:\\.[^'\\\r\n]*+)*+", re.DOTALL),
    '"': re.compile(r'[^"\\\r\n]*+(?:\\.[^"\\\r\n]*+)*+', re.DOTALL),
}

# Query forms and update operations, read at the top level only (a sub-select is no query form).
FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"})
UPDATES = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})
# Brackets deeper than this are refused before any engine parses the text: Oxigraph's
# recursive-descent parser overflows its stack (a segfault) somewhere past 2,000 levels.
MAX_NESTING = 128
# Tokens past this (VALUES data aside) are refused unparsed too: the parser and the planner
# recurse once per pattern or operator, and a flat query crashes them as deep nesting does
# (3,000 OPTIONALs, 7,000 `+1`s, 10,000 triple patterns: a segfault, from 110 KB of text).
MAX_TOKENS = 8_000
# Resources a DESCRIBE may list by name: Oxigraph builds one branch per resource, one inside the
# other, and evaluating them overflows its stack from about 2,700 (a segfault of `kg sparql`, a query
# worker of `kg serve` killed) well within MAX_TOKENS: 3,000 IRIs are 3,001 tokens, and
# `DESCRIBE <><>...` 6 KB of text. Many resources go in a VALUES block (`DESCRIBE ?r WHERE { VALUES ?r
# {...} }`), whose rows the engine joins without recursion.
MAX_DESCRIBED = 1_000
# Tokens of VALUES data the server reads from a visitor (`lex(until_refused=True)`; the command line and
# the library read any number): its lexer costs about a microsecond a token in each reading, and 1 MiB
# of `VALUES ?x { ()()()... }` (a million tokens) took 9 s a request under load. 200,000 is a VALUES
# block of 60,000 literals or 40,000 rows of two values, each with room to spare.
MAX_DATA_TOKENS = 200_000

# What a bracket opened (the stack of `_Pass.frames`).
TOP, EXPRESSION, COLLECTION, GROUP, PROPERTIES, TRIPLE_TERM = "top", "(expr", "(", "{", "[", "<<"
CLOSERS = {")": (EXPRESSION, COLLECTION), "}": (GROUP,), "]": (PROPERTIES,), ">>": (TRIPLE_TERM,)}
# The previous significant token: an operand ends a term (a `<` after it compares), a word is a
# keyword or a function name, punctuation is anything else (an operator, a separator, an opener).
OPERAND, WORD_TOKEN, PUNCTUATION = "operand", "word", "punctuation"
NOTHING = ("", "")
# Words after which `(` opens a collection (`?s a (1 2)`) or a VALUES row, not an expression.
NOT_CALLS = frozenset({"a", "VALUES"})
# Words that start a clause whose `(` open expressions, and words that end it.
EXPRESSION_CLAUSES = frozenset({"SELECT", "BY", "HAVING"})
CLAUSE_ENDS = frozenset({"WHERE", "FROM", "LIMIT", "OFFSET", "VALUES", "CONSTRUCT", "ASK", "DESCRIBE"})
BOOLEANS = frozenset({"TRUE", "FALSE"})
# Functions whose value differs from one evaluation to the next (`Lexed.moments`)
MOMENT_FUNCTIONS = frozenset({"NOW", "RAND", "UUID", "STRUUID"})

DIGIT_SET = frozenset("0123456789")
PUNCTUATION_TOKEN = (PUNCTUATION, "")
# The method of `_Pass` that reads the token starting with each character (names: `name_start`).
HANDLERS = {
    "#": "comment",
    "'": "string",
    '"': "string",
    "<": "angle",
    ">": "close_triple",
    "?": "variable",
    "$": "variable",
    **dict.fromkeys("([{", "open"),
    **dict.fromkeys(")]}", "close"),
    **dict.fromkeys("0123456789", "number"),
    ".": "dot",
    "_": "underscore",
    **dict.fromkeys(" \t\r\n!%&*+,-/;=\\^`|~", "other"),
}


def unescape(text: str) -> str:
    """SPARQL 1.1, 19.2: every \\uXXXX and \\UXXXXXXXX replaced by its character, before
    tokenizing (a backslash that starts no such escape stays, with the character after it)."""
    if "\\u" not in text and "\\U" not in text:
        return text
    pieces, start = [], 0
    position = text.find("\\")
    while position != -1:
        match = ESCAPE.match(text, position)
        if match is not None and (character := _codepoint(match.group())) is not None:
            pieces += [text[start:position], character]
            start = position = match.end()
        else:
            position += 2  # a backslash and the character it escapes stay as they are
        position = text.find("\\", position)
    pieces.append(text[start:])
    return "".join(pieces)


def _codepoint(escape: str) -> str | None:
    try:
        return chr(int(escape[2:], 16))
    except ValueError:  # past U+10FFFF
        return None


def _iri_text(token: str) -> str:
    """The IRI an IRIREF token names (codepoint escapes replaced)."""
    inner = token[1:-1]
    return unescape(inner) if "\\" in inner else inner


@dataclass(frozen=True)
class Lexed:
    """What one pass over a SPARQL text found, in one reading (see the module docstring).

    `visible` is the text with comments as line breaks and strings, IRIs, variables, blank
    node labels, language tags and the local part of prefixed names as spaces: what the
    grammar could read as keywords. The prefix of a prefixed name stays (`trueSERVICE:x`
    might lex as `true SERVICE :x` on a lenient engine), so checks on `visible` err on the
    side of seeing a keyword. `keywords` blanks prefixed names entirely: a prefix is never a
    keyword, whatever its letters (`PREFIX select: <...> ASK {}` is an ASK query).
    """

    visible: str
    keywords: str
    from_graphs: tuple[str, ...]
    from_named_graphs: tuple[str, ...]
    declared_prefixes: frozenset[str]
    used_prefixes: frozenset[str]
    form: str | None = None  # SELECT, ASK, CONSTRUCT or DESCRIBE: the first outside any bracket
    update: bool = False  # an update operation's keyword outside any bracket
    nesting: int = 0
    tokens: int = 0  # significant tokens outside VALUES data blocks (an operator: one per character)
    source: str = field(default="", repr=False)
    longest_match: bool = False
    top_words: tuple[tuple[int, str], ...] = ()  # (position in `source`, upper case) of top-level words
    opaque: tuple[tuple[int, int], ...] = ()  # (start, end) in `source` of each comment and string, in order
    described: int = 0  # the resources a DESCRIBE lists (IRIs, prefixed names and variables)
    # False when the pass stopped at the first limit passed (`lex(..., until_refused=True)`): the
    # counts are then lower bounds, and only `too_deep` may be read (every other field is partial).
    complete: bool = True
    limited: bool = False  # read for the server (`until_refused`): VALUES data is bounded too
    data_tokens: int = 0  # tokens inside VALUES data blocks
    # (position in `source`, upper case) of each call's name among MOMENT_FUNCTIONS, at any depth: the
    # server's dry run pins NOW() to one value in both runs (kg.server.term_cap.pin_now)
    moments: tuple[tuple[int, str], ...] = ()

    @property
    def too_deep(self) -> str | None:
        """Why the text is refused unparsed: brackets nested deeper than MAX_NESTING, more than
        MAX_TOKENS tokens besides VALUES data, or a DESCRIBE of more than MAX_DESCRIBED resources."""
        at_least = "" if self.complete else "at least "  # a pass stopped at MAX_TOKENS counted no further
        if self.nesting > MAX_NESTING:
            return (
                f"the query nests brackets {at_least}{self.nesting} deep; at most {MAX_NESTING} levels are "
                "accepted (flatten the expression or the group patterns)"
            )
        if self.tokens > MAX_TOKENS:
            count = f"{self.tokens:,}" if self.complete else f"more than {MAX_TOKENS:,}"
            return (
                f"the query has {count} tokens besides VALUES data; at most {MAX_TOKENS:,} are "
                "accepted (put long lists of values in a VALUES block, or split the query)"
            )
        if self.limited and self.data_tokens > MAX_DATA_TOKENS:
            return (
                f"the query has more than {MAX_DATA_TOKENS:,} tokens of VALUES data; this endpoint reads at "
                f"most {MAX_DATA_TOKENS:,} (split the VALUES block over several queries)"
            )
        if self.described > MAX_DESCRIBED:
            return (
                f"the query describes {at_least}{self.described:,} resources by name; at most "
                f"{MAX_DESCRIBED:,} are accepted "
                "(list them in a VALUES block: DESCRIBE ?r WHERE { VALUES ?r { ... } })"
            )
        return None

    @property
    def is_update(self) -> bool:
        """No query form, and an update keyword: SPARQL Update rather than a query."""
        return self.form is None and self.update

    @cached_property
    def other_reading(self) -> Lexed:
        """The same text as a SPARQL 1.1 longest-match tokenizer reads it: codepoint escapes
        replaced first, `<` an IRI wherever one can be matched."""
        if self.longest_match:
            return self
        return _Pass(unescape(self.source), longest_match=True, until_refused=self.limited).run()

    @property
    def readings(self) -> tuple[Lexed, Lexed]:
        """Both readings: what any engine could take for a keyword is visible in one of them."""
        return self, self.other_reading


def lex(text: str, until_refused: bool = False) -> Lexed:
    """Tokenize `text` once as Oxigraph parses it; see the module docstring.

    `until_refused`: stop at the token past MAX_TOKENS (which also bounds the nesting and a DESCRIBE's
    list, each bracket and resource being a token), for a caller that refuses such a text whatever else
    it holds (the server). Why: the pass costs about a
    microsecond a token, and a visitor's 1 MiB of `()()()...` is a million of them: the server spent
    2 s of CPU on each such request (5 s under load) to count tokens past the 8,000th, and 16 at once
    kept its other pages waiting 4 s. Never for a caller that reads more than `too_deep` (the shapes'
    SERVICE check): the text after the stop is unread."""
    return _Pass(text, until_refused=until_refused).run()


def may_have_from(text: str) -> bool:
    """False only when `text` can hold no FROM clause: no "from", in any case, outside whole-line comments.

    Why: lexing a named query costs more than asking it (about 1.5 ms against 0.2 ms), and most of
    them say "from" in their header's prose. A line whose first visible character is `#` is a
    comment, or lies inside a long string; FROM there is no keyword, so skipping those lines never
    hides a dataset clause. Every other "from" (a word in a string, a variable's name) is left to
    `lex`, which tells keywords apart. A text with a long string is searched whole: its closing quotes
    may stand on a line that starts with `#`, with a FROM after them.
    """
    if '"""' in text or "'''" in text:
        return "from" in text.lower()
    return "from" in WHOLE_LINE_COMMENT.sub("", text).lower()


class _Frame:
    """One open bracket: what it opened, and whether a `(` at its level opens an expression
    because a SELECT, GROUP BY, ORDER BY or HAVING clause is being read."""

    __slots__ = ("clause", "data", "kind")

    def __init__(self, kind: str, data: bool = False) -> None:
        self.kind = kind
        self.clause = False
        self.data = data  # the data block of VALUES: its tokens are not counted


class _Pass:
    """One left-to-right pass: the token at each position, and what it adds to the visible text."""

    def __init__(self, text: str, longest_match: bool = False, until_refused: bool = False) -> None:
        self.text = text
        self.longest_match = longest_match
        self.until_refused = until_refused
        self.prefix_run, self.local_run = dotless_runs() if longest_match else (PREFIX_RUN, LOCAL_RUN)
        self.visible: list[str] = []
        self.prefix_pieces: list[int] = []  # where in `visible` prefixes are (blanked in `keywords`)
        self.words: tuple[str, ...] = ()  # the last visible words, upper case, with only space after
        self.from_graphs: list[str] = []
        self.from_named: list[str] = []
        self.declared: set[str] = set()
        self.used: set[str] = set()
        self.no_end_before: dict[str, int] = {}  # string form -> position before which none closes
        self.no_prefix_before = 0  # a name starting before this position is no prefix (`name`)
        self.frames = [_Frame(TOP)]
        self.form: str | None = None
        self.update = False
        self.tokens = 0  # outside VALUES data blocks (`Lexed.tokens`)
        self.data_tokens = 0  # inside them
        self.describing = False  # between a top-level DESCRIBE and its WHERE, FROM or group
        self.described = 0  # resources listed there (`Lexed.described`)
        self.in_data = 0  # data blocks open
        self.values_header = False  # VALUES and then only variables and parentheses so far
        self.deepest = 0
        self.previous: tuple[str, str] = NOTHING  # (kind, word) of the last significant token
        self.before: tuple[str, str] = NOTHING  # and of the one before it
        self.previous_is_name = False  # the last token is an IRI or a prefixed name
        self.top_words: list[tuple[int, str]] = []
        self.opaque: list[tuple[int, int]] = []
        self.moments: list[tuple[int, str]] = []

    def run(self) -> Lexed:
        text, position, length = self.text, 0, len(self.text)
        handlers = {char: getattr(self, name) for char, name in HANDLERS.items()}
        until_refused = self.until_refused
        while position < length:
            char = text[position]
            handler = handlers.get(char)
            if handler is not None:
                position = handler(position)
            elif name_start(char):
                position = self.name(position)
            else:
                match = OTHER.match(text, position)
                position = self.punctuation(position, match.end() if match else position + 1)
            if until_refused and (self.tokens > MAX_TOKENS or self.data_tokens > MAX_DATA_TOKENS):
                break  # nesting and DESCRIBE lists are tokens too
        keywords = list(self.visible)
        for index in self.prefix_pieces:
            keywords[index] = ""
        return Lexed(
            "".join(self.visible),
            "".join(keywords),
            tuple(self.from_graphs),
            tuple(self.from_named),
            frozenset(self.declared),
            frozenset(self.used),
            self.form,
            self.update,
            self.deepest,
            self.tokens,
            self.text,
            self.longest_match,
            tuple(self.top_words),
            tuple(self.opaque),
            self.described,
            position >= length,
            until_refused,
            self.data_tokens,
            tuple(self.moments),
        )

    # Tokens ------------------------------------------------------------------------------

    def comment(self, position: int) -> int:
        end = COMMENT.match(self.text, position).end()  # type: ignore[union-attr]
        self.opaque.append((position, end))
        return self.blank(end, "\n")

    def other(self, position: int) -> int:
        return self.punctuation(position, OTHER.match(self.text, position).end())  # type: ignore[union-attr]

    def dot(self, position: int) -> int:
        if self.text[position + 1 : position + 2] in DIGIT_SET:
            return self.number(position)
        return self.punctuation(position, position + 1)

    def underscore(self, position: int) -> int:
        if self.text.startswith("_:", position):
            return self.blank_node(position)
        return self.punctuation(position, position + 1)

    def string(self, position: int) -> int:
        """A string of the long form if three quotes open one that closes, else of the short form;
        a language tag right after it belongs to it."""
        quote = self.text[position]
        for opener in (quote * 3, quote):
            if self.text.startswith(opener, position):
                end = self.string_end(position, opener)
                if end is not None:
                    tag = LANGUAGE_TAG.match(self.text, end)
                    self.token(OPERAND)
                    self.opaque.append((position, end))
                    return self.blank(tag.end() if tag else end)
        return self.punctuation(position, position + 1)

    def string_end(self, position: int, opener: str) -> int | None:
        """Where the string opened at `position` ends, or None (remembered: see the module docstring)."""
        if position < self.no_end_before.get(opener, 0):
            return None
        body = STRING_BODIES[opener].match(self.text, position + len(opener))
        end = body.end()  # type: ignore[union-attr]
        if self.text.startswith(opener, end):
            return end + len(opener)
        self.no_end_before[opener] = end
        return None

    def angle(self, position: int) -> int:
        """`<`: the less-than operator after an operand in an expression, a triple term's `<<`,
        an IRI reference (a FROM graph when it follows FROM), or a character."""
        if self.longest_match:
            match = PLAIN_IRI.match(self.text, position)
        else:
            if self.frames[-1].kind == EXPRESSION and self.previous[0] == OPERAND:
                return self.punctuation(position, position + 1)
            if self.text.startswith("<<", position):
                self.push(TRIPLE_TERM)
                return self.punctuation(position, position + 2)
            match = IRI.match(self.text, position)
        if match is None:
            return self.punctuation(position, position + 1)
        self.dataset_clause(_iri_text(match.group()))
        self.token(OPERAND, name=True)
        return self.blank(match.end())

    def close_triple(self, position: int) -> int:
        if not self.longest_match and self.text.startswith(">>", position) and self.pop(">>"):
            self.show(position, position + 2)
            self.token(OPERAND)
            return position + 2
        return self.punctuation(position, position + 1)

    def variable(self, position: int) -> int:
        """A variable, or `?` alone (a path modifier)."""
        match = VARIABLE.match(self.text, position)
        if match is None:
            return self.punctuation(position, position + 1)
        self.token(OPERAND, in_header=True)
        return self.blank(match.end())

    def number(self, position: int) -> int:
        end = NUMBER.match(self.text, position).end()  # type: ignore[union-attr]
        self.show(position, end)
        self.words = ()
        self.token(OPERAND)
        return end

    def blank_node(self, position: int) -> int:
        match = blank_node().match(self.text, position)
        if match is None:
            return self.punctuation(position, position + 2)
        self.token(OPERAND)
        return self.blank(self.without_final_dots(position + 2, match.end()))

    def name(self, position: int) -> int:
        """A prefixed name (its prefix stays visible), or a word: a keyword or a function name."""
        text = self.text
        prefix_end = position
        if text[position] != ":":
            if position < self.no_prefix_before:
                return self.word(position)
            run_end = self.prefix_run.match(text, position).end()  # type: ignore[union-attr]
            prefix_end = self.without_final_dots(position, run_end)
            if not text.startswith(":", prefix_end):
                # No name starting inside this run is a prefix either: it would end where this one does.
                self.no_prefix_before = run_end
                return self.word(position)
        prefix = text[position:prefix_end]
        local = self.local_run.match(text, prefix_end + 1)
        end = self.without_final_dots(prefix_end + 1, local.end()) if local else prefix_end + 1
        self.dataset_clause(text[position:end])
        if self.words[-1:] == ("PREFIX",):
            self.declared.add(prefix)
        self.used.add(prefix)
        self.prefix_pieces.append(len(self.visible))
        self.visible.append(prefix)
        self.follow(prefix)
        self.token(OPERAND, name=True)
        return self.blank(end)

    def without_final_dots(self, start: int, end: int) -> int:
        """A name may hold dots but not end with one (an escaped dot, `\\.`, is no final dot)."""
        while end > start and self.text[end - 1] == "." and self.text[end - 2 : end - 1] != "\\":
            end -= 1
        return end

    def word(self, start: int) -> int:
        """A keyword or a function name; what it says about the brackets that follow."""
        match = WORD.match(self.text, start)
        end = match.end() if match else start + 1
        word = self.text[start:end]
        upper = word.upper()
        self.show(start, end)
        self.token(OPERAND if upper in BOOLEANS else WORD_TOKEN, word if word == "a" else upper)
        self.values_header = upper == "VALUES"
        if upper in MOMENT_FUNCTIONS:
            self.moments.append((start, upper))
        frame = self.frames[-1]
        if frame.kind == TOP:
            self.top_words.append((start, upper))
            self.describing = False  # WHERE, FROM, a solution modifier: the list of resources ends
            if upper in FORMS and self.form is None and not self.update:
                self.form = upper
                self.describing = upper == "DESCRIBE"
            elif upper in UPDATES and self.form is None:
                self.update = True
        if upper in EXPRESSION_CLAUSES:
            frame.clause = True
        elif upper in CLAUSE_ENDS:
            frame.clause = False
        return end

    # Brackets ----------------------------------------------------------------------------

    def open(self, position: int) -> int:
        char = self.text[position]
        if char == "(":
            kind = self.parenthesis()
        else:
            kind = GROUP if char == "{" else PROPERTIES
            if char == "{":
                self.frames[-1].clause = False  # `SELECT ... {`: the WHERE clause begins
                self.describing = False
        data = char == "{" and self.values_header
        self.push(kind, data)
        end = self.punctuation(position, position + 1)
        self.in_data += data
        return end

    def parenthesis(self) -> str:
        """What `(` opens here, as an LL(1) parser decides it (see the module docstring)."""
        frame = self.frames[-1]
        if frame.kind == EXPRESSION:
            return EXPRESSION
        if frame.kind not in (TOP, GROUP):
            return COLLECTION  # inside a collection, a property list or a triple term
        kind, word = self.previous
        if kind == WORD_TOKEN:
            return COLLECTION if word in NOT_CALLS else EXPRESSION
        if self.previous_is_name and self.before == (WORD_TOKEN, "FILTER"):
            return EXPRESSION  # FILTER <iri>(...) or FILTER ex:f(...)
        return EXPRESSION if frame.clause else COLLECTION

    def push(self, kind: str, data: bool = False) -> None:
        self.frames.append(_Frame(kind, data))
        self.deepest = max(self.deepest, len(self.frames) - 1)

    def pop(self, closer: str) -> bool:
        """Close the innermost bracket `closer` closes; an unmatched closer closes nothing."""
        kinds = CLOSERS[closer]
        for index in range(len(self.frames) - 1, 0, -1):
            if self.frames[index].kind in kinds:
                self.in_data -= sum(frame.data for frame in self.frames[index:])
                del self.frames[index:]
                if closer == "}":
                    self.frames[-1].clause = False  # after a group, no clause is being read
                return True
        return False

    def close(self, position: int) -> int:
        self.pop(self.text[position])
        self.show(position, position + 1)
        self.words = ()
        self.token(OPERAND, in_header=True)  # `(1)`, `EXISTS {}`: an operand in an expression
        return position + 1

    # What tokens add to the visible text ------------------------------------------------------

    def token(self, kind: str, word: str = "", name: bool = False, in_header: bool = False) -> None:
        """A significant token of `kind` (`in_header`: one that may stand between VALUES and its data)."""
        self.before, self.previous = self.previous, (kind, word)
        self.previous_is_name = name
        self.values_header = self.values_header and in_header
        if not self.in_data:
            self.tokens += 1
        else:
            self.data_tokens += 1
        if self.describing and kind == OPERAND and len(self.frames) == 1:
            self.described += 1

    def punctuation(self, start: int, end: int) -> int:
        """Operators, separators and anything else that starts no token: shown as they are."""
        piece = self.text[start:end]
        self.visible.append(piece)
        if not piece.isspace():
            self.words = ()
            self.before, self.previous = self.previous, PUNCTUATION_TOKEN
            self.previous_is_name = False
            self.values_header = self.values_header and piece == "("
            if not self.in_data:
                self.tokens += len(piece) - sum(map(str.isspace, piece))  # `!!!!`: one operator each
            else:
                self.data_tokens += 1
        return end

    def show(self, start: int, end: int) -> None:
        """Text the grammar reads as keywords or punctuation: kept as it is."""
        piece = self.text[start:end]
        self.visible.append(piece)
        self.follow(piece)

    def blank(self, end: int, gap: str = " ") -> int:
        """A hidden token: one space (a line break for a comment); the words before it stay the last."""
        self.visible.append(gap)
        return end

    def follow(self, piece: str) -> None:
        """Keep track of the last visible words (FROM, FROM NAMED, PREFIX): a word follows the
        word before it; anything else but space leaves no word (set by the callers)."""
        if piece[:1].isalpha() or piece[:1] == "_":
            self.words = (*self.words[-1:], piece.upper())

    def dataset_clause(self, graph: str) -> None:
        """Record `graph` when the last visible words before it are FROM or FROM NAMED.

        Strings, variables, IRIs and comments in between count as space, as they do in
        `visible`: a graph is taken for a dataset clause's rather than missed.
        """
        if self.words[-1:] == ("FROM",):
            self.from_graphs.append(graph)
        elif self.words == ("FROM", "NAMED"):
            self.from_named.append(graph)
