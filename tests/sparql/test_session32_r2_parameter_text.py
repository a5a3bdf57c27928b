"""Attack round 20 (session 32, R2): a named query's parameter given through the Python API as a value
with no text. `open_store(...).select("collaborators", org=10**5000)` ended in int's ValueError traceback
("Exceeds the limit (4300 digits) for integer string conversion"), not a QueryError; so did an integer
parameter of 5,000 digits given as text (`int()` of it). Other odd types (None, NaN, bytes, a date of
year 1, a list) were already a QueryError or a binding."""

from __future__ import annotations

import pytest

from kg.sparql.named import Parameter, QueryError, coerce, count_value

HUGE = 10**5000


@pytest.mark.parametrize("kind", ["iri", "string", "date", "integer"])
def test_a_value_with_no_text_is_a_query_error(kind: str) -> None:
    with pytest.raises(QueryError, match=f"parameter 'org' expects {kind}, got a int with no text"):
        coerce(Parameter("org", kind), HUGE)  # before: ValueError


def test_an_integer_of_too_many_digits_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="expects integer, got 5,000 digits \\(at most 4,000\\)"):
        coerce(Parameter("n", "integer"), "9" * 5000)  # before: ValueError from int()
    assert coerce(Parameter("n", "integer"), "9" * 4000).n3().startswith('"999')


def test_a_limit_with_no_text_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="parameter 'limit' expects count, got a int with no text"):
        count_value(Parameter("limit", "count"), HUGE)
