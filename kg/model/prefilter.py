"""A pattern's matches over a long text found from the few places they can start, not every place.

Why: Python's `re` skips ahead only for a pattern that opens with a literal (or a set of them) in its own
case. A case-insensitive cue that opens with `\\b` and an alternation of words ("effective|takes effect|
comes into force ...") is tried at each of a 1 MB document's million places: eleven date cues were 0.9
CPU-s of the rules there (issue 12 point 8). Every match of such a cue starts where one of a few words
opens; `str.find` finds those in C, and the pattern is matched at those places alone.

How it stays exact: the words are read from the pattern itself (its parse, re._parser), so a cue edited
later can never outgrow them; where the parse says nothing certain (a pattern opening with a class of
characters or a repeat that may be empty, an unknown operator, a non-ASCII letter) the text is searched
as before. The words are looked for in the text in lower case, which finds each ASCII letter in either
case; the four letters Python's case-insensitive matching takes for an ASCII one (U+0130, U+0131, U+017F,
U+212A) are not lower-cased to it, so a text holding one is searched as before too. The places are tried in
order with `Pattern.match` (which sees the text before the place, as a search does: look-behinds and `\\b`
read the same), each after the end of the last match: finditer's own walk. tests/extract/
test_session24_p_prefilter.py compares both on generated texts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

try:  # the parser `re` compiles with (3.11+); without it every text is searched as before
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an interpreter this was not checked on
    sre_parser = sre_constants = None

FOLDED_LETTERS = "\u0130\u0131\u017f\u212a"
"""Letters that match an ASCII letter case-insensitively but do not lower-case to it (re's documentation)."""
LONGEST_OPENER = 6
"""Characters of an opening word looked for: enough to make its places few, no more."""
LINE_START = "\n"
"""The opener that stands for "at the start of a line" (`(?m:^)`)."""
TEXT_START = ""
"""The opener that stands for "at the start of the text" (`^`, `\\A`)."""


@dataclass
class Openers:
    """What every match of a pattern starts with: one of `words` (lower case, ASCII), or a line's or the
    text's start."""

    words: frozenset[str]
    line_start: bool = False
    text_start: bool = False


class Unknown(Exception):
    """The parse says nothing certain about where a match starts."""


@lru_cache(maxsize=512)
def openers(pattern: re.Pattern[str]) -> Openers | None:
    """The pattern's openers, or None when they cannot be told (the text is then searched as before)."""
    if sre_parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        parsed = sre_parser.parse(pattern.pattern, pattern.flags)
        found = starts(flagged(list(parsed), pattern.flags), "")
    except (Unknown, re.error, RecursionError, TypeError, ValueError):
        return None
    words = {word for word in found if word not in (LINE_START, TEXT_START)}
    if not all(word and word.isascii() for word in words):
        return None
    return Openers(frozenset(words), LINE_START in found, TEXT_START in found)


Item = tuple[Any, Any, int]
"""A parsed pattern's operator, its value and the flags in force there (a group may set its own)."""


def flagged(items: list[tuple[Any, Any]], flags: int) -> list[Item]:
    return [(op, value, flags) for op, value in items]


def starts(items: list[Item], prefix: str) -> set[str]:
    """The lower-case words that a match of `items` (a parsed sequence) opens with, after `prefix`; Unknown
    when a match may open with anything."""
    if len(prefix) >= LONGEST_OPENER or not items:
        if not prefix:
            raise Unknown
        return {prefix}
    (op, value, flags), rest = items[0], items[1:]
    c = sre_constants
    if op is c.LITERAL:
        return starts(rest, prefix + chr(value).lower())
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        return starts(flagged(list(inner), (flags | add_flags) & ~del_flags) + rest, prefix)
    if op is getattr(c, "ATOMIC_GROUP", None):
        return starts(flagged(list(value), flags) + rest, prefix)
    if op is c.BRANCH:
        found: set[str] = set()
        for branch in value[1]:
            found |= starts(flagged(list(branch), flags) + rest, prefix)
        return found
    if op is c.IN and small_set(value):
        return {word for letter in small_set(value) for word in starts(rest, prefix + letter.lower())}
    if prefix:
        return {prefix}  # a class, a repeat, a look-around: the word looked for ends here
    if op is c.AT:
        if value is c.AT_BEGINNING:
            return {TEXT_START, LINE_START} if flags & re.MULTILINE else {TEXT_START}
        if value is c.AT_BEGINNING_STRING:
            return {TEXT_START}
        return starts(rest, prefix)  # \\b, \\B, $: zero width, what follows them opens the match
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
        low, _high, inner = value
        found = starts(flagged(list(inner), flags), prefix)
        return found if low >= 1 else found | starts(rest, prefix)
    if op in (c.ASSERT, c.ASSERT_NOT):
        return starts(rest, prefix)  # zero width: what follows opens the match
    raise Unknown


def small_set(items: list[tuple[Any, Any]]) -> list[str]:
    """The letters of a class that lists a few literals alone (`[Cc]`), else an empty list."""
    letters = []
    for op, value in items:
        if op is not sre_constants.LITERAL:
            return []
        letters.append(chr(value))
    return letters if 0 < len(letters) <= 4 else []


@dataclass
class LoweredText:
    """A text and its lower case, made once for the patterns matched over it (None when a text cannot be
    read lowered: a letter of FOLDED_LETTERS in it, or a letter whose lower case is longer)."""

    text: str
    lowered: str | None = field(init=False)
    _line_starts: list[int] | None = field(default=None, init=False)

    def __post_init__(self) -> None:
        lowered = self.text.lower()
        plain = len(lowered) == len(self.text) and not any(letter in self.text for letter in FOLDED_LETTERS)
        self.lowered = lowered if plain else None

    def line_starts(self) -> list[int]:
        if self._line_starts is None:
            found, at = [], self.text.find("\n")
            while at >= 0:
                found.append(at + 1)
                at = self.text.find("\n", at + 1)
            self._line_starts = found
        return self._line_starts

    def places(self, found: Openers) -> list[int]:
        """Every place a word of `found` opens (in either case), and the line and text starts it asks for."""
        assert self.lowered is not None
        places = {0} if found.text_start or found.line_start else set()
        if found.line_start:
            places.update(self.line_starts())
        lowered = self.lowered
        for word in found.words:
            at = lowered.find(word)
            while at >= 0:
                places.add(at)
                at = lowered.find(word, at + 1)
        return sorted(places)


def finditer(pattern: re.Pattern[str], text: str | LoweredText) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, tried only where a match can start (see the module's docstring)."""
    found = openers(pattern)
    if found is None:
        return list(pattern.finditer(text.text if isinstance(text, LoweredText) else text))
    view = text if isinstance(text, LoweredText) else LoweredText(text)
    if view.lowered is None:
        return list(pattern.finditer(view.text))
    matches = []
    position = 0
    for place in view.places(found):
        if place < position:
            continue
        match = pattern.match(view.text, place)
        if match is None:
            continue
        if match.end() == match.start():  # an empty match: finditer's stepping over it is not redone here
            return list(pattern.finditer(view.text))
        matches.append(match)
        position = match.end()
    return matches


def search(pattern: re.Pattern[str], text: str | LoweredText) -> re.Match[str] | None:
    """`pattern.search(text)`, tried only where a match can start (see the module's docstring)."""
    found = openers(pattern)
    if found is None:
        return pattern.search(text.text if isinstance(text, LoweredText) else text)
    view = text if isinstance(text, LoweredText) else LoweredText(text)
    if view.lowered is None:
        return pattern.search(view.text)
    for place in view.places(found):
        match = pattern.match(view.text, place)
        if match is not None:
            return match
    return None
