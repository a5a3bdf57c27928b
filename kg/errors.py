"""Errors that reach the user as one readable message and a non-zero exit code."""

from __future__ import annotations

import re

UNPRINTABLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
"""What must not reach a terminal raw: controls but TAB and LF (ESC starts the escape sequences
that recolour, move the cursor or retitle the window; CR overwrites the line; U+009B is ESC [),
the bidirectional marks and overrides that reorder what is shown, and lone surrogates (a file
name that is not UTF-8, as Python decodes it), which cannot be written as UTF-8."""


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: object) -> str:
    """`text` as a person may see it on a terminal: each UNPRINTABLE character written as its
    escape (ESC as \\x1b, U+202E as \\u202e). For names from outside (file names, IRIs, values)
    in messages; applying it twice changes nothing more."""
    return UNPRINTABLE.sub(_escaped, str(text))


UNPRINTABLE_BUT_CRLF = re.compile("(?!\r\n)" + UNPRINTABLE.pattern)
"""UNPRINTABLE, except a CR that ends a line with LF (CSV's line ends, SPARQL 1.1 CSV/TSV Results)."""


def printable_lines(text: str) -> str:
    """`printable`, keeping CR LF line ends: an answer written for a program (CSV, TSV, JSON, Turtle)
    as it may reach a terminal. Its values are data from documents and endpoints: an ESC in one can
    recolour, clear or retitle the terminal it is printed on."""
    return UNPRINTABLE_BUT_CRLF.sub(_escaped, text)


LINE_BREAKS = re.compile("[\n\t\u2028\u2029\x85]")


def one_line(text: object) -> str:
    """`printable`, and on one line: line breaks and TAB written as escapes too. For a name from outside
    (a file name may hold a line break) where the output is read line by line or column by column: a
    name with a line break could forge a row of `kg ingest`'s table or a line of its messages."""
    return LINE_BREAKS.sub(_escaped, printable(text))


class KgError(Exception):
    """An error whose message is meant for the user; the CLI prints it without a traceback.

    Its message is printable (see `printable`) whatever names from outside it quotes, so that a
    file name or a document's text cannot drive the terminal it is printed on.
    """

    exit_code = 2

    def __str__(self) -> str:
        return printable(super().__str__())


class InputError(KgError):
    """A file the user gave us cannot be read or parsed."""


class ValidationFailed(KgError):
    """The graph has SHACL Violations; the report says which."""

    exit_code = 1
