"""Content negotiation by RFC 9110 section 12.5.1: media ranges, q-values, wildcards and q=0.

Why our own: the server must pick exactly what the client prefers and refuse with 406
what it excludes (`q=0`), including the corner cases front ends get wrong: a more specific
range overrides a wildcard (`text/*;q=0, text/html` accepts only HTML), parameters take part
in the match, and among equal q-values the server's order decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TOKEN = r"[!#$%&'*+.^_`|~0-9A-Za-z-]+"
MEDIA_RANGE = re.compile(rf"^\s*({TOKEN})/({TOKEN})\s*(.*)$")
PARAMETER = re.compile(rf';\s*({TOKEN})\s*=\s*("(?:[^"\\]|\\.)*"|{TOKEN})')
# What an Accept header is made of: text, a quoted string (closed or not), a comma between elements.
ELEMENT_PIECE = re.compile(r'[^,"]+|"(?:[^"\\]|\\.)*(?P<close>")?|,')
# Other names clients use for the syntaxes served, read as the registered type: Turtle is a
# subset of N3 (SPARQLWrapper's N3 and rdflib send text/n3, older tools
# application/x-turtle), the rest are the names these types had before they were registered.
EQUIVALENT_TYPES = {
    "text/n3": "text/turtle",
    "text/rdf+n3": "text/turtle",
    "application/n3": "text/turtle",
    "application/turtle": "text/turtle",
    "application/x-turtle": "text/turtle",
    "application/x-json+ld": "application/ld+json",
    "application/x-trig": "application/trig",
    "text/x-nquads": "application/n-quads",
    "text/xml": "application/xml",  # RFC 7303: the same XML, and text/xml is deprecated
}


@dataclass(frozen=True)
class MediaRange:
    """One element of an Accept header: type/subtype with parameters and its weight."""

    type: str
    subtype: str
    params: tuple[tuple[str, str], ...]
    q: float

    @property
    def specificity(self) -> int:
        """3 for type/subtype;params, 2 for type/subtype, 1 for type/*, 0 for */* (RFC 9110 12.5.1)."""
        if self.type == "*":
            return 0
        if self.subtype == "*":
            return 1
        return 3 if self.params else 2

    def matches(self, media_type: str) -> bool:
        kind, _, rest = media_type.partition("/")
        subtype, *param_text = rest.split(";")
        if self.type not in ("*", kind) or self.subtype not in ("*", subtype.strip()):
            return False
        offered = dict(_params(";" + ";".join(param_text)))
        offered.setdefault("charset", "utf-8")  # everything textual is served as UTF-8
        if (kind, subtype.strip()) == ("text", "csv"):  # RFC 4180 3: SPARQL's CSV always has its header row
            offered.setdefault("header", "present")
        # RFC 9110: parameters must match, except a profile (JSON-LD's), which our offers do not state.
        return all(offered.get(name) == value for name, value in self.params if name != "profile")


def _params(text: str) -> list[tuple[str, str]]:
    return [(name.lower(), value.strip('"')) for name, value in PARAMETER.findall(text)]


def canonical_media_type(media_type: str) -> str:
    """The registered type for another name of the same syntax (`text/n3` -> `text/turtle`)."""
    return EQUIVALENT_TYPES.get(media_type.strip().lower(), media_type)


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header, other names of a type read as the registered one
    (EQUIVALENT_TYPES); an absent or empty header means */* (any)."""
    if header is None or not header.strip():
        return [MediaRange("*", "*", (), 1.0)]
    ranges = []
    for element in _split_elements(header):
        match = MEDIA_RANGE.match(element)
        if match is None:
            continue  # RFC 9110: a recipient may ignore what it cannot parse
        kind, subtype, rest = match.groups()
        params, q = [], 1.0
        for name, value in _params(rest):
            if name == "q":
                q = _weight(value)
                break  # what follows q are accept-ext parameters, not media type parameters
            params.append((name, value.lower() if name in ("charset", "header") else value))
        kind, _, subtype = canonical_media_type(f"{kind}/{subtype}".lower()).partition("/")
        ranges.append(MediaRange(kind, subtype, tuple(params), q))
    return ranges


def _split_elements(header: str) -> list[str]:
    """Split on commas outside quoted strings, in time linear in the header (it is the client's).

    A quote that opens no complete string is dropped and ends the element, as are all quotes
    after it: none of them can close either (each was inside an escape of the first one's
    scan), so the rest is split on commas and quotes without scanning it again per quote.
    """
    elements: list[str] = []
    current: list[str] = []
    for match in ELEMENT_PIECE.finditer(header):
        piece = match.group()
        if piece == ",":
            elements.append("".join(current))
            current = []
        elif piece[0] != '"' or match.group("close"):
            current.append(piece)
        else:
            elements += ["".join(current), *re.split(r'[,"]', header[match.start() + 1 :])]
            current = []
            break
    elements.append("".join(current))
    return [part for part in elements if part.strip()]


def _weight(value: str) -> float:
    try:
        q = float(value)
    except ValueError:
        return 0.0
    return min(max(q, 0.0), 1.0)


def quality(ranges: list[MediaRange], media_type: str) -> float:
    """The q-value the client gives `media_type`: that of the most specific matching range."""
    best: MediaRange | None = None
    for candidate in ranges:
        if candidate.matches(media_type) and (best is None or candidate.specificity > best.specificity):
            best = candidate
    return best.q if best is not None else 0.0


def names_any(header: str | None, media_types: list[str]) -> bool:
    """Whether the client accepts at least one of `media_types` (q > 0)."""
    ranges = parse_accept(header)
    return any(quality(ranges, media_type) > 0 for media_type in media_types)


def negotiate(header: str | None, offered: list[str]) -> str | None:
    """The offered media type the client prefers (server order breaks ties); None when none is acceptable."""
    ranges = parse_accept(header)
    best, best_q = None, 0.0
    for media_type in offered:
        q = quality(ranges, media_type)
        if q > best_q:
            best, best_q = media_type, q
    return best
