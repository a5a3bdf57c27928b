"""The sixteenth outside attack (session 29): `kg serve` options an operator may mistype.

`--timeout inf` (or 1e400, which Python reads as infinity) was taken: no visitor's query was ever
stopped, where the server's promise is that a long query is. `--port 70000` ended in bind()'s
OverflowError traceback; `--worker-memory-mb 256` in RocksDB's "Anonymous mmap ... failed. Aborting."
and a startup traceback; `--page-size 0` and `-3` and `--workers 0` were taken silently. Each is now one
line before anything starts (kg.cli.serve.config_from), exit 2.
"""

from __future__ import annotations

import pytest

from kg.cli import serve
from kg.cli.main import build_parser
from kg.errors import KgError

REFUSED = {
    "--timeout inf": (["--timeout", "inf"], "--timeout must be a finite number"),
    "--timeout 1e400": (["--timeout", "1e400"], "--timeout must be a finite number"),
    "--port 70000": (["--port", "70000"], "--port must be a port number from 0 to 65535, got 70000"),
    "--port -1": (["--port", "-1"], "--port must be a port number"),
    "--worker-memory-mb 256": (["--worker-memory-mb", "256"], "--worker-memory-mb must be at least 512"),
    "--page-size 0": (["--page-size", "0"], "--page-size, --workers and --slow-query-seconds must be"),
    "--page-size -3": (["--page-size", "-3"], "must be positive"),
    "--workers 0": (["--workers", "0"], "must be positive"),
}


@pytest.mark.parametrize("option", sorted(REFUSED))
def test_an_option_the_server_cannot_keep_is_one_line(option: str) -> None:
    argv, message = REFUSED[option]
    with pytest.raises(KgError) as refused:
        serve.config_from(build_parser().parse_args(["serve", *argv]))
    assert message in str(refused.value) and "\n" not in str(refused.value)


def test_the_options_within_their_bounds_are_kept() -> None:
    argv = ["serve", "--timeout", "30", "--port", "0", "--worker-memory-mb", "512", "--page-size", "1"]
    config = serve.config_from(build_parser().parse_args(argv))
    assert (config.timeout, config.worker_memory_mb, config.page_size) == (30, 512, 1)
