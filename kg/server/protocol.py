"""The HTTP protocol `kg serve` runs: uvicorn's httptools protocol, bounded in bytes, time and number.

Why: as uvicorn runs it, httptools protects no resource a client can hold without sending a
request:
- bytes: any number of header bytes is accepted before a request is complete (one request
  with 32 MB of headers was answered 200 and grew the server by 45 MB);
- time: a connection that never sends a request, or sends its head one byte at a time, is
  never closed (uvicorn's keep-alive timer only starts after a response, and every byte
  received cancels it), so a slowloris keeps its sockets for as long as it likes;
- number: every such connection holds a file descriptor; 20,000 idle connections exhausted
  them and no new client was served.

Here, for each connection:
- past MAX_HEAD_BYTES of an incomplete request head, it gets 431 and is closed;
- a request head must be complete within `head_seconds` of the connection being made, or of
  the previous response (keep-alive), however slowly its bytes arrive; otherwise the
  connection is closed (408 when part of a head came);
- past `max_connections` open connections, the connection that has waited longest for a
  request head is closed to make room (an attacker's idle sockets go first, a client with
  a request in flight is never cut); only when every connection is busy is the new one refused.
Closures are counted and logged at most once per LOG_EVERY_SECONDS, so an attack cannot
flood the log.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any, ClassVar

from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 64 << 10  # the URL limit (16 KiB) plus generous headers
HEAD_SECONDS = 5.0
MAX_CONNECTIONS = 1024
LOG_EVERY_SECONDS = 10.0
REFUSAL = b"request line and headers are larger than this server's limit of 65,536 bytes\n"
TIMED_OUT = b"the request head did not arrive in time\n"

log = logging.getLogger(__name__)


def _plain_response(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: text/plain; charset=utf-8\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body
    )


class _Closures:
    """Connections this process closed for holding resources, logged in batches."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.logged_at = 0.0

    def count(self, reason: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        now = time.monotonic()
        if now - self.logged_at >= LOG_EVERY_SECONDS:
            summary = ", ".join(f"{n} {why}" for why, n in sorted(self.counts.items()))
            log.warning("closed connections: %s (in the last %.0f s at most)", summary, LOG_EVERY_SECONDS)
            self.counts.clear()
            self.logged_at = now


class BoundedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with bounds on request heads, on waiting, and on connections."""

    head_seconds: ClassVar[float] = HEAD_SECONDS
    max_connections: ClassVar[int] = MAX_CONNECTIONS
    # Connections waiting for a request head, oldest first (dicts keep insertion order).
    _waiting: ClassVar[dict[BoundedHttpTools, None]] = {}
    _closures: ClassVar[_Closures] = _Closures()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._head_bytes = 0
        self._in_head = True
        self._head_timer: asyncio.TimerHandle | None = None

    # Number --------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        if len(self.connections) > self.max_connections and not self._evict_oldest_waiting():
            self._closures.count("refused: every connection busy")
            transport.abort()
            return
        self._await_head()

    def _evict_oldest_waiting(self) -> bool:
        oldest = next((c for c in self._waiting if c is not self), None)
        if oldest is None:
            return False
        self._closures.count("idle closed to make room")
        oldest._stop_waiting()
        oldest.transport.abort()
        return True

    def connection_lost(self, exc: Exception | None) -> None:
        self._stop_waiting()
        super().connection_lost(exc)

    # Time ----------------------------------------------------------------------------------

    def _await_head(self) -> None:
        self._stop_waiting()
        self._head_timer = self.loop.call_later(self.head_seconds, self._head_timed_out)
        self._waiting[self] = None

    def _stop_waiting(self) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        self._waiting.pop(self, None)

    def _head_timed_out(self) -> None:
        self._head_timer = None
        self._waiting.pop(self, None)
        if self.transport.is_closing():
            return
        self._closures.count("closed: no complete request head in time")
        if self._head_bytes:
            self.transport.write(_plain_response(b"408 Request Timeout", TIMED_OUT))
        self.transport.close()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        if not self.transport.is_closing() and not self.pipeline:
            self._await_head()

    # Bytes ---------------------------------------------------------------------------------

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._head_bytes, self._in_head = 0, True

    def on_headers_complete(self) -> None:
        self._in_head = False
        self._stop_waiting()
        super().on_headers_complete()

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        if not self._in_head or self.transport.is_closing():
            return
        self._head_bytes += len(data)
        if self._head_bytes > MAX_HEAD_BYTES:
            self._refuse()

    def _refuse(self) -> None:
        self._closures.count("refused: request head too large")
        self.transport.write(_plain_response(b"431 Request Header Fields Too Large", REFUSAL))
        self.transport.close()
