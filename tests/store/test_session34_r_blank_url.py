"""Attack round 22 (session 34, engineer R): `kg push --to "$URL"` with URL unset.

The refusal named the URL as it was, so an empty one read "kg push:  is not an http:// or https:// URL:
check it", with nothing between the colon and "is"; a URL with a blank or a control character at its end
was as hard to see. Such a URL is now quoted (kg.store.http.checked_url); a plain one is named as before.
"""

from __future__ import annotations

import pytest

from kg.cli.main import main
from kg.store.http import checked_url
from kg.store.remote import EndpointError


@pytest.mark.parametrize(
    ("url", "shown"), [("", "''"), (" ", "' '"), ("ftp://x/ ", "'ftp://x/ '"), ("a\tb", "'a\\tb'")]
)
def test_a_url_hard_to_see_is_quoted(url: str, shown: str) -> None:
    with pytest.raises(EndpointError) as refused:
        checked_url(url)
    assert str(refused.value).startswith(f"{shown} is not ")


def test_a_plain_url_is_named_as_it_is() -> None:
    with pytest.raises(EndpointError, match=r"^ftp://example.org/sparql is not an http:// or https:// URL"):
        checked_url("ftp://example.org/sparql")


def test_kg_push_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["push", "--to", ""]) == 2
    assert "kg push: '' is not an http:// or https:// URL: check it" in capsys.readouterr().err
