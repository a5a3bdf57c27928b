"""Header fields of a document: "From: ...", "**Deadline:** ...", "| Date | 2024-03-01 |".

Why apart from kg.extract.structure: the layout reads a few register fields (Version, Date
Initiated) into field blocks; liaison statements, memoranda and minutes carry many more header
fields (From, To, For, Deadline, Meeting Date, Signed...), in plain text, Markdown bold or a
two-column table. Reading them here keeps the layout of the seed registers as it is, and gives
every kind one reader with the spans the provenance needs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.model.source_text import SourceText

HEADER_LINE = re.compile(
    r"^[ \t>*_|#-]{0,6}(?P<name>[A-Z][A-Za-z][A-Za-z /&.()-]{0,38}?)[ \t*_]*(?::|\||\t)[ \t*_|]*"
    r"(?P<value>\S.*?)[ \t*_|]*$"
)
HEADER_LIMIT = 60  # fields are read from the first lines only: later "Note: ..." lines are body text


@dataclass(frozen=True)
class HeaderField:
    """One `name: value` line: the name lower-cased, the value as written and its span."""

    name: str
    value: str
    start: int
    end: int

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end),)


def header_fields(document: SourceText, limit: int = HEADER_LIMIT) -> list[HeaderField]:
    """The `name: value` lines among the first `limit` non-blank lines, in document order."""
    found: list[HeaderField] = []
    position, seen = 0, 0
    for line in document.text.split("\n"):
        if line.strip():
            seen += 1
            match = HEADER_LINE.match(line)
            if match and len(match.group("name").split()) <= 4:
                value = match.group("value").strip()
                start = position + match.start("value")
                found.append(
                    HeaderField(
                        " ".join(match.group("name").lower().split()), value, start, start + len(value)
                    )
                )
        if seen >= limit:
            break
        position += len(line) + 1
    return found


def field_named(fields: list[HeaderField], *names: str) -> HeaderField | None:
    """The first field whose name is one of `names` (lower case)."""
    return next((f for f in fields if f.name in names), None)
