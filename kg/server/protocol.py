"""The HTTP protocol `kg serve` runs: uvicorn's httptools protocol, bounded in bytes, time and number.

Why: as uvicorn runs it, httptools protects no resource a client can hold without sending a
request:
- bytes: any number of header bytes is accepted before a request is complete (one request
  with 32 MB of headers was answered 200 and grew the server by 45 MB), and so are any number
  of header fields, and trailer fields after a chunked body (one 200 MiB trailer grew the
  server by 240 MB);
- time: a connection that never sends a request, or sends its head one byte at a time, is
  never closed (uvicorn's keep-alive timer only starts after a response, and every byte
  received cancels it), so a slowloris keeps its sockets for as long as it likes;
- number: every such connection holds a file descriptor; 20,000 idle connections exhausted
  them and no new client was served;
- time, again: a client that sends a complete head announcing a body (a Content-Length, or
  chunks without the last one) and then a byte every few seconds has a request in flight,
  which was never cut; 60 such connections against a limit of 50 kept every client out for
  as long as they trickled (a "slow POST").

Here, for each connection:
- a request head (request line and header fields) of more than MAX_HEAD_BYTES, or with more
  than MAX_HEADER_FIELDS fields, gets 431 and the connection is closed. The parser never gets
  more than MAX_HEAD_BYTES bytes of a head at once (what arrives is fed in slices), so the
  head is refused before it completes, however it is cut into packets: counting what each
  read brings after feeding it, as before, missed a head that arrived whole in one read
  (10,000 headers, 80 KB, were answered 200). The URL and every complete field are also
  counted as the parser delivers them, so a head is refused at the field that crosses a bound;
- trailer fields (after a chunked body) count towards the same bounds, and the bytes of a
  body that are not body (chunk sizes, trailers) may exceed the body by at most
  MAX_HEAD_BYTES; past that the connection is closed (a response may have started);
- a request head must be complete within `head_seconds` of the connection being made, or of
  the previous response (keep-alive), however slowly its bytes arrive; otherwise the
  connection is closed (408 when part of a head came);
- a request body must be complete within `body_seconds` of its head, however slowly its bytes
  arrive; otherwise 408 and the connection is closed (the application reads no more of it). A
  pipelined request's body is not read while the requests before it are answered: its time
  starts when its turn comes (and no 408 is written into another request's answer);
- past `max_connections` open connections, the connection that has waited longest for a
  request head or for the rest of a body is closed to make room (an attacker's idle and
  trickling sockets go first, a request being answered is never cut); only when every
  connection is busy is the new one refused.
A 431 or 408 is followed by the end of our side of the connection, and what the client still
sends is read and dropped for up to LINGER_SECONDS, so that the client reads the answer
instead of a reset. Closures are counted and logged at most once per LOG_EVERY_SECONDS, and
so are requests that are not HTTP (400; uvicorn logs each); `RepeatedMessages` rate-limits
what uvicorn itself logs (`kg serve` installs it), so an attack cannot flood the log.
"""

from __future__ import annotations

import asyncio
import logging
import re
import time
from dataclasses import dataclass
from typing import Any, ClassVar

import httptools
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

MAX_HEAD_BYTES = 64 << 10  # the URL limit (16 KiB) plus generous headers
MAX_HEADER_FIELDS = 100  # browsers send about 20; Apache's LimitRequestFields is 100 too
HEAD_SECONDS = 5.0
BODY_SECONDS = 30.0  # a body of the 1 MiB request limit at 35 KB/s
MAX_CONNECTIONS = 1024
LINGER_SECONDS = 2.0
PIPELINED_SLICE = 1024  # bytes of pipelined request heads parsed at once while a request is answered
LOG_EVERY_SECONDS = 10.0
TOO_LARGE = b"request line and headers are larger than this server's limit of 65,536 bytes\n"
TOO_MANY = b"the request has more than this server's limit of 100 header fields\n"
TIMED_OUT = b"the request head did not arrive in time\n"
BODY_TIMED_OUT = b"the request body did not arrive in time\n"
NOT_HTTP = "Invalid HTTP request received."
TWO_HOSTS = "Invalid HTTP request received: more than one Host header field."

log = logging.getLogger(__name__)


def _plain_response(status: bytes, body: bytes) -> bytes:
    return (
        b"HTTP/1.1 " + status + b"\r\ncontent-type: text/plain; charset=utf-8\r\n"
        b"content-length: " + str(len(body)).encode() + b"\r\nconnection: close\r\n\r\n" + body
    )


class _Closures:
    """Connections this process closed for holding resources, logged in batches: the first at
    once, then what came in each LOG_EVERY_SECONDS, at its end."""

    def __init__(self) -> None:
        self.counts: dict[str, int] = {}
        self.logged_at = -LOG_EVERY_SECONDS
        self.pending: asyncio.TimerHandle | None = None

    def count(self, reason: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        wait = self.logged_at + LOG_EVERY_SECONDS - time.monotonic()
        if wait <= 0:
            self.flush()
        elif self.pending is None:
            self.pending = _later(wait, self.flush)

    def flush(self) -> None:
        if self.pending is not None:
            self.pending.cancel()
            self.pending = None
        if self.counts:
            summary = ", ".join(f"{n} {why}" for why, n in sorted(self.counts.items()))
            log.warning("closed connections: %s (in the last %.0f s at most)", summary, LOG_EVERY_SECONDS)
            self.counts.clear()
            self.logged_at = time.monotonic()


def _later(seconds: float, then: Any) -> asyncio.TimerHandle | None:
    """`then` called in `seconds` by the running event loop; None outside one (nothing is scheduled)."""
    try:
        return asyncio.get_running_loop().call_later(seconds, then)
    except RuntimeError:
        return None


class _OverBound(Exception):
    """Raised in a parser callback to stop parsing at once; the protocol knows which bound."""


class BoundedHttpTools(HttpToolsProtocol):
    """uvicorn's httptools protocol with bounds on request heads, on waiting, and on connections."""

    head_seconds: ClassVar[float] = HEAD_SECONDS
    body_seconds: ClassVar[float] = BODY_SECONDS
    max_connections: ClassVar[int] = MAX_CONNECTIONS
    # Connections waiting for a request head, oldest first (dicts keep insertion order).
    _waiting: ClassVar[dict[BoundedHttpTools, None]] = {}
    _closures: ClassVar[_Closures] = _Closures()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._in_head = True  # from the end of a message (or the connection's start) to a complete head
        self._partial = False  # part of a head has come
        self._events = 0  # parser events that change what the bytes fed are (head, body, next message)
        self._head_raw = 0  # bytes fed while in this head
        self._fields = 0  # header (and trailer) fields of this message
        self._field_bytes = 0  # bytes of its URL and fields, as delivered by the parser
        self._body = 0  # body bytes of this message
        self._framing = 0  # bytes fed in its body that were not body: chunk sizes, trailers
        self._over: tuple[str, bytes] | None = None  # the bound a callback found broken
        self._hosts = 0  # Host fields of this message
        self._invalid: str | None = None  # why a callback found the head invalid (400)
        self._answered = False  # a 431/408 was sent (or will be, `_last_answer`): what comes is dropped
        self._last_answer: bytes | None = None
        self._head_timer: asyncio.TimerHandle | None = None
        self._body_pending = False  # a head was read and its body is not complete
        self._held = b""  # bytes not parsed yet: a pipelined request waits (`_hold`)

    @classmethod
    def configure(
        cls, *, head_seconds: float, max_connections: int, body_seconds: float = BODY_SECONDS
    ) -> None:
        """Set the bounds of this process's connections (`kg serve --head-timeout`, `--body-timeout`,
        `--max-connections`)."""
        if not (head_seconds > 0 and body_seconds > 0 and max_connections > 0):
            raise ValueError("the head and body timeouts and the connection limit must be positive")
        cls.head_seconds = head_seconds
        cls.body_seconds = body_seconds
        cls.max_connections = max_connections

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
        self._wait(self.head_seconds, self._head_timed_out)

    def _wait(self, seconds: float, then: Any) -> None:
        """Call `then` in `seconds` unless stopped; meanwhile this connection may be closed to make room."""
        self._stop_waiting()
        self._head_timer = self.loop.call_later(seconds, then)
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
        if self._partial:
            self._answer_and_close(_plain_response(b"408 Request Timeout", TIMED_OUT))
        else:
            self.transport.close()

    def _body_timed_out(self) -> None:
        """The body did not come in time: 408 if nothing was answered yet, and the connection closed;
        the application's next read of the body finds the client gone (and its answer is dropped)."""
        self._head_timer = None
        self._waiting.pop(self, None)
        if self.transport.is_closing():
            return
        self._closures.count("closed: request body not complete in time")
        cycle = self.cycle
        started = cycle is not None and cycle.response_started
        if cycle is not None:
            cycle.disconnected = True
            cycle.message_event.set()
        if started or self.pipeline:  # an answer is on its way: a 408 now would cut into it
            self.transport.close()
        else:
            self._answer_and_close(_plain_response(b"408 Request Timeout", BODY_TIMED_OUT))

    def on_response_complete(self) -> None:
        super().on_response_complete()  # resumes reading, whatever waits in the pipeline
        if self.transport.is_closing():
            return
        if self._held:
            self.flow.pause_reading()
            self.loop.call_soon(self._release_held)
        if not self.cycle.response_complete:  # a pipelined request is being answered
            if self._body_pending and not self.pipeline:  # the last one read, and its body is still due
                self._await_body()
            return
        if self._last_answer is not None:
            self._answer_and_close(self._last_answer)
        else:
            self._await_head()

    # Bytes ---------------------------------------------------------------------------------

    def data_received(self, data: bytes) -> None:
        """uvicorn's, with the request fed to the parser in slices that keep it within the bounds."""
        if self._answered:
            return  # read and dropped until the client or the linger timer closes
        if self._held:  # what was read before still waits: keep the order, read no more
            self._hold(self._held + data)
            return
        self._unset_keepalive_if_required()
        rest = memoryview(data)
        while rest and not self.transport.is_closing():
            if self.pipeline:  # a request waits behind the one being answered: parse no further now
                self._hold(bytes(rest))
                return
            in_head, events, body = self._in_head, self._events, self._body
            room = MAX_HEAD_BYTES - self._head_raw if in_head else MAX_HEAD_BYTES
            if in_head and self.cycle is not None and not self.cycle.response_complete:
                room = min(room, PIPELINED_SLICE)  # the heads of pipelined requests, a few at a time
            piece, rest = rest[:room], rest[room:]
            if not self._feed(piece):
                return
            if events != self._events:
                continue  # the head or the body ended in this piece: its bytes are counted by field
            if in_head:
                self._head_raw += len(piece)
                if self._head_raw >= MAX_HEAD_BYTES:  # and the head goes on
                    self._refuse("refused: request head too large", TOO_LARGE)
                    return
            else:
                self._framing += len(piece) - (self._body - body)
                if self._framing > MAX_HEAD_BYTES + self._body:
                    self._cut("closed: chunk sizes and trailers too large")
                    return

    def _hold(self, data: bytes) -> None:
        """Keep `data` unparsed, and read no more, until the requests parsed before it are answered.

        Why: uvicorn parses every pipelined request it reads into a request object queued behind the
        one being answered, and resumes reading after each response; a client that sends requests
        back to back and reads no answer had every request it sent parsed and queued: 50
        connections of 4,000 requests each (58 bytes a request, 11.7 MB in all) grew the server
        from 63 to 465 MB in 12 s (2.5 KB a queued request), and to 548 MB once they closed. Now at
        most one slice of PIPELINED_SLICE bytes is parsed ahead, and at most one read is held."""
        self._held = data
        self.flow.pause_reading()

    def _release_held(self) -> None:
        """Parse what was held once the pipeline is empty (called after a response completes)."""
        if self.pipeline or not self._held or self.transport.is_closing():
            return  # the next response calls again
        held, self._held = self._held, b""
        self.data_received(held)
        if not self._held and not self.pipeline:
            self.flow.resume_reading()

    def _feed(self, piece: memoryview) -> bool:
        """Feed the parser; False when the connection is done with (answered, refused or upgraded)."""
        try:
            self.parser.feed_data(piece)
        except httptools.HttpParserUpgrade:
            if self._should_upgrade():
                self.handle_websocket_upgrade()
            else:
                self._unsupported_upgrade_warning()
            return False
        except httptools.HttpParserError:
            if self._invalid is not None:
                self._closures.count("refused: invalid head (400)")
                self.send_400_response(self._invalid)
            elif self._over is not None:
                reason, body = self._over
                if self._in_head:
                    self._refuse(reason, body)
                else:  # trailers: the response may have started
                    self._cut(reason)
            else:
                self._closures.count("refused: not HTTP (400)")
                self.send_400_response(NOT_HTTP)
            return False
        return True

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._in_head = self._partial = True
        self._hosts = 0

    def on_url(self, url: bytes) -> None:
        self._count(len(url), fields=0)
        super().on_url(url)

    def on_header(self, name: bytes, value: bytes) -> None:
        self._count(len(name) + len(value) + 4, fields=1)  # name: value CRLF
        if name.lower() == b"host":
            self._hosts += 1
            if self._hosts > 1:
                # RFC 9112 3.2: a server MUST answer 400 to a request with more than one Host field.
                # The allowed-host check and the URLs the server builds read the first one; a proxy
                # in front may read the last: two readings of one request's target.
                self._invalid = TWO_HOSTS
                raise _OverBound
        super().on_header(name, value)

    def _count(self, size: int, *, fields: int) -> None:
        self._field_bytes += size
        self._fields += fields
        if self._fields > MAX_HEADER_FIELDS:
            self._over = ("refused: too many header fields", TOO_MANY)
        elif self._field_bytes > MAX_HEAD_BYTES:
            self._over = ("refused: request head too large", TOO_LARGE)
        else:
            return
        raise _OverBound

    def on_headers_complete(self) -> None:
        self._in_head = self._partial = False
        self._events += 1
        self._stop_waiting()
        target_host_for_host_field(self.url, self.headers)
        super().on_headers_complete()
        self._body_pending = True  # until the message is complete
        if not self.pipeline:  # answered now; a pipelined request's body is timed when its turn comes
            self._await_body()

    def _await_body(self) -> None:
        self._wait(self.body_seconds, self._body_timed_out)

    def on_body(self, body: bytes) -> None:
        self._body += len(body)
        super().on_body(body)

    def on_message_complete(self) -> None:
        self._events += 1
        self._body_pending = False
        self._stop_waiting()  # the request is being answered: never cut, never closed to make room
        self._in_head = True
        self._head_raw = self._fields = self._field_bytes = self._body = self._framing = 0
        super().on_message_complete()

    def _refuse(self, reason: str, body: bytes) -> None:
        self._closures.count(reason)
        response = _plain_response(b"431 Request Header Fields Too Large", body)
        if self.cycle is not None and not self.cycle.response_complete:
            self._answered = True  # a pipelined head: answered after the requests before it
            self._last_answer = response
        else:
            self._answer_and_close(response)

    def _cut(self, reason: str) -> None:
        self._closures.count(reason)
        self.transport.close()

    def _answer_and_close(self, response: bytes) -> None:
        """Send `response`, end our side, and drop what the client still sends until it closes or
        LINGER_SECONDS pass: closing at once would reset the connection, and the client would
        lose the answer."""
        self._answered = True
        self.transport.write(response)
        if not self.transport.can_write_eof():
            self.transport.close()
            return
        self.transport.write_eof()
        self._wait(min(LINGER_SECONDS, self.head_seconds), self.transport.close)


def target_host_for_host_field(url: bytes, headers: list[tuple[bytes, bytes]]) -> None:
    """A request target in absolute form (`GET http://host:port/path`) names the host: RFC 9112 3.2.2
    says the server MUST ignore the Host field then and use the target's. uvicorn keeps only the
    target's path, so the allowed-host check (Starlette's TrustedHostMiddleware) and the URLs the
    server builds from the request (the service description's endpoint, a write's Location) read a
    Host field the target contradicts: `GET http://evil.example/sparql` with our own Host was answered
    200. The Host field becomes the target's authority (in place: the list is the scope's), so every
    reader checks and uses the host the request names."""
    if not url[:8].lower().startswith((b"http://", b"https://")) or all(n != b"host" for n, _ in headers):
        return  # origin form; or no Host field, which HTTP/1.1 requires all the same (400 as before)
    try:
        parsed = httptools.parse_url(url)
    except httptools.HttpParserInvalidURLError:
        return  # uvicorn refuses it (400) as it parses the same URL
    host = parsed.host or b""
    if b":" in host:  # an IPv6 address, bracketed again
        host = b"[" + host + b"]"
    if parsed.port is not None:
        host += b":" + str(parsed.port).encode("ascii")
    headers[:] = [(name, value) for name, value in headers if name != b"host"]
    headers.append((b"host", host))


class HiddenCredentials(logging.Filter):
    """Blank the values of query parameters that carry credentials (`access_token`, `token`,
    `password`, ...) in the access log's request line.

    Why: the server takes the update token only in the Authorization header, but RFC 6750 2.3 lets
    clients send a bearer token as `?access_token=`; one that does so is refused, and the access
    log kept the token in clear for anyone who reads the log (docs/reliability.md section 11).
    """

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str) and "?" in args[2]:
            record.args = (*args[:2], without_credentials(args[2]), *args[3:])
        return True


CREDENTIAL_PARAMETER = re.compile(
    r"(?i)([?&;](?:[^=&;]*?(?:token|password|passwd|secret|api[-_]?key|authorization)[^=&;]*)=)[^&;#]*"
)


def without_credentials(target: str) -> str:
    """The request target with every credential-like parameter's value replaced by `[hidden]`."""
    path, _, query = target.partition("?")
    return path + CREDENTIAL_PARAMETER.sub(r"\1[hidden]", "?" + query)


class RepeatedMessages(logging.Filter):
    """Let through at most BURST records of one message (its format, whatever its arguments) per
    LOG_EVERY_SECONDS, and then one line saying how many were left out.

    For uvicorn's own loggers (`kg serve` installs it on uvicorn.error and asyncio): uvicorn logs
    a line for every bad request ("Exceeded concurrency limit.", "Unsupported upgrade request."
    and its advice, a rejected WebSocket, tracebacks of the application), so an attack could fill
    the disk (33 MB in 20 s were measured). Access log lines (uvicorn.access) are not limited.
    """

    BURST = 5
    MAX_MESSAGES = 1000
    REPORT = "kg_repeats_report"  # set on the records this filter writes itself

    def __init__(self, name: str = "") -> None:
        super().__init__(name)
        self._seen: dict[tuple[str, int, str], _Repeats] = {}

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, self.REPORT, False):
            return True
        now = time.monotonic()
        key = (record.name, record.levelno, str(record.msg)[:200])
        seen = self._seen.get(key)
        if seen is None and len(self._seen) >= self.MAX_MESSAGES:
            self._forget(now)
            if len(self._seen) >= self.MAX_MESSAGES:  # messages without a format: limited together
                key = (record.name, record.levelno, "")
                seen = self._seen.get(key)
        if seen is None or now - seen.start >= LOG_EVERY_SECONDS:
            if seen is not None and seen.left_out and isinstance(record.msg, str):  # not reported yet
                record.msg += f" [and {seen.left_out:,} more like it before, not logged]"
                seen.left_out = 0
            self._seen[key] = _Repeats(now)
            return True
        if seen.shown < self.BURST:
            seen.shown += 1
            return True
        if not seen.left_out:
            seen.sample = record.getMessage()[:500]
            _later(seen.start + LOG_EVERY_SECONDS - now, lambda: self._report(key, seen))
        seen.left_out += 1
        return False

    def _report(self, key: tuple[str, int, str], seen: _Repeats) -> None:
        if seen.left_out:
            logging.getLogger(key[0]).log(
                key[1],
                "%s [and %s more like it in %.0f s, not logged]",
                seen.sample,
                f"{seen.left_out:,}",
                LOG_EVERY_SECONDS,
                extra={self.REPORT: True},
            )
            seen.left_out = 0

    def _forget(self, now: float) -> None:
        for key in [k for k, seen in self._seen.items() if now - seen.start >= LOG_EVERY_SECONDS]:
            del self._seen[key]


@dataclass(slots=True)
class _Repeats:
    """One message's records in the current window of RepeatedMessages."""

    start: float
    shown: int = 1
    left_out: int = 0
    sample: str = ""
