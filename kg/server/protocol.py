"""The HTTP protocol `kg serve` runs: uvicorn's httptools protocol with a bound on request heads.

Why: as uvicorn runs it, httptools accepts any number of header bytes before a request is
complete; one request with 32 MB of headers was answered 200 and grew the server by 45 MB
(tests/robustness/test_hostile_server.py), so a few connections could exhaust memory. Here the bytes
received while a request's head (request line and headers) is still incomplete are counted,
and past MAX_HEAD_BYTES the connection gets 431 and is closed. Bodies are not affected:
their limit is the app's (413, kg.server.app.Limits).
"""

from __future__ import annotations

from typing import Any

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 64 << 10  # the URL limit (16 KiB) plus generous headers
REFUSAL = b"request line and headers are larger than this server's limit of 65,536 bytes\n"


class BoundedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol, refusing request heads larger than MAX_HEAD_BYTES with 431."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._in_head = True

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes, self._in_head = 0, True

    def on_headers_complete(self) -> None:
        self._in_head = False
        super().on_headers_complete()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._in_head or self.transport.is_closing():
            return
        self._head_bytes += len(data)
        if self._head_bytes > MAX_HEAD_BYTES:
            self._refuse()

    def _refuse(self) -> None:
        self.transport.write(
            b"HTTP/1.1 431 Request Header Fields Too Large\r\ncontent-type: text/plain; charset=utf-8\r\n"
            b"content-length: " + str(len(REFUSAL)).encode() + b"\r\nconnection: close\r\n\r\n" + REFUSAL
        )
        self.transport.close()
