"""kg.model.prefilter and the names index, made cheaper (session 25, issue 12 point 8), must find what a
search of every place finds: patterns with non-ASCII literals (a dash, an arrow, a copyright sign, a
no-break space) now read for their words, the view of the last text kept for the next pattern, and a
name's places in a text picked out without a walk for each word."""

from __future__ import annotations

import re
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.dates import TARGET_DASHED
from kg.extract.kinds import NOTICE_WORDS
from kg.extract.names import WordTrie, word_list
from kg.extract.structure import Block
from kg.model import prefilter
from kg.model.prefilter import LoweredText, caseless, finditer, needs, openers, plan, search
from kg.model.sources import default_sources
from kg.pipeline.ingest import new_resolver

NON_ASCII = [
    NOTICE_WORDS,
    TARGET_DASHED,
    re.compile(r"\u00a9\s*\d{4}", re.IGNORECASE),
    re.compile(r"(?:ETSI|EN)[ \u00a0]\d{3}", re.IGNORECASE),
    re.compile(r"\s[\u2013\u2014]\s+(?P<rest>\w+)"),
    re.compile(r"\u2192\s*(?P<to>[A-Z]\w*)", re.IGNORECASE),
    re.compile(r"caf\u00e9\b"),  # a cased letter matched as written: looked for by its lower case
    re.compile(r"\u00c9T\u00c9"),
    re.compile(r"caf\u00e9\b", re.IGNORECASE),  # matched case-insensitively: the word ends before it
    re.compile(r"\u00e9t\u00e9", re.IGNORECASE),  # and opening with it: searched as before
    re.compile(r"\u03c3\u03bf\u03c6", re.IGNORECASE),  # a letter re pairs with others (sigma)
    re.compile(r"[A-Z]\w+\s+(?:Group|Forum|\u00c9quipe)"),
    re.compile(r"\w+\s+(?i:\u00e9quipe|forum)"),
]
PIECES = [
    "Copyright ",
    "COPYRIGHT ",
    "\u00a9 2024 ",
    "(c) 2025 ",
    "(C)",
    "All rights reserved.",
    "Trademarks ",
    "registered marks",
    "Work item \u2013 Q3 2026",
    "Draft \u2014 by June",
    "review -> Q4",
    " - ",
    " => ",
    "\u2192 Next",
    "\u2192next",
    "ETSI\u00a0302",
    "EN 319",
    "en\u00a0411",
    "caf\u00e9 ",
    "CAF\u00c9 ",
    "Caf\u00e9",
    "\u00c9T\u00c9 ",
    "\u00e9t\u00e9",
    "\u00c9t\u00e9 ",
    "\u03a3\u039f\u03a6",
    "\u03c3\u03bf\u03c6 ",
    "\u03c2\u03bf\u03c6",
    "\u03f2\u03bf\u03c6",
    "Fabric Working Group",
    "Data Forum",
    "Nouvelle \u00c9quipe",
    "nouvelle \u00e9QUIPE",
    "\u017f",
    "\u212a",
    "\u0130",
    "\u0131",
    " ",
    "\n",
    ". ",
    "x",
    "2026",
]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], tuple[str | None, ...]]]:
    return [(match.span(), match.groups()) for match in matches]


@settings(max_examples=500, deadline=None)
@given(texts)
def test_patterns_with_non_ascii_literals_find_what_a_full_search_finds(text: str) -> None:
    for short in (0, prefilter.SHORT_TEXT):  # the openers' places tried in a text of any length, and not
        with_short_text(short)
        for pattern in NON_ASCII:
            assert spans(finditer(pattern, text)) == spans(list(pattern.finditer(text))), pattern.pattern
            assert spans(finditer(pattern, LoweredText(text))) == spans(list(pattern.finditer(text)))
            expected, found = pattern.search(text), search(pattern, text)
            assert (found and found.span()) == (expected and expected.span()), pattern.pattern
    with_short_text(DEFAULT_SHORT_TEXT)


def with_short_text(length: int) -> None:
    """The length under which a text is searched by the pattern alone (0: never, so that the short texts
    generated here are read from their openers' places, as a long document is)."""
    prefilter.SHORT_TEXT = length


DEFAULT_SHORT_TEXT = prefilter.SHORT_TEXT


def test_a_short_text_is_searched_by_the_pattern_alone_once_it_holds_a_word() -> None:
    assert prefilter.SHORT_TEXT > 0
    cue = re.compile(r"\bsigned\s+on\b", re.IGNORECASE)
    assert [m.span() for m in finditer(cue, "It was SIGNED ON 3 May.")] == [(7, 16)]


def test_non_ascii_literals_are_read_where_they_can_be() -> None:
    """The notice words open with a copyright sign among words; a dashed target holds a dash or an arrow;
    a cased non-ASCII letter matched case-insensitively is never looked for."""
    found = openers(NOTICE_WORDS)
    assert found is not None and "\u00a9" in found.words
    assert {"\u2013", "\u2014", "\u2192", "-"} <= {word for word, _ in needs(TARGET_DASHED) or ()}
    assert plan(TARGET_DASHED).checks
    assert finditer(TARGET_DASHED, "A work item due in the third quarter") == []
    assert openers(re.compile(r"\u00e9t\u00e9", re.IGNORECASE)) is None
    assert openers(re.compile(r"caf\u00e9", re.IGNORECASE)) is not None  # "caf", then any letter
    assert not plan(re.compile(r"\w+\s+(?i:\u00e9quipe)")).checks


def test_no_code_point_lowers_to_a_caseless_letter() -> None:
    """A caseless letter is looked for in the lower case of the text: sound only if re's case-insensitive
    test takes no other code point for it. Checked against re itself: a class of every caseless letter of
    the Basic Multilingual Plane, matched case-insensitively, matches no code point that is not one."""
    letters = [chr(point) for point in range(0x80, 0x10000) if caseless(chr(point))]
    assert "\u2013" in letters and "\u00a9" in letters and "\u00a0" in letters
    assert "\u00e9" not in letters and "\u03c3" not in letters and "\u0131" not in letters
    listed = set(letters)
    every = re.compile("[" + "".join(re.escape(letter) for letter in letters) + "]", re.IGNORECASE)
    taken = [
        hex(point)
        for point in range(sys.maxunicode + 1)
        if chr(point) not in listed and every.fullmatch(chr(point))
    ]
    assert taken == []
    for point in range(sys.maxunicode + 1):
        lowered = chr(point).lower()
        if len(lowered) == 1 and lowered != chr(point):
            assert not caseless(lowered), hex(point)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(texts, st.booleans()), min_size=1, max_size=8))
def test_the_kept_view_of_a_text_is_that_text_s(sequence: list[tuple[str, bool]]) -> None:
    """The patterns are asked in turn about texts that follow one another, the same, equal or different:
    each answer is that text's (a view kept for a text that is not the one asked would answer for it)."""
    with_short_text(0)
    for text, copy in sequence:
        asked = "".join(list(text)) if copy else text
        for other in (asked, asked[::-1], asked):  # the reversed text: as long, not the same
            for pattern in NON_ASCII[:4]:
                assert spans(finditer(pattern, other)) == spans(list(pattern.finditer(other)))
    with_short_text(DEFAULT_SHORT_TEXT)


RESOLVER = new_resolver(default_sources())
NAME_PIECES = [
    "Open",
    "Group",
    "The Open Group",
    "the open group",
    "Open (OG) Group",
    "Open (OG) (X) Group",
    "Cloud Security Alliance",
    "CSA",
    "Distributed Management Task Force",
    "DMTF",
    "Open Grid Forum",
    "OGF",
    "ISO/IEC JTC 1",
    "ITU-T",
    "IETF",
    "W3C",
    "oneM2M",
    " ",
    "  ",
    "\n",
    ", ",
    "(",
    ")",
    "\u212a",
    "\u0131",
    "caf\u00e9",
]
name_texts = st.lists(st.sampled_from(NAME_PIECES), max_size=25).map("".join)


@settings(max_examples=300, deadline=None)
@given(name_texts)
def test_every_place_a_name_matches_is_a_place_the_index_gives(text: str) -> None:
    """Resolver.scan tries a name only where the index says it may stand: every place a name's pattern
    matches there must be among them (names of one word, the most, complete without a walk)."""
    trie: WordTrie = RESOLVER.names_trie
    places = trie.places(text)
    words, _ = word_list(text)
    present = set(words)
    for index, pattern in enumerate(RESOLVER.patterns):
        if not pattern.words or pattern.words[0] not in present:
            continue
        for start in range(len(text)):
            if pattern.pattern.match(text, start) is not None:
                assert (index, start) in places, (pattern.source, start)


LINE_PIECES = ["\n", "\r\n", "\r", "  ", "Signed", "x", "signed on", "\n\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LINE_PIECES), max_size=30).map("".join))
def test_a_pattern_opening_with_a_line_end_finds_each(text: str) -> None:
    """A line end looked for as a word is not the start of a line (what follows one)."""
    with_short_text(0)
    for pattern in (re.compile(r"\r\n?|\n"), re.compile(r"\n\s*Signed"), re.compile(r"(?m)^signed|\nx")):
        assert spans(finditer(pattern, text)) == spans(list(pattern.finditer(text))), pattern.pattern
    with_short_text(DEFAULT_SHORT_TEXT)


def reference_span_of(block: Block, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Block.span_of as session 24 wrote it: the pieces the text crosses, searched whatever their number."""
    spans = []
    for index in range(max(block.piece_at(start), 0), len(block.pieces)):
        block_offset, doc_start, doc_end = block.pieces[index]
        if block_offset >= end:
            break
        piece_end = block_offset + (doc_end - doc_start)
        low, high = max(start, block_offset), min(end, piece_end)
        if low < high:
            spans.append((doc_start + low - block_offset, doc_start + high - block_offset))
    return tuple(spans) or ((block.to_document(start), block.to_document(start)),)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 5), st.integers(1, 12)), min_size=1, max_size=3),
    st.integers(-3, 40),
    st.integers(-3, 40),
)
def test_a_block_s_spans_are_the_pieces_it_crosses(
    shape: list[tuple[int, int]], start: int, end: int
) -> None:
    """span_of answers a block of one piece at once (most blocks): as the walk over its pieces answers,
    for any span, inside the block or not, empty or reversed."""
    pieces, offset, at = [], 0, 100
    for gap, length in shape:
        at += gap
        pieces.append((offset, at, at + length))
        offset += length + 1
        at += length
    block = Block("paragraph", "x" * (offset - 1), tuple(pieces))
    assert block.span_of(start, end) == reference_span_of(block, start, end)
