"""Attack round 22 (session 34, engineer R): a `versions` parameter neither "latest" nor "all".

Every named query that reads queries/fragments/latest-version.rq takes `versions` as a string, and the
fragment keeps no row for any value but "latest" and "all": `kg query collaborators --param
versions=Latest` (or `lastest`, or an empty value) answered "(0 rows)", exit 0, as if DMTF had no partner.
The value is now one of the two, any case, or one line naming both (kg.sparql.named.CHOICES), exit 2.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.sparql.named import Parameter, QueryError, coerce

VERSIONS = Parameter("versions", "string", default="latest")


@pytest.mark.parametrize("value", ["lastest", "", "  ", "every", "latest version", "x" * 5000])
def test_another_value_is_a_query_error(value: str) -> None:
    with pytest.raises(QueryError, match="parameter 'versions' expects string 'latest' or 'all', got"):
        coerce(VERSIONS, value)


@pytest.mark.parametrize(("value", "read"), [("latest", "latest"), ("ALL", "all"), (" Latest ", "latest")])
def test_the_two_values_are_read_in_any_case(value: str, read: str) -> None:
    assert str(coerce(VERSIONS, value)) == read


def test_other_string_parameters_are_as_they_were() -> None:
    assert str(coerce(Parameter("label", "string"), " Any Thing ")) == " Any Thing "


def test_kg_query_says_so_and_exits_2(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["query", "collaborators", "--store", str(seed_store), "--param", "versions=lastest"])
    assert status == 2
    assert "'latest' or 'all', got 'lastest'" in capsys.readouterr().err
    assert main(["query", "collaborators", "--store", str(seed_store), "--param", "versions=All"]) == 0
    assert "organization:ogf" in capsys.readouterr().out
