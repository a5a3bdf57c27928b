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
    r"^[ \t]*+(?:[>*_|#-][ \t]?){0,6}"  # any indentation (a field far right of a line), then markers
    r"(?P<name>[A-Z][A-Za-z][A-Za-z /&.()-]{0,38}?)(?:[ \t*_]*+[:|]|[ *_]*+\t)[ \t*_|]*"
    r"(?P<value>\S(?:.*?[^ \t*_|])?)[ \t*_|]*$"
)
# A field whose value stands after a gap of blanks instead of a colon ("Start date        3 March 2026",
# a charter's field block); one value only: a line with a second gap is a row of a table
GAP_LINE = re.compile(
    r"^[ \t]*+(?P<name>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}) {4,}(?P<value>\S(?:(?! {3})[^\t])*?)[ \t]*$"
)
SEGMENT = re.compile(r"(?<!\s)(?:\s+[\u00b7\u2022|]\s+|\s*\u00a0\s*)")
MAX_NAME_WORDS = 8
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
            found += fields_of_line(line, position)
        if seen >= limit:
            break
        position += len(line) + 1
    return found


def fields_of_line(line: str, position: int) -> list[HeaderField]:
    """The fields of one line; "Version 1.2 · Date Initiated: Q1 2019" holds one per segment."""
    found = []
    offset = 0
    for segment in SEGMENT.split(line):
        start_of_segment = line.index(segment, offset)
        offset = start_of_segment + len(segment)
        match = HEADER_LINE.match(segment) or GAP_LINE.match(segment)
        if match and len(match.group("name").split()) <= MAX_NAME_WORDS:
            value = match.group("value").strip()
            start = position + start_of_segment + match.start("value")
            name = " ".join(match.group("name").lower().split())
            found.append(HeaderField(name, value, start, start + len(value)))
    return found


def field_named(fields: list[HeaderField], *names: str) -> HeaderField | None:
    """The first field whose name is one of `names` (lower case)."""
    return next((f for f in fields if f.name in names), None)
