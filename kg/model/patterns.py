"""Text patterns that extraction and the model share: e-mail addresses and sentence boundaries.

Why here, at the bottom: extraction reads addresses and sentences, and the model hides
addresses when it publishes; written once, the two can never disagree on what an address
or a sentence is.
"""

from __future__ import annotations

import re

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
