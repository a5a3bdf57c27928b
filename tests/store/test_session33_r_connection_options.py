"""Left by attack round 20 (session 32, R2), fixed in round 21: kg.store.http.Connection took a
`max_answer_bytes` of 0 or less from the Python API, and every answer was then refused as "more than
-1 bytes"; a float or a string failed later, in the reader. The command line checks its options;
the library now refuses such a value where it is given, naming it (an EndpointError, a KgError)."""

from __future__ import annotations

import pytest

from kg.errors import KgError
from kg.store import open_store
from kg.store.http import Connection

URL = "http://127.0.0.1:9/sparql"  # never contacted: the value is refused first


@pytest.mark.parametrize("value", [0, -1, 1.5, True, "4096", None])
def test_a_cap_that_is_no_positive_whole_number_is_refused(value: object) -> None:
    with pytest.raises(
        KgError, match=f"max_answer_bytes must be a whole number of bytes more than 0, not {value!r}"
    ):
        Connection(URL, max_answer_bytes=value)  # type: ignore[arg-type]


def test_the_same_through_open_store() -> None:
    with pytest.raises(KgError, match="max_answer_bytes must be"):
        open_store(endpoint=URL, max_answer_bytes=-5)


def test_a_positive_cap_is_kept() -> None:
    assert Connection(URL, max_answer_bytes=1).max_answer_bytes == 1
    assert Connection(URL).max_answer_bytes > 0
