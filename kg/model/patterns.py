"""Text patterns that extraction and the model share: e-mail addresses, sentence boundaries and
the characters no text of the graph may hold.

Why here, at the bottom: extraction reads addresses and sentences, and the model hides
addresses when it publishes; written once, the two can never disagree on what an address
or a sentence is.
"""

from __future__ import annotations

import re
import unicodedata

EMAIL = re.compile(r"[A-Za-z0-9._%+-]{1,64}@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63})+)")
"""An e-mail address; the `domain` group is what tells which organization the address belongs to."""

SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\u201d\"\u2019)]?\s+(?=[A-Z\u201c\"(])")
"""Where a sentence may end: terminal punctuation, maybe a closing quote, space, then a capital."""

ABBREVIATIONS = frozenset(
    {
        "Inc.",
        "Ltd.",
        "Corp.",
        "Co.",
        "e.g.",
        "i.e.",
        "etc.",
        "No.",
        "vs.",
        "St.",
        "Dr.",
        "Mr.",
        "Ms.",
    }
)
"""Words whose period does not end a sentence (company forms, Latin, titles)."""

INITIALS = re.compile(r"[A-Z]\.(?:[A-Z]\.)+")
"""Grouped capital initials ("U.S.", "A.B.C."): never the end of a sentence."""

INITIAL = re.compile(r"[A-Z]\.")
"""One capital initial ("J."): an abbreviation after a capitalized word ("John F. Kennedy",
"Chair: J. Smith"), at the start or after an opening bracket ("(J. Smith)"), but a sentence end
after a lower-case word ("the answer is X. Then")."""

OPENING_PUNCTUATION = "(\"\u201c\u2018['"
LONGEST_WORD = 40
"""The look back from a possible break never goes further (the splitter stays linear); a longer
word is no abbreviation."""


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of `text`, not breaking after "Inc.", "e.g.", "U.S." or "John F."."""
    spans, start = [], 0
    for match in SENTENCE_BREAK.finditer(text):
        if ends_with_abbreviation(text, match.start()):
            continue
        spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def ends_with_abbreviation(text: str, end: int) -> bool:
    """Whether the word that ends at `end` (with its period) is an abbreviation or initials.

    Each look back is bounded by LONGEST_WORD, so splitting stays linear in the text however
    many abbreviations it holds.
    """
    found = _word_before(text, end)
    if found is None:
        return False
    start, word = found
    if word in ABBREVIATIONS or INITIALS.fullmatch(word):
        return True
    opens = text[start] in OPENING_PUNCTUATION
    return INITIAL.fullmatch(word) is not None and (opens or _after_capitalized_word(text, start))


def _word_before(text: str, end: int) -> tuple[int, str] | None:
    """Where the word ending at `end` starts, and the word without opening punctuation; None if too long."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        if end - start >= LONGEST_WORD:
            return None
        start -= 1
    return start, text[start:end].lstrip(OPENING_PUNCTUATION)


def _after_capitalized_word(text: str, start: int) -> bool:
    """Whether the word before `start` begins with a capital (or there is none: the text starts)."""
    end = start
    while end > 0 and text[end - 1].isspace():
        if start - end >= LONGEST_WORD:
            return False
        end -= 1
    if end == 0:
        return True
    found = _word_before(text, end)
    return found is not None and found[1][:1].isupper()


# --- Characters every serialization can carry ---------------------------------------------------

UNSAFE_CHARACTER = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
"""What no text of the graph may hold: C0 controls but TAB, LF and CR, which XML 1.0 cannot carry at
all (a page or SPARQL XML result with one is not well-formed); DEL and the C1 controls, which XML 1.0
allows but which are no text (windows-1252 decodes to none of them but its five undefined bytes;
otherwise only double-encoded text has them, and U+009B starts a terminal escape sequence like
ESC [); lone surrogates, which cannot be encoded as UTF-8; and the non-characters U+FFFE and U+FFFF."""

LINE_BREAKS = {"\x0b": "\n", "\x0c": "\n", "\x85": "\n"}
"""Vertical tab, form feed (a page break) and NEL end a line: they become one."""


def _safe_character(match: re.Match[str]) -> str:
    character = match.group()
    if character in LINE_BREAKS:
        return LINE_BREAKS[character]
    return " " if unicodedata.category(character) == "Cc" else "\ufffd"


def safe_text(text: str) -> str:
    """`text` with each unsafe character (UNSAFE_CHARACTER) replaced by one safe character: a control
    by a space (VT, FF and NEL by a line break), a lone surrogate or non-character by U+FFFD.

    One for one, so that every offset into the result is the same offset into `text`: documents
    are read through it (kg.extract.documents), and every literal the mapping makes goes through it
    again (kg.model.mapping), so that no extractor can carry such a character into a graph.
    """
    if UNSAFE_CHARACTER.search(text) is None:
        return text
    return UNSAFE_CHARACTER.sub(_safe_character, text)


def bracketed_spans(text: str) -> list[tuple[int, int]]:
    """The spans of "(...)" holding no ")", left to right and not overlapping: what
    `re.finditer(r"\\([^)]*\\)", text)` finds, in linear time.

    Why not that pattern: where no ")" follows, it scans to the end of the text from every "(", and a
    run of "(" made one contact line cost minutes (tests/extract/test_adversarial_text.py)."""
    spans: list[tuple[int, int]] = []
    start = 0
    while (opening := text.find("(", start)) != -1:
        closing = text.find(")", opening + 1)
        if closing == -1:  # none after this "(", so none after any later one
            break
        spans.append((opening, closing + 1))
        start = closing + 1
    return spans


def without_brackets(text: str, space_before: bool = False) -> str:
    """`text` without its bracketed spans (bracketed_spans); with `space_before`, without the blanks
    before each too (as `re.sub(r"\\s*\\([^)]*\\)", "", text)`)."""
    pieces, kept_from = [], 0
    for opening, closing in bracketed_spans(text):
        cut = opening
        if space_before:
            while cut > kept_from and text[cut - 1].isspace():
                cut -= 1
        pieces.append(text[kept_from:cut])
        kept_from = closing
    pieces.append(text[kept_from:])
    return "".join(pieces)
