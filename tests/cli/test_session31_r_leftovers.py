"""Attack round 18 (session 31, engineer R): two left by round 17.

`kg serve --port 0` (any free port) announced "http://127.0.0.1:0/", a URL nobody can reach: the socket
is now bound before the line is printed, and the line names the port it got (kg.cli.serve.run).
`kg network path DMTF DMTF` printed " (0 steps)" with no name in front: now "DMTF (0 steps)".
"""

from __future__ import annotations

import re
import subprocess
import sys

import httpx
import pytest
from support.kg_server import served_store

from kg.cli.main import main
from kg.testing.live_server import stop_process_group


def test_port_0_announces_the_port_it_bound() -> None:
    command = [sys.executable, "-m", "kg.cli", "serve", "--store", str(served_store()), "--port", "0"]
    command += ["--log-level", "warning", "--query-workers", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True, start_new_session=True)
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        found = re.search(r"at http://127\.0\.0\.1:(\d+)/ ", line)
        assert found, line
        port = int(found.group(1))
        assert port != 0, line
        answer = httpx.get(f"http://127.0.0.1:{port}/sparql", params={"query": "ASK {}"}, timeout=30)
        assert answer.status_code == 200
    finally:
        stop_process_group(process)


def test_a_path_from_an_organization_to_itself_names_it(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["network", "path", "DMTF", "DMTF", "--store", str(served_store())]) == 0
    assert capsys.readouterr().out == "DMTF (0 steps)\n"
