"""Attack round 18 (session 31, engineer R): a parameter given twice where one value is read.

`/calendar.ics?register=A&register=B` (and `/due`, `/timeline.svg`, with `org`, `as_of`, `within`) answered
for B alone, `/doc/X?page=1&page=2` gave page 2, and `kg query collaborators -p org=DMTF -p org=OGF` the
collaborators of OGF: the last value taken without a word. Each is now a 400 (exit 2) naming the
parameter (kg.server.context.repeated_parameter, kg.cli.query.parse_params).
"""

from __future__ import annotations

import pytest
from support.kg_server import http_client, served_store

from kg.cli.main import main


@pytest.mark.parametrize(
    "path",
    [
        "/calendar.ics?register=reg:ogf-dmtf&register=reg:dmtf-snia-ofa",
        "/due?org=DMTF&org=OGF",
        "/due?within=30d&within=1y",
        "/timeline.svg?as_of=2020-01-01&as_of=2021-01-01",
        "/doc/topic/hub-sample?page=1&page=2",
    ],
)
def test_a_parameter_given_twice_is_refused(path: str) -> None:
    with http_client() as client:
        answer = client.get(path)
    assert answer.status_code == 400, answer.text
    assert "is given 2 times: give it once" in answer.text


def test_once_is_still_answered() -> None:
    with http_client() as client:
        assert client.get("/calendar.ics?register=reg:ogf-dmtf").status_code == 200
        assert client.get("/doc/topic/hub-sample?page=2").status_code == 200


def test_kg_query_refuses_a_parameter_given_twice(capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["query", "collaborators", "-p", "org=DMTF", "-p", "org=OGF", "--store", str(served_store())]
    assert main(argv) == 2
    assert "--param org is given twice ('DMTF' and 'OGF')" in capsys.readouterr().err
