"""Attack round 17 (session 30, engineer R): numbers that `str.isdigit` takes and int() does not.

`str.isdigit()` is true of '²' (a superscript) and of 5,000 ASCII digits, where int() raises ValueError
(the first is no decimal digit; the second is past Python's limit of 4,300 digits for text). A visitor's
`/doc/...?page=²` or `?page=999...9` was a 500 with a traceback in the server's log for each request;
`kg sparql --as-of ²` (or 5,000 digits) a traceback. Both are now the refusal their other bad values get.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from support.kg_server import http_client

from kg.cli.main import main
from kg.store.embedded import write_store

RESOURCE = "/doc/organization/dmtf"


@pytest.mark.parametrize("page", ["²", "٣", "9" * 5000, "0", "-1"])
def test_a_page_that_is_no_small_number_is_400(page: str) -> None:
    with http_client() as client:
        answer = client.get(RESOURCE, params={"page": page})
    assert answer.status_code == 400, answer.text[:300]
    assert "page must be a positive whole number" in answer.text


def test_a_page_number_is_still_read() -> None:
    with http_client() as client:
        assert client.get(RESOURCE, params={"page": "1"}).status_code == 200


@pytest.mark.parametrize("moment", ["²", "9" * 5000])
def test_as_of_digits_int_will_not_read_are_one_line(
    moment: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    graph = Graph(identifier=URIRef("http://example.org/g"))
    graph.add((URIRef("http://example.org/a"), URIRef("http://example.org/p"), Literal("a")))
    store = write_store({graph.identifier: graph}, tmp_path / "store")
    assert main(["sparql", "--store", str(store), "--as-of", moment, "ASK {}"]) == 2
    assert "--as-of takes a transaction id" in capsys.readouterr().err
