"""Third outside attack: the update token in the operator's log (docs/reliability.md section 11).

The server takes the token only in the Authorization header; a client following RFC 6750 2.3
sends it as `?access_token=` instead, is refused, and the access log kept the token in clear.
"""

from __future__ import annotations

import time

import httpx
from support.kg_server import copy_store, served_store

from kg.testing.live_server import start_server

TOKEN = "round-3-log-token-5f1c"


def test_a_token_sent_in_the_url_never_reaches_the_log() -> None:
    server = start_server(
        "--store",
        str(copy_store(served_store())),
        "--log-level",
        "info",
        env={"ALLIANCE_KG_UPDATE_TOKEN": TOKEN},
    )
    try:
        with httpx.Client(base_url=server.url.rstrip("/"), timeout=30) as client:
            answers = [
                client.get("/sparql", params={"query": "ASK {}", "access_token": TOKEN}),
                client.post("/sparql", params={"access_token": TOKEN}, data={"update": "CLEAR ALL"}),
                client.get("/sparql", params={"api_key": TOKEN, "query": "SELEKT"}),
                client.get("/doc/organization/dmtf", params={"token": TOKEN}),
                client.post("/sparql", params={"password": TOKEN}, content=b"x" * (2 << 20)),
            ]
        assert [a.status_code for a in answers] == [200, 401, 400, 200, 413]
        time.sleep(0.5)  # the log is written by the server's own process
        log = server.log.read_text()
        assert "/sparql?query=ASK+%7B%7D&access_token=[hidden]" in log, log[-3000:]
        assert TOKEN not in log, [line for line in log.splitlines() if TOKEN in line]
    finally:
        server.stop()
