"""kg.model.literals.literal (session 22, issue 12 point 8): a literal made without rdflib's constructor
must be the literal the constructor makes, in every slot, for every kind of value the mapping gives it;
a safe term is the term as it was unless it holds an unsafe character."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import XSD, BNode, Literal, URIRef
from rdflib.term import Literal as RdflibLiteral

from kg.model.literals import literal
from kg.model.mapping import safe_term

TEXTS = [
    "",
    "plain",
    "Ärger über Café — 東京",
    "line\nbreak\ttab",
    'say "x"',
    "1.50",
    "true",
    "2026-04-10",
    "\ud800",
]
LANGUAGES = [None, "en", "en-GB", "de", ""]
VALUES = [3, True, 1.5, dt.date(2026, 4, 10), URIRef("http://example.org/a"), Literal("x", lang="fr")]


def same(made: Literal, expected: Literal) -> None:
    assert type(made) is type(expected) is RdflibLiteral
    assert str(made) == str(expected)
    for slot in RdflibLiteral.__slots__:
        assert getattr(made, slot) == getattr(expected, slot), slot
        assert type(getattr(made, slot)) is type(getattr(expected, slot)), slot
    assert made == expected
    assert hash(made) == hash(expected)
    assert made.n3() == expected.n3()
    assert {made: 1}.get(expected) == 1


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_text_is_the_literal_rdflib_makes(language: str | None) -> None:
    for _ in range(2):  # the second time, the language tag is one checked already
        for text in TEXTS:
            same(literal(text, lang=language), Literal(text, lang=language))


def test_other_values_and_datatypes_are_rdflib_s_own() -> None:
    for value in VALUES:
        same(literal(value), Literal(value))
    for text in TEXTS:
        same(literal(text, datatype=XSD.string), Literal(text, datatype=XSD.string))
    for text, datatype in (("1.50", XSD.decimal), ("2026-04-10", XSD.date), ("00ff", XSD.hexBinary)):
        same(literal(text, datatype=datatype), Literal(text, datatype=datatype))


def test_a_bad_language_tag_is_refused_as_rdflib_refuses_it() -> None:
    for _ in range(2):
        with pytest.raises(ValueError):
            literal("text", lang="not a tag")
    with pytest.raises(TypeError):
        literal("text", lang="en", datatype=XSD.string)


def test_a_safe_term_is_the_term_itself_and_an_unsafe_one_is_made_safe() -> None:
    for term in [URIRef("http://example.org/a"), BNode(), Literal("Café", lang="fr"), Literal(3)]:
        assert safe_term(term) is term
    assert safe_term(Literal("a\x0bb", lang="en")) == Literal("a\nb", lang="en")
    assert safe_term(Literal("a\x01b", datatype=XSD.string)) == Literal("a b", datatype=XSD.string)
    assert safe_term(URIRef("http://example.org/a\x01b")) == URIRef("http://example.org/a%01b")
