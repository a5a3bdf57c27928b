"""Read a register document (plain text, Markdown, HTML, PDF) into normalised text.

Why: extraction rules should see one kind of text whatever the format, and provenance
must still point into the file the analyst gave us. Every reader therefore builds its
text with a `TextBuilder`, which records for each output character the offset of the
source character it came from. Structure the format states explicitly (Markdown and
HTML headings, table rows) is kept: headings are remembered by the offset of their
line, table cells are joined by tabs, list items start with "- ".

Offsets point into the decoded source text (characters, not bytes) for text, Markdown
and HTML; for a PDF they point into the text layer that pypdf extracts, page by page.

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
import re
import unicodedata
from html.entities import name2codepoint
from html.parser import HTMLParser
from pathlib import Path

from kg.errors import InputError
from kg.model.patterns import safe_text
from kg.model.source_text import SourceText

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
MEDIA_TYPES = {
    ".txt": "text/plain",
    ".text": "text/plain",
    ".md": "text/markdown",
    ".markdown": "text/markdown",
    ".html": "text/html",
    ".htm": "text/html",
    ".xhtml": "text/html",
    ".pdf": "application/pdf",
}


class TextBuilder:
    """Accumulates output text with, per character, the source offset it stands for."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.offsets: list[int] = []
        self.headings: set[int] = set()
        self.length = 0

    def add(self, text: str, source_start: int) -> None:
        """Text copied from the source, character for character, from `source_start`."""
        self.parts.append(text)
        self.offsets.extend(range(source_start, source_start + len(text)))
        self.length += len(text)

    def add_mapped(self, text: str, offsets: list[int]) -> None:
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
        offsets = tuple(self.offsets)
        return SourceText(path, media_type, sha256, text, offsets, frozenset(self.headings))


# --- Format detection and decoding ------------------------------------------------------


def media_type_of(path: Path, data: bytes) -> str:
    """The format of a document, from its content first (a PDF named .txt is still a PDF)."""
    if data.lstrip()[:5] == b"%PDF-":
        return "application/pdf"
    media_type = MEDIA_TYPES.get(path.suffix.lower())
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


def decode(path: Path, data: bytes) -> str:
    """The text of a document (UTF-8, UTF-16 or UTF-32 with a byte order mark, else windows-1252),
    with its unsafe characters replaced one for one (see the module's docstring)."""
    by_bom = decode_by_bom(path, data)
    if by_bom is not None:
        return safe_text(by_bom)
    if looks_binary(data):
        raise InputError(
            f"{path}: this is a binary file, not a register document (text, Markdown, HTML or PDF)"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = codecs.charmap_decode(data, "strict", WINDOWS_1252)[0]
    return safe_text(text)


# --- Plain text ---------------------------------------------------------------------------


def read_plain(source: str) -> TextBuilder:
    """Plain text is kept as it is, except that CR LF and CR become LF."""
    builder = TextBuilder()
    for match in re.finditer(r"[^\r]+|\r\n?", source):
        if match.group().startswith("\r"):
            builder.add_synthetic("\n", match.start())
        else:
            builder.add(match.group(), match.start())
    return builder


# --- Markdown -----------------------------------------------------------------------------

MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
MD_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$")
MD_ITEM = re.compile(r"^(\s*)([-*+]|\d+[.)])\s+")
MD_INLINE = re.compile(r"\[([^\]]+)\]\([^)]*\)|\*\*([^*]+)\*\*|__([^_]+)__|\*([^*\s][^*]*)\*|`([^`]+)`")


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


def read_markdown(source: str) -> TextBuilder:
    """Headings are marked, tables become tab-separated rows, soft-wrapped lines are joined."""
    builder = TextBuilder()
    in_paragraph = False
    for line, start in md_lines(source):
        stripped = line.strip()
        heading = MD_HEADING.match(line)
        if not stripped:
            builder.break_block(start)
            in_paragraph = False
        elif heading:
            builder.break_block(start)
            builder.mark_heading()
            add_inline(builder, heading.group(2), start + heading.start(2))
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
            if in_paragraph:
                builder.add_synthetic(" ", start)
            indent = len(line) - len(line.lstrip())
            add_inline(builder, line.strip(), start + indent)
            in_paragraph = True
    return builder


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
    cells = [(m.group(1), m.start(1)) for m in re.finditer(r"\|?([^|]+)", line) if m.group(1).strip()]
    for index, (cell, offset) in enumerate(cells):
        if index:
            builder.add_synthetic("\t", start + offset)
        lead = len(cell) - len(cell.lstrip())
        add_inline(builder, cell.strip(), start + offset + lead)
    builder.add_synthetic("\n", start + len(line))


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
HTML_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
HTML_SKIPPED = {"script", "style", "head", "nav"}


class _HtmlReader(HTMLParser):
    """Block elements become lines, headings are marked, cells of a row are joined by tabs."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.builder = TextBuilder()
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.skipping = 0
        self.cells_in_row = 0
        self.pending_space = False

    def source_offset(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        at = self.source_offset()
        if tag in HTML_SKIPPED:
            self.skipping += 1
        elif tag in HTML_HEADINGS:
            self.builder.break_block(at)
            self.builder.mark_heading()
        elif tag == "tr":
            self.builder.break_block(at)
            self.cells_in_row = 0
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.builder.add_synthetic("\t", at)
            self.cells_in_row += 1
        elif tag == "li":
            self.line_break(at)
            self.builder.add_synthetic("- ", at)
        elif tag in HTML_BLOCKS:
            self.builder.break_block(at)
        self.pending_space = False

    def line_break(self, at: int) -> None:
        if self.builder.length and not self.builder.ends_with("\n"):
            self.builder.add_synthetic("\n", at)

    def handle_endtag(self, tag: str) -> None:
        at = self.source_offset()
        if tag in HTML_SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in HTML_HEADINGS or (tag in HTML_BLOCKS and tag not in ("li", "tr")):
            self.builder.break_block(at)
        elif tag in ("li", "tr"):
            self.line_break(at)
        self.pending_space = False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "br":
            self.line_break(self.source_offset())

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        start = self.source_offset()
        for match in re.finditer(r"\S+", data):
            self.add_word(match.group(), start + match.start(), leading_space=match.start() > 0)
        self.pending_space = bool(data) and data[-1].isspace()

    def add_word(self, word: str, at: int, leading_space: bool) -> None:
        if (
            (leading_space or self.pending_space)
            and self.builder.length
            and not self.builder.ends_with(("\n", "\t", " ", "- "))
        ):
            self.builder.add_synthetic(" ", at)
        self.builder.add(word, at)
        self.pending_space = False

    def add_reference(self, character: str) -> None:
        if self.skipping or not character:
            return
        at = self.source_offset()
        if character.isspace():
            self.pending_space = True
            return
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


def read_html(source: str) -> TextBuilder:
    reader = _HtmlReader(source)
    reader.feed(source)
    reader.close()
    return reader.builder


# --- PDF --------------------------------------------------------------------------------------

PDF_LINE_END = re.compile(r"[.:;!?)\]”\"]\s*$")
PDF_ITEM = re.compile(r"^\s*([-*•·▪◦o]|\d+[.)]|[a-z][.)])\s+")


def pdf_text_layer(path: Path, data: bytes) -> str:
    """The text layer of all pages, pages separated by a blank line."""
    try:
        from io import BytesIO

        from pypdf import PdfReader

        reader = PdfReader(BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except Exception as error:
        raise InputError(f"{path}: not a readable PDF: {' '.join(str(error).split())}") from error
    return safe_text("\n\n".join(page.strip("\n") for page in pages))


def read_pdf(layer: str) -> TextBuilder:
    """PDF lines are wrapped to the page: a line that fills the width and runs on is joined."""
    builder = TextBuilder()
    lines = md_lines(layer)
    widths = [len(line.rstrip()) for line, _ in lines]
    full = 0.8 * max(widths, default=0)
    for index, (line, start) in enumerate(lines):
        builder.add(line.rstrip(), start)
        if index == len(lines) - 1:
            break
        following = lines[index + 1][0]
        if wraps_on(line, following, full):
            builder.add_synthetic(" ", start + len(line))
        else:
            builder.add_synthetic("\n", start + len(line))
    return builder


def wraps_on(line: str, following: str, full: float) -> bool:
    """Whether `following` continues the paragraph `line` was cut from."""
    if not line.strip() or not following.strip() or PDF_ITEM.match(following):
        return False
    if following.lstrip()[:1].islower():
        return True
    return len(line.rstrip()) >= full and not PDF_LINE_END.search(line)


# --- Entry point --------------------------------------------------------------------------------


def read_document(path: Path) -> SourceText:
    """Read any supported document; InputError (naming the file) for missing, empty or binary ones."""
    path = Path(path)
    if not path.is_file():
        raise InputError(f"{path}: no such file")
    try:
        data = path.read_bytes()
    except OSError as error:  # unreadable (permissions, I/O): a message, not a traceback echoing the name
        raise InputError(f"{path}: cannot be read: {error.strerror or error}") from None
    sha256 = hashlib.sha256(data).hexdigest()
    media_type = media_type_of(path, data)
    if media_type == "application/pdf":
        builder = read_pdf(pdf_text_layer(path, data))
    else:
        source = decode(path, data)
        readers = {"text/markdown": read_markdown, "text/html": read_html}
        builder = readers.get(media_type, read_plain)(source)
    document = builder.build(path, media_type, sha256)
    if not unicodedata.normalize("NFKC", document.text).strip():
        raise InputError(f"{path}: the document is empty (no text to extract a register from)")
    return document
