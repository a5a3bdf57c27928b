"""A remote store's answer is read no further than a cap (kg.store.http: Connection.max_answer_bytes).

Why: `kg serve --endpoint` and `kg query --endpoint` read the whole answer into memory before any row or
byte limit of ours applied, so a visitor's query with a huge answer (strings doubled by CONCAT) grew the
server without bound (found reading the code by the session-11 attack). Against a real HTTP server on
127.0.0.1 that streams its answer in chunks."""

from __future__ import annotations

import asyncio
import gzip
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from kg.store.http import Connection, EndpointError

CHUNK = b"x" * 4096


class Streaming(BaseHTTPRequestHandler):
    """/big/N answers N chunks of 4 KiB, chunked; /gzip answers a small gzip-encoded body."""

    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        if self.path == "/gzip":
            body = gzip.compress(b"hello, compressed world")
            self.send_response(200)
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        count = int(self.path.rsplit("/", 1)[-1])
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        try:
            for _ in range(count):
                self.wfile.write(b"%x\r\n%s\r\n" % (len(CHUNK), CHUNK))
            self.wfile.write(b"0\r\n\r\n")
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what the cap is for

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Streaming)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_an_answer_under_the_cap_is_read_whole(server: str) -> None:
    client = Connection(server, max_answer_bytes=100 * 4096).client()
    assert len(client.send("GET", f"{server}/big/100").content) == 100 * 4096
    client.close()


def test_an_answer_past_the_cap_is_an_error_naming_it(server: str) -> None:
    client = Connection(server, max_answer_bytes=10 * 4096).client()
    with pytest.raises(EndpointError, match="answered more than 40,960 bytes"):
        client.send("GET", f"{server}/big/100000")  # 400 MB, were it read
    client.close()


def test_the_asyncio_client_has_the_same_cap(server: str) -> None:
    async def both() -> tuple[int, str]:
        client = Connection(server, max_answer_bytes=10 * 4096).async_client()
        try:
            small = await client.send("GET", f"{server}/big/10")
            with pytest.raises(EndpointError) as big:
                await client.send("GET", f"{server}/big/100000")
            return len(small.content), str(big.value)
        finally:
            await client.close()

    size, message = asyncio.run(both())
    assert size == 10 * 4096
    assert "answered more than 40,960 bytes" in message


def test_a_compressed_answer_is_given_decoded(server: str) -> None:
    client = Connection(server).client()
    answer = client.send("GET", f"{server}/gzip")
    assert answer.text == "hello, compressed world"
    assert "content-encoding" not in answer.headers
    client.close()
