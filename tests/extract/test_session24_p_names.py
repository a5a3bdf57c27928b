"""kg.extract.names read faster, reading the same: a text's words as two lists (word_list) are text_words',
and a whole document is searched for a name only when it holds each of the name's words (may_match)."""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.names import FOLDED_LETTERS, WORD, may_match, text_words, word_list
from kg.model.sources import default_sources
from kg.pipeline.ingest import new_resolver

PIECES = [
    "Open",
    "Group",
    "the",
    "THE",
    "Grid",
    "Forum",
    "(OGF)",
    "(ISC)2",
    "ISO/IEC",
    "JTC 1",
    "802.1",
    " ",
    "  ",
    "\n",
    ", ",
    "-",
    "'",
    "\u2019",
    "caf\u00e9",
    "\u00c9COLE",
    "\u017f",
    "\u212a",
    "\u0130",
    "\u0131",
    "\u00df",
    "\u1e9e",
    "\uff21",
    "\u0663",
    "x",
    "Distributed",
    "Management",
    "Task",
    "Force",
    "Cloud",
    "Security",
    "Alliance",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_word_list_reads_the_words_text_words_reads(text: str) -> None:
    words, starts = word_list(text)
    assert [(w.word, w.start) for w in text_words(text)] == list(zip(words, starts, strict=True))


def test_only_the_folded_letters_lower_into_ascii_or_longer() -> None:
    """word_list lowers a whole text once the folded letters are folded: sound only if no other code point
    lowers to an ASCII letter or digit, or to more than one character."""
    odd = {
        chr(point)
        for point in range(0x80, sys.maxunicode + 1)
        if len(chr(point).lower()) != 1 or WORD.search(chr(point).lower())
    }
    assert odd <= set(FOLDED_LETTERS)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_a_name_is_searched_for_whenever_its_pattern_could_match(text: str) -> None:
    """may_match never says no where the name's pattern finds the name (the whole document's search)."""
    resolver = RESOLVER
    folded = any(letter in text for letter in FOLDED_LETTERS)
    words = None if folded else set(WORD.findall(text.lower()))
    for pattern in NAMED:
        if pattern.pattern.search(text) is not None:
            assert may_match(pattern, words), pattern.source
    assert resolver is not None


RESOLVER = new_resolver(default_sources())
NAMED = [
    p
    for p in RESOLVER.patterns
    if not p.is_acronym and p.words and p.words[0] in {"open", "the", "distributed", "cloud", "grid"}
]


def test_observe_finds_the_evidence_a_search_for_each_name_found() -> None:
    text = "The Open Group works with the Cloud Security Alliance (CSA) and the Open Grid Forum.\n" * 3
    resolver = new_resolver(default_sources())
    resolver.observe(text)
    assert NAMED and resolver.evidence  # the Open Group's and the CSA's full names are in the text
    words = set(WORD.findall(text.lower()))
    for pattern in NAMED:
        if not may_match(pattern, words):
            assert pattern.pattern.search(text) is None
