"""Attack round 22 (session 34, engineer R): a `versions` parameter neither "latest" nor "all".

Every named query that reads queries/fragments/latest-version.rq takes `versions` as a string, and the
fragment keeps no row for any value but "latest" and "all": `kg query collaborators --param
versions=Latest` (or `lastest`, or an empty value) answered "(0 rows)", exit 0, as if DMTF had no partner.
`kg query` now takes one of the two, any case, or says in one line which there are, exit 2
(kg.sparql.named.chosen, called by kg.cli.query.parse_params; a query bound in Python runs as before).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.cli.query import parse_params
from kg.sparql.named import QueryError


@pytest.mark.parametrize("value", ["lastest", "", "  ", "every", "latest version", "x" * 5000])
def test_another_value_is_a_query_error(value: str) -> None:
    with pytest.raises(QueryError, match="parameter 'versions' expects 'latest' or 'all', got"):
        parse_params([f"versions={value}"])


@pytest.mark.parametrize(("value", "read"), [("latest", "latest"), ("ALL", "all"), (" Latest ", "latest")])
def test_the_two_values_are_read_in_any_case(value: str, read: str) -> None:
    assert parse_params([f"versions={value}"]) == {"versions": read}


def test_other_parameters_are_as_they_were() -> None:
    assert parse_params(["label= Any Thing ", "org=DMTF"]) == {"label": " Any Thing ", "org": "DMTF"}


def test_kg_query_says_so_and_exits_2(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["query", "collaborators", "--store", str(seed_store), "--param", "versions=lastest"])
    assert status == 2
    assert "'latest' or 'all', got 'lastest'" in capsys.readouterr().err
    assert main(["query", "collaborators", "--store", str(seed_store), "--param", "versions=All"]) == 0
    assert "organization:ogf" in capsys.readouterr().out
