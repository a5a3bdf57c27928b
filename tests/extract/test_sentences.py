"""One sentence splitter (kg.model.patterns.sentences) for every extraction rule: it knows
abbreviations and initials, and stays linear however many of them a text holds."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from rdflib import Graph

from kg.extract import structure
from kg.extract.context import Context
from kg.extract.documents import read_document
from kg.extract.names import Resolver
from kg.extract.structure import Block, read_layout
from kg.model import patterns
from kg.model.patterns import EMAIL, sentences

SEEDS = Path(__file__).parents[2] / "data" / "registers"


def split(text: str) -> list[str]:
    return [text[start:end] for start, end in sentences(text)]


ABBREVIATED = [*sorted(patterns.ABBREVIATIONS), "U.S.", "A.B.C."]


@pytest.mark.parametrize("abbreviation", ABBREVIATED)
def test_no_break_after_an_abbreviation(abbreviation: str) -> None:
    text = f"It names Acme {abbreviation} Ownership stays. Next one."
    assert split(text) == [f"It names Acme {abbreviation} Ownership stays.", "Next one."]


@pytest.mark.parametrize(
    "text",
    [
        "Chair: J. Smith of DMTF.",
        "The chair is John F. Kennedy of DMTF.",
        "J. R. Smith chairs it.",
        "It was signed (J. Smith) today.",
    ],
)
def test_no_break_after_a_capital_initial_in_a_name(text: str) -> None:
    assert split(f"{text} She reports.") == [text, "She reports."]


def test_a_capital_letter_after_a_lower_case_word_ends_a_sentence() -> None:
    assert split("The answer is X. Update it.") == ["The answer is X.", "Update it."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("DMTF is one. OGF is two.", ["DMTF is one.", "OGF is two."]),
        ("Is it? Yes! Done.", ["Is it?", "Yes!", "Done."]),
        ('He said "stop." Then left.', ['He said "stop."', "Then left."]),
        ("See (the annex.) Then go.", ["See (the annex.)", "Then go."]),
        ("Update CIM (e.g. new classes). Done.", ["Update CIM (e.g. new classes).", "Done."]),
        ("Two devs. They work.", ["Two devs.", "They work."]),  # "vs." only as a word of its own
        ("Version 1.2 is out. next is lower case.", ["Version 1.2 is out. next is lower case."]),
        ("Trailing space.   ", ["Trailing space."]),
        ("", []),
    ],
)
def test_sentence_boundaries(text: str, expected: list[str]) -> None:
    assert split(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  Acme Inc. was founded. It grew."
    assert sentences(text) == [(0, 24), (25, 33)]


def test_linear_in_the_number_of_abbreviations() -> None:
    text = "Acme Inc. Works " * 40_000  # one sentence with 40,000 candidate breaks
    started = time.perf_counter()
    assert sentences(text) == [(0, len(text.rstrip()))]
    assert time.perf_counter() - started < 2.0  # a quadratic look-back takes minutes here


def test_structure_and_context_split_alike() -> None:
    """The layout module and the rules' context use one and the same function."""
    assert structure.sentences is patterns.sentences
    document = read_document(SEEDS / "ogf-dmtf-work-register.txt")
    layout = read_layout(document)
    context = Context(document, layout, Resolver(Graph()))  # splitting needs no names
    blocks: list[Block] = [block for section in layout.sections for block in section.blocks]
    assert blocks
    for block in blocks:
        assert context.sentences(block) == structure.sentences(block.text)


def test_one_email_pattern_with_its_domain() -> None:
    from kg.extract import names
    from kg.model import privacy

    assert names.EMAIL is privacy.EMAIL is EMAIL
    match = EMAIL.search("write to chair@dmtf.org today")
    assert match is not None and match.group() == "chair@dmtf.org" and match.group("domain") == "dmtf.org"
