"""A named query's text is lexed once for its form and its binding (issue 16 point 1: start-up)."""

from __future__ import annotations

import pytest

import kg.sparql.named
from kg.sparql.named import catalogue, query_form


def test_a_named_query_is_lexed_once_for_its_form_and_its_binding(monkeypatch: pytest.MonkeyPatch) -> None:
    lexed: list[str] = []
    real = kg.sparql.named.lex

    def counting(text: str):  # type: ignore[no-untyped-def]
        lexed.append(text)
        return real(text)

    monkeypatch.setattr(kg.sparql.named, "lex", counting)
    query = catalogue()["collaborators"]
    assert query.form == query_form(query.text) == "SELECT"
    lexed.clear()
    query = catalogue()["collaborators"]
    query.bind({"org": "https://w3id.org/alliance-kg/id/org/dmtf"})
    assert query.form == "SELECT"
    assert lexed.count(query.text) == 1
