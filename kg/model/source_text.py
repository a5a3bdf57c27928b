"""The normalised text of one document, with the way back to its source.

Why here and not in kg.extract: provenance (kg.model.provenance) and the mapping to RDF
point into the source through this record, and the model must not import extraction.
Readers build it in kg.extract.documents.

The offsets are a compact array (four bytes a character) rather than a tuple of Python ints
(about 36 bytes a character): a 5 MB document then costs 20 MB of offsets, not 180 MB.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

FORMAT_NAMES = {
    "text/plain": "plain text",
    "text/markdown": "Markdown",
    "text/html": "HTML",
    "application/pdf": "PDF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/msword": "Word 97-2003 (.doc)",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": "PowerPoint (.pptx)",
    "message/rfc822": "e-mail (.eml)",
    "application/vnd.oasis.opendocument.text": "OpenDocument text (.odt)",
}
OFFSET_TYPECODE = "I"
"""Unsigned 32-bit offsets: documents are capped at a few MB (kg.extract.documents.max_bytes)."""


def offset_array(offsets: Sequence[int] = ()) -> array[int]:
    """An array of source offsets, as SourceText keeps them."""
    return array(OFFSET_TYPECODE, offsets)


@dataclass(frozen=True, eq=False)
class SourceText:
    """The normalised text of one document and the way back to its source.

    `offsets[i]` is the offset in the source (the decoded file, or the text a converter
    extracted from a binary format) of the character `text[i]` was read from.
    """

    path: Path
    media_type: str
    sha256: str
    text: str
    offsets: Sequence[int]
    heading_lines: frozenset[int] = field(default_factory=frozenset)

    @property
    def format_name(self) -> str:
        return FORMAT_NAMES[self.media_type]

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The span of the source that text[start:end] was read from."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def line_of(self, offset: int) -> int:
        """1-based line number of a text offset (for messages)."""
        return self.text.count("\n", 0, offset) + 1
