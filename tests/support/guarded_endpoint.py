"""A SPARQL endpoint guarded by HTTP Basic or Digest authentication, for client tests.

Why here: the HTTP client's tests (tests/store) and the attack on credentials written into URLs
(tests/robustness) both need a real server that answers only the right user and password; the
`guarded` fixture (tests/conftest.py) starts one per scheme.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import json
import re
import secrets
import threading
from collections.abc import Iterator
from typing import ClassVar

USER, PASSWORD, REALM = "analyst", "s3cret", "kg-test"
GUARDED_ROW = {
    "head": {"vars": ["x"]},
    "results": {"bindings": [{"x": {"type": "literal", "value": "granted"}}]},
}


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


class Guarded(http.server.BaseHTTPRequestHandler):
    """A SPARQL endpoint that answers one row only to the right credentials in its `scheme`."""

    scheme: ClassVar[str] = "basic"
    nonce: ClassVar[str] = secrets.token_hex(16)
    seen: ClassVar[list[tuple[str, str, bytes]]] = []

    def do_GET(self) -> None:
        self.answer(b"")

    def do_POST(self) -> None:
        self.answer(self.rfile.read(int(self.headers.get("Content-Length") or 0)))

    def answer(self, body: bytes) -> None:
        header = self.headers.get("Authorization", "")
        Guarded.seen.append((self.command, header.split(" ")[0], body))
        if not self.authorized(header):
            self.send_response(401)
            challenge = f'Digest realm="{REALM}", nonce="{self.nonce}", qop="auth", algorithm=MD5'
            self.send_header("WWW-Authenticate", challenge if self.scheme == "digest" else 'Basic realm="x"')
            self.reply(b"Access denied: wrong user or password\nsecond line")
            return
        self.send_response(200 if self.command == "GET" or b"query=" in body else 204)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.reply(json.dumps(GUARDED_ROW).encode() if self.command == "GET" or b"query=" in body else b"")

    def authorized(self, header: str) -> bool:
        if self.scheme == "basic":
            return header == "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
        if not header.startswith("Digest "):
            return False
        fields = dict(re.findall(r'(\w+)="?([^",]*)"?', header[len("Digest ") :]))
        ha1, ha2 = md5(f"{USER}:{REALM}:{PASSWORD}"), md5(f"{self.command}:{fields.get('uri')}")
        parts = [fields.get(k) for k in ("nonce", "nc", "cnonce", "qop")]
        expected = md5(":".join([ha1, *map(str, parts), ha2]))
        return (
            fields.get("username") == USER
            and fields.get("nonce") == self.nonce
            and fields.get("uri") == self.path
            and fields.get("response") == expected
        )

    def reply(self, body: bytes) -> None:
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def serve(handler: type[http.server.BaseHTTPRequestHandler]) -> Iterator[str]:
    """Yields the /sparql URL of a threading server of `handler` on a free local port, then stops it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/sparql"
    finally:
        server.shutdown()
        server.server_close()
