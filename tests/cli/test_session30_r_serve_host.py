"""Attack round 17 (session 30, engineer R): `kg serve --host ""` and odd `--allowed-host` values.

`kg serve --host ""` (a script's `--host "$HOST"` with HOST unset) bound every address, 0.0.0.0 and ::
(`ss -ltn`), where the server binds 127.0.0.1 unless told otherwise; it is refused now. `--allowed-host
'*.*'` ended in Starlette's AssertionError traceback; `--host ::1` was announced as http://::1:PORT/.
"""

from __future__ import annotations

import pytest

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError


@pytest.mark.parametrize("host", ["", " "])
def test_an_empty_host_is_refused_not_every_address(host: str) -> None:
    with pytest.raises(KgError, match="--host is empty"):
        serve.config_from(build_parser().parse_args(["serve", "--host", host]))


@pytest.mark.parametrize("name", ["*.*", "a.*.org", "", "a b"])
def test_an_allowed_host_that_is_no_name_or_pattern_is_one_line(name: str) -> None:
    with pytest.raises(KgError, match="--allowed-host takes a host name"):
        serve.config_from(build_parser().parse_args(["serve", "--allowed-host", name]))


@pytest.mark.parametrize("name", ["*", "*.example.org", "kg.example.org"])
def test_names_and_patterns_are_kept(name: str) -> None:
    serve.config_from(build_parser().parse_args(["serve", "--allowed-host", name]))


def test_an_ipv6_address_is_written_in_brackets() -> None:
    assert serve.url_host("::1") == "[::1]" and serve.url_host("127.0.0.1") == "127.0.0.1"
