"""Plain and language-tagged literals made without rdflib's Literal constructor.

Why: `Literal(text)` costs about 7.5 microseconds (it checks the language tag, asks the datatype
tables to cast the text and back, tests the text for valid Unicode), and the mapping and the provenance
of a 1 MB list-heavy document make 167,000 literals: a third of the mapping's CPU time. For a text of
type `str` with no datatype, all of that gives back the text itself as both the lexical form and the
value; `literal` makes that very object directly (rdflib's own slots, as its constructor sets them) in
about 1.5 microseconds. Anything else (a datatype, a value that is no plain `str`, a language tag not
seen yet) goes through rdflib's constructor, which also checks a new language tag once.

`offset_literal` does the same for the provenance's offsets (xsd:nonNegativeInteger of an `int`): the
constructor casts the number to its text through the datatype tables (about 8 microseconds; 37,398
offsets at 1 MB list-heavy).
"""

from __future__ import annotations

from typing import Any

from rdflib import XSD, Literal

_CHECKED_LANGUAGES: set[str] = set()
"""Language tags rdflib accepted (and kept as given) once: later literals in them need no check."""

_make = str.__new__


def literal(value: Any, lang: str | None = None, datatype: Any = None) -> Literal:
    """What `Literal(value, lang=lang, datatype=datatype)` makes, equal in every slot; fast for a plain
    `str` (language-tagged or not) without a datatype."""
    if type(value) is str and datatype is None and (lang is None or lang in _CHECKED_LANGUAGES):
        made = _make(Literal, value)
        made._language = lang
        made._datatype = None
        made._value = value
        made._ill_typed = None
        return made
    made = Literal(value, lang=lang, datatype=datatype)
    if lang and datatype is None and made.language == lang:
        _CHECKED_LANGUAGES.add(lang)
    return made


NON_NEGATIVE_INTEGER = XSD.nonNegativeInteger


def offset_literal(value: int) -> Literal:
    """What `Literal(value, datatype=XSD.nonNegativeInteger)` makes, equal in every slot: the text is
    `str(value)` and the value the number itself, for a non-negative `int` (not a bool); anything else
    through the constructor."""
    if type(value) is int and value >= 0:
        made = _make(Literal, str(value))
        made._language = None
        made._datatype = NON_NEGATIVE_INTEGER
        made._value = value
        made._ill_typed = None
        return made
    return Literal(value, datatype=NON_NEGATIVE_INTEGER)
