"""`kg serve --base` holding a query or a fragment ("https://example.org/kg?x=", "https://example.org/kg#")
is refused in one line before anything starts: every resource's IRI is minted under the base, inside its
query or fragment, which no request's path carries (R's round 22 left it). A base with '?' or '#' only in
a path segment cannot be written: the first one starts the query or the fragment."""

from __future__ import annotations

import pytest

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError


@pytest.mark.parametrize(
    "base", ["https://example.org/kg?x=", "https://example.org/kg/?", "https://example.org/kg#", "urn:x:kg#"]
)
def test_a_base_with_a_query_or_fragment_is_refused(base: str) -> None:
    with pytest.raises(KgError, match=r"no query .* or fragment"):
        serve.config_from(build_parser().parse_args(["serve", "--base", base]))


def test_a_path_base_is_kept() -> None:
    config = serve.config_from(build_parser().parse_args(["serve", "--base", "https://example.org/kg/"]))
    assert config.public_base == "https://example.org/kg/"
