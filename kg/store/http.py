"""The one HTTP client for remote SPARQL endpoints: queries, updates and Graph Store uploads.

Why one: the store API (kg.store.remote), `kg push` and `kg serve --endpoint` (kg.server.backend)
all talk to the same kinds of servers with the same credentials, so they share one
configuration (`Connection`: base URL, user and password with Basic or Digest auth, timeout,
our User-Agent) and one error path. Every failure becomes an `EndpointError` of one line that
names the URL and, when the server answered, its status and its own first line of explanation:

- no answer at all (refused, unknown host, reset): "cannot reach URL (reason): check ...";
- no answer in time: `EndpointTimeout`, "URL did not answer within N s: ...";
- an HTTP error status: "URL answered HTTP 404: <the server's first line> (what to do)".

Each is logged at warning level when raised. Callers that act on a status themselves (the
Graph Store fallback on 404/405/415/501, a query rejected with 400) get the response from
`send` and call `refusal` only for the statuses they do not handle.

Redirects are followed for GET only: a redirected POST or PUT may be replayed as a GET that
"succeeds" without writing anything, so a 3xx on a write is reported instead.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import Any

import httpcore
import httpx

from kg import __version__
from kg.errors import KgError

USER_AGENT = f"alliance-kg/{__version__} (+https://w3id.org/alliance-kg/)"
AUTH_SCHEMES = ("basic", "digest", "bearer")
EXPLANATION_CHARS = 200
EXPLANATION_BYTES = 65536  # an error page's first line is near its top
MAX_ANSWER_BYTES = 256 << 20  # an answer is read no further: a remote store's answer is not ours to size
HINTS = {
    401: "it refused the credentials: pass --user and --password; Virtuoso takes Digest only: --auth digest; "
    "kg serve takes its update token: --auth bearer, the token as --password or $ALLIANCE_KG_PASSWORD",
    403: "the account may not do this (Virtuoso: GRANT SPARQL_UPDATE, or use the -auth endpoint)",
    404: "check the URL",
}
MARKUP = re.compile(r"<(script|style|head)\b.*?</\1\s*>|<[^>]*>", re.IGNORECASE | re.DOTALL)

log = logging.getLogger(__name__)
log.addHandler(logging.NullHandler())  # the CLI prints the error itself: no second copy on stderr


class EndpointError(KgError):
    """The endpoint cannot be reached, refuses us, or answers with an error."""


class EndpointTimeout(EndpointError):
    """The endpoint did not answer within the time limit (the server may map it to its own limit)."""

    def __init__(self, message: str, seconds: float) -> None:
        super().__init__(message)
        self.seconds = seconds


class BearerAuth(httpx.Auth):
    """`Authorization: Bearer TOKEN` on every request (RFC 6750), as `kg serve` takes its update token.

    Why our own: httpx offers Basic and Digest only, and without it `kg push` could not write to the
    project's own server (its 401 advised --user and --password, which it never takes)."""

    def __init__(self, token: str) -> None:
        self._header = f"Bearer {token}"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        request.headers["Authorization"] = self._header
        yield request


class CheckedDigestAuth(httpx.DigestAuth):
    """httpx's Digest, a challenge it cannot answer refused in one line naming the URL.

    Why: httpx parses the server's `WWW-Authenticate: Digest ...` trusting it: a field without `=`
    (`Digest realm`) ended `kg push --auth digest` in a ValueError traceback, an algorithm it does not
    know (`SHA-512-256-sess`) in a KeyError one (attack round 20)."""

    def _parse_challenge(self, request: httpx.Request, response: httpx.Response, auth_header: str) -> Any:
        url = str(request.url.copy_with(query=None))
        try:
            challenge = super()._parse_challenge(request, response, auth_header)
        except (ValueError, httpx.ProtocolError):
            raise logged(
                EndpointError(f"{url} sent a malformed Digest challenge (WWW-Authenticate): see its log")
            ) from None
        if challenge.algorithm.upper() not in self._ALGORITHM_TO_HASH_FUNCTION:
            known = ", ".join(self._ALGORITHM_TO_HASH_FUNCTION)
            raise logged(
                EndpointError(
                    f"{url} asks for the Digest algorithm {challenge.algorithm[:40]!r}, which is not "
                    f"supported (only {known}): use --auth basic if it takes it"
                )
            )
        return challenge


def sendable_token(token: str) -> bool:
    """Whether `Authorization: Bearer TOKEN` can carry `token` as it is: no control character (a field
    holds none), no blank at either end (parsers trim them). kg.cli.serve.update_token asks the same."""
    return token == token.strip() and not any(ord(c) < 0x20 or 0x7F <= ord(c) < 0xA0 for c in token)


@dataclass(frozen=True)
class Connection:
    """How to talk to one server, shared by queries, updates and uploads, sync and async.

    `url` is the base (the query endpoint); requests may name other URLs of the same server
    (its update or Graph Store endpoint) and go with the same credentials.
    """

    url: str
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in logs or tracebacks
    auth: str = "basic"
    timeout: float = 30.0
    agent: str = USER_AGENT
    max_answer_bytes: int = MAX_ANSWER_BYTES

    def __post_init__(self) -> None:
        if self.auth not in AUTH_SCHEMES:
            raise EndpointError(f"unknown --auth {self.auth!r}: use {', '.join(AUTH_SCHEMES)}")
        if not isinstance(self.timeout, int | float) or not 0 < self.timeout < float("inf"):  # NaN too
            # a NaN, infinite or negative timeout reached the socket's settimeout: a ValueError or
            # OverflowError traceback from the first request (attack round 17)
            raise EndpointError(
                f"the timeout must be a finite number of seconds more than 0, not {self.timeout!r}"
            )
        if (
            isinstance(self.max_answer_bytes, bool)
            or not isinstance(self.max_answer_bytes, int)
            or self.max_answer_bytes <= 0
        ):
            # 0 or less refused every answer as "more than -1 bytes", a float failed in the reader's
            # slicing; the command line checks its options, the Python API did not (left by round 20)
            raise EndpointError(
                f"max_answer_bytes must be a whole number of bytes more than 0, not {self.max_answer_bytes!r}"
            )
        if self.auth == "bearer" and self.password is not None and not sendable_token(self.password):
            # it was "cannot reach URL (Illegal header value ...): check ... that the server is running"
            raise EndpointError(
                "the bearer token (--password or $ALLIANCE_KG_PASSWORD) starts or ends with a blank or holds "
                "a control character: no Authorization field can carry it"
            )
        checked_url(self.url)
        bare, user, password = split_credentials(self.url)
        if bare != self.url:  # http://user:password@host/: the options say it where no one reads it
            object.__setattr__(self, "url", bare)  # frozen: set once, as it is made
            object.__setattr__(self, "user", self.user if self.user is not None else user)
            object.__setattr__(self, "password", self.password if self.password is not None else password)

    def credentials(self) -> httpx.Auth | None:
        """A fresh auth object per client: Digest remembers the server's last challenge (its nonce).
        Bearer sends the password as a token, with no user (`kg serve`'s update token)."""
        if self.auth == "bearer":
            return BearerAuth(self.password) if self.password is not None else None
        if self.user is None:
            return None
        if self.auth == "digest":
            return CheckedDigestAuth(self.user, self.password or "")
        return httpx.BasicAuth(self.user, self.password or "")

    def options(self) -> dict[str, Any]:
        """Everything but the URL, as keywords for kg.store.open_store or another Connection."""
        options = asdict(self)
        del options["url"]
        return options

    def client_options(self) -> dict[str, Any]:
        return {
            "headers": {"User-Agent": self.agent},
            "auth": self.credentials(),
            "timeout": self.timeout,
            "follow_redirects": False,
        }

    def client(self) -> HttpClient:
        return HttpClient(self)

    def async_client(self) -> AsyncHttpClient:
        return AsyncHttpClient(self)


class _Client:
    """What the blocking and the asyncio client share: settings, defaults, redirect policy."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def _request(
        self, method: str, url: str | None, timeout: float | None
    ) -> tuple[str, float, dict[str, Any]]:
        """(target URL, timeout, httpx keywords) for one request."""
        target = url or self.connection.url
        seconds = timeout if timeout is not None else self.connection.timeout
        return target, seconds, {"timeout": seconds, "follow_redirects": method == "GET"}

    @staticmethod
    def _named(url: str) -> str:
        """The URL as errors name it: without the query string (a whole SPARQL query, for a GET)."""
        try:
            return str(httpx.URL(url).copy_with(query=None))
        except httpx.InvalidURL:
            return url


class HttpClient(_Client):
    """Blocking requests over one kept-alive connection pool: a push sends many, Digest saves a trip."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._client: httpx.Client | None = None
        self._opening = threading.Lock()

    def _pool(self) -> httpx.Client:
        """Opened on first use (most endpoints built for one query), once even when threads race to it."""
        with self._opening:
            if self._client is None:
                self._client = with_head_deadline(httpx.Client(**self.connection.client_options()))
            return self._client

    def send(
        self, method: str, url: str | None = None, *, timeout: float | None = None, **request: Any
    ) -> httpx.Response:
        """Any HTTP answer, whatever its status; EndpointError (EndpointTimeout) when there is none.

        `request` takes httpx's content, data, params and headers.
        """
        target, seconds, policy = self._request(method, url, timeout)
        named, cap = self._named(target), self.connection.max_answer_bytes
        with no_answer_as_error(named, seconds):
            pool = self._pool()
            follow = policy.pop("follow_redirects")
            answer = pool.send(
                pool.build_request(method, target, **policy, **request), stream=True, follow_redirects=follow
            )
            try:  # the body within `seconds` of the head (an upload's own time is not the answer's)
                stream = answer.extensions.get("network_stream")
                if isinstance(stream, DeadlineStream):
                    stream.head_read()
                deadline = time.monotonic() + seconds
                pieces = in_time(capped(answer.iter_bytes(), cap, named), deadline, named, seconds)
                return whole(answer, b"".join(pieces))
            finally:
                answer.close()

    def call(self, method: str, url: str | None = None, **request: Any) -> httpx.Response:
        """`send`, with any status from 300 on turned into an EndpointError."""
        response = self.send(method, url, **request)
        if response.status_code >= 300:
            raise refusal(self._named(url or self.connection.url), response)
        return response

    def close(self) -> None:
        with self._opening:
            if self._client is not None:
                self._client.close()
                self._client = None


class AsyncHttpClient(_Client):
    """The same requests for asyncio code (the server's remote backend): same settings, same errors."""

    def __init__(self, connection: Connection) -> None:
        super().__init__(connection)
        self._client: httpx.AsyncClient | None = None

    async def send(
        self, method: str, url: str | None = None, *, timeout: float | None = None, **request: Any
    ) -> httpx.Response:
        """Any HTTP answer, whatever its status; EndpointError (EndpointTimeout) when there is none."""
        target, seconds, policy = self._request(method, url, timeout)
        if self._client is None:
            self._client = httpx.AsyncClient(**self.connection.client_options())
        named, cap, client = self._named(target), self.connection.max_answer_bytes, self._client
        with no_answer_as_error(named, seconds):
            follow = policy.pop("follow_redirects")
            built = client.build_request(method, target, **policy, **request)
            answer = await client.send(built, stream=True, follow_redirects=follow)
            try:
                pieces, read = [], 0
                async for piece in answer.aiter_bytes():
                    read = counted(read, piece, cap, named)
                    pieces.append(piece)
                return whole(answer, b"".join(pieces))
            finally:
                await answer.aclose()

    async def call(self, method: str, url: str | None = None, **request: Any) -> httpx.Response:
        """`send`, with any status from 300 on turned into an EndpointError."""
        response = await self.send(method, url, **request)
        if response.status_code >= 300:
            raise refusal(self._named(url or self.connection.url), response)
        return response

    async def close(self) -> None:
        if self._client is not None:
            await self._client.aclose()
            self._client = None


class DeadlineStream(httpcore.NetworkStream):
    """A connection whose reads of one answer end together within one read timeout of the request.

    Why: httpx's timeout bounds each read, and `in_time` the body, but not the head: a server that sent
    `102 Processing` every half second (httpcore reads informational answers without end), or its status
    line or header fields a byte at a time, kept `kg push --timeout 2` and `kg sparql --endpoint` waiting
    without end (attack round 20). The clock starts at the first read after the request was written
    (an upload's own time is not the answer's) and every read of the head gets what is left of it."""

    def __init__(self, inner: httpcore.NetworkStream) -> None:
        self.inner = inner
        self.deadline: float | None = None
        self.counting = True  # until the head is in: `in_time` bounds the body, naming it

    def head_read(self) -> None:
        """The answer's head is in: its body's time is `in_time`'s to bound."""
        self.counting = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if timeout is None or not self.counting:
            return self.inner.read(max_bytes, timeout)
        now = time.monotonic()
        if self.deadline is None:
            self.deadline = now + timeout
        left = self.deadline - now
        if left <= 0:
            raise httpcore.ReadTimeout("the answer took longer than the read timeout")
        return self.inner.read(max_bytes, min(timeout, left))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self.deadline, self.counting = None, True  # a new request: its clock starts at its first read
        self.inner.write(buffer, timeout)

    def close(self) -> None:
        self.inner.close()

    def start_tls(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return DeadlineStream(self.inner.start_tls(*args, **kwargs))

    def get_extra_info(self, info: str) -> Any:
        return self.inner.get_extra_info(info)


class DeadlineBackend(httpcore.NetworkBackend):
    """httpcore's network backend, its connections made `DeadlineStream`s."""

    def __init__(self, inner: httpcore.NetworkBackend) -> None:
        self.inner = inner

    def connect_tcp(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return DeadlineStream(self.inner.connect_tcp(*args, **kwargs))

    def connect_unix_socket(self, *args: Any, **kwargs: Any) -> httpcore.NetworkStream:
        return DeadlineStream(self.inner.connect_unix_socket(*args, **kwargs))

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


def with_head_deadline(client: httpx.Client) -> httpx.Client:
    """`client`, each of its connection pools (the direct one and any proxy's) reading through a
    `DeadlineBackend`. httpx has no option for a network backend: its pools' attribute is set."""
    transports = [getattr(client, "_transport", None), *getattr(client, "_mounts", {}).values()]
    for transport in transports:
        pool = getattr(transport, "_pool", None)
        inner = getattr(pool, "_network_backend", None)
        if isinstance(inner, httpcore.NetworkBackend) and not isinstance(inner, DeadlineBackend):
            pool._network_backend = DeadlineBackend(inner)  # type: ignore[union-attr]
    return client


def capped(pieces: Iterator[bytes], cap: int, url: str) -> Iterator[bytes]:
    """The answer's bytes, an EndpointError as soon as they pass `cap` (never more read into memory)."""
    read = 0
    for piece in pieces:
        read = counted(read, piece, cap, url)
        yield piece


def in_time(pieces: Iterator[bytes], deadline: float, url: str, seconds: float) -> Iterator[bytes]:
    """The answer's bytes, an EndpointTimeout once its body has taken longer than `seconds` after its head.

    Why: httpx's timeout bounds each read, not the answer, so a server that sent a byte a second kept
    `kg push` and `kg sparql --endpoint` waiting past 100 s whatever --timeout said (engineer R's attack
    round 16). Checked as each piece arrives, so the wait ends at most one read's timeout late."""
    for piece in pieces:
        if time.monotonic() > deadline:
            raise logged(
                EndpointTimeout(
                    f"{url} did not send its whole answer within {seconds:g} s: raise --timeout or try later",
                    seconds,
                )
            )
        yield piece


def counted(read: int, piece: bytes, cap: int, url: str) -> int:
    """The bytes read so far with `piece`; EndpointError past `cap`."""
    read += len(piece)
    if read > cap:
        raise too_large(url, cap)
    return read


def too_large(url: str, cap: int) -> EndpointError:
    return logged(
        EndpointError(f"{url} answered more than {cap:,} bytes: ask for less (LIMIT, fewer variables)")
    )


def whole(answer: httpx.Response, body: bytes) -> httpx.Response:
    """A response holding `body` (already decoded from any Content-Encoding), as `request` gives one."""
    # as received (bytes): decoded, a field past ASCII (a Location holding U+202E) could not be set again
    headers = [(k, v) for k, v in answer.headers.raw if k.lower().decode("latin-1") not in DECODED_HEADERS]
    return httpx.Response(answer.status_code, headers=headers, content=body, request=answer.request)


DECODED_HEADERS = ("content-encoding", "content-length", "transfer-encoding")


def split_credentials(url: str) -> tuple[str, str | None, str | None]:
    """`url` without its user information, and the user name and password it held (decoded).

    Why: a URL is shown in every error message, logged, written into the store's history (`kg
    push`'s target) and, for `kg serve --endpoint`, into the pages that say the store failed; a
    password in it (`http://alice:secret@host/sparql`, which httpx would use as Basic credentials)
    went wherever the URL went. Taken out once, where a connection is made, it is used as --user and
    --password are (Basic or Digest), and no URL we show holds it."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL:
        return url, None, None  # checked_url says what is wrong with it
    if not parsed.userinfo:
        return url, None, None
    return str(parsed.copy_with(username=None, password=None)), parsed.username or None, parsed.password


def bare_url(url: str) -> str:
    """`url` checked, without its user information (the connection's credentials are used for it)."""
    return split_credentials(checked_url(url))[0]


def checked_url(url: str) -> str:
    """`url`, or an EndpointError saying why it is none (before any request: a typo, not a failure)."""
    shown = url if url and url.strip() == url and url.isprintable() else repr(url)  # "kg push:  is not..."
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as error:
        raise EndpointError(f"{shown} is not a URL ({error}): check it") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise EndpointError(f"{shown} is not an http:// or https:// URL: check it")
    return url


@contextmanager
def no_answer_as_error(url: str, timeout: float) -> Iterator[None]:
    """httpx's exceptions for a request that got no usable answer, as one-line EndpointErrors."""
    try:
        yield
    except httpx.TimeoutException:
        raise logged(
            EndpointTimeout(
                f"{url} did not answer within {timeout:g} s: raise --timeout or try later", timeout
            )
        ) from None
    except (httpx.HTTPError, httpx.InvalidURL) as error:
        reason = " ".join(str(error).split()) or type(error).__name__
        raise logged(
            EndpointError(f"cannot reach {url} ({reason}): check the URL and that the server is running")
        ) from None


def refusal(url: str, response: httpx.Response) -> EndpointError:
    """One line: the URL, the status, the server's first line of explanation, and what to do."""
    status = response.status_code
    if 300 <= status < 400:
        hint = f"it moved to {response.headers.get('location', 'another URL')}: use that URL"
    else:
        hint = HINTS.get(status, "see the server's log")
    return logged(EndpointError(f"{url} answered HTTP {status}: {explanation(response)} ({hint})"))


def explanation(response: httpx.Response) -> str:
    """The first non-empty line of the server's message (tags dropped from an HTML page), or its reason."""
    text = response.content[:EXPLANATION_BYTES].decode(response.encoding or "utf-8", "replace")
    if "html" in response.headers.get("content-type", ""):
        text = MARKUP.sub("\n", text)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return first[:EXPLANATION_CHARS] or response.reason_phrase or "no reason given"


def logged(error: EndpointError) -> EndpointError:
    log.warning("%s", error)
    return error
