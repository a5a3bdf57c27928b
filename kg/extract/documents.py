"""Read a register document (plain text, Markdown, HTML, PDF, Word .docx and .doc, PowerPoint .pptx,
OpenDocument text .odt, e-mail .eml) into normalised text.

Why: extraction rules should see one kind of text whatever the format, and provenance
must still point into the file the analyst gave us. Every reader therefore builds its
text with a `TextBuilder`, which records for each output character the offset of the
source character it came from. Structure the format states explicitly (Markdown and
HTML headings, table rows) is kept: headings are remembered by the offset of their
line, table cells are joined by tabs, list items start with "- ".

Offsets point into the decoded source text (characters, not bytes) for text, Markdown
and HTML; for a PDF they point into the text layer that pypdf extracts, page by page; for
Word files and slide decks into the text layer read from them (`text_layer`: one line per paragraph,
a table row's cells joined by tabs; for .docx and .pptx it is the normalised text itself), which
`kg explain` and the tests read again.

A document larger than the size cap (`max_bytes`: 8 MiB, `$ALLIANCE_KG_MAX_BYTES`, or the
caller's) is refused before any of it is read, and so is a Word file or slide deck whose unpacked
parts or extracted text are larger than that: the cost of extraction grows with the text.

Characters that no serialization of the graph can carry (controls, lone surrogates, U+FFFE,
see kg.model.patterns.safe_text) are replaced one for one as the source is decoded, so that
offsets stay exact and no reader, rule or quote ever sees them: a control becomes a space,
a vertical tab or form feed a line break. HTML character references are read as HTML5 reads
them (&#0; and surrogates are U+FFFD, controls but white space nothing, &#150; is the en dash of
windows-1252).
"""

from __future__ import annotations

import codecs
import hashlib
import html
import logging
import math
import os
import re
import shutil
import stat
import subprocess
import unicodedata
import zipfile
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from html.entities import name2codepoint
from html.parser import HTMLParser
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.extract.formats_asciidoc import asciidoc_markup, is_asciidoc
from kg.extract.headers import FIELD_NAME, FREE_TEXT_FIELD
from kg.extract.structure import FIRST_LABELS, LETTER_OPENING, next_labels
from kg.model.patterns import safe_text
from kg.model.settings import whole_number
from kg.model.source_text import SourceText, offset_array

WINDOWS_1252 = "".join(bytes([byte]).decode("cp1252", "ignore") or chr(byte) for byte in range(256))
"""Text that is not UTF-8 is decoded as browsers decode it (the WHATWG windows-1252, which also
stands for latin-1): cp1252, with its five undefined bytes as the C1 controls of the same
number (which safe_text makes spaces). A whole document decoded as latin-1 instead would turn
every curly quote and dash of cp1252 into a control."""
UNICODE_BOMS = (  # UTF-32 first: its little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
DOC = "application/msword"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
EML = "message/rfc822"
ODT = "application/vnd.oasis.opendocument.text"
OFFICE_SUFFIXES = {DOCX: ".docx", PPTX: ".pptx", ODT: ".odt"}
OFFICE_PARTS = ((DOCX, "word/document.xml"), (PPTX, "ppt/presentation.xml"))
"""The main part that makes a ZIP archive a Word file or a slide deck."""
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".adoc": "text/plain",  # AsciiDoc (kg.extract.formats_asciidoc) and reStructuredText: documents the
    ".asciidoc": "text/plain",  # plain reader knows, found in folders. (A CSV sheet, an Org outline, a LaTeX
    ".rst": "text/plain",  # source are read as text when named, but a folder's are often no documents.)
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
    ".docx": DOCX,
    ".doc": DOC,
    ".pptx": PPTX,
    ".eml": EML,
    ".odt": ODT,
}
SUPPORTED_SUFFIXES = frozenset(MEDIA_TYPES)
"""What a folder given to `kg ingest` is searched for."""
DEFAULT_MAX_BYTES = 8 * 1024 * 1024
MAX_BYTES_VARIABLE = "ALLIANCE_KG_MAX_BYTES"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
CONVERTER_SECONDS = 60


# The typographic hyphens (U+2010 hyphen, U+2011 no-break hyphen), read as "-" character for character
# (every offset stays its own): names, numbers and dates are written with "-" in every rule
HYPHENS_READ_AS_HYPHEN_MINUS = str.maketrans({"\u2010": "-", "\u2011": "-"})


MAX_LIST_INDENT = 8
"""The deepest indent an item of nested lists is given (HTML): Word and PowerPoint have nine levels."""


class TextBuilder:
    """Accumulates output text with, per character, the source offset it stands for."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: array[int] = offset_array()
        self.headings: set[int] = set()
        self.length = 0

    def add(self, text: str, source_start: int) -> None:
        """Text copied from the source, character for character, from `source_start`."""
        self.parts.append(text)
        self.offsets.extend(range(source_start, source_start + len(text)))
        self.length += len(text)

    def add_mapped(self, text: str, offsets: Iterable[int]) -> None:
        self.parts.append(text)
        self.offsets.extend(offsets)
        self.length += len(text)

    def add_synthetic(self, text: str, source_at: int) -> None:
        """Text the reader made up (a newline, a bullet, a tab), all mapped to one source offset."""
        self.parts.append(text)
        self.offsets.extend([source_at] * len(text))
        self.length += len(text)

    def ends_with(self, suffix: str | tuple[str, ...]) -> bool:
        """Whether the text so far ends with `suffix` (looks only at the last few parts)."""
        return "".join(self.parts[-4:]).endswith(suffix)

    def break_block(self, source_at: int) -> None:
        """End the current block with a blank line (at most one)."""
        if self.length == 0 or self.ends_with("\n\n"):
            return
        self.add_synthetic("\n" if self.ends_with("\n") else "\n\n", source_at)

    def mark_heading(self) -> None:
        self.headings.add(self.length)

    def build(self, path: Path, media_type: str, sha256: str) -> SourceText:
        text = safe_text("".join(self.parts))  # the sources are safe already; what readers add too
        # ("Wi\u20117": the no-break hyphen an editor puts to keep a name on one line is the name's "-")
        text = text.translate(HYPHENS_READ_AS_HYPHEN_MINUS)
        return SourceText(path, media_type, sha256, text, self.offsets, frozenset(self.headings))


# --- Format detection and decoding ------------------------------------------------------


def media_type_of(path: Path, data: bytes) -> str:
    """The format of a document, from its content first (a PDF named .txt is still a PDF)."""
    media_type, archive = sniff(path, data)
    if archive is not None:
        archive.close()
    return media_type


def sniff(path: Path, data: bytes) -> tuple[str, zipfile.ZipFile | None]:
    """The format of a document and, for an Office file or an OpenDocument text, its archive: its
    central directory is read once here, and the checks before its library opens it use it."""
    if data.lstrip()[:5] == b"%PDF-":
        return "application/pdf", None
    if data.startswith(ZIP_MAGIC):
        archive = open_zip(data)
        office = office_type(path, archive) if archive is not None else None
        if office is not None:
            return office, archive
        if archive is not None:
            archive.close()
    return content_type(path, data), None


MARKUP_TYPES = frozenset({"text/markdown", "text/html"})
"""Formats a saved mail never takes: a file named so is read as it says, without looking for a mail's header
block (which imports kg.extract.formats_email: 5-8 ms of the first extraction of `kg ingest FILE.md`)."""


def content_type(path: Path, data: bytes) -> str:
    """The format of a document that is no archive or PDF."""
    if data.startswith(OLE_MAGIC):
        return DOC
    media_type = MEDIA_TYPES.get(path.suffix.lower())
    if media_type in MARKUP_TYPES:
        return media_type
    from kg.extract.formats_email import looks_like_message

    if looks_like_message(data):
        return EML
    if media_type:
        return media_type
    head = data[:2048].lower()
    if b"<html" in head or b"<!doctype html" in head:
        return "text/html"
    return "text/plain"


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control characters: an image, archive or office file, not text."""
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.05


def decode_by_bom(path: Path, data: bytes) -> str | None:
    """UTF-16 and UTF-32 text (as Windows editors save "Unicode") is full of NUL bytes, but it
    starts with a byte order mark: decode it as what it says rather than refuse it as binary."""
    for bom, encoding in UNICODE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as error:
                raise InputError(
                    f"{path}: starts with a {encoding} byte order mark but is not {encoding}: {error}"
                ) from None
    return None


UNMARKED_UTF16_SAMPLE = 8192  # bytes looked at to tell UTF-16 without a mark from a binary file
TEXT_CONTROLS = frozenset("\t\n\x0c\r")


def decode_unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 saved without a byte order mark (some exports and tools do): in text of the ASCII range
    every other byte is NUL, the high byte of each code unit. Taken as UTF-16 only when it cannot be
    anything else, so that real binary files stay refused: an even length; in the first 8 KiB, no code
    unit NUL, at least half of them with a NUL high byte (on the same side each time); the whole decoding
    strictly (no lone surrogate) to text of no control character but tab, line ends and form feed, and
    no noncharacter U+FFFE/U+FFFF. Little- or big-endian by the side the NULs are on; None otherwise."""
    if len(data) < 4 or len(data) % 2:
        return None
    sample = data[: UNMARKED_UTF16_SAMPLE - UNMARKED_UTF16_SAMPLE % 2]
    units = len(sample) // 2
    if 0 in memoryview(sample).cast("H").tolist():  # a NUL code unit: no text holds one
        return None
    for high, encoding in ((1, "utf-16-le"), (0, "utf-16-be")):
        if sample[high::2].count(0) * 2 < units:
            continue
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            return None
        if any(
            (ord(c) < 32 and c not in TEXT_CONTROLS) or 0x7F <= ord(c) < 0xA0 or c in "\ufffe\uffff"
            for c in text
        ):
            return None
        return text
    return None


def decode(path: Path, data: bytes, media_type: str = "") -> str:
    """The text of a document (UTF-8, UTF-16 or UTF-32 with a byte order mark, UTF-16 without one as
    decode_unmarked_utf16 recognises it, else windows-1252), with its unsafe characters replaced one for
    one (see the module's docstring)."""
    by_bom = decode_by_bom(path, data)
    if by_bom is not None:
        return safe_text(by_bom)
    if b"\x00" in data[:UNMARKED_UTF16_SAMPLE]:
        unmarked = decode_unmarked_utf16(data)
        if unmarked is not None:
            return safe_text(unmarked)
    if looks_binary(data):
        raise InputError(
            f"{path}: this is a binary file, not a register document (text, Markdown, HTML, PDF, Word, "
            "PowerPoint, OpenDocument text or e-mail)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        declared = declared_charset(data) if media_type == "text/html" else None
        if declared is None:
            text = codecs.charmap_decode(data, "strict", WINDOWS_1252)[0]
        else:
            text = data.decode(declared, "replace")
    return safe_text(text)


META_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE)
HTML_COMMENT = re.compile(rb"<!--.*?(?:-->|$)", re.DOTALL)
XML_ENCODING = re.compile(rb"""\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]{1,40})["']""")
WHATWG_DECODERS = {  # Python's name of a label's codec -> the decoder WHATWG's Encoding standard gives it
    **{name: name for name in ("cp866", "koi8-r", "koi8-u", "mac-roman", "gb18030", "euc_jp", "iso2022_jp")},
    **{f"iso8859-{n}": f"iso8859-{n}" for n in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    **{f"cp125{n}": f"cp125{n}" for n in (0, 1, 3, 4, 5, 6, 7, 8)},
    "iso8859-9": "cp1254",
    "iso8859-11": "cp874",
    "tis-620": "cp874",
    "cp874": "cp874",
    "gbk": "gb18030",
    "gb2312": "gb18030",
    "shift_jis": "cp932",
    "cp932": "cp932",
    "euc_kr": "cp949",
    "cp949": "cp949",
    "big5": "big5hkscs",
    "big5hkscs": "big5hkscs",
}
"""The legacy encodings of WHATWG's Encoding standard that Python decodes; windows-1252 (which also
stands for latin-1 and US-ASCII there) is WINDOWS_1252's, and any other label is not taken."""


def declared_charset(data: bytes) -> str | None:
    """The Python codec of the charset an HTML document's `<meta charset>` or `<meta http-equiv=
    "Content-Type" content="...; charset=...">` declares in its first 1,024 bytes (WHATWG HTML's
    prescan; comments skipped), mapped as WHATWG's Encoding standard maps labels; None when it declares
    none, windows-1252 or a label of it (read by WINDOWS_1252), UTF-8, UTF-16 (which a meta cannot
    truly declare: HTML reads UTF-8 then) or an encoding not among WHATWG_DECODERS.

    Why: a page that is not UTF-8 was read as windows-1252 whatever it declared, so a Shift_JIS, GBK,
    EUC-KR, ISO-8859-2 or KOI8-R page (standards bodies publish such) became mojibake where a browser
    shows its text. Only for bytes that are not UTF-8: a page declaring latin-1 that is UTF-8 stays
    UTF-8 (a frequent mistake, and UTF-8 text is almost never valid in another charset)."""
    found = META_CHARSET.search(HTML_COMMENT.sub(b"", data[:1024])) or XML_ENCODING.match(data[:1024])
    if found is None:  # (an XHTML file's XML declaration, when no meta says it: a page saved as XML)
        return None
    try:
        name = codecs.lookup(found.group(1).decode("ascii")).name
    except (LookupError, ValueError):
        return None
    return WHATWG_DECODERS.get(name)


# --- Plain text ---------------------------------------------------------------------------


def read_plain(source: str) -> TextBuilder:
    """Plain text is kept as it is, except that CR LF and CR become LF; text hard-wrapped at a margin
    (an RFC, an e-mailed liaison statement) has its wrapped paragraphs joined (read_wrapped); the rows
    of a table written with separators (a spreadsheet saved as CSV, a pipe table with no outer pipes)
    become rows of cells joined by tabs, as the Markdown and HTML readers give theirs."""
    lines, boxed = unboxed(md_lines(source))
    tables = {
        **(asciidoc_markup(lines) if is_asciidoc(lines) else {}),  # its lists and labels as plain text
        **separated_tables(lines),
        **inner_pipe_tables(lines),
        **asciidoc_tables(lines),
        **latex_tables(lines),
        **rst_list_tables(lines),
    }
    # (a table's records are no wrapped lines: long records one after another look like a paragraph
    # wrapped at their width)
    width = wrap_width(
        [("" if index in tables else line, start) for index, (line, start) in enumerate(lines)]
    )
    if tables:
        return read_with_tables(lines, tables, width)
    if width is not None:
        return read_wrapped(lines, width)
    if boxed:
        return read_with_tables(lines, {}, None)
    builder = TextBuilder()
    for match in re.finditer(r"[^\r]+|\r\n?", source):
        if match.group().startswith("\r"):
            builder.add_synthetic("\n", match.start())
        else:
            builder.add(match.group(), match.start())
    return builder


# A box drawn around text, one column wide (a contact card, a notice, a statement's header fields): its
# rules ("+--------+", "┌───┐", "╚═══╝") part the boxes as blank lines do,
# and a line between its bars ("| Officer:   Ana Example  |", "│ From: ITU-T SG15 │") is the text inside them.
# A rule with a joint inside ("+---+---+") is a table's, and a line with a bar inside a row of its cells.
BOX_RULE = re.compile("^[ \t]*+[+┌└├╔╚╠][-─═=]{3,}+[+┐┘┤╗╝╣][ \t]*+$")
BOX_LINE = re.compile("^[ \t]*+[|│║](?P<text>[^|│║\n]*+)[|│║][ \t]*+$")


def unboxed(lines: list[tuple[str, int]]) -> tuple[list[tuple[str, int]], bool]:
    """The lines as read without the boxes drawn around them, and whether there was one: a box's rule is a
    blank line, a line between its bars its text. Every rule reads lines: a card's "| Officer:   Dr. Ana
    Example |" or "│ Deadline:  15 March 2027 │" opened with a bar, so that no field, heading or name in a
    box was read, and its lines, padded to the box's width, looked wrapped at a margin."""
    found = False
    read: list[tuple[str, int]] = []
    for line, start in lines:
        if not line.endswith(
            ("+", "|", "\u2502", "\u2510", "\u2518", "\u2524", "\u2551", "\u2557", "\u255d", "\u2563")
        ):
            read.append((line, start))  # (most lines end in no frame: asked first, the regexes are spared)
        elif BOX_RULE.match(line):
            read.append(("", start))
            found = True
        elif (boxed := BOX_LINE.match(line)) is not None:
            text = boxed.group("text")
            lead = len(text) - len(text.lstrip(" \t"))
            read.append((text.strip(" \t"), start + boxed.start("text") + lead))
            found = True
        else:
            read.append((line, start))
    return read, found


# --- Tables written with separators in plain text -------------------------------------------------
# A spreadsheet exported as CSV ("W-01","Joint glossary","HMC","Q3 2026",,) and a table drawn with pipes
# but no outer ones ("01 | Joint glossary | HMC | Q3 2026" under "---+----------+-----+--------"): each
# record is a row of cells, read once; the rest of the text is kept as it is.

Cells = list[tuple[str, list[int]]]  # each cell's text and the source offset of each of its characters
CSV_SEPARATORS = (",", ";")
CSV_MIN_FIELDS = 3
CSV_MIN_RECORDS = 2


def csv_record(line: str, start: int, separator: str) -> Cells | None:
    """A line's fields as a spreadsheet writes them (quoted ones may hold the separator, a doubled quote
    is one quote), or None: a quote inside a bare field, text after a closing quote, or a field opening
    on a blank (prose puts a blank after its commas; a spreadsheet never does). One pass over the line."""
    fields: Cells = []
    position, length = 0, len(line)
    while True:
        if position < length and line[position] == '"':
            text, offsets, position = quoted_field(line, start, position + 1)
            if position < 0 or (position < length and line[position] != separator):
                return None
        else:
            end = line.find(separator, position)
            end = length if end < 0 else end
            bare = line[position:end]
            if '"' in bare or bare[:1].isspace():
                return None
            text, offsets, position = bare.rstrip(), list(range(start + position, start + end)), end
            offsets = offsets[: len(text)]
        fields.append((text, offsets))
        if position >= length:
            return fields
        position += 1  # the separator


def quoted_field(line: str, start: int, position: int) -> tuple[str, list[int], int]:
    """A quoted field's text from after its opening quote, and where its closing quote ends (-1: none)."""
    characters: list[str] = []
    offsets: list[int] = []
    while position < len(line):
        close = line.find('"', position)
        if close < 0:
            return "", [], -1
        characters.append(line[position:close])
        offsets.extend(range(start + position, start + close))
        if line[close + 1 : close + 2] == '"':
            characters.append('"')
            offsets.append(start + close)
            position = close + 2
            continue
        return "".join(characters), offsets, close + 1
    return "", [], -1


def separated_tables(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The records of CSV tables by line index: runs of at least two lines that read as records of the
    same number of fields (three or more) with the same separator; a record of empty fields
    (",,,,") is the blank between two of the sheet's tables."""
    tables: dict[int, Cells] = {}
    run: list[tuple[int, Cells]] = []
    shape: tuple[str, int] | None = None
    for index, (line, start) in enumerate(lines):
        record, separator = None, ""
        if line.strip() and line == line.strip():
            for separator in CSV_SEPARATORS:
                record = csv_record(line, start, separator) if separator in line else None
                if record is not None and len(record) >= CSV_MIN_FIELDS:
                    break
                record = None
        if record is not None and shape == (separator, len(record)):
            run.append((index, record))
            continue
        if len(run) >= CSV_MIN_RECORDS:
            tables.update(run)
        run, shape = ([(index, record)], (separator, len(record))) if record is not None else ([], None)
    if len(run) >= CSV_MIN_RECORDS:
        tables.update(run)
    return tables


PIPE_RULE_CHARACTERS = frozenset("-=:+| \t")


def pipe_rule_columns(line: str) -> int:
    """The columns a pipe table's rule marks ("---+------+----", "---|:---:|---"), or 0 for no rule."""
    stripped = line.strip()
    if not stripped or not set(stripped) <= PIPE_RULE_CHARACTERS or not ("|" in stripped or "+" in stripped):
        return 0
    segments = [s.strip(" \t:") for s in re.split(r"[|+]", stripped.strip("|+"))]
    if any(len(s) < 3 or set(s) - {"-", "="} for s in segments):
        return 0
    return len(segments) if len(segments) >= 2 else 0


def pipe_cells(line: str, start: int) -> Cells:
    """A row's cells between its pipes, outer pipes or none."""
    cells: Cells = []
    position = 0
    stripped = line.rstrip()
    for part in stripped.split("|"):
        lead = len(part) - len(part.lstrip())
        text = part.strip()
        cells.append((text, list(range(start + position + lead, start + position + lead + len(text)))))
        position += len(part) + 1
    if stripped.lstrip().startswith("|"):
        cells = cells[1:]
    if stripped.endswith("|"):
        cells = cells[:-1]
    return cells


def inner_pipe_tables(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The rows of pipe tables with no outer pipes by line index (their rules: no cells): a header of as
    many cells as the rule under it marks, and the lines with pipes after the rule, up to a blank line or
    one without a pipe. Tables with outer pipes are left to the readers that know them."""
    tables: dict[int, Cells] = {}
    index = 1
    while index < len(lines):
        columns = pipe_rule_columns(lines[index][0])
        header_line, header_start = lines[index - 1]
        if not columns or header_line.lstrip().startswith("|") or "|" not in header_line:
            index += 1
            continue
        header = pipe_cells(header_line, header_start)
        if len(header) != columns:
            index += 1
            continue
        tables[index - 1], tables[index] = header, []
        index += 1
        while index < len(lines) and "|" in lines[index][0] and lines[index][0].strip():
            line, start = lines[index]
            tables[index] = [] if pipe_rule_columns(line) else pipe_cells(line, start)
            index += 1
    return {**ruleless_pipe_tables(lines, tables), **tables}


# A rule-less pipe table: at least a header and two rows, each line's inner pipes as many (two or more)
RULELESS_ROWS = 3
RULELESS_PIPES = 2
HEADER_LABEL_WORDS = 4


def ruleless_pipe_tables(lines: list[tuple[str, int]], known: dict[int, Cells]) -> dict[int, Cells]:
    """The rows of pipe tables with neither outer pipes nor a rule ("Item | Work item | Change | Target" and
    its rows, as a plain-text mail writes them): three lines or more in a row with the same number of inner
    pipes, the first a header of short labels. A line or two of prose with pipes is none: its lines do not
    keep one count of pipes, or its first cells are sentences."""
    tables: dict[int, Cells] = {}
    index = 0
    while index < len(lines):
        count = inner_pipes(lines[index][0])
        end = index + 1
        while end < len(lines) and count >= RULELESS_PIPES and inner_pipes(lines[end][0]) == count:
            end += 1
        run = range(index, end)
        unread = not any(i in known for i in run)
        if len(run) >= RULELESS_ROWS and unread and header_labels(lines[index][0]):
            tables.update({i: pipe_cells(*lines[i]) for i in run})
        index = end
    return tables


def inner_pipes(line: str) -> int:
    """The pipes between a line's cells; 0 for a line with outer pipes (another reader's table)."""
    stripped = line.strip()
    if not stripped or stripped.startswith("|") or stripped.endswith("|"):
        return 0
    return stripped.count("|")


def header_labels(line: str) -> bool:
    """Whether every cell of a line is a short label ("Item", "Work item", "New target"), as a header's: no
    sentence's final stop, but an abbreviation's ("No. | Action | Responsible", as ETSI and CEN action
    summaries head their tables: H's probe of session 34)."""
    cells = [cell.strip() for cell in line.split("|")]
    return all(
        cell
        and len(cell.split()) <= HEADER_LABEL_WORDS
        and cell[0].isalpha()
        and (not cell.endswith(".") or ABBREVIATION.fullmatch(cell) is not None)
        for cell in cells
    )


ABBREVIATION = re.compile(r"[A-Za-z]{1,5}\.")
"""A column's name cut short ("No.", "Nr.", "Ref.", "Resp."): one word of a few letters and its stop."""


# A reStructuredText list table (Sphinx, Read the Docs sources): the directive and its options no text, each
# row opened by "* - ", each further cell by "- " under it, a cell's text maybe going on on deeper lines
RST_LIST_TABLE = re.compile(r"^[ \t]*\.\.[ \t]+list-table::")
RST_OPTION = re.compile(r"^[ \t]+:[\w-]+:")
RST_ROW = re.compile(r"^(?P<indent>[ \t]*)\*[ \t]+-[ \t]+(?P<cell>\S.*)$")
RST_CELL = re.compile(r"^(?P<indent>[ \t]*)-[ \t]+(?P<cell>\S.*)$")


def rst_list_tables(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The rows of reStructuredText list tables by line index: each row's cells at its last line, the
    directive, its options and the row's other lines no cells. The table ends at the first line indented
    no deeper than the directive. One pass over the lines."""
    tables: dict[int, Cells] = {}
    index = 0
    while index < len(lines):
        directive = RST_LIST_TABLE.match(lines[index][0])
        if directive is None:
            index += 1
            continue
        depth = indentation_of(lines[index][0])
        tables[index] = []
        row: Cells = []
        last = index
        index += 1
        while index < len(lines):
            line, start = lines[index]
            if line.strip() and indentation_of(line) <= depth:
                break
            tables[index] = []
            opened = RST_ROW.match(line) or RST_CELL.match(line)
            if RST_ROW.match(line) and row:
                tables[last], row = row, []
            if opened is not None and not RST_OPTION.match(line):
                text = opened.group("cell").rstrip()
                row.append(
                    (
                        text,
                        list(range(start + opened.start("cell"), start + opened.start("cell") + len(text))),
                    )
                )
                last = index
            elif line.strip() and row and not RST_OPTION.match(line):
                text = line.strip()  # a cell's text going on
                at = start + indentation_of(line)
                row[-1] = (
                    f"{row[-1][0]} {text}",
                    [*row[-1][1], row[-1][1][-1] if row[-1][1] else at, *range(at, at + len(text))],
                )
                last = index
            index += 1
        if row:
            tables[last] = row
    return tables


def indentation_of(line: str) -> int:
    return len(line) - len(line.lstrip())


# A LaTeX table in a text file (a memorandum's schedule typeset from its source): the environment's lines
# ("\begin{tabularx}{\textwidth}{lXll}", "\end{tabular}"), its rules ("\hline", "\toprule", "\midrule") and
# comments ("% ...") no text; each row's cells parted by "&", the row ended by "\\"
LATEX_BEGIN = re.compile(r"^\s*\\begin\{(?:tabular[x*]?|longtable|tabulary|supertabular)\}")
LATEX_END = re.compile(r"^\s*\\end\{(?:tabular[x*]?|longtable|tabulary|supertabular)\}")
LATEX_RULE = re.compile(
    r"^\s*(?:\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|endhead|endfirsthead)\s*)+$|^\s*%"
)
LATEX_ROW_END = re.compile(r"\s*\\\\(?:\[[^\]]{0,20}\])?(?:\s*\\hline)?\s*$")
LATEX_TABLE_LINES = 2000  # a table longer than this is read as the text it is


def latex_tables(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The rows of LaTeX tables by line index (the environment's lines, rules and comments: no cells). A
    row is one line with its cells parted by unescaped "&"; a line that is no row (a cell written over
    two lines) is left as text. One pass; a table with no end within LATEX_TABLE_LINES is none."""
    tables: dict[int, Cells] = {}
    index = 0
    while index < len(lines):
        if not LATEX_BEGIN.match(lines[index][0]):
            index += 1
            continue
        end = next(
            (
                i
                for i in range(index + 1, min(len(lines), index + LATEX_TABLE_LINES))
                if LATEX_END.match(lines[i][0])
            ),
            None,
        )
        if end is None:
            return tables
        for row in range(index, end + 1):
            line, start = lines[row]
            if row in (index, end) or LATEX_RULE.match(line) or not line.strip():
                tables[row] = []
            elif "&" in line:
                tables[row] = latex_cells(line, start)
        index = end + 1
    return tables


def latex_cells(line: str, start: int) -> Cells:
    """A LaTeX row's cells without their markup (latex_text), with the source offset of each character."""
    ending = LATEX_ROW_END.search(line)
    body = line[: ending.start()] if ending is not None else line.rstrip()
    cells: Cells = []
    low = 0
    for match in re.finditer(r"(?<!\\)&|$", body):
        raw = body[low : match.start()]
        lead = len(raw) - len(raw.lstrip())
        cells.append(latex_text(raw.strip(), start + low + lead))
        low = match.end()
        if match.end() >= len(body):
            break
    return cells


# In a LaTeX cell: a font command around its text ("\textbf{Open Grid Forum}": the text), a command alone
# ("\sigline", "\hfill": nothing), an escaped character ("\&": the character)
LATEX_MARKUP = re.compile(
    r"\\(?:textbf|textit|textsc|texttt|emph|underline|mbox|textrm|textsf)\{(?P<text>[^{}]*)\}"
    r"|\\(?P<escaped>[&%$#_])|\\[A-Za-z]+\*?(?:\[[^\]]*\])?"
)


def latex_text(text: str, start: int) -> tuple[str, list[int]]:
    """A LaTeX cell's text without its markup (LATEX_MARKUP), with the source offset of each character."""
    kept: list[tuple[str, int]] = []
    low = 0
    for match in LATEX_MARKUP.finditer(text):
        kept += [(character, start + low + i) for i, character in enumerate(text[low : match.start()])]
        group = "text" if match.group("text") is not None else "escaped" if match.group("escaped") else None
        if group is not None:
            kept += [
                (character, start + match.start(group) + i) for i, character in enumerate(match.group(group))
            ]
        low = match.end()
    kept += [(character, start + low + i) for i, character in enumerate(text[low:])]
    while kept and kept[0][0].isspace():
        kept.pop(0)
    while kept and kept[-1][0].isspace():
        kept.pop()
    return "".join(character for character, _ in kept), [offset for _, offset in kept]


# An AsciiDoc table in a text file: its delimiters ("|==="), the attribute line before it ('[cols="1,4,2",
# options="header"]', its number of columns the entries of "cols"), and its cells, each opened by a bar
ASCIIDOC_DELIMITER = re.compile(r"^\|={3,}\s*$")
ASCIIDOC_ATTRIBUTES = re.compile(r"^\[[^\]\n]{0,200}\]\s*$")
ASCIIDOC_COLS = re.compile(r"\bcols\s*=\s*\"?(?P<cols>[^\",\]]*(?:,[^\",\]]*)*)")
ASCIIDOC_TABLE_LINES = 2000  # a table longer than this is read as the text it is


def asciidoc_tables(lines: list[tuple[str, int]]) -> dict[int, Cells]:
    """The rows of AsciiDoc tables by line index: the cells between two "|===" lines, as many a row as the
    "cols" attribute names or the first line holds (a row may be written one cell a line or on one line);
    the delimiters, the attribute line and the lines of a row before its last: no cells."""
    tables: dict[int, Cells] = {}
    index = 0
    while index < len(lines):
        if not ASCIIDOC_DELIMITER.match(lines[index][0]):
            index += 1
            continue
        end = next(
            (
                i
                for i in range(index + 1, min(len(lines), index + ASCIIDOC_TABLE_LINES))
                if ASCIIDOC_DELIMITER.match(lines[i][0])
            ),
            None,
        )
        if end is None:
            return tables
        attributes = lines[index - 1][0] if index else ""
        if ASCIIDOC_ATTRIBUTES.match(attributes):
            tables[index - 1] = []
        tables.update(asciidoc_rows(lines, index, end, asciidoc_columns(attributes)))
        index = end + 1
    return tables


def asciidoc_columns(attributes: str) -> int | None:
    """The number of columns an attribute line gives ('cols="1,4,2"' three, 'cols="3*"' three)."""
    cols = ASCIIDOC_COLS.search(attributes) if ASCIIDOC_ATTRIBUTES.match(attributes) else None
    if cols is None:
        return None
    spec = cols.group("cols").strip()
    repeated = re.match(r"^(\d+)\*", spec)
    return int(repeated.group(1)) if repeated else len(spec.split(","))


def asciidoc_rows(
    lines: list[tuple[str, int]], first: int, last: int, columns: int | None
) -> dict[int, Cells]:
    """The rows between the delimiters at `first` and `last`: each line's cells gathered until a row has
    `columns` of them (the first line's number when the attributes give none)."""
    rows: dict[int, Cells] = {first: [], last: []}
    gathered: Cells = []
    for index in range(first + 1, last):
        line, start = lines[index]
        rows[index] = []
        if not line.lstrip().startswith("|"):
            continue  # a blank between rows, or a cell's text going on (kept out: the row is what is read)
        gathered += pipe_cells(line + ("|" if line.rstrip().endswith("|") else ""), start)
        columns = columns or len(gathered)
        if len(gathered) >= columns:
            rows[index], gathered = gathered, []
    return rows


def read_with_tables(
    lines: list[tuple[str, int]], tables: dict[int, Cells], width: int | None
) -> TextBuilder:
    """The text line by line, each table record a row of tab-joined cells, the text between tables as
    read_plain reads it (its wrapped paragraphs joined when the document is wrapped at `width`): an empty
    cell between two others keeps its tab (its column); a record whose only text is its first cell is
    that text (a sheet's title); a record of empty cells is a blank line, a table's rule nothing."""
    builder = TextBuilder()
    text: list[tuple[str, int]] = []
    for index, (line, start) in enumerate(lines):
        if index not in tables:
            text.append((line, start))
            continue
        add_text(builder, text, width)
        text = []
        end = start + len(line)
        if not tables[index]:
            continue  # "---+------+----": the table's rule
        if not add_cells(builder, tables[index], end):
            builder.add_synthetic("\n", end)  # ",,,,,": a blank between two tables
            continue
        builder.add_synthetic("\n", end)
    add_text(builder, text, width)
    return builder


def add_text(builder: TextBuilder, lines: list[tuple[str, int]], width: int | None) -> None:
    """Lines of text between tables, each ending on a line break; wrapped paragraphs joined."""
    if not lines:
        return
    if width is None:
        for line, start in lines:
            builder.add(line, start)
            builder.add_synthetic("\n", start + len(line))
        return
    part = read_wrapped(lines, width)
    builder.add_mapped("".join(part.parts), part.offsets)
    if not builder.ends_with("\n"):
        builder.add_synthetic("\n", lines[-1][1] + len(lines[-1][0]))


def add_cells(builder: TextBuilder, cells: Cells, end: int) -> bool:
    """A row's cells joined by tabs, up to its last filled one; False when none is filled."""
    filled = [i for i, (text, _) in enumerate(cells) if text]
    for column in range(0, filled[-1] + 1 if filled else 0):
        text, offsets = cells[column]
        if column:
            builder.add_synthetic("\t", offsets[0] if offsets else end)
        builder.add_mapped(text, offsets)
    return bool(filled)


# --- Hard-wrapped plain text ------------------------------------------------------------------
# RFCs, Internet-Drafts and e-mailed liaison statements are wrapped at about 72 columns: a sentence
# runs over several lines, and a line is no block of its own. Whether a document is wrapped is decided
# for the document (wrap_width), so that text written a paragraph a line is read as it was.

WRAP_WIDTHS = range(56, 101)
"""The margins a hard-wrapped document is wrapped at (RFCs 72, e-mail clients 72-78, ITU-T 80-90)."""
WRAP_MIN_PAIRS = 4
WRAP_SHARE = 0.6
"""The share of a wrapped document's runs-on lines that were filled to the margin (the next word did not
fit); text written a paragraph a line has few lines followed by text, and few of those full."""
WRAP_SLACK = 2
"""Columns a line may stop short of the margin and still be full (writers wrap a little early)."""
WRAP_LONG_WORD = 16
"""A full line ends at most this far from the margin: a line that stops short of it was ended by its
writer, even when the next line opens with a long word (an e-mail address under a name)."""
# A column gap inside a line ("Contact:   Ada Example      E-mail: ..."): a tab or three blanks, or two
# blanks not after the end of a sentence (RFCs put two blanks between sentences)
# or a dot leader ("Meeting #49 ........ draft Report")
TABLE_GAP = re.compile(r"\S(?:\t|   |(?<![.!?:])  )\s*\S|\.{4,}|…")
# "Name: value" lines of a header block: a known field name, any short label before a column gap, or one
# with blanks before its colon, aligned as a form aligns its labels ("APPROVAL    : Agreed at ...", "FOR
# ACTION  : BBF": no sentence puts a blank before its colon)
HEADER_FIELD = re.compile(
    r"^\s*(?:(?:From|To|Cc|Bcc|Subject|Date|Sent|Reply-To|Contact|Title|Source|Purpose|Deadline|Action"
    r"|For|Question|Status|Tel|Phone|Fax|E-?mail|Name|Org|Attachments?|Reply by|Category|ISSN"
    r"|Obsoletes|Updates|Expires)\s*:|[A-Z][\w-]*(?: [\w-]+){0,2}:(?:\t|\s{2,})"
    r"|[A-Z][\w()/-]*(?: [\w()/-]+){0,2}[ \t]+:[ \t])\s*",
    re.IGNORECASE,
)
# A "Label: value" line opens a field of its own ("Timeframe: Q4 2026" under an exhibit's item)
LABEL_LINE = re.compile(r"^\s*[A-Z][\w-]*(?: [\w-]+){0,2}:\s")
# A line that opens with a word in lower case goes on with a sentence (not "ada@example.org", "www.")
LOWER_WORD = re.compile(r"[a-z][\w'\u2019-]*(?:[,;:]|\s|$)")
WRAP_ITEM = re.compile(
    r"^\s*(?:[-\u2013\u2014*•·▪◦o]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)]|\d{1,2}(?:\.\d{1,2})+\.?|[A-Z]\.\d{1,2})\s+"
)
# Page furniture of an RFC or Internet-Draft: the footer ("Author, et al.   Informational   [Page 3]")
# and the running header after the form feed ("RFC 6756   Title   July 2012").
PAGE_FOOTER = re.compile(
    r"^.*\S\s+\[Page \d+\]\s*$"
    # a web page printed from a browser: its address, then the page's number of the pages ("1/2")
    r"|^[ \t]*https?://\S{1,300}[ \t]{2,}\d{1,3}/\d{1,3}[ \t]*$"
)
PAGE_HEADER = re.compile(
    r"^(?:RFC \d+|Internet-Draft)\s{2,}\S.*\s(?:19|20)\d\d\s*$"
    # and the print's date and time, then the page's title ("12/5/26, 10:14 AM      Liaison: ... | SMPTE")
    r"|^[ \t]*\d{1,2}/\d{1,2}/\d{2,4},[ \t]{1,3}\d{1,2}:\d{2}(?:[ \t]?[AaPp][Mm])?[ \t]{2,}\S.{0,200}$"
)


def first_word(line: str) -> str:
    words = line.split(maxsplit=1)
    return words[0] if words else ""


def indent_of(line: str) -> int:
    return len(line) - len(line.lstrip())


def shouting(line: str) -> bool:
    """An ALL CAPS line ("LIAISON STATEMENT"): a heading, whatever its length."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def tabular(line: str) -> bool:
    """A row of columns (the gap after a list item's marker, "-  text", or after a field's name,
    "Source:   ITU-T SG17", is no column)."""
    mark = WRAP_ITEM.match(line) or HEADER_FIELD.match(line)
    return TABLE_GAP.search(line[mark.end() if mark else 0 :].strip()) is not None


def set_apart(line: str) -> bool:
    """A line that is a block of its own in wrapped text: a table row, a header field, a heading in
    capitals, page furniture, a ruler ("-----", "=====": no letter, no digit). It neither runs on nor
    takes the next line."""
    return bool(
        not any(character.isalnum() for character in line)
        or tabular(line)
        or HEADER_FIELD.match(line)
        or shouting(line)
        or PAGE_FOOTER.match(line)
        or PAGE_HEADER.match(line)
    )


def full_line(line: str, following: str, width: int) -> bool:
    """Whether `line` was filled to the margin: the next line's first word would not have fitted. Its
    text must fill half the width: a short line set to the right margin ("Document 12(Rev.1)" over
    "14 February 2025" in a statement's top corner) is a block of its own."""
    end, text = len(line.rstrip()), len(line.strip())
    fits = end + 1 + len(first_word(following)) <= width - WRAP_SLACK
    return 2 * text >= width and end > width - WRAP_LONG_WORD and not fits


def wrap_width(lines: list[tuple[str, int]]) -> int | None:
    """The margin a document is hard-wrapped at, None when it is not wrapped.

    The lines followed by a line of prose are measured: the margin is the 90th percentile of their
    widths, and the document is wrapped when most of them are full at that margin. Markdown-like text,
    a paragraph a line or short lines, has few such lines, or they end anywhere."""
    pairs = [
        (line, following)
        for (line, _), (following, _) in pairwise(lines)
        if line.strip()
        and following.strip()
        and not set_apart(line)
        and not set_apart(following)
        and not WRAP_ITEM.match(following)
    ]
    if len(pairs) < WRAP_MIN_PAIRS:
        return None
    widths = sorted(len(line.rstrip()) for line, _ in pairs)
    width = widths[(len(widths) - 1) * 9 // 10]
    if width not in WRAP_WIDTHS:
        return None
    full = sum(1 for line, following in pairs if full_line(line, following, width))
    return width if full >= WRAP_SHARE * len(pairs) else None


def hang_of(line: str) -> int:
    """Where a line's wrapped continuation starts: under the text of a list item or a header field's
    value, else under the line itself."""
    mark = WRAP_ITEM.match(line) or HEADER_FIELD.match(line)
    return mark.end() if mark else indent_of(line)


def runs_on(line: str, following: str, hang: int, width: int) -> bool:
    """Whether `following` goes on with the paragraph `line` was wrapped from (as wraps_on decides for
    a PDF's lines): the same column, no item, field, table row or heading, and `line` full."""
    if set_apart(following) or WRAP_ITEM.match(following) or LABEL_LINE.match(following):
        return False
    if indent_of(following) != hang:
        return False
    if shouting(line) or tabular(line) or PAGE_FOOTER.match(line) or PAGE_HEADER.match(line):
        return False
    if HEADER_FIELD.match(line) and hang == indent_of(line):
        return False  # a field's next line at the field's own column is the next field
    return full_line(line, following, width) or (
        LOWER_WORD.match(following.lstrip()) is not None
        and len(line.rstrip()) >= width // 2
        and not PDF_LINE_END.search(line)
    )


def hangs_under_value(first: str, previous: str, line: str) -> bool:
    """Whether `line` goes on with the value of the header field `first` opened: it stands at the value's
    column, deeper than the label, and opens in lower case or with a bracket ("APPROVAL    : Agreed at
    the Study Group 15 meeting" over "              (Geneva, 20 March 2026)"; a title's "line rate options
    and ..."), however short the line above (a form wraps a field's value where its writer chose). A line
    opening in capitals there may be the next value of a list ("To:  IEEE 802.3" over "     IETF
    AVTCORE"), and a field beside another ("Contact:  Ana   Tel: ...") is a form's two columns."""
    field = HEADER_FIELD.match(first)
    if field is None or indent_of(line) != field.end() or field.end() <= indent_of(first):
        return False
    opening = line.lstrip()[:1]
    if not (LOWER_WORD.match(line.lstrip()) or opening in ("(", "[")):
        return False
    return not (set_apart(line) or WRAP_ITEM.match(line) or LABEL_LINE.match(line) or tabular(previous))


def read_wrapped(lines: list[tuple[str, int]], width: int) -> TextBuilder:
    """Each wrapped paragraph one line, its lines joined by a space (offsets still into the source);
    other lines as they are. An RFC's page footer and running header are left out, and a paragraph
    cut by a page break is joined across it when it runs on (the line before the break does not end a
    sentence, or the next begins in lower case)."""

    def joins(previous: str, line: str, first: str, gap: str) -> bool:
        if gap == "page" and PDF_LINE_END.search(previous) and not LOWER_WORD.match(line.lstrip()):
            return False
        if RULE_ONLY.match(previous) or RULE_ONLY.match(line):
            return False  # a rule boxing or underlining a title ("=====" / "#tide-dev: ..." / "=====")
        if BARRED_LINE.match(previous) or BARRED_LINE.match(line):
            return False  # a table's rows drawn with bars ("| 2 | X | Q4 2026 |", a wiki's "^ # ^ Item ^")
        if gap == "" and hangs_under_value(first, previous, line):
            return True
        return gap in ("", "page") and runs_on(previous, line, hang_of(first), width)

    return reflow(lines, joins, page_furniture, ruled_table_lines(lines))


# A ruler under a table's column names, one run of dashes a column ("---  ------------  ------")
COLUMN_RULER = re.compile(r"^[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})+[ \t]*$")


def ruled_table_lines(lines: list[tuple[str, int]]) -> frozenset[int]:
    """The starts of the lines of the tables a ruler parts into columns, from the ruler to the next blank
    line: a row wrapped over lines keeps each line in its columns for the table's reader, never joined
    as a paragraph's wrapped lines are ("4.2  Mapping table between X and Y" / "     layers, as a ...")."""
    starts: set[int] = set()
    in_table = False
    for line, start in lines:
        if not line.strip():
            in_table = False
        elif in_table:
            starts.add(start)
        elif COLUMN_RULER.match(line):
            in_table = True
    return frozenset(starts)


# A line of one character repeated, as plain text draws a rule: no words to join to a paragraph
RULE_ONLY = re.compile(r"^[ \t]{0,8}([-=_*~#])\1{2,}[ \t]*$")
# A table's row drawn between bars, or a wiki's header row between carets: no wrapped line of a paragraph
BARRED_LINE = re.compile(r"^[ \t]{0,8}[|^][^\n]*[|^][ \t]*$")


def page_furniture(line: str) -> bool:
    return PAGE_FOOTER.match(line) is not None or PAGE_HEADER.match(line) is not None


HYPHENATED = re.compile(r"[^\W\d_]-$")
"""A line ending in a word broken at a hyphen ("inter-" over "operability", "Time-" over "sensitive")."""

Joins = Callable[[str, str, str, str], bool]
"""(previous line, line, the paragraph's first line, what is between them: "" for nothing, a line
break per blank line, "page" for a page break) -> whether `line` goes on with the paragraph."""


def reflow(
    lines: list[tuple[str, int]],
    joins: Joins,
    furniture: Callable[[str], bool] | None = None,
    unjoined: frozenset[int] | set[int] = frozenset(),
    headings: frozenset[int] = frozenset(),
) -> TextBuilder:
    """The lines of a text wrapped at a margin (a PDF's page, a hard-wrapped RFC), each paragraph
    joined into one line where `joins` says a line goes on with it (one space for the line break, the
    next line's indent left out), never a line that starts at one of `unjoined`; blank lines kept,
    `furniture` lines (page headers, footers) left out, the lines starting at one of `headings` marked
    headings. One pass over the lines: linear in the text."""
    builder = TextBuilder()
    previous: str | None = None
    first, gap = "", ""
    for line, start in lines:
        if furniture is not None and furniture(line):
            gap = "page"
        elif not line.strip():
            gap = gap if gap == "page" else gap + "\n"
        elif previous is not None and start not in unjoined and joins(previous, line, first, gap):
            if not HYPHENATED.search(previous.rstrip()) or not line.lstrip()[:1].islower():
                builder.add_synthetic(" ", start)  # (a word broken at its hyphen goes on without a blank)
            builder.add(line.strip(), start + indent_of(line))
            previous, gap = line, ""
        else:
            if previous is not None:
                builder.add_synthetic("\n" + ("\n" if gap == "page" else gap), start)
            if start in headings:
                builder.mark_heading()
            builder.add(line.rstrip(), start)
            previous, first, gap = line, line, ""
    if previous is not None and gap:
        builder.add_synthetic("\n", lines[-1][1])
    return builder


# --- Markdown -----------------------------------------------------------------------------

MD_HEADING = re.compile(r"^(#{1,6})\s+(?P<title>.*)$")  # the closing hashes are cut by heading_title
MD_TABLE_RULE = re.compile(r"^\s*+\|?\s*+:?-{3,}:?\s*+(\|\s*+:?-{3,}:?\s*+)*+\|?\s*+$")
MD_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
# A line opening with a field's label ("To: ...", "E-mail: ...", "Due date (UTC): ..."): a line of its own,
# in a Markdown paragraph after a hard break and in a PDF's wrapped text (a wider label than LABEL_LINE's,
# which hard-wrapped plain text asks for)
FIELD_LABEL_LINE = re.compile(r"^\s*[A-Z][\w()/-]*(?: [\w()/-]+){0,3}:\s")
MD_HARD_BREAK = re.compile(r"\S(?: {2,}|\\)$")  # a line ending in two blanks or a backslash
MD_BACKSLASH_BREAK = re.compile(r"(?<!\\)\\$")
# A line that opens with a bold label ("**From:** ...", "**Date Initiated:** ..."): a field of its own
MD_FIELD_LINE = re.compile(r"^(?:\*\*|__)[^*_\n]{1,40}?:?(?:\*\*|__)\s*:?")
# A data block's line under a page's title or in its front matter, its key an identifier ("created:
# 2025-02-17T09:41:07Z", "lastUpdated: 2026-06-08", "last_updated = 2026-06-08"): a line of its own, as the
# board or the generator that wrote it meant, not words of a paragraph
MD_KEY_LINE = re.compile(r"^:?[a-z][A-Za-z0-9]*(?:[_-][A-Za-z0-9]+)*:?[ \t]*(?::|[ \t]=)[ \t]*\S")
MD_INLINE = re.compile(
    r"\[([^\[\]]+)\]\((?:[^()]|\([^()]*\))*\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|`([^`]+)`"
)


def add_inline(builder: TextBuilder, text: str, start: int) -> None:
    """Markdown inline markup (links, emphasis, code) reduced to its text."""
    position = 0
    for match in MD_INLINE.finditer(text):
        builder.add(text[position : match.start()], start + position)
        group = next(g for g in range(1, 6) if match.group(g) is not None)
        builder.add(match.group(group), start + match.start(group))
        position = match.end()
    builder.add(text[position:], start + position)


LINE_END = re.compile(r"\r\n?|\n")


def md_lines(source: str) -> list[tuple[str, int]]:
    """Each line (without its line end: LF, CR LF or CR) and the offset in `source` it starts at."""
    lines, position = [], 0
    for match in LINE_END.finditer(source):
        lines.append((source[position : match.start()], position))
        position = match.end()
    lines.append((source[position:], position))
    return lines


# A fenced unified diff ("```diff", a pull request's "Files changed" pasted in Markdown): the document as
# it reads after the change. Its fences and hunk headers are no text, a removed line ("-") is no longer
# there, an added ("+") or unchanged (" ") line is without its mark.
DIFF_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*(?:diff|patch|udiff)\b", re.IGNORECASE)
CLOSING_FENCE = re.compile(r"^[ \t]{0,3}(?:`{3,}|~{3,})[ \t]*$")
HUNK_HEADER = re.compile(r"^(?:@@ |--- |\+\+\+ |diff --git |index [0-9a-f])")


def diff_read(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The lines of a Markdown text with each fenced diff read as the text after its change (DIFF_FENCE):
    a fence or hunk header a blank line, a removed line left out, the others without their mark. One
    pass; the other lines as they are."""
    read: list[tuple[str, int]] = []
    in_diff = False
    for line, start in lines:
        if not in_diff and DIFF_FENCE.match(line):
            in_diff = True
            read.append(("", start))
        elif in_diff and CLOSING_FENCE.match(line):
            in_diff = False
            read.append(("", start))
        elif not in_diff:
            read.append((line, start))
        elif HUNK_HEADER.match(line):
            read.append(("", start))
        elif line[:1] in ("+", " "):
            read.append((line[1:], start + 1))
        elif not line:
            read.append(("", start))
    return read


def heading_title(text: str) -> str:
    """A heading's text without its closing hashes and blanks ("Title ##  "): what `(.*?)\\s*#*\\s*$`
    kept, cut from the end in linear time (that pattern was cubic in a run of blanks)."""
    text = text.rstrip()
    return text[: len(text.rstrip("#"))].rstrip()


def read_markdown(source: str) -> TextBuilder:
    """Headings are marked, tables become tab-separated rows, soft-wrapped lines are joined; a line ending
    in a hard line break (two blanks or a backslash, CommonMark's) before a field's label ends its line: a
    header's fields written so ("From: HMC  " over "To: OBC  ") stay a line each. (A card's lines written so
    are still run into one line, "Ana Souza Liaison Officer HMC ana@x", which kg.extract.contacts reads as
    a card: read a line each, a card whose second line is "Liaison Officer" lost its body.)"""
    builder = TextBuilder()
    in_paragraph = False
    broken = False  # whether the line before ended in a hard line break
    free_text = False  # whether the paragraph's line before opened with a free-text field's label
    lines = diff_read(md_lines(source))
    tables = inner_pipe_tables(lines)  # "01 | Item | When" under "---|---|---": no outer pipes
    for index, (line, start) in enumerate(lines):
        stripped = line.strip()
        heading = MD_HEADING.match(line)
        after_free_text, free_text = free_text, False
        if index in tables:
            if tables[index]:
                if in_paragraph:
                    builder.add_synthetic("\n", start)
                add_cells(builder, tables[index], start + len(line))
                builder.add_synthetic("\n", start + len(line))
            in_paragraph = False
        elif not stripped:
            builder.break_block(start)
            in_paragraph = False
        elif heading:
            builder.break_block(start)
            builder.mark_heading()
            add_inline(builder, heading_title(heading.group(2)), start + heading.start(2))
            builder.add_synthetic("\n\n", start + len(line))
            in_paragraph = False
        elif MD_TABLE_RULE.match(line):
            continue
        elif stripped.startswith("|"):
            add_table_row(builder, line, start)
            in_paragraph = False
        elif MD_ITEM.match(line):
            if in_paragraph or not builder.ends_with("\n"):
                builder.add_synthetic("\n", start)
            add_item(builder, line, start)
            in_paragraph = True
        else:
            if in_paragraph and (
                (broken and FIELD_LABEL_LINE.match(stripped))
                or (after_free_text and FIELD_LABEL_LINE.match(stripped) and not FIELD_NAME.match(stripped))
                or MD_FIELD_LINE.match(stripped)
                or MD_KEY_LINE.match(stripped)
                or lettered_line(lines, index)
            ):
                builder.add_synthetic("\n", start)  # "**To:** ..." / "**From:** ...": a header line each
            elif in_paragraph:
                builder.add_synthetic(" ", start)
            indent = len(line) - len(line.lstrip())
            text = stripped[:-1].rstrip() if MD_BACKSLASH_BREAK.search(stripped) else stripped
            add_inline(builder, text, start + indent)
            # a free-text field's line ("Subject: Draft Minutes: June"): a label opening the next line
            # ("Minutes: kept by Y") starts a field of its own, which no rule could tell from a colon inside
            # the subject once the lines are joined (headers.field_cuts cuts there only before a known name)
            free_text = FREE_TEXT_FIELD.match(stripped) is not None
            in_paragraph = True
        broken = MD_HARD_BREAK.search(line) is not None
    return builder


def lettered_line(lines: list[tuple[str, int]], index: int) -> bool:
    """Whether a paragraph's line is an entry of a lettered list ("a) ...", "(b) ...", "A. ...", "ii. ..."),
    which CommonMark runs into the paragraph (letters are no list markers): its label follows the line
    above's, or it opens a run that the next line goes on ("a)" over "b)"). A line ending "by Dr" over "A.
    Example of ..." is a name's initial wrapped, no entry."""
    label = line_label(lines[index][0])
    if label is None:
        return False
    before = line_label(lines[index - 1][0]) if index > 0 else None
    if before is not None and label in next_labels(before):
        return True
    after = line_label(lines[index + 1][0]) if index + 1 < len(lines) else None
    return label in FIRST_LABELS and after is not None and after in next_labels(label)


def line_label(line: str) -> str | None:
    opening = LETTER_OPENING.match(line.strip())
    return opening.group("label") if opening is not None else None


def add_item(builder: TextBuilder, line: str, start: int) -> None:
    match = MD_ITEM.match(line)
    assert match is not None
    indent, marker = match.group(1), match.group(2)
    builder.add(indent, start)
    if marker[0].isdigit():
        builder.add(marker + " ", start + match.start(2))
    else:
        builder.add_synthetic("- ", start + match.start(2))
    add_inline(builder, line[match.end() :].rstrip(), start + match.end())


def add_table_row(builder: TextBuilder, line: str, start: int) -> None:
    """A row's cells joined by tabs; an empty cell between two others keeps its tab, so that a cell
    keeps its column (the quarters of a Gantt chart are told apart only by their column)."""
    matches = re.finditer(r"\|?([^|]*)", line)
    cells = [(m.group(1), m.start(1)) for m in matches if m.group(1) or m.start(1) < len(line)]
    if line[:1].isspace():
        cells = cells[1:]  # the indentation before the leading pipe is no cell
    filled = [index for index, (cell, _) in enumerate(cells) if cell.strip()]
    if not filled:
        builder.add_synthetic("\n", start + len(line))
        return
    # From the first cell, empty or not: an empty corner cell ("|   | Status |") keeps its column,
    # so that the header names the same columns as the rows under it.
    for index in range(0, filled[-1] + 1):
        cell, offset = cells[index]
        if index > 0:
            builder.add_synthetic("\t", start + offset)
        if cell.strip():
            add_cell_lines(builder, cell, start + offset)
    builder.add_synthetic("\n", start + len(line))


# A line break inside a Markdown table's cell, written as HTML ("Name<br>Org", "<br/>", "<br />")
MD_CELL_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)


def add_cell_lines(builder: TextBuilder, cell: str, start: int) -> None:
    """A cell's text, its lines parted by `<br>` (MD_CELL_BREAK) joined as the HTML reader joins a cell's
    lines (_HtmlReader.cell_separator): a comma, a space after a label or a sentence's end. An ITU-style
    contact card in a table ("Name<br>Org<br>Country") reads "Name, Org, Country", its person apart."""
    position, written = 0, False
    for part in [*MD_CELL_BREAK.finditer(cell), None]:
        end = part.start() if part is not None else len(cell)
        line = cell[position:end]
        if line.strip():
            if written:
                builder.add_synthetic(" " if builder.ends_with(CELL_LINE_ENDS) else ", ", start + position)
            lead = len(line) - len(line.lstrip())
            add_inline(builder, line.strip(), start + position + lead)
            written = True
        position = part.end() if part is not None else len(cell)


# --- HTML -----------------------------------------------------------------------------------

HTML_BLOCKS = {
    "p",
    "div",
    "section",
    "article",
    "header",
    "footer",
    "ul",
    "ol",
    "table",
    "tr",
    "blockquote",
    "dl",
    "dt",
    "dd",
    "body",
    "main",
    "li",
    "br",
    "hr",
    "title",
}
# The tags that part the lines of one table cell ("<td><p>Name</p><p>Role</p></td>", "Name<br>Role"), and the
# marks after which the next line goes on after a space (a label, a sentence's end), not a comma
CELL_LINES = frozenset({"p", "div", "br"})
CELL_LINE_ENDS = (".", ":", ";", ",", "!", "?")
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
# (a template is inert, never shown; <del> is text a tracked change deleted, as a Word file's w:del)
HTML_SKIPPED = {"script", "style", "head", "nav", "button", "template", "del"}
# The states of a page's <title> (_HtmlReader.page_title)
TITLE_UNREAD, TITLE_READING, TITLE_READ = 0, 1, 2
# A page's cookie or consent banner is no part of its document ("We use cookies ...", "Accept all").
BANNER = re.compile(r"cookie|consent|gdpr", re.IGNORECASE)


def unseen(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element and what it holds is a cookie or consent banner, no part of the document.

    Elements hidden by the `hidden` attribute or a `display: none` style are read: pages hide their
    inactive tabs and collapsed accordion panels that way, and a register's work items may be there
    (a reader clicks to see them); and an `<li hidden>` whose end tag is left out, as HTML allows,
    would have hidden the rest of its list and page."""
    return any(key in ("id", "class") and BANNER.search(value or "") for key, value in attrs)


class _HtmlReader(HTMLParser):
    """Block elements become lines, headings are marked, cells of a row are joined by tabs."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = TextBuilder()
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skipping = 0
        self.banner: list[str] = []  # the tags open inside a cookie banner, the banner's own first
        self.cells_in_row = 0
        self.pending_space = False
        self.in_cell = False  # inside a td or th (not a table nested in it)
        self.cell_text = False  # the cell has text already
        self.cell_break = False  # a paragraph, div or line break parts the cell's next text from its last
        self.title = TITLE_UNREAD  # whether the page's <title> is unread, being read or read (site_name)
        self.title_text = TextBuilder()  # its text as written
        self.lists = 0  # the lists (ul, ol) open around the text: an item of a list in an item is indented
        self.item_opened = False  # a list item's mark was written and no text yet ("<li><p>Text</p>")

    def source_offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self.source_offset()
        if self.banner or unseen(attrs):
            if tag not in VOID_TAGS:
                self.banner.append(tag)
                self.skipping += 1
            return
        if self.title == TITLE_READING:
            self.title = TITLE_READ  # (a <title> left open ends at the next tag, not at the end of the page)
        if tag == "title" and self.title == TITLE_UNREAD and not self.builder.length:
            self.title = TITLE_READING
        elif tag in HTML_SKIPPED:
            self.skipping += 1
        elif self.skipping:
            return  # (a skipped element's lists, cells, headings are no lines: a menu's items gave "-" lines)
        elif tag in HTML_HEADINGS:
            self.builder.break_block(at)
            self.builder.mark_heading()
        elif self.in_cell and tag in CELL_LINES:
            self.cell_break = self.cell_text
        elif tag == "tr":
            self.builder.break_block(at)
            self.cells_in_row, self.in_cell = 0, False
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.builder.add_synthetic("\t", at)
            self.cells_in_row += 1
            # (a header cell's lines stay lines: a published sheet's row number, "<th><div>22</div></th>",
            # stands apart from the row's cells)
            self.in_cell, self.cell_text, self.cell_break = tag == "td", False, False
        elif tag == "li":
            self.line_break(at)
            # an item of a list inside an item one indent deeper (its depth, as a plain-text list's), so
            # that a partner's details listed under it ("Liaison officer: ...") are no partners of their own
            # (at most MAX_LIST_INDENT deep: 5,000 lists within each other, 40 KB of "<ul><li>", indented
            # each item by its depth and made 25 MB of text; 40,000 of them 1.6 GB, attack round 19)
            self.builder.add_synthetic("  " * min(MAX_LIST_INDENT, max(0, self.lists - 1)) + "- ", at)
            self.item_opened = True
        elif tag in HTML_BLOCKS:
            if not (self.item_opened and tag in CELL_LINES):
                self.builder.break_block(at)  # (an item's text in a paragraph, "<li><p>Text</p>": the item's)
            self.in_cell = self.in_cell and tag != "table"  # a table nested in a cell: its own rows
            self.lists += tag in ("ul", "ol")
        self.pending_space = self.pending_space and not self.breaks_words(tag)

    def cell_separator(self, at: int) -> None:
        """Between two lines of one cell ("<td><p>Ana Example</p><p>Chair</p></td>"): a comma, so the cell
        reads "Ana Example, Chair" on its row (a blank line there broke the row into rows of its own, the
        person away from the body of the first cell); a space after a label or a sentence's end ("From:",
        "Approved.")."""
        if self.cell_break:
            self.builder.add_synthetic(" " if self.builder.ends_with(CELL_LINE_ENDS) else ", ", at)
            self.pending_space = False
        self.cell_break, self.cell_text = False, True

    @staticmethod
    def breaks_words(tag: str) -> bool:
        """Whether a tag ends the space before it: blocks and cells do, inline tags ("The <strong>GSM")
        keep it."""
        skipped = tag in HTML_SKIPPED and tag != "del"  # (deleted words inside a line: "Target: <del>")
        return tag in HTML_BLOCKS or tag in HTML_HEADINGS or skipped or tag in ("td", "th")

    def line_break(self, at: int) -> None:
        if self.builder.length and not self.builder.ends_with("\n"):
            self.builder.add_synthetic("\n", at)

    def handle_endtag(self, tag: str) -> None:
        at = self.source_offset()
        if self.banner:
            if tag in self.banner:
                while self.banner and self.banner.pop() != tag:
                    self.skipping = max(0, self.skipping - 1)
                self.skipping = max(0, self.skipping - 1)
            return
        if tag == "title" and self.title == TITLE_READING:
            self.title = TITLE_READ
        elif tag in HTML_SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif self.skipping:
            return
        elif self.in_cell and tag in CELL_LINES:
            self.cell_break = self.cell_text
        elif tag in HTML_HEADINGS or (tag in HTML_BLOCKS and tag not in ("li", "tr")):
            self.builder.break_block(at)
            self.lists = max(0, self.lists - (tag in ("ul", "ol")))
        elif tag in ("li", "tr"):
            self.line_break(at)
        if tag in ("td", "th", "tr", "table"):
            self.in_cell = False
        self.pending_space = self.pending_space and not self.breaks_words(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br" and self.in_cell:
            self.cell_break = self.cell_text
        elif tag == "br":
            self.line_break(self.source_offset())

    def handle_data(self, data: str) -> None:
        if self.title == TITLE_READING:
            if self.title_text.length <= TITLE_LENGTH:
                self.title_text.add(data, self.source_offset())
            return
        if self.skipping:
            return
        start = self.source_offset()
        for match in re.finditer(r"\S+", data):
            self.add_word(match.group(), start + match.start(), leading_space=match.start() > 0)
        self.pending_space = bool(data) and data[-1].isspace()

    def add_word(self, word: str, at: int, leading_space: bool) -> None:
        self.item_opened = False
        if self.in_cell:
            self.cell_separator(at)
        if (
            (leading_space or self.pending_space)
            and self.builder.length
            and not self.builder.ends_with(("\n", "\t", " ", "- "))
        ):
            self.builder.add_synthetic(" ", at)
        self.builder.add(word, at)
        self.pending_space = False

    def add_reference(self, character: str) -> None:
        if self.title == TITLE_READING and character:
            if self.title_text.length <= TITLE_LENGTH:
                self.title_text.add_synthetic(character, self.source_offset())
            return
        if self.skipping or not character:
            return
        at = self.source_offset()
        if character.isspace():
            self.pending_space = True
            return
        if self.in_cell:
            self.cell_separator(at)
        if self.pending_space and self.builder.length and not self.builder.ends_with(("\n", "\t", " ")):
            self.builder.add_synthetic(" ", at)
        self.builder.add_synthetic(character, at)
        self.pending_space = False

    def handle_entityref(self, name: str) -> None:
        codepoint = name2codepoint.get(name)
        self.add_reference(chr(codepoint) if codepoint else f"&{name};")

    def handle_charref(self, name: str) -> None:
        """As HTML5 reads it: &#0;, surrogates and numbers past Unicode are U+FFFD, controls but
        white space and non-characters nothing, &#128;-&#159; the windows-1252 characters."""
        self.add_reference(html.unescape(f"&#{name};"))


# Markup begun and never ended before the end of the file: a tag, an end tag, a comment, a declaration
# or a processing instruction (a lone "<", or "</" as the file's last characters, is text).
UNENDED_MARKUP = re.compile(r"<[A-Za-z!?]|</.", re.DOTALL)


# The marks parting a page's <title> into the page's name and its site's ("Partners | Thread Group",
# "TC 69 - Liaisons | IEC", "Joint Working Groups - OPC Foundation")
TITLE_PARTS = re.compile(r"\s+[|\u2013\u2014\u00b7\u00bb:-]{1,2}\s+")
TITLE_LENGTH = 300  # a longer <title> is no page's name and site's
SITE_NAME_WORDS = 6  # a longer last part is no site's name


def site_name(title: TextBuilder, body: TextBuilder) -> TextBuilder:
    """The last part of a page's <title>, when its text never says it, on a line of its own above the text
    as a site's banner shows its name: a site names its own body there and often nowhere else ("Partner
    Organizations | Thread Group", "TC 69 - Liaisons | IEC": the page's writer, a party of its partners, was
    lost). Only that part: the page's part repeats its first heading or names a section of the site
    ("BBF / O-RAN Work Register - Liaisons - ..."), and the whole title read as a heading pairs two bodies
    ("Thread Group - Partner Organizations - CSA-IOT") as a page's own title would."""
    text = "".join(title.parts)
    parts = list(TITLE_PARTS.finditer(text)) if len(text) <= TITLE_LENGTH else []
    if not parts:
        return body
    start = parts[-1].end()
    name = " ".join(text[start:].split())
    if not name or len(name.split()) > SITE_NAME_WORDS:
        return body
    said = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    if said.search("".join(body.parts)):
        return body
    banner = TextBuilder()
    banner.mark_heading()
    banner.add_synthetic(name, title.offsets[start])
    banner.break_block(title.offsets[start])
    append_shifted(banner, body, 0)
    return banner


def read_html(source: str) -> TextBuilder:
    """Why the tail is dropped before `close`: Python's HTMLParser (3.11 before 3.11.13, CVE-2025-6069)
    reads markup left open at the end of the file by trying it again at every "<" that follows, each
    try scanning to the end: a 31 KB page ending in 10,500 x "<a " took 48 s, 60 KB 132 s, and a page
    under 32 KiB is extracted in `kg ingest`'s own process, where no kernel CPU limit applies.
    `feed` stops at the first piece of markup it cannot end and keeps the rest; as HTML5 reads such a
    file (the end of the file inside a tag, comment or declaration ends it, 13.2.5), that rest is
    markup, not text, so it is dropped in one step, the way later Pythons do it too."""
    reader = _HtmlReader(source)
    reader.feed(source)
    if UNENDED_MARKUP.match(reader.rawdata):
        reader.rawdata = ""
    reader.close()
    return site_name(reader.title_text, reader.builder)


# --- PDF --------------------------------------------------------------------------------------

PDF_LINE_END = re.compile(r"[.:;!?)\]”\"]\s*$")
PDF_ITEM = re.compile(r"^\s*([-*•·▪◦o]|\d+[.)]|[a-z][.)])\s+")
# a numbered heading opening a line ("2 Purpose of the collaboration", "4.1 Scope"), not a date ("12 March")
# nor a count ("12 months after signature")
PDF_HEADING = re.compile(
    r"^\s*\d{1,2}(?:\.\d{1,2}){0,3}\.?\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)"
    r"(?-i:[A-Z])[a-z]",
    re.IGNORECASE,
)


PDF_MIN_OPERATORS = 1 << 17
"""The fewest content-stream operators a PDF's text layer may run (more: one per byte of the file)."""
PDF_PAGE_OPERATORS = 256
"""What a page costs of that budget before its operators run (attack round 19): pypdf spends about a
millisecond on each page however little it draws, some 50 operators' time, so that 60,000 pages of one
shared small page (360 KB: every page an entry of one /Kids array) read for 64 s within the budget. The
PDFs of the corpus hold 1,669 bytes a page and more; 256 lets 512 pages through the smallest budget."""


class _PdfOverBudget(Exception):
    """Raised from pypdf's visitors to stop extracting: the PDF costs far more than its size."""


class PdfBudget:
    """What reading a PDF's text may cost: operators run and characters of text, bounded by the file.

    Why: pypdf parses and runs each content stream operator by operator (about 20 microseconds each),
    and the work can grow far beyond the file: a stream compresses 1,000 : 1, and a Form XObject drawn
    20,000 times (`/X Do`) is run each time. A 1.4 KB PDF was still running after two minutes; under
    32 KiB it may be read where no kernel limit applies (kg.pipeline.limits). Real PDFs run 0.05-0.07
    operators per byte of the file: one per byte, and at least PDF_MIN_OPERATORS, leaves them alone;
    the text is stopped when it passes the size cap (the check after reading comes too late for a
    form of one long string drawn thousands of times).
    """

    def __init__(self, path: Path, data: bytes, limit: int) -> None:
        self.path, self.limit = path, limit
        self.operators = self.operators_left = max(PDF_MIN_OPERATORS, len(data))
        self.characters_left = limit
        self.farthest = 0.0  # the farthest text of the page being read from its origin, in points
        self.smallest_type = math.inf  # the smallest type of the page being read, in points
        # the page's text as drawn, piece by piece, and its type's size (formats_pdf.marked_headings)
        self.sized: list[tuple[str, float]] = []

    def pages(self, count: int) -> None:
        """Each page's cost (PDF_PAGE_OPERATORS) taken from the budget at once, refused when past it."""
        self.operators_left -= count * PDF_PAGE_OPERATORS
        if self.operators_left < 0:
            raise _PdfOverBudget(
                f"{self.path}: {count:,} pages, more than a PDF of its size holds: each page costs "
                f"{PDF_PAGE_OPERATORS} of its budget of {self.operators:,} content operators (one per "
                f"byte of the file, at least {PDF_MIN_OPERATORS:,}): its text would cost far more than its "
                "size; refused"
            )

    def operator(self, *_: object) -> None:
        self.operators_left -= 1
        if self.operators_left < 0:
            raise _PdfOverBudget(
                f"{self.path}: its pages run more than {self.operators:,} content operators (one per byte "
                f"of the file, at least {PDF_MIN_OPERATORS:,}): its text would cost far more than its size "
                "(content compressed or drawn again and again); refused"
            )

    def text(
        self, text: str, matrix: Any = None, text_matrix: Any = None, font: Any = None, size: Any = None
    ) -> None:
        self.characters_left -= len(text)
        if self.characters_left < 0:  # first: a bomb's text must stop here whatever else it is
            raise _PdfOverBudget(
                f"{self.path}: its text has more than {self.limit:,} characters, more than the size cap "
                f"of {self.limit:,} bytes: refused (raise the cap with --max-bytes or ${MAX_BYTES_VARIABLE})"
            )
        if matrix is None or text_matrix is None or not text.strip():
            self.sized.append((text, 0.0))  # (the line breaks pypdf puts between the pieces)
            return
        scale = math.hypot(text_matrix[0], text_matrix[1]) * math.hypot(matrix[0], matrix[1])
        self.sized.append((text, abs(size) * scale if isinstance(size, int | float) else 0.0))
        x, y = text_matrix[4], text_matrix[5]  # where the text starts, on the page (its user space)
        where = (x * matrix[0] + y * matrix[2] + matrix[4], x * matrix[1] + y * matrix[3] + matrix[5])
        self.farthest = max(self.farthest, abs(where[0]), abs(where[1]))
        if isinstance(size, int | float):  # the type's size as drawn: its size, scaled by both matrices
            self.smallest_type = min(self.smallest_type, abs(size) * scale)


def _not_our_stop(record: logging.LogRecord) -> bool:
    """pypdf logs and skips what fails inside a Form XObject ("Impossible to decode XFormObject"):
    our stop is one message already (the InputError, raised at the page's next operator)."""
    values = record.args.values() if isinstance(record.args, Mapping) else ()
    return not any(isinstance(value, _PdfOverBudget) for value in values)


def pdf_text_layer(path: Path, data: bytes, limit: int | None = None) -> str:
    """The text layer of all pages (within a PdfBudget): each page without its running header, footer
    and page number (kg.extract.formats_pdf.without_furniture), pages separated by a blank line unless a
    sentence runs over the break."""
    return pdf_layer_and_headings(path, data, limit)[0]


def pdf_layer_and_headings(path: Path, data: bytes, limit: int | None = None) -> tuple[str, frozenset[int]]:
    """The text layer (pdf_text_layer) and where its headings' lines start: lines set in type larger than
    the page's running text (kg.extract.formats_pdf.marked_headings), as a Word file's heading styles
    are read."""
    from kg.extract.formats_pdf import joined_pages, page_text, unmarked, without_furniture

    budget = PdfBudget(path, data, max_bytes(limit))
    logging.getLogger("pypdf._page").addFilter(_not_our_stop)  # once: a logger keeps a filter once
    try:
        from io import BytesIO

        from pypdf import PdfReader

        reader = PdfReader(BytesIO(data))
        budget.pages(len(reader.pages))
        pages = [pdf_page_text(page, budget) for page in reader.pages]
    except _PdfOverBudget as error:
        raise InputError(str(error)) from None
    except (MemoryError, ImportError):  # the memory cap's refusal (kg.pipeline.limits), not the file
        raise
    except Exception as error:
        raise InputError(f"{path}: not a readable PDF: {' '.join(str(error).split())}") from error
    return unmarked(safe_text(joined_pages(without_furniture([page_text(page) for page in pages]))))


def pdf_page_text(page: Any, budget: PdfBudget) -> str:
    """A page's text: pypdf's plain text, read within the budget; where the page holds a table, the
    text of its layout, each table's rows tab-separated (kg.extract.formats_pdf). The layout is read
    only after the plain reading stayed within the budget (layout mode takes no visitors), and only
    when it will be of the order of the plain text (layout_is_small)."""
    from kg.extract.formats_pdf import marked_headings, tables_of_page

    budget.farthest, budget.smallest_type, budget.sized = 0.0, math.inf, []
    plain = page.extract_text(visitor_operand_before=budget.operator, visitor_text=budget.text) or ""
    if not plain.strip() or not layout_is_small(page, plain, budget):
        return marked_headings(plain, budget.sized)
    try:
        layout = page.extract_text(extraction_mode="layout") or ""
    except MemoryError:  # the memory cap's refusal, not a page layout mode cannot read
        raise
    except Exception:  # layout mode is pypdf's newer reader: a page it cannot lay out keeps its text
        return marked_headings(plain, budget.sized)
    return marked_headings(tables_of_page(layout) or plain, budget.sized)


def layout_is_small(page: Any, plain: str, budget: PdfBudget) -> bool:
    """Whether the page's layout text will be of the order of its plain text, judged before it is made:
    layout mode writes a blank for each character's width up to where text stands, so text drawn far
    off the page, or type so small that a line holds thousands of its characters, would make megabytes
    of blanks (a 79 KB PDF of 0.05 pt type made 75 MB). Its lines times the characters of the smallest
    type a line of the page can hold must stay within LAYOUT_GROWTH times the plain text."""
    if budget.farthest > LARGEST_PAGE or budget.smallest_type < SMALLEST_TYPE:
        return False
    try:
        width = min(float(page.mediabox.width), LARGEST_PAGE)
    except (AttributeError, KeyError, TypeError, ValueError):
        return False
    per_line = width / (CHARACTER_WIDTH * min(budget.smallest_type, 12.0))
    return (plain.count("\n") + 1) * per_line <= LAYOUT_GROWTH * len(plain) + 10_000


LARGEST_PAGE = 15_000
"""Points: no page is larger (PDF 1.7 annex C: 14,400 units); text drawn farther is not laid out."""

SMALLEST_TYPE = 3.0
"""Points: a page with smaller type (no one reads it; a hostile page's way to long lines) is not laid out."""

CHARACTER_WIDTH = 0.4
"""The narrowest average character of a typeface, in ems: how many characters a line can hold."""

LAYOUT_GROWTH = 20
"""How much longer than its plain text a page's layout text may be (blanks standing for positions)."""


def read_pdf(layer: str, headings: frozenset[int] = frozenset()) -> TextBuilder:
    """PDF lines are wrapped to the page: a line that fills the width and runs on is joined (reflow,
    as hard-wrapped plain text is; a PDF's width is measured in characters of proportional type, so a
    line is full at 80% of the widest). A heading's line (`headings`: where they start) is marked one and
    stands alone."""
    lines = md_lines(layer)
    full = 0.8 * text_width(lines)
    after = {start for (_, before), (_, start) in pairwise(lines) if before in headings}
    return reflow(
        lines,
        lambda previous, line, _first, gap: not gap and wraps_on(previous, line, full),
        unjoined=headings | after,
        headings=headings,
    )


def text_width(lines: list[tuple[str, int]]) -> int:
    """The width the text is wrapped at, in characters: the length a tenth of its lines of running text
    reach (not its single longest line, which a table's row or a joined field can make twice as long)."""
    lengths = sorted(len(line.rstrip()) for line, _ in lines if line.strip() and "\t" not in line)
    return lengths[len(lengths) * 9 // 10] if lengths else 0


def wraps_on(line: str, following: str, full: float) -> bool:
    """Whether `following` continues the paragraph `line` was cut from: it opens in lower case (pypdf
    breaks a line where a run of type moves: "- ETC" over "to produce ..."), unless the two read as
    entries of a list a line each whose next word would have fitted on the line; or the line before
    ends no sentence and fills the width, or the next line's first word would not have fitted on it (a
    line of larger or bolder type wraps short of the running text's width). A list's item, a numbered
    heading or a field's label ("Contact: ...") opens a line of its own."""
    if not line.strip() or not following.strip():
        return False
    if PDF_ITEM.match(following) or FIELD_LABEL_LINE.match(following):
        return False
    if "\t" in line or "\t" in following or PDF_HEADING.match(following):
        return False  # a table's row (kg.extract.formats_pdf) stands alone; "2 Purpose": a numbered heading
    if LOWER_WORD.match(following.lstrip()) and not (
        fits_after(line, following, full) and parallel(line, following)
    ):
        return True
    ended = PDF_LINE_END.search(line) is not None
    return not ended and (len(line.rstrip()) >= full or not fits_after(line, following, full))


def parallel(line: str, following: str) -> bool:
    """Whether two lines read as two entries of a list set a line each: the line closes a bracket ("the
    African Organisation for Standardisation (ARSO)"), or both open with the same word ("the ...")."""
    return (
        line.rstrip().endswith((")", "]"))
        or line.split(maxsplit=1)[0].casefold() == following.split(maxsplit=1)[0].casefold()
    )


def fits_after(line: str, following: str, full: float) -> bool:
    """Whether the next line's first word would have fitted at the end of the line: then the line was not
    wrapped there but ended ("the African Organisation for Standardisation (ARSO)" over "the Pan
    American Standards Commission (COPANT)", a party a line). `full` is 0.8 of the width."""
    word = following.split(maxsplit=1)[0]
    return len(line.rstrip()) + 1 + len(word) < full * 1.05


# --- Word (.docx) ---------------------------------------------------------------------------

DOCX_HEADING_STYLES = re.compile(r"^(heading \d|title|subtitle)$", re.IGNORECASE)
DOCX_LIST_STYLES = re.compile(r"^list", re.IGNORECASE)


def open_zip(data: bytes) -> zipfile.ZipFile | None:
    """The archive (its central directory read), None when the bytes are no readable ZIP."""
    try:
        return zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def office_type(path: Path, archive: zipfile.ZipFile) -> str | None:
    """DOCX for an archive holding word/document.xml, PPTX for one holding ppt/presentation.xml, ODT
    for one whose mimetype is an OpenDocument text's; None for any other (an .xlsx, an .ods). One that
    holds both Office main parts is refused: which one it is cannot be told, and reading it as Word
    would pass its slides by."""
    from kg.extract.formats_odt import odt_kind

    names = set(archive.namelist())
    found = [(media_type, part) for media_type, part in OFFICE_PARTS if part in names]
    if len(found) > 1:
        raise InputError(
            f"{path}: a ZIP archive holding both {found[0][1]} (Word) and {found[1][1]} (PowerPoint): "
            "which of the two it is cannot be told; nothing was read"
        )
    if found:
        return found[0][0]
    return ODT if odt_kind(archive) is not None else None


def check_unpacked_size(path: Path, archive: zipfile.ZipFile, limit: int, media_type: str, size: int) -> None:
    """Refuse an Office file (.docx, .pptx) or OpenDocument text of `size` bytes whose parts unpack to
    more than 20 x the size cap, before unpacking any (a few KB of ZIP can unpack to gigabytes); then
    its markup (check_markup). `archive` is the file's ZIP, its central directory read once."""
    suffix = OFFICE_SUFFIXES[media_type]
    unpacked = sum(info.file_size for info in archive.infolist())
    if unpacked > 20 * limit:
        raise InputError(
            f"{path}: its parts unpack to {unpacked:,} bytes, more than 20 x the size cap of {limit:,} "
            f"bytes (--max-bytes or ${MAX_BYTES_VARIABLE}); nothing was read"
        )
    check_markup(path, archive, suffix, size)


def opened(path: Path, data: bytes, suffix: str) -> zipfile.ZipFile:
    archive = open_zip(data)
    if archive is None:
        raise InputError(f"{path}: not a readable {suffix} file: not a ZIP archive")
    return archive


DOCX_MIN_TAGS = 1 << 20
DOCX_TAGS_PER_BYTE = 16
DOCX_MIN_BLOCKS = 1 << 15
DOCX_BYTES_PER_BLOCK = 4
DOCX_MIN_TEXT = 16 << 20  # characters of table text any Office file may give (BlockBudget.text)
DOCX_TEXT_PER_BYTE = 64  # and more, for a larger file: text compresses about 3-10 times in a ZIP


def check_markup(path: Path, archive: zipfile.ZipFile, suffix: str, size: int) -> None:
    """Refuse an Office file whose XML parts hold more tags than DOCX_TAGS_PER_BYTE per byte of the file (at
    least DOCX_MIN_TAGS), counted as they are unpacked, before python-docx builds any tree.

    Why: python-docx holds every element of every part in memory (about 200 bytes each) and reads
    every paragraph through its style (about 60 microseconds); `<w:p/>` compresses 700 : 1, and 44 KB
    held 5,000,000 of them (still running after 300 s, 1.1 GB). The project's Word files have under
    one tag per byte; a file under 32 KiB may be read where no kernel limit applies. python-pptx
    holds a slide deck the same way.
    """
    budget, tags = max(DOCX_MIN_TAGS, DOCX_TAGS_PER_BYTE * size), 0
    try:
        # Every part, whatever its name: python-docx and python-pptx parse a part by the content type
        # [Content_Types].xml gives it, so a header named word/bomb.dat held 25,000,000 `<w:p/>` past a
        # count of the .xml and .rels parts (257 KB: 2 GB, then "unknown error"; attack round 19). A
        # picture's bytes are `<` one time in 256, far within the budget.
        for info in archive.infolist():
            with archive.open(info) as part:
                while chunk := part.read(1 << 20):
                    tags += chunk.count(b"<")
                    if tags > budget:
                        raise too_much_markup(path, budget)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise InputError(f"{path}: not a readable {suffix} file: {error}") from None


def too_much_markup(path: Path, budget: int) -> InputError:
    return InputError(
        f"{path}: its XML parts hold more than {budget:,} tags ({DOCX_TAGS_PER_BYTE} per byte of the "
        f"file, at least {DOCX_MIN_TAGS:,}): an Office file whose markup far outgrows it (compressed "
        "repetition); nothing was read"
    )


class BlockBudget:
    """Paragraphs and table rows read (nested tables' too), at most one per DOCX_BYTES_PER_BLOCK bytes
    of the file (at least DOCX_MIN_BLOCKS): each costs python-docx tens of microseconds, and within
    the tag budget a small file may still hold hundreds of thousands of empty ones."""

    def __init__(self, path: Path, data: bytes) -> None:
        self.path = path
        self.budget = self.left = max(DOCX_MIN_BLOCKS, len(data) // DOCX_BYTES_PER_BLOCK)
        self.text_budget = self.text_left = max(DOCX_MIN_TEXT, len(data) * DOCX_TEXT_PER_BYTE)

    def text(self, characters: int) -> None:
        """Count the text of a table row: a vertically merged cell shows its text in every row it covers,
        so a 40 KB file whose 400 KB cell covers 10,000 rows made 4 GB of text (2 GB of memory, 54 s)."""
        self.text_left -= characters
        if self.text_left < 0:
            raise InputError(
                f"{self.path}: its tables' text grows past {self.text_budget:,} characters "
                f"({DOCX_TEXT_PER_BYTE} a byte of the file, at least {DOCX_MIN_TEXT:,}): cells merged over "
                "many rows repeat it; refused"
            )

    def step(self) -> None:
        self.left -= 1
        if self.left < 0:
            raise InputError(
                f"{self.path}: more than {self.budget:,} paragraphs and table rows (one per "
                f"{DOCX_BYTES_PER_BLOCK} bytes of the file, at least {DOCX_MIN_BLOCKS:,}): an Office file "
                "whose markup far outgrows it; refused"
            )


OfficeBlock = tuple[str, object, int]  # (kind, text or cells, outline level) of a Word or PowerPoint file


class LayerBuilder:
    """The text layer of a Word file, which is also its normalised text (each offset its own).

    Each paragraph is one line; a table row is one line with its cells joined by tabs (as HTML and
    Markdown tables are read), so register rules read docx tables like the others. Headings are
    marked and set off by blank lines, list paragraphs start with "- " (as Word shows a bullet).
    """

    def __init__(self) -> None:
        self.builder = TextBuilder()

    def put(self, text: str) -> None:
        self.builder.add(text, self.builder.length)

    def line(self, text: str, *, heading: bool = False, item: bool = False, depth: int = 0) -> None:
        text = safe_text(" ".join(text.splitlines()))
        if heading:
            self.blank()
            self.builder.mark_heading()
        # (an outline level is read as the file says: lvl="1000000" on 3,000 slide paragraphs, 29 KB, made
        # text of 6 GB, 320 s and 21 GB; attack round 19)
        indent = "  " * min(max(0, depth), MAX_LIST_INDENT)
        self.put((indent + "- " if item else "") + text + ("\n\n" if heading else "\n"))

    def row(self, cells: list[str]) -> None:
        self.line("\t".join(" ".join(cell.split()) for cell in cells))

    def blank(self) -> None:
        """End the current block with a blank line (at most one)."""
        if self.builder.length and not self.builder.ends_with("\n\n"):
            self.put("\n" if self.builder.ends_with("\n") else "\n\n")

    def text(self) -> str:
        return "".join(self.builder.parts)


def docx_blocks(data: bytes, budget: BlockBudget) -> Iterator[OfficeBlock]:
    """('heading'|'item'|'paragraph', text, 0), ('row', [cell texts], 0) and ('blank', '', 0) for an
    empty paragraph, in document order."""
    import docx
    from docx.table import Table

    document = docx.Document(BytesIO(data))
    styles = ParagraphStyles(document)
    for block in docx_content(document.element.body, document._body):
        if isinstance(block, Table):
            yield from table_rows(block, budget)
        else:
            budget.step()
            text = paragraph_text(block)
            yield (paragraph_kind(block, styles), text, 0) if text.strip() else ("blank", "", 0)


def docx_content(container: Any, parent: Any) -> Iterator[Any]:
    """The paragraphs and tables of a body or a table cell, in order, with those inside content
    controls (`w:sdt`, which templates wrap cover pages and fields in) and custom XML: python-docx's
    iter_inner_content passes over both. One pass over the elements, without recursion."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    stack = [iter(container)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
        elif element.tag == W_PARAGRAPH:
            yield Paragraph(element, parent)
        elif element.tag == W_TABLE:
            yield Table(element, parent)
        elif element.tag in DOCX_WRAPPERS:
            stack.append(iter(element))


def paragraph_text(paragraph: Any) -> str:
    """A paragraph's text as it reads with its tracked changes accepted: runs inserted (`w:ins`, a move's
    new place) are read, deleted ones (`w:del`, a move's old place) are not; runs inside hyperlinks,
    content controls, simple fields and smart tags are read; text boxes are not (as python-docx's
    Paragraph.text, which reads only the paragraph's direct runs and hyperlinks: a tracked insertion
    was lost). Each run's text is python-docx's (tabs, breaks, no-break hyphens)."""
    from docx.text.run import Run

    parts: list[str] = []
    stack = [iter(paragraph._p)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
        elif element.tag == W_RUN:
            parts.append(Run(element, paragraph).text)
        elif element.tag in DOCX_RUN_WRAPPERS:
            stack.append(iter(element))
    return "".join(parts)


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
W_PARAGRAPH, W_TABLE, W_RUN = f"{W}p", f"{W}tbl", f"{W}r"
DOCX_WRAPPERS = frozenset(f"{W}{name}" for name in ("sdt", "sdtContent", "customXml"))
"""Elements around block content whose paragraphs and tables are the document's."""
DOCX_RUN_WRAPPERS = frozenset(
    f"{W}{name}"
    for name in (
        "ins",
        "moveTo",
        "hyperlink",
        "sdt",
        "sdtContent",
        "fldSimple",
        "smartTag",
        "customXml",
        "dir",
        "bdo",
    )
)
"""Elements around runs whose text is the paragraph's (w:del and w:moveFrom are not among them)."""


class ParagraphStyles:
    """The names of a Word file's paragraph styles, read once: what python-docx's `Paragraph.style`
    answers (the style of that id and of the paragraph type, else the default paragraph style; its
    name as Word shows it), without its search of the styles part at every paragraph.

    Why: that search is a scan of every style (and, for an id it does not find, a second one for the
    default): a 360 KB file of 60,000 styles and 30,000 paragraphs naming a style it lacks was still
    running after 300 s."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.styles import BabelFish

        self.names: dict[str, str] = {}
        self.default = ""
        for style in document.styles.element.iterchildren(f"{W}style"):
            if style.type != WD_STYLE_TYPE.PARAGRAPH:
                continue
            name = BabelFish.internal2ui(style.name_val) if style.name_val is not None else ""
            if style.styleId is not None:
                self.names.setdefault(style.styleId, name)  # python-docx finds the first of an id
            if style.default:
                self.default = name  # the last default, as the specification and python-docx say

    def name(self, paragraph: Any) -> str:
        style_id = paragraph._p.style
        return self.names.get(style_id, self.default) if style_id else self.default


def paragraph_kind(paragraph: object, styles: ParagraphStyles) -> str:
    """A heading by its style (Heading N, Title), a list item by its style or its numbering."""
    style = styles.name(paragraph)
    if DOCX_HEADING_STYLES.match(style):
        return "heading"
    properties = paragraph._p.pPr  # type: ignore[attr-defined]
    if DOCX_LIST_STYLES.match(style) or (properties is not None and properties.numPr is not None):
        return "item"
    return "paragraph"


def table_rows(table: Any, budget: BlockBudget) -> Iterator[OfficeBlock]:
    """Each row's cells, a cell's paragraphs and nested tables as one text: a cell spanning columns
    once, a vertically merged one (`w:vMerge` continued) as the cell it continues, in every row it
    covers, as python-docx's `_Row.cells` reads them.

    Why not `_Row.cells`: it gives a cell spanning N columns N times (a 36 KB file with gridSpan
    100,000,000 took 979 MB) and finds the cell a merged one continues by walking up row by row, each
    step a search of the table's rows (900 merged rows: 32 s; 2,000: a RecursionError). Here each row is
    read once, knowing the cell each grid column of the row above comes from (`merged_cells`)."""
    from docx.table import _Cell

    above: dict[int, Any] = {}
    texts: dict[Any, str] = {}  # each cell's text by its element (kept alive here), read once for all rows
    for row in table._tbl.tr_lst:
        budget.step()
        cells: list[str] = []
        for tc in merged_cells(row, above):
            if tc not in texts:
                texts[tc] = " ".join(cell_text(_Cell(tc, table), budget).split())
            cells.append(texts[tc])
        budget.text(sum(map(len, cells)))
        if any(cells):
            yield "row", cells, 0


def merged_cells(row: Any, above: dict[int, Any]) -> list[Any]:
    """The `w:tc` whose content each cell of `row` shows, each once (a cell continuing a vertical merge:
    the one at its grid column in the row above, or itself when there is none, where python-docx
    refused the file); `above` (grid column -> that `w:tc`) is replaced by this row's."""
    offset = row.grid_before
    shown: dict[int, Any] = {}
    columns: dict[int, Any] = {}
    for tc in row.tc_lst:
        source = above.get(offset, tc) if tc.vMerge == "continue" else tc
        columns[offset] = source
        shown.setdefault(id(source), source)
        offset += max(tc.grid_span, 1)
    above.clear()
    above.update(columns)
    return list(shown.values())


def cell_text(cell: object, budget: BlockBudget) -> str:
    """All the text of a cell, nested tables included (row by row), in order."""
    from docx.table import Table

    parts: list[str] = []
    for block in docx_content(cell._tc, cell):  # type: ignore[attr-defined]
        if isinstance(block, Table):
            parts.extend(" ".join(cells) for _, cells, _ in table_rows(block, budget))  # type: ignore[arg-type]
        else:
            budget.step()
            parts.append(paragraph_text(block))
    return " ".join(parts)


def read_docx(
    path: Path, data: bytes, limit: int, archive: zipfile.ZipFile | None = None
) -> tuple[str, TextBuilder]:
    """(text layer, normalised text) of a .docx file (`archive`: its ZIP, if it was opened already)."""
    with archive or opened(path, data, ".docx") as zipped:
        check_unpacked_size(path, zipped, limit, DOCX, len(data))
    return office_layer(path, ".docx", docx_blocks(data, BlockBudget(path, data)))


def read_odt(
    path: Path, data: bytes, limit: int, archive: zipfile.ZipFile | None = None
) -> tuple[str, TextBuilder]:
    """(text layer, normalised text) of an OpenDocument text, read as a Word file is
    (kg.extract.formats_odt gives its blocks)."""
    from kg.extract.formats_odt import check_odt, odt_blocks

    with archive or opened(path, data, ".odt") as zipped:
        check_odt(path, zipped)
        check_unpacked_size(path, zipped, limit, ODT, len(data))
        return office_layer(path, ".odt", odt_blocks(zipped, BlockBudget(path, data)))


def office_layer(path: Path, suffix: str, blocks: Iterator[OfficeBlock]) -> tuple[str, TextBuilder]:
    """(text layer, normalised text) of a Word file or slide deck, from its blocks in reading order; any
    error of the library that reads it (they raise many kinds on damaged files) names the file."""
    layer = LayerBuilder()
    try:
        for kind, content, depth in blocks:
            if kind == "row":
                layer.row(content)  # type: ignore[arg-type]
            elif kind == "blank":
                layer.blank()
            elif str(content).strip():
                layer.line(str(content), heading=kind == "heading", item=kind == "item", depth=depth)
    except (InputError, MemoryError, ImportError):
        # a MemoryError is the memory cap's refusal (kg.pipeline.limits), and so is an ImportError of the
        # reader's compiled library (lxml) whose pages the cap refused: neither is an unreadable file
        raise
    except Exception as error:
        raise InputError(f"{path}: not a readable {suffix} file: {' '.join(str(error).split())}") from None
    return layer.text(), layer.builder


# --- PowerPoint (.pptx) ----------------------------------------------------------------------


def read_pptx(
    path: Path, data: bytes, limit: int, archive: zipfile.ZipFile | None = None
) -> tuple[str, TextBuilder]:
    """(text layer, normalised text) of a .pptx slide deck, built as a Word file's is (LayerBuilder).

    Why slides at all: alliance updates at partner symposia and liaison meetings are slide decks that
    list register items with their targets and status. Each slide's title is a heading; the text of a
    body placeholder is bullets (a list item per paragraph, indented by its outline level), the text of
    a free text box plain paragraphs; a table row is one line of tab-separated cells; grouped shapes are
    read inside their group. Shapes are read top to bottom, then left to right, as a person reads a
    slide (the file keeps them in drawing order). Speaker notes are not read: they are the presenter's,
    not what the deck says.
    """
    with archive or opened(path, data, ".pptx") as zipped:
        check_unpacked_size(path, zipped, limit, PPTX, len(data))
    return office_layer(path, ".pptx", pptx_blocks(data, BlockBudget(path, data)))


def pptx_blocks(data: bytes, budget: BlockBudget) -> Iterator[OfficeBlock]:
    """('blank', '', 0) before each slide, then ('heading'|'item'|'paragraph', text, depth) and
    ('row', [cell texts], 0) in reading order."""
    from pptx import Presentation

    try:
        deck = Presentation(BytesIO(data))
    except ValueError as error:  # a macro-enabled .pptm, a template .potx: another main part
        if "is not a PowerPoint file" not in str(error):
            raise
        raise InputError(
            f"{budget.path}: not a PowerPoint presentation (.pptx): a macro-enabled deck (.pptm), a "
            "template (.potx) or a show (.ppsx) is not read; save it as .pptx"
        ) from None
    for slide in deck.slides:
        yield "blank", "", 0
        title = slide.shapes.title
        if title is not None and title.has_text_frame and title.text_frame.text.strip():
            budget.step()
            yield "heading", slide_text(title.text_frame.text), 0
        yield from shapes_blocks(slide.shapes, budget, skip=title)


def shapes_blocks(shapes: object, budget: BlockBudget, skip: object = None) -> Iterator[OfficeBlock]:
    """The blocks of a slide's shapes (or a group's) in reading order, `skip` (its title) left out."""
    from pptx.shapes.group import GroupShape

    ordered = sorted(
        (shape for shape in shapes if skip is None or shape.shape_id != skip.shape_id),  # type: ignore[attr-defined]
        key=lambda shape: (shape.top or 0, shape.left or 0),
    )
    for shape in ordered:
        if isinstance(shape, GroupShape):  # not shape_type: a shape without geometry raises there
            yield from shapes_blocks(shape.shapes, budget)
        elif shape.has_table:
            yield from slide_table_rows(shape.table, budget)
        elif shape.has_text_frame and (role := text_role(shape)) != "furniture":
            for paragraph in shape.text_frame.paragraphs:
                budget.step()
                kind = "item" if role == "bullets" or paragraph.level else "paragraph"
                yield kind, slide_text(paragraph.text), paragraph.level


def text_role(shape: object) -> str:
    """ "bullets" for a layout's body text (a body or content placeholder), "furniture" for a slide
    number, date or footer placeholder (the same on every slide: left out), "text" for any other."""
    from pptx.enum.shapes import PP_PLACEHOLDER

    if not shape.is_placeholder:  # type: ignore[attr-defined]
        return "text"
    kind = shape.placeholder_format.type  # type: ignore[attr-defined]
    if kind in (PP_PLACEHOLDER.BODY, PP_PLACEHOLDER.OBJECT):
        return "bullets"
    if kind in (PP_PLACEHOLDER.SLIDE_NUMBER, PP_PLACEHOLDER.DATE, PP_PLACEHOLDER.FOOTER):
        return "furniture"
    return "text"


def slide_table_rows(table: object, budget: BlockBudget) -> Iterator[OfficeBlock]:
    """Each row's cells, a merged cell's text once and the cells it spans over empty, so that every
    row keeps its columns (rules read a column by its header)."""
    for row in table.rows:  # type: ignore[attr-defined]
        budget.step()
        cells = ["" if cell.is_spanned else " ".join(slide_text(cell.text).split()) for cell in row.cells]
        if any(cells):
            yield "row", cells, 0


def slide_text(text: str) -> str:
    """A paragraph's text with its line breaks (python-pptx gives a vertical tab) as spaces."""
    return " ".join(text.replace("\v", " ").split())


# --- Word 97-2003 (.doc) ----------------------------------------------------------------------

DOC_CONVERTERS = (  # (program, arguments before the file): no wrapping, UTF-8 out
    ("catdoc", ("-w", "-d", "utf-8")),  # first: a table row is one line, its cells joined by tabs
    ("antiword", ("-w", "0", "-m", "UTF-8.txt")),  # tables as |cell|cell| lines, cells wrapped
)
DOC_TABLE_LINE = re.compile(r"^\|(.*)\|\s*$")


def doc_converter() -> tuple[str, tuple[str, ...]]:
    """The first converter found on PATH; InputError naming the Debian packages when there is none."""
    for program, arguments in DOC_CONVERTERS:
        found = shutil.which(program)
        if found:
            return found, arguments
    raise InputError(
        "reading a Word 97-2003 .doc file needs catdoc or antiword, and neither is on PATH: "
        "install Debian's package catdoc or antiword (apt-get install catdoc), or save the "
        "document as .docx"
    )


def doc_text_layer(path: Path) -> str:
    """The text catdoc (or antiword) reads from a .doc file: one line per paragraph; a table row
    one line of tab-separated cells (catdoc) or |cell|cell| lines (antiword)."""
    try:
        program, arguments = doc_converter()
    except InputError as error:
        raise InputError(f"{path}: {error}") from None
    name = Path(program).name
    try:
        done = subprocess.run(
            [program, *arguments, str(path)],
            capture_output=True,
            timeout=CONVERTER_SECONDS,
            check=False,
            env={**os.environ, "LC_ALL": "C.UTF-8"},
        )
    except subprocess.TimeoutExpired:
        raise InputError(f"{path}: {name} took more than {CONVERTER_SECONDS} s; nothing was read") from None
    if done.returncode != 0:
        reason = " ".join(done.stderr.decode("utf-8", "replace").split()) or f"exit code {done.returncode}"
        raise InputError(f"{path}: not a readable .doc file ({name}: {reason})")
    return safe_text(done.stdout.decode("utf-8", "replace").replace("\r\n", "\n").replace("\f", "\n"))


Cell = list[tuple[str, int]]  # the pieces of one table cell: (text, offset in the layer)


def read_doc_layer(layer: str) -> TextBuilder:
    """Lines as they are; antiword's |cell|cell| lines joined into rows of tab-separated cells."""
    builder = TextBuilder()
    rows: list[list[Cell]] = []
    for line, start in md_lines(layer):
        table_line = DOC_TABLE_LINE.match(line)
        if table_line:
            add_table_line(rows, table_line.group(1), start + 1)
            continue
        flush_rows(builder, rows, start)
        builder.add(line.rstrip(), start)
        builder.add_synthetic("\n", start + len(line))
    flush_rows(builder, rows, len(layer))
    return builder


def add_table_line(rows: list[list[Cell]], line: str, start: int) -> None:
    """A new row, or the wrapped rest of the previous row's cells (antiword wraps long cells over
    several lines: a line with an empty cell where the row above has text, starting in lower case)."""
    cells: list[Cell] = []
    position = 0
    for piece in line.split("|"):
        lead = len(piece) - len(piece.lstrip())
        cells.append([(piece.strip(), start + position + lead)] if piece.strip() else [])
        position += len(piece) + 1
    if rows and continues(rows[-1], cells):
        for previous, cell in zip(rows[-1], cells, strict=False):
            previous.extend(cell)
        return
    rows.append(cells)


def continues(previous: list[Cell], cells: list[Cell]) -> bool:
    if len(previous) != len(cells) or all(cells) or not any(cells):
        return False
    first = next(cell for cell in cells if cell)[0][0]
    gaps = any(not cell and earlier for cell, earlier in zip(cells, previous, strict=True))
    return gaps and first[:1].islower()


def flush_rows(builder: TextBuilder, rows: list[list[Cell]], at: int) -> None:
    """Write the collected rows: a cell's pieces joined by spaces, cells by tabs, a row per line."""
    for row in rows:
        written = 0
        for cell in row:
            if not cell:
                continue
            if written:
                builder.add_synthetic("\t", cell[0][1])
            for index, (text, offset) in enumerate(cell):
                if index:
                    builder.add_synthetic(" ", offset)
                builder.add(text, offset)
            written += 1
        builder.add_synthetic("\n", at)
    rows.clear()


# --- E-mail (.eml) ------------------------------------------------------------------------------


def read_email(path: Path, data: bytes) -> tuple[str, TextBuilder]:
    """(text layer, normalised text) of an e-mail message: the layer kg.extract.formats_email writes
    (header fields, then the text), each of its parts read as its format is, the plain text as plain
    text (hard-wrapped bodies joined) and an HTML body as HTML, with offsets into the layer."""
    from kg.extract.formats_email import mail_layer

    layer = mail_layer(path, data)
    builder, at = TextBuilder(), 0
    for kind, text in layer.segments:
        part = read_html(text) if kind == "html" else read_plain(text)
        builder.break_block(at)
        append_shifted(builder, part, at)
        at += len(text)
    return layer.text(), builder


def append_shifted(builder: TextBuilder, part: TextBuilder, shift: int) -> None:
    """`part`'s text after `builder`'s, its offsets moved by `shift` (where its source starts in the
    layer) and its headings by the length of the text before it."""
    builder.headings.update(heading + builder.length for heading in part.headings)
    builder.add_mapped("".join(part.parts), (offset + shift for offset in part.offsets))


# --- Entry point --------------------------------------------------------------------------------


def max_bytes(limit: int | None = None) -> int:
    """The size cap: `limit`, else $ALLIANCE_KG_MAX_BYTES, else DEFAULT_MAX_BYTES."""
    return whole_number(limit, MAX_BYTES_VARIABLE, DEFAULT_MAX_BYTES, "byte")


def too_large(path: Path, size: int, limit: int, what: str = "is") -> InputError:
    """The file itself is refused before it is read; a Word file's text only once it was read."""
    when = "refused before reading it" if what == "is" else "refused"
    return InputError(
        f"{path}: {what} {size:,} bytes, more than the size cap of {limit:,} bytes: {when} "
        f"(raise the cap with --max-bytes or ${MAX_BYTES_VARIABLE})"
    )


SPECIAL_FILES = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; InputError when missing, unreadable, not a regular file or over the cap.

    What the name leads to is asked first (a named pipe is never opened: that would wait for a
    writer, and /dev/zero never ends), and a special file is refused naming its kind.
    """
    try:
        status = path.stat()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:  # unreadable (permissions, I/O): a message, not a traceback echoing the name
        raise InputError(f"{path}: cannot be read: {error.strerror or error}") from None
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in SPECIAL_FILES if test(status.st_mode)), "of no kind read here")
        raise InputError(f"{path}: not a regular file ({kind}): nothing was read")
    if status.st_size > limit:
        raise too_large(path, status.st_size, limit)
    try:
        data = read_at_most(path, limit + 1)
    except OSError as error:
        raise InputError(f"{path}: cannot be read: {error.strerror or error}") from None
    if data is None:
        raise InputError(f"{path}: not a regular file (it was replaced while being read): nothing was read")
    if len(data) > limit:  # grew since it was measured, or its size said nothing (/proc)
        raise too_large(path, len(data), limit)
    return data


def open_for_reading(path: Path) -> int:
    """A descriptor of the file, opened without waiting (a named pipe put in its place after it was
    asked about would otherwise wait for a writer) and without becoming a controlling terminal."""
    return os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))


def read_at_most(path: Path, most: int) -> bytes | None:
    """At most `most` bytes of the regular file at `path`, None when what was opened is not one. Why
    not Path.read_bytes: the file asked about may be replaced by a pipe or a device before it is read,
    or keep growing, and read_bytes reads whatever it then finds to its end."""
    descriptor = open_for_reading(path)
    try:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            return None
        chunks, left = [], most
        while left > 0:
            chunk = os.read(descriptor, min(left, 1 << 20))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
        return b"".join(chunks)
    finally:
        os.close(descriptor)


def read_text_formats(
    path: Path, data: bytes, media_type: str, limit: int, archive: zipfile.ZipFile | None = None
) -> TextBuilder:
    """The reader of each format (the binary ones through their text layer; an archive opened when the
    format was found out is handed on)."""
    if media_type == "application/pdf":
        return read_pdf(*pdf_layer_and_headings(path, data, limit))
    if media_type == DOCX:
        return read_docx(path, data, limit, archive)[1]
    if media_type == PPTX:
        return read_pptx(path, data, limit, archive)[1]
    if media_type == ODT:
        return read_odt(path, data, limit, archive)[1]
    if media_type == DOC:
        return read_doc_layer(doc_text_layer(path))
    if media_type == EML:
        return read_email(path, data)[1]
    source = decode(path, data, media_type)
    readers = {"text/markdown": read_markdown, "text/html": read_html}
    return readers.get(media_type, read_plain)(source)


def read_document(path: Path, *, limit: int | None = None) -> SourceText:
    """Read any supported document; InputError (naming the file) for missing, empty, binary or
    too large ones (`limit` bytes, see max_bytes)."""
    path = Path(path)
    limit = max_bytes(limit)
    data = read_bytes(path, limit)
    sha256 = hashlib.sha256(data).hexdigest()
    media_type, archive = sniff(path, data)
    builder = read_text_formats(path, data, media_type, limit, archive)
    if builder.length > limit:  # a Word file's text may be larger than the file
        raise too_large(path, builder.length, limit, "its text has")
    document = builder.build(path, media_type, sha256)
    if not unicodedata.normalize("NFKC", document.text).strip():
        if media_type == "application/pdf":  # pages there are, text there is none: drawn or scanned
            raise InputError(
                f"{path}: the PDF has no text layer (its pages are images, a scan or text drawn as shapes): "
                "nothing to extract; give a PDF with text (run OCR on a scan first) or the document's source"
            )
        raise InputError(f"{path}: the document is empty (no text to extract a register from)")
    return document


def text_layer(path: Path, media_type: str) -> str | None:
    """The text a binary document's offsets point into (PDF, Word), None for text formats:
    for `kg explain` and tests, which count lines or quote from it."""
    data = read_bytes(Path(path), max_bytes())
    if media_type == "application/pdf":
        return pdf_text_layer(path, data, max_bytes())
    if media_type == DOCX:
        return read_docx(path, data, max_bytes())[0]
    if media_type == PPTX:
        return read_pptx(path, data, max_bytes())[0]
    if media_type == ODT:
        return read_odt(path, data, max_bytes())[0]
    if media_type == DOC:
        return doc_text_layer(path)
    if media_type == EML:
        return read_email(path, data)[0]
    return None
