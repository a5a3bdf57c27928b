"""HTTP conditional requests (RFC 9110 13): the validators the server gives (strong ETags) and how it
reads If-Match, If-None-Match, If-Unmodified-Since and If-Modified-Since.

Why a module of its own, without Starlette: a Graph Store write's preconditions are checked twice, by the
server before it starts a write worker (a quick 412) and by the write worker itself once it holds the
store's gate (kg.server.worker), so that a write landing between the check and the write (another
request, another server process on the same store) cannot be overwritten by a client that asked not to.
The worker reads the same functions over the headers it was sent (`Conditions`).
"""

from __future__ import annotations

import email.utils
import hashlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from kg.server.formats import GRAPH_FORMATS, HTML
from kg.server.results import NoXmlForm, write_graph


class Conditional(Protocol):
    """What the checks read of a request: a Starlette Request, or `Conditions` in a write worker."""

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def method(self) -> str: ...


@dataclass(frozen=True)
class Conditions:
    """A request's preconditions as a write worker receives them (header names in lower case)."""

    headers: Mapping[str, str]
    method: str

    @classmethod
    def of(cls, request: Conditional) -> Conditions:
        """The preconditions of a request, each field's lines joined as one list (`field_value`)."""
        found = {name: field_value(request, name) for name in PRECONDITIONS}
        return cls({name: value for name, value in found.items() if value is not None}, request.method)

    def as_json(self) -> dict[str, object]:
        return {"headers": dict(self.headers), "method": self.method}


def field_value(request: Conditional, name: str) -> str | None:
    """A header field's value, its lines joined by commas as RFC 9110 5.3 reads a list field sent as
    several lines (`If-Match: "a"` and `If-Match: "b"` is `If-Match: "a", "b"`); None when absent.

    Why: Starlette's `headers.get` gives the first line only, so a tag on the second line was never
    compared. A date field sent twice becomes an invalid date, which RFC 9110 13.1.3 and 13.1.4 ignore."""
    headers = request.headers
    lines = headers.getlist(name) if hasattr(headers, "getlist") else None
    if lines is None:
        return headers.get(name)
    return ", ".join(lines) if lines else None


def etag_of(body: bytes, media_type: str = "") -> str:
    """A strong validator: the body's hash, and its media type's when given (RFC 9110 8.8.3: the same
    bytes served as application/xml and as application/rdf+xml are two representations)."""
    digest = hashlib.sha256(body)
    digest.update(media_type.encode("ascii", "replace"))
    return '"' + digest.hexdigest()[:32] + '"'


def not_modified(request: Conditional, etag: str, last_modified: float | None) -> bool:
    """RFC 9110 13.1: If-None-Match (weak comparison) wins over If-Modified-Since."""
    if_none_match = field_value(request, "if-none-match")
    if if_none_match is not None:
        tags = [t.strip().removeprefix("W/") for t in if_none_match.split(",")]
        return "*" in tags or etag in tags
    since = field_value(request, "if-modified-since")
    parsed = parsed_http_date(since) if since else None
    if parsed is not None and last_modified is not None:
        return int(last_modified) <= int(parsed)
    return False  # no date, or a malformed one (RFC 9110 13.1.3: ignored)


def conditional_status(request: Conditional, etag: str, last_modified: float | None) -> int | None:
    """412 or 304 for a read (GET, HEAD) of a resource whose one representation has `etag`, in the order
    of RFC 9110 13.2.2; None to send it.

    Why one function for every read: the dumps and the calendar feed checked If-None-Match and
    If-Modified-Since only, so a mirror holding an older dump's ETag (`If-Match`) or date
    (`If-Unmodified-Since`) got the new dump as 200, where RFC 9110 13.1.1 and 13.1.4 say the server
    MUST NOT perform the method; the pages' `representation` answered 412 already."""
    if precondition_failed(request, (etag,), True, last_modified):
        return 412
    if request.method in ("GET", "HEAD") and not_modified(request, etag, last_modified):
        return 304
    return None


def parsed_http_date(text: str) -> float | None:
    """An HTTP date's timestamp, or None for one that is malformed (a precondition then ignored)."""
    try:
        return email.utils.parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def if_match_fails(request: Conditional, tags: Collection[str], exists: bool) -> bool:
    """If-Match is false (RFC 9110 13.1.1): `*` with no current representation, or no listed tag
    equal to a current one by strong comparison (a weak tag never matches)."""
    listed = [tag.strip() for tag in (field_value(request, "if-match") or "").split(",") if tag.strip()]
    if "*" in listed:
        return not exists
    return not any(tag in tags for tag in listed if not tag.startswith("W/"))


def if_unmodified_since_fails(request: Conditional, exists: bool, last_modified: float | None) -> bool:
    """If-Unmodified-Since is false: the resource changed after the date (RFC 9110 13.1.4)."""
    since = parsed_http_date(field_value(request, "if-unmodified-since") or "")
    return exists and since is not None and last_modified is not None and int(last_modified) > int(since)


def if_none_match_fails(request: Conditional, tags: Collection[str], exists: bool) -> bool:
    """If-None-Match is false (RFC 9110 13.1.2): `*` and a current representation, or a listed tag
    equal to a current one by weak comparison."""
    listed = [
        tag.strip().removeprefix("W/") for tag in (field_value(request, "if-none-match") or "").split(",")
    ]
    if "*" in listed:
        return exists
    return any(tag in tags for tag in listed)


def precondition_failed(
    request: Conditional, tags: Collection[str], exists: bool, last_modified: float | None
) -> bool:
    """Whether the request's preconditions make it 412 Precondition Failed (failed_precondition)."""
    return failed_precondition(request, tags, exists, last_modified) is not None


def failed_precondition(
    request: Conditional, tags: Collection[str], exists: bool, last_modified: float | None
) -> str | None:
    """Which of the request's preconditions makes it 412 Precondition Failed, and why, said for its 412
    (None when none does), evaluated in the order of RFC 9110 13.2.2: If-Match, else If-Unmodified-Since;
    then, for a method other than GET and HEAD (which answer 304 instead: not_modified), If-None-Match.
    `tags` are the current representations' ETags, `exists` whether there is one at all.

    Why: a client that edits a graph sends back the ETag it read (`If-Match`), or creates one only if
    absent (`If-None-Match: *`), so that a write made by someone else in between is not lost; an origin
    server MUST NOT perform the method when the condition is false (RFC 9110 13.1.1). They were ignored.
    Each says what failed: every 412 said "it changed since", also of a graph that was never there
    (`If-Match: *`) or one the client asked to be absent (`If-None-Match: *`; attack round 19).

    A DELETE of a named graph that does not exist is 404 whatever its preconditions say: a server MUST
    ignore them when the request without them would fail other than with 412 (RFC 9110 13.2.1).
    """
    headers = request.headers
    if request.method == "DELETE" and not exists:
        return None
    if "if-match" in headers:
        if if_match_fails(request, tags, exists):
            if not exists:
                return "it does not exist (If-Match asks for a current one); write it without If-Match"
            return "it changed since (If-Match names no current ETag of it; a weak one never matches)"
    elif "if-unmodified-since" in headers and if_unmodified_since_fails(request, exists, last_modified):
        return "it changed after the If-Unmodified-Since date"
    if request.method in ("GET", "HEAD") or "if-none-match" not in headers:
        return None
    if if_none_match_fails(request, tags, exists):
        return "it exists (If-None-Match asks for none, or for none of the ETags given)"
    return None


def precondition_refusal(graph: str | None, reason: str = "it changed since") -> str:
    """The 412's message: which graph, what failed (failed_precondition), and what the client does next."""
    name = "the default graph" if graph is None else f"<{graph}>"
    return f"a precondition is false for {name}: {reason}; read it again (GET /store) and retry"


PRECONDITIONS = ("if-match", "if-none-match", "if-unmodified-since")
"""The request headers that can make a write 412 (precondition_failed)."""


def tags_asked(request: Conditional) -> bool:
    """Whether a precondition names an ETag (not only `*` or a date): only then is the graph written out."""
    listed = ",".join(field_value(request, name) or "" for name in ("if-match", "if-none-match"))
    return any(tag.strip() not in ("", "*") for tag in listed.split(","))


def graph_tags(triples: Iterable[ox.Triple]) -> set[str]:
    """The ETag of a graph in every machine format GET /store serves, as `representation` makes them (the
    HTML page's is not among them: a client edits a graph in an RDF syntax)."""
    kept = list(triples)
    found = set()
    for fmt in GRAPH_FORMATS:
        if fmt is HTML:
            continue
        try:
            found.add(etag_of(write_graph(fmt, kept), fmt.content_type))
        except NoXmlForm:  # a graph with no RDF/XML form has no such representation
            continue
    return found
