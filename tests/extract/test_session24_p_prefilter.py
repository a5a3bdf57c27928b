"""kg.model.prefilter: a pattern tried only where its opening words stand must find what a search of every
place finds (the date cues of kg.extract.document_dates and patterns of every shape the parse meets)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.document_dates import SENTENCE_ROLES, WORDS_DAY_FIRST, WORDS_MONTH_FIRST, dates_from_sentences
from kg.extract.names import (
    ACRONYM_THEN_NAME,
    ACRONYM_UNIT,
    DEFINED_HEREINAFTER,
    FORMERLY_NAMED,
    NAMED_WITH_ACRONYM,
    TRADING_AS,
    UNIT_PHRASE,
)
from kg.model.prefilter import FOLDED_LETTERS, LoweredText, finditer, needs, openers, search

CUES = [cue for _, cue in SENTENCE_ROLES] + [WORDS_MONTH_FIRST, WORDS_DAY_FIRST]
# patterns that open with a class of letters, tried only in a text holding a word every match holds
NAMES = [
    UNIT_PHRASE, ACRONYM_UNIT, ACRONYM_THEN_NAME, TRADING_AS, DEFINED_HEREINAFTER, FORMERLY_NAMED,
    NAMED_WITH_ACRONYM,
    re.compile(r"[A-Z]\w+\s+(?:group|forum)\b", re.IGNORECASE),
    re.compile(r"[A-Z]\w+\s+(?i:GROUP)"),
]  # fmt: skip
SHAPES = [
    re.compile(source, flags)
    for source, flags in (
        (r"(?m:^)[^\S\n]*+\W{0,3}(?:adopted|endorsed)\b", re.IGNORECASE),
        (r"^[A-Z]{3,20},\s*", re.IGNORECASE),
        (r"(?m)^signed", 0),
        (r"\b(?:be\s+)?review(?:ed)?\s+", re.IGNORECASE),
        (r"t(?:akes|ook)\s+effect", re.IGNORECASE),
        (r"(?:re)?generated\s+on", re.IGNORECASE),
        (r"(?<![A-Za-z0-9])[Oo]pen\s+(?:\([^()\n]{1,30}\)\s+)?Group(?![A-Za-z0-9])", 0),
        (r"(?:a|)b", 0),
        (r"x*", 0),  # matches empty everywhere: searched as before
        (r"\d+\s+May", re.IGNORECASE),
        (r"(?i:sign)ed\b", 0),
        (r"(?>at|during)\s+its\b", 0),
        (r"SIGNED\s+ON\b", re.IGNORECASE),  # capitals in the pattern: looked for in lower case too
        (r"The\s+Open\b", 0),
    )
]
# The pieces texts are made of: the cues' words in every case, what stands around them, and the letters a
# case-insensitive pattern takes for ASCII ones
PIECES = [
    "signed on ",
    "SIGNED ON ",
    "Signed by ",
    "executed this ",
    "takes effect on ",
    "TOOK EFFECT AS OF ",
    "comes into force on ",
    "effective from ",
    "approved",
    "Adopted",
    "  - adopted",
    "\n",
    "\n\n",
    " ",
    "review ",
    "be reviewed by both parties in ",
    "next review: ",
    "reply by ",
    "comments before ",
    "met on ",
    "meeting held on ",
    "meeting (Bergen, 3-7 June 2024)",
    "published: ",
    "Last updated on ",
    "news | Seoul, ",
    "SEOUL, ",
    "since ",
    "established in ",
    "first met in ",
    "at its May 2025 meeting",
    "3 May 2024",
    "July 1, 2026",
    "2 October 2012",
    "2024-05-03",
    "Q3 2026",
    ". ",
    ", ",
    "(",
    ")",
    "|",
    "open group",
    "Open (OG) Group",
    "The Open Group",
    "\u017figned on ",
    "\u212aey ",
    "\u0130n effect ",
    "\u0131n effect from ",
    "caf\u00e9 ",
    "\u00c9T\u00c9 ",
    "x",
    "b",
    "ab",
    "generated on ",
    "regenerated on ",
    "12 may 2020",
    "\u0663 May ",
]

texts = st.lists(st.sampled_from(PIECES), max_size=40).map("".join)


def spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]


@settings(max_examples=400, deadline=None)
@given(texts)
def test_every_cue_finds_what_a_full_search_finds(text: str) -> None:
    view = LoweredText(text)
    for pattern in CUES + SHAPES + NAMES:
        assert spans(finditer(pattern, view)) == spans(list(pattern.finditer(text))), pattern.pattern
        expected = pattern.search(text)
        found = search(pattern, view)
        assert (found and found.span()) == (expected and expected.span()), pattern.pattern


def reference_dates_from_sentences(text: str, kind: str = "") -> list:
    """dates_from_sentences with the prefilter replaced by each pattern's own finditer."""
    import kg.extract.document_dates as module

    original = module.finditer
    module.finditer = lambda pattern, view: list(pattern.finditer(view.text))  # type: ignore[assignment]
    try:
        return module.dates_from_sentences(text, kind)
    finally:
        module.finditer = original


@settings(max_examples=150, deadline=None)
@given(texts)
def test_dates_from_sentences_reads_what_each_cue_searched_everywhere_read(text: str) -> None:
    for kind in ("", "MemorandumOfUnderstanding", "MeetingRecord"):
        assert dates_from_sentences(text, kind) == reference_dates_from_sentences(text, kind)


def test_the_cues_are_read_for_their_words_not_searched_everywhere() -> None:
    """Each date cue opens with words the parse tells (a cue searched at every place costs a pass over a 1 MB
    document each): none falls back to the full search."""
    for role, cue in SENTENCE_ROLES:
        found = openers(cue)
        assert found is not None and found.words, role
    assert openers(WORDS_MONTH_FIRST) is not None


def test_patterns_whose_start_the_parse_cannot_tell_are_searched_as_before() -> None:
    for source in (r"\w+", r"x*", r"(?:ab|)", r".b", r"[^a]b", r"\d{1,2} May"):
        assert openers(re.compile(source)) is None


def test_a_text_with_a_folded_letter_is_searched_as_before() -> None:
    for letter in FOLDED_LETTERS:
        assert LoweredText(f"{letter} signed on 3 May 2024").lowered is None
    cue = re.compile(r"\bsigned\s+on\s+", re.IGNORECASE)
    assert [m.span() for m in finditer(cue, "\u017figned on 3 May")] == [(0, 10)]


def test_a_unit_phrase_is_tried_only_in_a_text_holding_a_head_word() -> None:
    """UNIT_PHRASE opens with any capitalised word, so it is tried at every place; every match ends with a
    head ("Group", "Committee", "Forum" ...), which a paragraph of a document mostly lacks."""
    words = {word for word, _ in needs(UNIT_PHRASE) or ()}
    assert {"Group", "Committee", "Forum", "Board", "Force"} <= words
    assert finditer(UNIT_PHRASE, "The OGF and the DMTF will align their schema work.") == []
    assert [m.group("name") for m in finditer(UNIT_PHRASE, "the Fabric Working Group met")] == [
        "Fabric Working Group"
    ]
