"""Answers' literals built directly (kg.sparql.results.rdflib_literal, session 23).

Reading a wide answer into rdflib terms spent most of its time in rdflib's Literal constructor
(checks and casts that a string literal does not need). Plain and language-tagged literals are now
built field by field when that gives exactly what the constructor gives; these tests hold the two
equal on awkward texts and tags, keep the constructor for everything else (datatypes, tags rdflib
refuses), and check that the direct way is the one taken.
"""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.sparql import results
from kg.sparql.results import rdflib_literal

TEXTS = ["", "text", "Text with spaces", 'quotes " and \\ backslash', "line\nbreak\ttab", "été ✓ 日本", " "]
TAGS = [None, "en", "EN", "fr-CA", "de-1996", "x-private", "zh-Hant-TW", "en\n"]  # rdflib takes the last
FIELDS = ("_language", "_datatype", "_value", "_ill_typed")


def same_literal(made: Literal, expected: Literal) -> None:
    assert type(made) is type(expected)
    assert str(made) == str(expected)
    assert [getattr(made, name) for name in FIELDS] == [getattr(expected, name) for name in FIELDS]
    assert made == expected and hash(made) == hash(expected)
    assert made.eq(expected) and made.n3() == expected.n3()
    assert made.value == expected.value and made.toPython() == expected.toPython()
    assert made.language == expected.language and made.datatype == expected.datatype


@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("text", TEXTS)
def test_plain_and_tagged_literals_equal_the_constructors(text: str, tag: str | None) -> None:
    same_literal(rdflib_literal(text, tag), Literal(text, lang=tag))


@pytest.mark.parametrize("text", TEXTS)
def test_xsd_string_is_the_plain_literal(text: str) -> None:
    same_literal(rdflib_literal(text, None, str(XSD.string)), Literal(text))


@pytest.mark.parametrize(
    ("text", "datatype"),
    [
        ("5", XSD.integer),
        ("05", XSD.integer),
        ("abc", XSD.integer),
        ("2020-01-01", XSD.date),
        ("x  y", XSD.token),
    ],
)
def test_other_datatypes_keep_the_constructor(text: str, datatype: URIRef) -> None:
    same_literal(rdflib_literal(text, None, str(datatype)), Literal(text, datatype=datatype))


@pytest.mark.parametrize("tag", ["a b", "-en", "en-", "e_n"])
def test_a_tag_rdflib_refuses_is_still_refused(tag: str) -> None:
    with pytest.raises(ValueError):
        Literal("x", lang=tag)
    with pytest.raises(ValueError):
        rdflib_literal("x", tag)


def test_the_direct_way_agrees_with_this_rdflib() -> None:
    """If an rdflib release keeps literals otherwise, the constructor is used again: this says so."""
    assert results._direct_agrees()
    assert results._DIRECT


def test_strings_do_not_go_through_the_constructor(monkeypatch: pytest.MonkeyPatch) -> None:
    """The speed-up itself: a plain or tagged string literal is made without Literal.__new__."""
    expected = [Literal("label"), Literal("label", lang="en"), Literal("5", datatype=XSD.integer)]

    def refused(*_args: object, **_kwargs: object) -> Literal:
        raise AssertionError("Literal's constructor was called")

    monkeypatch.setattr(Literal, "__new__", refused)
    made = [rdflib_literal("label"), rdflib_literal("label", "en")]
    made.append(rdflib_literal("label", None, str(XSD.string)))
    monkeypatch.undo()
    for literal, wanted in zip(made, [expected[0], expected[1], expected[0]], strict=True):
        same_literal(literal, wanted)
    with pytest.raises(AssertionError):  # a datatype still goes through it
        monkeypatch.setattr(Literal, "__new__", refused)
        rdflib_literal("5", None, str(XSD.integer))
