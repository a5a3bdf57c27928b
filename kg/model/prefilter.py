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
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

try:  # the parser `re` compiles with (3.11+); without it every text is searched as before
    from re import _constants as sre_constants  # type: ignore[attr-defined]
    from re import _parser as sre_parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - an interpreter this was not checked on
    sre_parser = sre_constants = None
try:  # the letters re's case-insensitive matching takes for one another beyond their lower case
    from re._casefix import _EXTRA_CASES as EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # pragma: no cover - without it no non-ASCII letter is read case-insensitively
    EXTRA_CASES = None

FOLDED_LETTERS = "\u0130\u0131\u017f\u212a"
"""Letters that match an ASCII letter case-insensitively but do not lower-case to it (re's documentation)."""
LONGEST_OPENER = 6
"""Characters of an opening word looked for: enough to make its places few, no more."""
SHORT_TEXT = 160
"""A text shorter than this is searched by the pattern itself once it holds one of the words: finding the
openers' places (a lower case, a find per word, a sort) costs more than the engine's pass over a table's
cell or a short line (session 25: a 1 MB list-heavy document's 241,000 calls)."""
LINE_START = "<start of a line>"
"""The opener that stands for "at the start of a line" (`(?m:^)`): no word looked for is this long (a word
ends at LONGEST_OPENER characters, one letter's lower case adding at most two more). It was "\\n", which a
pattern opening with a line end (`\\n\\s*`, `\\r\\n?|\\n`) also yields as its word: its matches, which start
at the line end, were then looked for after it only and lost."""
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
    if not all(words):
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
        if not readable(chr(value), flags):
            return end_word(prefix)
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
        if not all(readable(letter, flags) for letter in small_set(value)):
            return end_word(prefix)
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


def end_word(prefix: str) -> set[str]:
    """The word looked for ends before a letter it cannot be looked for by (see `readable`)."""
    if not prefix:
        raise Unknown
    return {prefix}


def readable(letter: str, flags: int) -> bool:
    """Whether the places a match may read `letter` at are found by looking for `letter.lower()` in the
    text's lower case (LoweredText: each letter lowered to one). Matched as written: always (where the text
    holds the letter, its lower case holds the letter's). Matched case-insensitively: an ASCII one (the
    letters of FOLDED_LETTERS that re takes for one are kept apart by LoweredText), or a letter with no
    case at all ("\u2013", "\u00a9", "\u00a0"), which re's case-insensitive test (its lower case, and
    the few letters re._casefix pairs) takes for itself alone: no other code point lowers to such a
    letter (tests/extract/test_session25_p_prefilter.py checks them all). A cased non-ASCII letter
    ("\u00e9", "\u03c3") matched case-insensitively is not: re's simple lower case and str.lower part at
    a word's last sigma, and re pairs letters str.lower keeps apart."""
    if letter.isascii() or not flags & re.IGNORECASE:
        return True
    return caseless(letter)


def caseless(letter: str) -> bool:
    """A letter with no case: its own lower and upper case, and paired with none by re._casefix."""
    return (
        EXTRA_CASES is not None
        and letter.lower() == letter
        and letter.upper() == letter
        and ord(letter) not in EXTRA_CASES
    )


def small_set(items: list[tuple[Any, Any]]) -> list[str]:
    """The letters of a class that lists a few literals alone (`[Cc]`), else an empty list."""
    letters = []
    for op, value in items:
        if op is not sre_constants.LITERAL:
            return []
        letters.append(chr(value))
    return letters if 0 < len(letters) <= 4 else []


Word = tuple[str, bool]
"""A literal every match holds, and whether it is matched case-insensitively."""


@lru_cache(maxsize=512)
def needs(pattern: re.Pattern[str]) -> frozenset[Word] | None:
    """Literals one of which every match of the pattern holds ("Group", "Committee", ... of a unit's
    name), or None when the parse tells none: a text holding none of them has no match, whatever its
    length. Why: a pattern that opens with a class of letters is tried at every place, and most texts lack
    the words it ends with."""
    if sre_parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = required(flagged(list(sre_parser.parse(pattern.pattern, pattern.flags)), pattern.flags))
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    return frozenset(found) if found else None


def required(items: list[Item]) -> set[Word] | None:
    """One of these literals is in every match of the sequence `items` (None: none is sure): the best of
    its parts' (a run of literals is one word; the set whose shortest word is longest)."""
    best: set[Word] | None = None
    run, run_flags = "", 0
    candidates: list[set[Word]] = []
    for op, value, flags in [*items, (None, None, 0)]:
        if op is sre_constants.LITERAL and (not run or flags & re.IGNORECASE == run_flags & re.IGNORECASE):
            run, run_flags = run + chr(value), flags
            continue
        if run:
            candidates.append({(run, bool(run_flags & re.IGNORECASE))})
            run = ""
        if op is sre_constants.LITERAL:
            run, run_flags = chr(value), flags
            continue
        part = required_of(op, value, flags) if op is not None else None
        if part:
            candidates.append(part)
    for candidate in candidates:
        if best is None or min(len(w) for w, _ in candidate) > min(len(w) for w, _ in best):
            best = candidate
    return best


def required_of(op: Any, value: Any, flags: int) -> set[Word] | None:
    """The literals one of which a match of one parsed part holds (None: none is sure)."""
    c = sre_constants
    if op is c.SUBPATTERN:
        _group, add_flags, del_flags, inner = value
        return required(flagged(list(inner), (flags | add_flags) & ~del_flags))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return required(flagged(list(value), flags))
    if op is c.BRANCH:
        union: set[Word] = set()
        for branch in value[1]:
            part = required(flagged(list(branch), flags))
            if not part:
                return None
            union |= part
        return union
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)) and value[0] >= 1:
        return required(flagged(list(value[2]), flags))
    if op is c.IN and small_set(value):  # "[\u2013\u2014\u2192]": one of its letters
        return {(letter, bool(flags & re.IGNORECASE)) for letter in small_set(value)}
    return None


@dataclass(frozen=True)
class Plan:
    """What the parse tells of one pattern: where its matches open, and the words one of which they hold
    (case-sensitive ones, asked of the text as written; case-insensitive ASCII ones, of its lower case)."""

    pattern: re.Pattern[str]
    openers: Openers | None
    exact: tuple[str, ...] = ()
    folded: tuple[str, ...] = ()
    checks: bool = False  # whether the words are known (else every text may hold a match)

    def holds_none(self, view: LoweredText) -> bool:
        """Whether the text holds none of the words (a text that cannot be read lowered may hold a
        case-insensitive one anywhere). Plain loops, not `any` over a generator: asked for each of a
        document's blocks by each pattern (241,000 times at 1 MB list-heavy), where the generator's own
        frames cost twice the `in` tests."""
        if not self.checks:
            return False
        text = view.text
        for word in self.exact:
            if word in text:
                return False
        if not self.folded:
            return True
        lowered = view.lowered
        return lowered is not None and all(word not in lowered for word in self.folded)


PLANS: dict[int, Plan] = {}
PLANS_KEPT = 4096
"""Plans by the pattern's id (each holds its pattern, so no id is reused while kept): a Pattern's own hash
reads all its compiled code, at every call."""


def plan(pattern: re.Pattern[str]) -> Plan:
    known = PLANS.get(id(pattern))
    if known is not None and known.pattern is pattern:
        return known
    return new_plan(pattern)


def new_plan(pattern: re.Pattern[str]) -> Plan:
    words = needs(pattern)
    exact = tuple(sorted(word for word, folded in words or () if not folded))
    folded = tuple(sorted(word.lower() for word, folded in words or () if folded))
    usable = words is not None and all(readable(letter, re.IGNORECASE) for word in folded for letter in word)
    made = Plan(pattern, openers(pattern), exact, folded if usable else (), usable)
    if len(PLANS) < PLANS_KEPT:
        PLANS[id(pattern)] = made
    return made


PlanParts = tuple[Openers | None, tuple[str, ...], tuple[str, ...], bool]


def plan_parts(made: Plan) -> PlanParts:
    """What a plan holds besides its pattern: what a cache keeps of it between processes (a function of
    the pattern's text and flags and of this module's code alone)."""
    return (made.openers, made.exact, made.folded, made.checks)


def remember(pattern: re.Pattern[str], parts: PlanParts) -> bool:
    """Put in place a plan made earlier (plan_parts of new_plan's, e.g. by another process), so that first
    use does not parse the pattern again; False once PLANS_KEPT plans are kept."""
    if len(PLANS) >= PLANS_KEPT:
        return False
    PLANS.setdefault(id(pattern), Plan(pattern, *parts))
    return True


class LoweredText:
    """A text and its lower case, made once (when first asked) for the patterns matched over it; None when
    a text cannot be read lowered: a letter of FOLDED_LETTERS in it, or a letter whose lower case is
    longer. (A plain attribute, not functools.cached_property, whose descriptor is Python code run at
    every read.)"""

    __slots__ = ("_line_starts", "_lowered", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered: str | bool | None = False  # False: not made yet
        self._line_starts: list[int] | None = None

    @property
    def lowered(self) -> str | None:
        lowered = self._lowered
        if lowered is False:
            text = self.text
            made = text.lower()
            plain = len(made) == len(text) and not any(letter in text for letter in FOLDED_LETTERS)
            lowered = self._lowered = made if plain else None
        return lowered  # type: ignore[return-value]

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
        lowered = self.lowered
        assert lowered is not None
        places = {0} if found.text_start or found.line_start else set()
        if found.line_start:
            places.update(self.line_starts())
        for word in found.words:
            at = lowered.find(word)
            while at >= 0:
                places.add(at)
                at = lowered.find(word, at + 1)
        return sorted(places)


def view_of(text: str | LoweredText) -> LoweredText:
    """The text's LoweredText: the one given, or the last one made for the same string (the rules match
    several patterns over each block in turn, each needing the block's lower case), or a new one."""
    global LAST_VIEW
    if isinstance(text, LoweredText):
        return text
    last = LAST_VIEW
    if last is not None and last.text is text:
        return last
    LAST_VIEW = made = LoweredText(text)
    return made


LAST_VIEW: LoweredText | None = None
"""The view made last (see view_of): a string is immutable, so the view of the same string object is the
same whoever asks; replaced whole, never changed, so a thread reading it sees one view or another."""


def finditer(pattern: re.Pattern[str], text: str | LoweredText) -> list[re.Match[str]]:
    """`list(pattern.finditer(text))`, tried only where a match can start, and not at all in a text that
    holds none of the words every match holds (see the module's docstring)."""
    told = PLANS.get(id(pattern))
    if told is None or told.pattern is not pattern:
        told = plan(pattern)
    raw = text.text if isinstance(text, LoweredText) else text
    if told.openers is None and not told.checks:
        return list(pattern.finditer(raw))
    if told.checks and not told.folded:  # the common case, asked of the text as written: no view needed
        for word in told.exact:
            if word in raw:
                break
        else:
            return []
        if told.openers is None:
            return list(pattern.finditer(raw))
    view = view_of(text)
    if told.holds_none(view):
        return []
    if told.openers is None or len(raw) < SHORT_TEXT or view.lowered is None:
        return list(pattern.finditer(raw))
    matches = []
    position = 0
    for place in view.places(told.openers):
        if place < position:
            continue
        match = pattern.match(raw, place)
        if match is None:
            continue
        if match.end() == match.start():  # an empty match: finditer's stepping over it is not redone here
            return list(pattern.finditer(raw))
        matches.append(match)
        position = match.end()
    return matches


def search(pattern: re.Pattern[str], text: str | LoweredText) -> re.Match[str] | None:
    """`pattern.search(text)`, tried as finditer tries it."""
    told = PLANS.get(id(pattern))
    if told is None or told.pattern is not pattern:
        told = plan(pattern)
    raw = text.text if isinstance(text, LoweredText) else text
    if told.openers is None and not told.checks:
        return pattern.search(raw)
    view = view_of(text)
    if told.holds_none(view):
        return None
    if told.openers is None or len(raw) < SHORT_TEXT or view.lowered is None:
        return pattern.search(raw)
    for place in view.places(told.openers):
        match = pattern.match(raw, place)
        if match is not None:
            return match
    return None
