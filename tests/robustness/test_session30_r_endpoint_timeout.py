"""Attack round 17 (session 30, engineer R): an endpoint's `--timeout` that no socket takes.

`kg sparql --endpoint URL --timeout nan` (or `inf`, `1e400`, `-1`) ended in a ValueError or OverflowError
traceback from the socket's settimeout (exit 1), in every command that reads an endpoint (`kg sparql`,
`kg query`, `kg push`, `kg calendar`, `kg network`); `--timeout 0` was "cannot reach URL (Operation now in
progress)", a wrong reason. The option (kg.cli.options.positive_seconds) and the library's Connection now
refuse them in one line, before any connection.
"""

from __future__ import annotations

import pytest

from kg.cli.main import main
from kg.store import open_store
from kg.store.http import EndpointError

REFUSED = ["nan", "inf", "1e400", "-1", "0", "ten"]
# 127.0.0.1 port 9 (discard): nothing is asked of it, the option is refused first
ENDPOINT = "http://127.0.0.1:9/sparql"


@pytest.mark.parametrize("value", REFUSED)
@pytest.mark.parametrize("command", ["sparql", "push", "calendar"])
def test_a_timeout_no_socket_takes_is_one_line(
    value: str, command: str, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = {
        "sparql": ["sparql", "--endpoint", ENDPOINT, "--timeout", value, "ASK {}"],
        "push": ["push", "--to", ENDPOINT, "--timeout", value],
        "calendar": ["calendar", "--endpoint", ENDPOINT, "--timeout", value],
    }[command]
    with pytest.raises(SystemExit) as ended:
        main(argv)
    error = capsys.readouterr().err
    assert ended.value.code == 2
    assert "argument --timeout" in error and "Traceback" not in error, error


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1.0, 0])
def test_the_library_refuses_such_a_timeout_before_any_request(value: float) -> None:
    with pytest.raises(EndpointError, match="finite number of seconds"):
        open_store(endpoint=ENDPOINT, timeout=value)


def test_a_finite_timeout_is_kept() -> None:
    from kg.cli.main import build_parser

    args = build_parser().parse_args(["sparql", "--endpoint", ENDPOINT, "--timeout", "2.5", "ASK {}"])
    assert args.timeout == 2.5
