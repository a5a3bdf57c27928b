"""The normalised text of one document, with the way back to its source.

Why here and not in kg.extract: provenance (kg.model.provenance) and the mapping to RDF
point into the source through this record, and the model must not import extraction.
Readers build it in kg.extract.documents.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

FORMAT_NAMES = {
    "text/plain": "plain text",
    "text/markdown": "Markdown",
    "text/html": "HTML",
    "application/pdf": "PDF",
}


@dataclass(frozen=True)
class SourceText:
    """The normalised text of one document and the way back to its source."""

    path: Path
    media_type: str
    sha256: str
    text: str
    offsets: tuple[int, ...]
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
