"""Attack round 17 (session 30, engineer R): `kg serve --base` that is no absolute IRI.

`--base relative/` or `--base 'http://x/ y/'` was taken: the server started, and its VoID description
answered 500 with a traceback in the log (no resource IRI could be made under it). It is now refused in
one line before anything starts (kg.cli.serve.checked_base).
"""

from __future__ import annotations

import pytest

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError


@pytest.mark.parametrize("base", ["relative/", "http://x/ y/", "", "http://[::1/"])
def test_a_base_that_is_no_absolute_iri_is_refused(base: str) -> None:
    with pytest.raises(KgError, match="--base must be an absolute IRI"):
        serve.config_from(build_parser().parse_args(["serve", "--base", base]))


@pytest.mark.parametrize("base", ["https://example.org/kg/", "http://localhost:8000", "urn:example:kg:"])
def test_an_absolute_iri_is_kept(base: str) -> None:
    config = serve.config_from(build_parser().parse_args(["serve", "--base", base]))
    assert config.public_base.startswith(base)
