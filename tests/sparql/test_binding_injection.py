"""A bound value never becomes query syntax (kg.sparql.named): the review's two ways in, and numbers.

Each text is run on Oxigraph: the answer, not only the text, shows what the value did.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.sparql.named import NamedQuery, QueryError, load_query

TWO_STRINGS = """\
# title: two strings
# param: a string optional -- first
# param: b string optional -- second
SELECT ?a ?b WHERE {
  VALUES ?a { UNDEF }
  VALUES ?b { UNDEF }
}
"""

COMMENTED = """\
# title: a line in a comment
# param: label string optional -- a label
# param: n limit optional -- how many
SELECT ?label ?quoted WHERE {
  # the label is bound below: VALUES ?label { UNDEF } and LIMIT 7 is not this query's
  VALUES ?label { UNDEF }
  BIND ("LIMIT 9" AS ?quoted)
}
LIMIT 5
"""


def rows(text: str) -> list[dict[str, str]]:
    answer = ox.Store().query(text)
    assert isinstance(answer, ox.QuerySolutions)
    names = [v.value for v in answer.variables]
    return [{n: term.value for n, term in zip(names, row, strict=True) if term is not None} for row in answer]


def query(tmp_path: Path, text: str) -> NamedQuery:
    path = tmp_path / "q.rq"
    path.write_text(text, encoding="utf-8")
    return load_query(path)


def test_a_value_holding_another_parameters_line_stays_a_string(tmp_path: Path) -> None:
    named = query(tmp_path, TWO_STRINGS)
    a, b = "VALUES ?b { UNDEF }", "} BIND(1 AS ?injected) VALUES ?z {'x'"
    text = named.bind({"a": a, "b": b})
    assert rows(text) == [{"a": a, "b": b}]


def test_a_line_break_in_a_value_cannot_end_a_comment(tmp_path: Path) -> None:
    named = query(tmp_path, COMMENTED)
    assert rows(named.bind({"label": "x"})) == [{"label": "x", "quoted": "LIMIT 9"}]
    sneaky = "x\n FILTER(false) #"
    assert rows(named.bind({"label": sneaky})) == [{"label": sneaky, "quoted": "LIMIT 9"}]


def test_limit_binds_the_one_clause_outside_comments_and_strings(tmp_path: Path) -> None:
    named = query(tmp_path, COMMENTED)
    text = named.bind({"n": 0})
    assert text.rstrip().endswith("LIMIT 0") and "LIMIT 7" in text and '"LIMIT 9"' in text
    assert rows(text) == []


@pytest.mark.parametrize("value", ["9" * 5000, str(10**30), "-1", "1e3", True])
def test_a_limit_that_is_no_small_whole_number_is_refused_in_one_line(tmp_path: Path, value: object) -> None:
    named = query(tmp_path, COMMENTED)
    with pytest.raises(QueryError, match="expects limit"):
        named.bind({"n": value})
