"""SPARQL text read once, left to right, the way the SPARQL grammar tokenizes it.

Why one lexer: what a text is (its query form, FROM graphs, declared and used prefixes) and
what it may do (SERVICE, LOAD) depend on telling keywords from the same letters inside a
comment, a string, an IRI, a variable or a prefixed name. Separate regex passes get the
overlaps wrong in different ways (a quote inside a comment, a '#' inside a string or an IRI);
a single pass decides at each position which token starts there, so none can hide another,
and every caller (the CLI, the store API, the server's guard) reads the same tokens.

Tokens, tried in the order the grammar resolves overlaps: comments, the four string forms
('...', "...", '''...''', \"\"\"...\"\"\"), IRI references, variables, prefixed names, and
anything else (keywords and punctuation). A quote or '<' that opens no complete token is an
ordinary character, so text the engine would reject stays visible rather than hidden.

Why linear time: the server runs this on hostile text up to its request limit. No pattern
nests quantifiers, an IRI scan stops at the next '<' (where the next scan starts), and a
string scan either ends a token or fails at a point that is remembered: once a string opened
at one quote has no end before position E, no string of that form opened before E can have
one (every quote in between was inside an escape), so those quotes are not scanned again.
Without that, `'\\'\\'\\'...` costs a scan of the rest of the line at every quote: quadratic.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

COMMENT = re.compile(r"#[^\r\n]*")
IRI = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
VARIABLE = re.compile(r"[?$][\w\u00B7\u0300-\u036F\u203F-\u2040]*")
# A word, and if a ':' follows, the prefixed name it starts; not after a name character or a
# dot, where the letters continue a word or a local name (`1SERVICE`, `_:b1`, `ex:a.SERVICE`):
# they stay visible, so the guard errs on the side of seeing a keyword.
NAME = re.compile(r"(?<![\w.:-])(?P<prefix>[A-Za-z][\w-]*)?(?P<local>:[\w\-%:]*)?")
NAME_START = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz:")
# A run of characters that start no token: one match instead of a loop step per character.
OTHER = re.compile(r"(?:[^#'\"<?$:A-Za-z]|(?<=[\w.:-])[A-Za-z:])+")
# A prefix used right after a dot (`?o.org:x`), which the grammar reads as a prefixed name.
PREFIX_IN_TEXT = re.compile(r"(?<![\w-])([A-Za-z][\w-]*):")
# The inside of each string form up to where it must close; each step takes one character or
# one escape, so a scan never backtracks.
STRING_BODIES = {
    "'''": re.compile(r"(?:[^'\\]|\\.|'(?!''))*", re.DOTALL),
    '"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*', re.DOTALL),
    "'": re.compile(r"(?:[^'\\\r\n]|\\.)*", re.DOTALL),
    '"': re.compile(r'(?:[^"\\\r\n]|\\.)*', re.DOTALL),
}

FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", re.IGNORECASE)
# The word a run of other characters ends with, read from its last few characters only: a longer
# word is no keyword (FROM, NAMED, PREFIX), and the look stays constant-time.
LAST_WORD = re.compile(r"\w*$")
# Brackets deeper than this are refused before any engine parses the text: Oxigraph's
# recursive-descent parser overflows its stack (a segfault) somewhere past 2,000 levels.
MAX_NESTING = 128
BRACKETS = re.compile(r"[()\[\]{}]")
LAST_WORD_WINDOW = 8


@dataclass(frozen=True)
class Lexed:
    """What one pass over a SPARQL text found.

    `visible` is the text with comments as line breaks and strings, IRIs, variables and the
    local part of prefixed names as spaces: what the grammar could read as keywords. The
    prefix of a prefixed name stays (`trueSERVICE:x` might lex as `true SERVICE :x` on a
    lenient engine), so checks on `visible` err on the side of seeing a keyword. `keywords`
    blanks prefixed names entirely: a prefix is never a keyword, whatever its letters
    (`PREFIX select: <...> ASK {}` is an ASK query).
    """

    visible: str
    keywords: str
    from_graphs: tuple[str, ...]
    from_named_graphs: tuple[str, ...]
    declared_prefixes: frozenset[str]
    used_prefixes: frozenset[str]

    @cached_property
    def form(self) -> str | None:
        """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword; None for no query."""
        match = FORM.search(self.keywords)
        return match.group(1).upper() if match else None

    @cached_property
    def nesting(self) -> int:
        """The deepest nesting of (), [] and {} outside strings, IRIs and comments."""
        depth = deepest = 0
        for match in BRACKETS.finditer(self.visible):
            if match.group() in "([{":
                depth += 1
                deepest = max(deepest, depth)
            else:
                depth = max(0, depth - 1)
        return deepest

    @property
    def too_deep(self) -> str | None:
        """Why the text is refused unparsed, when its brackets nest deeper than MAX_NESTING."""
        if self.nesting <= MAX_NESTING:
            return None
        return (
            f"the query nests brackets {self.nesting} deep; at most {MAX_NESTING} levels are accepted "
            "(flatten the expression or the group patterns)"
        )

    @property
    def is_update(self) -> bool:
        """No query form, and an update keyword: SPARQL Update rather than a query."""
        return self.form is None and UPDATE.search(self.keywords) is not None


def lex(text: str) -> Lexed:
    """Tokenize `text` once; see the module docstring for the tokens and the time bound."""
    return _Pass(text).run()


class _Pass:
    """One left-to-right pass: the token at each position, and what it adds to the visible text."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.visible: list[str] = []
        self.prefix_pieces: list[int] = []  # where in `visible` prefixes are (blanked in `keywords`)
        self.words: tuple[str, ...] = ()  # the last visible words, upper case, with only space after
        self.from_graphs: list[str] = []
        self.from_named: list[str] = []
        self.declared: set[str] = set()
        self.used: set[str] = set()
        self.no_end_before: dict[str, int] = {}  # string form -> position before which none closes

    def run(self) -> Lexed:
        text, position = self.text, 0
        while position < len(text):
            char = text[position]
            if char == "#":
                position = self.blank(COMMENT.match(text, position).end(), "\n")  # type: ignore[union-attr]
            elif char in "'\"":
                position = self.string(position, char)
            elif char == "<":
                position = self.iri(position)
            elif char in "?$":
                position = self.blank(VARIABLE.match(text, position).end())  # type: ignore[union-attr]
            elif char in NAME_START:
                position = self.name(position)
            else:
                position = self.show(position, OTHER.match(text, position).end())  # type: ignore[union-attr]
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
        )

    # Tokens ------------------------------------------------------------------------------

    def string(self, position: int, quote: str) -> int:
        """A string of the long form if three quotes open one that closes, else of the short form."""
        for opener in (quote * 3, quote):
            if self.text.startswith(opener, position):
                end = self.string_end(position, opener)
                if end is not None:
                    return self.blank(end)
        return self.show(position, position + 1)

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

    def iri(self, position: int) -> int:
        """An IRI reference (a FROM graph when it follows FROM), or '<' as a character."""
        match = IRI.match(self.text, position)
        if match is None:
            return self.show(position, position + 1)
        self.dataset_clause(match.group()[1:-1])
        return self.blank(match.end())

    def name(self, position: int) -> int:
        """A prefixed name (its prefix stays visible), a word, or letters that continue one."""
        match = NAME.match(self.text, position)
        if match is None:
            return self.show(position, OTHER.match(self.text, position).end())  # type: ignore[union-attr]
        if match.group("local") is None:
            return self.show(position, match.end())
        prefix = match.group("prefix") or ""
        self.dataset_clause(match.group())
        if self.words[-1:] == ("PREFIX",):
            self.declared.add(prefix)
        self.used.add(prefix)
        self.prefix_pieces.append(len(self.visible))
        self.visible.append(prefix)
        self.follow(prefix)
        return self.blank(match.end())

    # What tokens add to the visible text ------------------------------------------------------

    def show(self, start: int, end: int) -> int:
        """Text the grammar reads as keywords or punctuation: kept as it is."""
        piece = self.text[start:end]
        self.visible.append(piece)
        self.follow(piece)
        if ":" in piece:
            self.used.update(PREFIX_IN_TEXT.findall(piece))
        return end

    def blank(self, end: int, gap: str = " ") -> int:
        """A hidden token: one space (a line break for a comment); the words before it stay the last."""
        self.visible.append(gap)
        return end

    def follow(self, piece: str) -> None:
        """Keep track of the last visible words (FROM, FROM NAMED, PREFIX) through a visible piece.

        A piece that is one word (space around it) follows the word before; a piece that ends
        with a word after other characters (`-FROM`, still a word boundary before FROM) starts
        afresh; one that ends with punctuation leaves no word. Space changes nothing.
        """
        stripped = piece.rstrip()
        if not stripped:
            return
        word = LAST_WORD.search(stripped[-LAST_WORD_WINDOW:]).group().upper()  # type: ignore[union-attr]
        if not word:
            self.words = ()
        elif len(word) == len(stripped.lstrip()):
            self.words = (*self.words[-1:], word)
        else:
            self.words = (word,)

    def dataset_clause(self, graph: str) -> None:
        """Record `graph` when the last visible words before it are FROM or FROM NAMED.

        Strings, variables, IRIs and comments in between count as space, as they do in
        `visible`: a graph is taken for a dataset clause's rather than missed.
        """
        if self.words[-1:] == ("FROM",):
            self.from_graphs.append(graph)
        elif self.words == ("FROM", "NAMED"):
            self.from_named.append(graph)
