"""The layout of a register: headings, paragraphs, list items, table rows, fields; then sections.

Why: registers arrive as loosely formatted text (one paragraph per line, headings as
short lines, bullets as "- o", "·" or "a.", tables as alternating tab-indented lines).
Every fact rule reads blocks of one kind of section ("Milestones / Dates", "Contacts"),
so the layout is recognised once, here, and the rules never look at raw lines.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from itertools import pairwise

from kg.extract.dates import MONTH, parse_target, split_target
from kg.extract.headers import field_cuts
from kg.model.patterns import sentences as sentences  # the one splitter; rules import it from here
from kg.model.source_text import SourceText

Piece = tuple[int, int, int]  # (offset in block text, start in document, end in document)

BULLET = re.compile(r"^(?P<indent>[ \t]*)(?P<bullet>[-*+•·▪◦‣](?=\s)|o(?=\s))\s*")
SUB_BULLET = re.compile(r"^o\s+")
# Labels of list items: "a.", "(b)", "12.", "iii.", and an exhibit's "A.1" (no dot after it).
# and a work item's identifier before a column gap ("WI-1  Conformance test procedures"), and a slide's "#1"
ITEM_LABEL = re.compile(
    r"^\(?(?P<label>\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]|[A-Z]\.\d{1,2}(?=\s)"
    r"|[A-Z]{1,4}-\d{1,3}(?=\s{2})|#\d{1,3}(?:\s{0,2}[-\u2013\u2014:])?(?=\s))\s+"
)
# (a label in brackets, "(a)", "(iv)", "(2)", opens an item as "a)" does: a memorandum's lettered list;
# "(c) 2026 DMTF. All rights reserved." is a copyright line, no item)
NUMBERED = re.compile(
    r"^(?P<indent>[ \t]*)(?!\([cC]\)\s+(?:19|20)\d\d\b)"
    r"(?P<label>\d{1,2}(?:\.\d{1,2}){1,3}\.?(?=\s)|\(?(?:\d{1,2}|[a-z]|[ivx]{2,4})[.)]|[A-Z]\.\d{1,2}(?=\s)"
    r"|[A-Z]{1,4}-\d{1,3}(?=\s{2})|#\d{1,3}(?:\s{0,2}[-\u2013\u2014:])?(?=\s))\s+"
)
# The fields a list item's next line may give it ("Owner: both. Target: TBD. Status: ...").
ITEM_FIELD_LINE = re.compile(
    r"^(?:Owners?|Responsible|Lead|Target(?:\s+date)?|Due(?:\s+date)?|Deadline|Status|Expected(?:\s+date)?"
    r"|Time\s?frame|Timeline|Schedule|When|ETA)\s*(?::|\.{3,})",
    re.I,
)
# The target field of a numbered item hard-wrapped before the dash of its "X - Target: ...": "5.6  Change
# proposal ..." over "     - Target: 15th September 2026" (a "- Status: ..." under a bullet is a sub-item)
DASHED_TARGET_LINE = re.compile(
    r"^[-\u2013\u2014][ \t]{1,3}(?:Target(?:\s+date)?|Due(?:\s+date)?|Deadline|Time\s?frame|ETA)\s*:", re.I
)
# A line that opens with a day and its month, the year left out, then a dash, a colon or a column gap
# before words ("16 April - Working group last call", "3 May: First draft", "21 June   Joint review",
# "May 3 - ...", "1st July - ..."): an entry of a dated list (minutes' timelines, e-mails), never the number
# of a heading "April - ..." nor the rest of the line above it
# (the day "16th of April" too)
DAY_MONTH = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\.?(?:\s+of)?\s+(?i:{MONTH})"
    rf"|(?i:{MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?)(?!\w)"
)
DAY_MONTH_OPENING = re.compile(rf"^{DAY_MONTH}" r"(?:\s*[-\u2013\u2014:]\s+|\s{2,}|\t)(?=[^\W\d_])")
# A line that opens with a day and its month and goes on in lower case after one blank ("16th of April first
# public draft", "30 April comments close"): in a run of such lines (run_of_days), a timeline's entry each
DAY_MONTH_WORDS = re.compile(rf"^{DAY_MONTH}[ \t]{{1,3}}(?=[a-z])")
# (a day opening a line, "15 Oct 2026", is a date, not the number of a heading "Oct 2026": a cell of a
# table written one cell a line, or a timeline's entry; and so is a day and month before a dash, a colon
# or a gap, DAY_MONTH_OPENING)
NUMBERED_HEADING = re.compile(
    rf"^(?!\d{{1,2}}\s+(?i:{MONTH})(?:\s+|,\s*)(?:19|20)\d\d\b)(?!{DAY_MONTH_OPENING.pattern[1:]})"
    rf"(?!{DAY_MONTH_WORDS.pattern[1:]})"
    r"(?P<number>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<title>[A-Z].*)$"
)
FIELD = re.compile(
    r"^(?P<name>Version|Revision|Date Initiated|Initiated|Effective Date|Date|Status)\s*:\s*(?P<value>\S.*)$",
    re.IGNORECASE,
)
TERMINAL = re.compile(r"[.:;!?)\]\u201d\"\u2019']\s*$")
FINITE_VERBS = {
    "is",
    "are",
    "was",
    "were",
    "will",
    "shall",
    "may",
    "can",
    "should",
    "must",
    "has",
    "have",
    "had",
    "be",
    "would",
    "could",
    "does",
    "do",
    "wants",
    "helps",
    "includes",
}
RELATIVE_MARKERS = {"which", "that", "who", "whom", "whose"}
TRAILING_FUNCTION_WORDS = {"to", "the", "of", "and", "a", "an", "in", "for", "with", "by", "on", "or", "be"}

# Section kinds in the order they are tried: the first whose pattern is in the heading wins.
SECTION_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (kind, re.compile(pattern, re.IGNORECASE))
    for kind, pattern in (
        ("addendum", r"\b(addendum|amendment|annex|appendix)\b"),
        ("assets", r"\bassets\b"),
        # a document's own history ("Document history", "Revision History", "Change log"): its dated rows
        # are versions of the document, no work items
        (
            "history",
            r"\b(?:document|revision|change|version|edit|amendment)\s+(?:history|log|record)\b|\bchange\s?log\b",
        ),
        (
            "contacts",
            r"\bcontacts?\b|\b(?:liaison\s+)?representatives\b|\bpoints?\s+of\s+contact\b|^\W*coordinators\W*$"
            # "Liaison officers", "New liaison officer"
            r"|^\W*(?:[\w-]+\s+)?liaison\s+(?:officers?|managers?)\W*$"
            # a web page's way of heading them: "Get in touch", "Who to ask", "Enquiries"
            r"|^\W*(?:get\s+in\s+touch|who\s+to\s+(?:ask|contact)|enquiries|inquiries)\W*$",
        ),
        (
            "milestones",
            r"\b(milestones?|deliverables|timeline|schedule|calendar|roadmap|work\s+items?|work\s+plan|exhibit|action\s+items"
            r"|register\s+items|joint\s+items|items\s+reviewed|status\s+of\s+(?:the\s+)?(?:work|items|register)"
            r"|next\s+steps|(?:key|important)\s+dates)\b",
        ),
        # A heading about reviewing the alliance ("Work Register Review Date"); a title asking for a
        # review of something else ("Request for review of YANG models") is none.
        ("review", r"^(?!.*\b(?:request|call)s?\s+for\s+(?:\w+\s+)?review).*\breview\b"),
        # (a heading "Execution" or "Signatories" alone: the table of who signed an agreement, and when;
        # "Signatures" opening the heading, after its number, or joined to another part ("Approval and
        # Signatures"), or a "Signature page": a heading naming a kind of signature ("Discussion of HTTP
        # Message Signatures", "XML Signature Interop") is about that technology, no signing)
        (
            "approval",
            r"\bapprov(al|als|ed)\b|^\W*(?:(?:\d{1,2}(?:\.\d{1,2})*|[ivxlc]{1,6})[.):]?\s+)?signatures?\b"
            r"|(?:\band|&)\s+signatures?\b|\bsignature\s+(?:page|block)s?\b"
            r"|^\W*(?:execution(?:\s+page)?|signatories)\W*$"
            # minutes' item adopting their agenda or an earlier record ("Adoption of the agenda", "Agenda
            # adoption", "Adoption of the draft minutes"), as "Approval of the agenda" is one
            r"|\badoption\s+of\s+(?:the\s+)?(?:(?:draft|revised|provisional)\s+)?(?:agenda|minutes|report)\b"
            r"|\b(?:agenda|minutes|report)\s+adoption\b",
        ),
        ("benefits", r"\bbenefits?\b"),
        ("limitations", r"\blimitations?\b"),
        ("ip", r"intellectual property|\bfeedback and contributions\b|\bcontributions\b"),
        ("licensing", r"\blicen[cs](e|es|ing)\b"),
        ("access", r"\baccess\b"),
        ("terms", r"\bterms\b"),
        ("scope", r"\b(scope|goals?|objectives?)\b"),
        ("mission", r"\b(mission|background)\b"),
        ("organizations", r"\b(organi[sz]ations|parties|partners)\b"),
        # "Overall Description": the body of a liaison statement in the template standards bodies share
        ("purpose", r"\b(purpose|introduction|overall\s+description)\b"),
    )
)


@dataclass(frozen=True)
class Cell:
    text: str
    start: int
    end: int
    column: int | None = None  # its place in the row, counting empty cells (a Gantt chart's quarters)


@dataclass(frozen=True)
class Block:
    """One heading, paragraph, list item, table row or field, with its place in the document."""

    kind: str  # heading | paragraph | item | row | field
    text: str
    pieces: tuple[Piece, ...]
    depth: int = 0
    label: str | None = None  # the letter or number of a lettered/numbered item, or a field name
    cells: tuple[Cell, ...] = ()
    explicit: bool = False  # a heading the format marks as such (Markdown, HTML)

    @property
    def start(self) -> int:
        return self.pieces[0][1]

    @property
    def end(self) -> int:
        return self.pieces[-1][2]

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return tuple((start, end) for _, start, end in self.pieces)

    def to_document(self, offset: int) -> int:
        """The document offset of a character of this block's text."""
        index = self.piece_at(offset)
        if index < 0:
            return self.start
        block_offset, start, end = self.pieces[index]
        return min(start + offset - block_offset, end)

    def piece_at(self, offset: int) -> int:
        """The last piece starting at or before `offset` in the block's text (-1: none). Why a bisection:
        an item with thousands of joined lines was asked for its spans once per line, each a walk of all
        its pieces (96 KB of field lines: 20 CPU-s; docs/reliability.md section 15)."""
        return bisect.bisect_right(self.pieces, offset, key=lambda piece: piece[0]) - 1

    def span_of(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """Document spans of text[start:end] (several when it crosses a joint). A block of one piece (most
        are: a line, a cell) answers without the search for the pieces the text crosses (the rules ask
        36,000 times at 1 MB list-heavy); the same arithmetic as the loop's for that one piece."""
        if len(self.pieces) == 1:
            block_offset, doc_start, doc_end = self.pieces[0]
            low, high = max(start, block_offset), min(end, block_offset + (doc_end - doc_start))
            if low < high:
                return ((doc_start + low - block_offset, doc_start + high - block_offset),)
            return ((self.to_document(start), self.to_document(start)),)
        spans = []
        for index in range(max(self.piece_at(start), 0), len(self.pieces)):
            block_offset, doc_start, doc_end = self.pieces[index]
            if block_offset >= end:
                break
            piece_end = block_offset + (doc_end - doc_start)
            low, high = max(start, block_offset), min(end, piece_end)
            if low < high:
                spans.append((doc_start + low - block_offset, doc_start + high - block_offset))
        return tuple(spans) or ((self.to_document(start), self.to_document(start)),)

    def joined(self, other: Block) -> Block:
        """This block continued by `other` (a paragraph broken by a page or a blank line)."""
        offset = len(self.text) + 1
        pieces = self.pieces + tuple((o + offset, s, e) for o, s, e in other.pieces)
        return Block(self.kind, f"{self.text} {other.text}", pieces, self.depth, self.label, self.cells)


@dataclass
class Section:
    """The blocks under one heading whose words say what kind of section it is."""

    kind: str
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)

    @property
    def title(self) -> str:
        return self.heading.text if self.heading else ""


@dataclass
class Layout:
    title: Block | None
    sections: list[Section]

    def of_kind(self, *kinds: str) -> list[Section]:
        return [s for s in self.sections if s.kind in kinds]

    def blocks(self, *kinds: str) -> list[Block]:
        return [b for s in self.of_kind(*kinds) for b in s.blocks]


# --- Lines to blocks ----------------------------------------------------------------------


def text_block(kind: str, text: str, start: int, **extra) -> Block:
    """A block for text that starts at document offset `start`, trimmed of surrounding blanks."""
    lead = len(text) - len(text.lstrip())
    body = text.strip()
    return Block(kind, body, ((0, start + lead, start + lead + len(body)),), **extra)


def is_heading_text(text: str) -> bool:
    """A short title-like line: no sentence punctuation, no main verb, not ending on a function word."""
    text = text.strip()
    words = text.split()
    if not words or len(text) > 90 or len(words) > 12 or "@" in text or ";" in text:
        return False
    if text[-1] in ".,!?" or not (text[0].isupper() or text[0].isdigit()):
        return False
    if words[-1].lower().strip(":") in TRAILING_FUNCTION_WORDS:
        return False
    if SENTENCE_INSIDE.search(text):
        return False  # "Joint work on the interface. Contact: Ana Example": a sentence, then another
    return not has_main_verb(words)


# A sentence ended inside a line and another begun ("... the interface. Contact: ...", "Agreed. Next ..."):
# no title holds one ("U.S. Access Board", "Acme Inc. Board", "ISO/IEC JTC 1 Ed. 2" are abbreviations,
# "Annex. List of participants" a label)
SENTENCE_INSIDE = re.compile(
    r"(?<![^\W\d_])(?!(?i:inc|ltd|co|corp|bros|st|dr|mr|mrs|ms|prof|ed|eds|vol|no|nr|rev|etc|vs|approx|dept|"
    r"assn|univ|intl|gmbh|ag|sa|nv|bv|mt|ft|jr|sr|fig|sec|art|para|ch|pt|or|orig|e\.v"
    # (a heading's label: "Annex. List of participants", "Part. Scope")
    r"|annex|appendix|attachment|chapter|section|part|article|clause|exhibit|schedule|table|figure)\.)"
    r"[A-Za-z][a-z]+\.[ \t]+[A-Z]"
    r"|(?<=[A-Za-z] )(?:19|20)\d\d\.[ \t]+[A-Z]"  # ("Started in 2019. Contact: ...": a year ends it)
)


def numbered_heading(title: str) -> bool:
    """Whether a numbered line is a heading ("2. Scope"), not a dated item of a list ("1. Joint guide
    - Q4 2023"): a heading carries no target after a dash."""
    return is_heading_text(title) and split_target(title)[1] is None


def colon_free(line: str) -> str:
    """A numbered line without the colon a title in title case may end on ("1. Overall Description:",
    as liaison statements number theirs); "2. The parties agree to the following:" keeps it."""
    if not line.endswith(":"):
        return line
    words = line[:-1].split()[1:]
    titled = all(w[:1].isupper() or w[:1].isdigit() or w in TITLE_FUNCTION_WORDS for w in words)
    return line[:-1] if titled else line


TITLE_FUNCTION_WORDS = {"a", "an", "and", "for", "in", "of", "on", "or", "the", "to", "with"}


def has_main_verb(words: list[str]) -> bool:
    """Whether a finite verb appears outside a relative clause ("which may involve" does not count)."""
    lowered = [w.lower().strip(",:;()") for w in words]
    for index, word in enumerate(lowered):
        if word in FINITE_VERBS and not (index and lowered[index - 1] in RELATIVE_MARKERS):
            return True
    return False


def classify_line(line: str, start: int, explicit_heading: bool) -> Block:
    """One non-blank line as a block (tables are grouped later)."""
    if explicit_heading:
        return text_block("heading", line, start, explicit=True)
    stripped = line.strip()
    if "\t" in stripped:
        return row_block(line, start)
    if line.startswith("\t"):
        return text_block("cell", line, start)
    field_match = FIELD.match(stripped)
    if field_match:
        lead = len(line) - len(line.lstrip())
        value_start = start + lead + field_match.start("value")
        return Block(
            "field",
            field_match.group("value").strip(),
            ((0, value_start, value_start + len(field_match.group("value").strip())),),
            label=field_match.group("name").lower(),
        )
    numbered = NUMBERED_HEADING.match(stripped)
    if numbered and numbered_heading(numbered.group("title")) and not TERMINAL.search(colon_free(stripped)):
        lead = len(line) - len(line.lstrip()) + numbered.start("title")
        return text_block("heading", numbered.group("title"), start + lead, label=numbered.group("number"))
    item = item_block(line, start)
    if item is not None:
        return item
    dated = DAY_MONTH_OPENING.match(stripped) or DAY_MONTH_WORDS.match(stripped)
    if is_heading_text(stripped) and not dated:
        return text_block("heading", line, start)  # ("30 April - Comments due": a dated entry, no heading)
    return text_block("paragraph", line, start)


def item_block(line: str, start: int) -> Block | None:
    """A bulleted, lettered or numbered list item; markers are removed, the label is kept."""
    match = BULLET.match(line) or NUMBERED.match(line)
    if match is None:
        return None
    depth = 1 if match.group("indent") else 0
    position = match.end() if "bullet" in match.groupdict() else match.start("label")
    label = None
    rest = line[position:]
    sub = SUB_BULLET.match(rest)
    if sub:
        position += sub.end()
        rest = line[position:]
    labelled = ITEM_LABEL.match(rest)
    if labelled and (len(rest) > labelled.end()):
        label = labelled.group("label").rstrip(".)")
        position += labelled.end()
    block = text_block("item", line[position:], start + position, depth=depth, label=label)
    return block if block.text else None


def row_block(line: str, start: int) -> Block:
    """A table row whose cells are separated by tabs on one line (Markdown and HTML tables)."""
    cells = []
    column, counted = 0, 0  # tabs before the cell, counted on from the last cell (a row of 10,000
    # columns counted from its start at every cell was quadratic: 50 s a megabyte)
    for match in re.finditer(r"[^\t]+", line):
        body = match.group().strip()
        if body:
            column += line.count("\t", counted, match.start())
            counted = match.start()
            lead = len(match.group()) - len(match.group().lstrip())
            at = start + match.start() + lead
            cells.append(Cell(body, at, at + len(body), column))
    return row_of(cells)


def row_of(cells: list[Cell]) -> Block:
    text = "\t".join(c.text for c in cells)
    pieces, offset = [], 0
    for cell in cells:
        pieces.append((offset, cell.start, cell.end))
        offset += len(cell.text) + 1
    return Block("row", text, tuple(pieces), cells=tuple(cells))


def lines_of(document: SourceText) -> list[tuple[str, int]]:
    lines, position = [], 0
    for line in document.text.split("\n"):
        lines.append((line, position))
        position += len(line) + 1
    return lines


def read_blocks(document: SourceText) -> list[Block]:
    """Every non-blank line as a block; single tab-indented lines grouped into table rows; in plain
    text, a table aligned by blanks under a header of column names gives rows too, and a line
    indented under the text of a numbered or bulleted line goes on with it."""
    blocks: list[Block] = []
    cells: list[Cell] = []
    plain = document.media_type == "text/plain"
    columns: list[int] | None = None  # the columns of a blank-aligned table being read
    hang: int | None = None  # where the text of the last numbered or bulleted line started
    fields_only = False  # whether only field lines go on with that line (a short numbered line)
    indented = False  # whether that line is indented: an item of a sub-list when it is one
    wrapped: dict[int, list[Cell]] = {}  # the cells of the last row of a blank-aligned table, by column
    previous: tuple[str, int] | None = None  # the line before, when it was read as a block of its own
    lines = lines_of(document)
    org = plain and is_org_outline(lines)
    tables = one_cell_tables(lines)
    titles, rules = ruled_titles(lines) if plain else (set(), set())
    centred = centred_titles(lines) if plain else {}
    skip = 0  # the index of the line after a table written one cell a line (or a centred title's lines)
    for index, (line, start) in enumerate(lines):
        if index < skip:
            continue
        if index in centred:
            flush_cells(cells, blocks)
            blocks.append(centred_title(lines[index : centred[index]]))
            skip, columns, hang, previous = centred[index], None, None, None
            continue
        if index in tables:
            flush_cells(cells, blocks)
            blocks += cell_rows(tables[index])
            skip, columns, hang, previous = tables[index].end, None, None, None
            continue
        before, previous = previous, (line, start)
        if not line.strip():
            flush_cells(cells, blocks)
            blocks.append(Block("blank", "", ((0, start, start),)))
            columns, hang = None, None
            continue
        if index in rules:  # the rules boxing or underlining a title: a blank between blocks
            flush_cells(cells, blocks)
            blocks.append(Block("blank", "", ((0, start, start),)))
            columns, hang, previous = None, None, None
            continue
        if index in titles:
            flush_cells(cells, blocks)
            blocks.append(text_block("heading", line, start, explicit=True))
            columns, hang, previous = None, None, None
            continue
        if plain and columns is not None and RULER.match(line):
            continue  # "----  --------  -----" under the column names
        if plain and TABLE_RULE.match(line):
            continue  # "|---|---|", "+-----+-----+", "+=====+=====+": the rules of a table drawn in text
        if plain and (PIPE_ROW.match(line) or CARET_ROW.match(line)):
            bar = r"\|" if PIPE_ROW.match(line) else r"[|^]"  # "| Item | Target |", "^ Item ^ Target ^"
            row = pipe_cells(line, start, bar)
            if not row:  # "|      |      |": a spacer row, a form's empty line; read as the table's rules are
                continue
            flush_cells(cells, blocks)
            blocks.append(row_of(row))
            columns, hang, previous = None, None, None
            continue
        ruled = ruled_header(before, line) if plain and columns is None and blocks else None
        if ruled is not None and blocks[-1].start == before[1] + indentation(before[0]):  # type: ignore[index]
            # "Work area      Standard      Target" over "---------  --------  ------": a header whatever its
            # names, the ruler under it giving its columns
            blocks[-1], columns = row_of(aligned_cells(before[0], before[1], ruled)), ruled  # type: ignore[index]
            continue
        if plain and columns is not None and wrapped and blocks and in_columns(line, columns):
            if goes_on_in_columns(line, columns, wrapped):
                # "4.1  Joint use case catalogue for the" over "     Administration Shell   DIN   Q2 2026":
                # the row's cells wrapped in their columns, the number's column left blank
                for cell in aligned_cells(line, start, columns):
                    wrapped.setdefault(cell.column or 0, []).append(cell)
                blocks[-1] = wrapped_row(wrapped)
            else:  # a complete row under the group its first column named on a row above
                blocks.append(row_of(aligned_cells(line, start, columns)))
                wrapped = {cell.column or 0: [cell] for cell in blocks[-1].cells}
            continue
        wrapped = {}
        if plain and columns is not None and aligned(line, columns):
            blocks.append(row_of(aligned_cells(line, start, columns)))
            wrapped = {cell.column or 0: [cell] for cell in blocks[-1].cells}
            continue
        columns = column_starts(line) if plain else None
        if columns is not None:
            blocks.append(row_of(aligned_cells(line, start, columns)))
            continue
        fielded = ITEM_FIELD_LINE.match(line.strip()) or DASHED_TARGET_LINE.match(line.strip())
        field_line = fielded is not None and indentation(line) > 0
        hung = field_line or (
            indentation(line) == hang and (not fields_only or goes_on_after_bracket(blocks, line))
        )
        if plain and hang is not None and blocks and (field_line or not starts_item(line)) and hung:
            # "1. Joint glossary" over "   Owner: HMC" / "   Target: Q3 2026": the item's fields
            blocks[-1] = hanging(blocks[-1], text_block("paragraph", line, start), indented)
            hang = hang if field_line or not TERMINAL.search(line) else None
            continue
        asciidoc = (
            (ASCIIDOC_TITLE.match(line) or LATEX_SECTION.match(line) or (org_heading(line) if org else None))
            if plain
            else None
        )
        block = (
            text_block(
                "heading",
                asciidoc.group("title").rstrip().rstrip("=").rstrip(),  # a wiki's "===== Title =====": no "="
                start + asciidoc.start("title"),
                explicit=True,
            )
            if asciidoc is not None
            else classify_line(line, start, start in document.heading_lines)
        )
        if block.kind == "field" and block.label == "status" and blocks and numbered(blocks[-1]):
            block = text_block("paragraph", line, start)  # "Status: planned" under a numbered item: its field
        hang, fields_only = hang_column(line, block, start), False
        indented = indentation(line) > 0  # whether the numbered line hung on is itself indented
        if hang is None and block.kind in ("heading", "item") and starts_item(line):
            hang, fields_only = block.start - start, True  # a short or ended item: only its fields go on
        if block.kind == "cell":
            cells.append(Cell(block.text, block.start, block.end))
            continue
        flush_cells(cells, blocks)
        blocks.append(block)
    flush_cells(cells, blocks)
    joined = join_continuations(blocks, wraps=document.media_type in ("text/plain", "text/markdown"))
    return [without_stamp(part) for block in joined for part in field_lines(block)]


# A chat bot's stamp after each line of its minutes: who said it and when ("ACTION: ... by 2026-11-02
# (ada_l, 14:12:10)", MeetBot, Zulip and Slack exports); no text of the line
SPEAKER_STAMP = re.compile(r"[ \t]{0,3}\((?:[\w.-]{1,30}),[ \t]{0,3}\d{1,2}:\d{2}(?::\d{2})?\)[ \t.]{0,3}$")


def without_stamp(block: Block) -> Block:
    """A block without the chat bot's stamp ending it (SPEAKER_STAMP); any other block as it is."""
    stamp = SPEAKER_STAMP.search(block.text[-60:]) if block.kind in ("item", "paragraph", "heading") else None
    if stamp is None:
        return block
    end = len(block.text) - 60 + stamp.start() if len(block.text) > 60 else stamp.start()
    pieces = tuple(
        (offset, start, min(stop, start + end - offset))
        for offset, start, stop in block.pieces
        if offset < end
    )
    return replace(block, text=block.text[:end], pieces=pieces or block.pieces[:1])


# --- Titles between rules --------------------------------------------------------------------------

# A line of one character repeated, as plain text draws a rule ("-----", "=====", "*****")
RULE_LINE = re.compile(r"^[ \t]{0,8}([-=_*~#])\1{2,}[ \t]*$")
RULED_TITLE_LENGTH = 120


def ruled_titles(lines: list[tuple[str, int]]) -> tuple[set[int], set[int]]:
    """The titles plain text marks with rules, by their line's index, and the rules' indexes: a line boxed
    between two rules ("-----" / "Section 7, Contacts" / "-----", a change proposal's or a chat bot's
    title), or underlined by a rule as long as it is, give or take a half, after a blank (the setext and
    reStructuredText "Meeting summary" / "---------------"). One pass, each line looked at once or twice."""
    titles: set[int] = set()
    rules: set[int] = set()
    index = 0
    while index < len(lines) - 1:
        text = lines[index][0].strip()
        below = lines[index + 1][0]
        after = lines[index + 2][0] if index + 2 < len(lines) else ""
        if RULE_LINE.match(lines[index][0]) and is_ruled_title(below) and RULE_LINE.match(after):
            titles.add(index + 1)
            rules.update((index, index + 2))
            index += 3
            continue
        blank_before = index == 0 or not lines[index - 1][0].strip()
        underlined = RULE_LINE.match(below) is not None and blank_before and is_ruled_title(lines[index][0])
        if underlined and len(text) / 2 <= len(below.strip()) <= len(text) * 3 / 2 + 2:
            titles.add(index)
            rules.add(index + 1)
            index += 2
            continue
        index += 1
    return titles, rules


CENTRED_INDENT = 6  # a centred title's lines stand at least this far in
CENTRE_SLACK = 3  # how far the centres of its lines may stand apart (an odd length's half column)
CENTRED_LINES = 4  # at most this many lines: longer runs are an indented block of text
CENTRED_WIDTH = 100


def centred_titles(lines: list[tuple[str, int]]) -> dict[int, int]:
    """Titles plain text centres over two to four lines between blank lines (an RFC's "Internet Engineering
    Task Force and" / "International Telecommunication Union - Telecommunication" / "Standardization Sector
    Collaboration Guidelines"), by the index of their first line and the index after their last. A run of
    lines indented alike (a quoted or indented paragraph) or ending at one column (a right-aligned address)
    is no title; nor is a line with columns. One pass, each line looked at once or twice."""
    found: dict[int, int] = {}
    index = 0
    while index < len(lines):
        end = index
        while end < len(lines) and end - index <= CENTRED_LINES and centred_line(lines[end][0]):
            end += 1
        blank_before = index == 0 or not lines[index - 1][0].strip()
        blank_after = end == len(lines) or not lines[end][0].strip()
        if 2 <= end - index <= CENTRED_LINES and blank_before and blank_after and centred(lines[index:end]):
            found[index] = end
        index = max(end, index + 1)
    return found


# A letterhead's line, no title's: a separator of its parts, an address ("Office of the Chief Executive |
# tcca.example", "info@x.example", "www.x.example")
LETTERHEAD_MARK = re.compile(r"[|\u2022\u00b7@]|\b[\w-]+\.(?:[a-z]{2,6})\b(?!\.\w)")


def centred_line(line: str) -> bool:
    text = line.strip()
    indent = len(line) - len(line.lstrip(" "))
    if not text or indent < CENTRED_INDENT or len(line) > CENTRED_WIDTH:
        return False
    return not COLUMN_GAP.search(text) and not LETTERHEAD_MARK.search(text)


def centred(run: list[tuple[str, int]]) -> bool:
    """Whether lines are set about one centre, at different indents and right ends (not a block indented
    alike, not right-aligned), none ending a sentence."""
    indents = [len(line) - len(line.lstrip(" ")) for line, _ in run]
    ends = [len(line.rstrip()) for line, _ in run]
    centres = [(indent + end) / 2 for indent, end in zip(indents, ends, strict=True)]
    if len(set(indents)) < 2 or len(set(ends)) < 2 or max(centres) - min(centres) > CENTRE_SLACK:
        return False
    if any(line.rstrip().endswith((".", "!", "?", ";")) for line, _ in run):
        return False
    # one phrase broken over lines ("Internet Engineering Task Force and" / "International ..."), not a
    # cover's lines set one under the other ("OpenADR Alliance" / "Liaison Statement" / "LS-2026-03")
    return any(reads_into(above.strip(), below.strip()) for (above, _), (below, _) in pairwise(run))


CENTRED_JOINTS = frozenset({"-", "\u2013", "\u2014", "&", "+"})


def reads_into(above: str, below: str) -> bool:
    """Whether a line breaks a phrase the next line goes on with: it ends on a function word, a dash or a
    comma, or the next opens in lower case or with "and"."""
    last = above.split()[-1].lower() if above.split() else ""
    first = below.split()[0] if below.split() else ""
    joined = last in TRAILING_FUNCTION_WORDS or last in CENTRED_JOINTS or above.endswith(",")
    return joined or first[:1].islower() or first.lower() in ("and", "&", "-")


def centred_title(run: list[tuple[str, int]]) -> Block:
    """One heading of a centred title's lines, each line a piece of its text."""
    block = text_block("heading", run[0][0], run[0][1], explicit=True)
    for line, start in run[1:]:
        block = block.joined(text_block("heading", line, start))
    return replace(block, explicit=True)


def is_ruled_title(line: str) -> bool:
    """A line that can be a title a rule marks: some words, short, no rule itself, and no columns (a table's
    header over its ruler, "Work item      Owner   Target", is that table's)."""
    text = line.strip()
    if not text or len(text) > RULED_TITLE_LENGTH or RULE_LINE.match(line) is not None:
        return False
    return COLUMN_GAP.search(text) is None


# --- Tables written one cell a line --------------------------------------------------------------

# The names a table of work gives its columns, as PDF and Word text extraction writes them: each cell
# of the header on a line of its own ("Milestone" / "Target date" / "Status"), then each row's cells
CELL_COLUMN = re.compile(
    r"^(?:(?P<when>(?:(?:new|revised|current|updated|amended|planned|expected|estimated|original|previous|old"
    r"|former|initial)\s+)?"
    r"(?:target(?:\s+(?:date|quarter|month|period|release))?|due(?:\s+(?:date|by))?|deadline|dates?|when"
    r"|expected(?:\s+(?:date|completion|by))?|time\s?frame|timeline|schedule|eta|planned\s+(?:date|for)"
    r"|(?:completion|delivery|end|finish)(?:\s+date)?))"
    r"|(?P<state>status|progress|state)"
    r"|(?P<item>(?:work\s+)?items?|deliverables?|milestones?|actions?(?:\s+items?)?|tasks?|activit(?:y|ies)"
    r"|description|title|topic|subject|outputs?|work\s+packages?)"
    r"|id|#|no\.?|ref(?:erence)?|owners?|leads?|responsible|assignee|who|notes?|remarks|comments?|priority"
    r"|phase|step)$",
    re.IGNORECASE,
)
MAX_CELL_COLUMNS = 8
MAX_CELL_LENGTH = 300


@dataclass(frozen=True)
class CellTable:
    """A table written one cell a line: its header's lines and its rows' lines, and the index of the
    line after it."""

    header: list[tuple[str, int]]
    rows: list[list[tuple[str, int]]]
    end: int


def one_cell_tables(lines: list[tuple[str, int]]) -> dict[int, CellTable]:
    """The tables written one cell a line, by the index of their header's first line. A header is two
    to eight lines each a column's name, one naming when (a target, a date, a due day: else the status);
    its rows are the groups of as many lines after it whose date cell is a target, up to the first that
    is not. A blank line may part the rows; when one parts the header's names (a Word file's paragraphs),
    one may part the cells too. Each line is looked at a bounded number of times."""
    filled = [index for index, (line, _) in enumerate(lines) if line.strip()]
    tables: dict[int, CellTable] = {}
    at = 0
    while at < len(filled):
        run = at
        while (
            run < len(filled)
            and run - at <= MAX_CELL_COLUMNS
            and (run == at or filled[run] - filled[run - 1] <= 2)
            and CELL_COLUMN.match(lines[filled[run]][0].strip())
        ):
            run += 1
        table = None
        for first in (at, at + 1):  # "Milestones" over the header's "Milestone" / "Target" / ...
            if table is None and 2 <= run - first <= MAX_CELL_COLUMNS:
                table = cell_table(lines, filled, first, run)
        if table is not None:
            tables[filled[table[0]]] = table[1]
            at = table[0] + len(table[1].header) * (1 + len(table[1].rows))
        else:
            at = max(run, at + 1)
    return tables


def cell_table(
    lines: list[tuple[str, int]], filled: list[int], first: int, end: int
) -> tuple[int, CellTable] | None:
    """The table whose header is the filled lines first..end (positions in `filled`), when at least one
    row follows it."""
    names = [CELL_COLUMN.match(lines[filled[i]][0].strip()) for i in range(first, end)]
    when = [i for i, m in enumerate(names) if m is not None and m.group("when")]
    state = [i for i, m in enumerate(names) if m is not None and m.group("state")]
    items = [i for i, m in enumerate(names) if m is not None and m.group("item")]
    dated = (when or state)[:1]
    if not dated or not items or dated[0] == items[0]:
        return None
    spaced = any(filled[i] - filled[i - 1] > 1 for i in range(first + 1, end))
    inside, between = (2, 3) if spaced else (1, 2)  # the most a cell's or a row's line may be from the last
    width, rows, at = end - first, [], end
    while at + width <= len(filled):
        positions = range(at, at + width)
        if filled[at] - filled[at - 1] > between or any(
            filled[i] - filled[i - 1] > inside for i in positions[1:]
        ):
            break
        row = [lines[filled[i]] for i in positions]
        if not is_cell_row([line.strip() for line, _ in row], dated[0], items[0]):
            break
        rows.append(row)
        at += width
    if not rows:
        return None
    header = [lines[filled[i]] for i in range(first, end)]
    return first, CellTable(header, rows, filled[at - 1] + 1)


def is_cell_row(cells: list[str], dated: int, item: int) -> bool:
    """Whether lines are one row of a table written one cell a line: its date (or status) cell a target,
    its item's cell words and no target, none a column's name or longer than a cell."""
    if any(len(c) > MAX_CELL_LENGTH or CELL_COLUMN.match(c) for c in cells):
        return False
    return (
        parse_target(cells[dated]) is not None
        and parse_target(cells[item]) is None
        and re.search(r"[^\W\d_]{2}", cells[item]) is not None
    )


def cell_rows(table: CellTable) -> list[Block]:
    """The header and the rows of a table written one cell a line, as the rows of a table."""
    return [
        row_of(
            [
                Cell(line.strip(), start + indentation(line), start + len(line.rstrip()), column)
                for column, (line, start) in enumerate(row)
            ]
        )
        for row in [table.header, *table.rows]
    ]


# --- Field lines a reader ran together ------------------------------------------------------------


def field_lines(block: Block) -> list[Block]:
    """A paragraph of field lines run together, one block per field: only when it opens with a field
    and the text before each later label is a short value (no sentence: a colon inside prose stays)."""
    if block.kind not in ("paragraph", "heading") or block.explicit:
        return [block]
    breaks = frozenset(offset - 1 for offset, _, _ in block.pieces[1:])  # (a line break became a blank)
    cuts = field_cuts(block.text, breaks)
    if not cuts:
        return [block]
    bounds = [0, *[c + 1 for c in cuts], len(block.text) + 1]
    return [text_part(block, start, end - 1) for start, end in pairwise(bounds)]


def text_part(block: Block, start: int, end: int) -> Block:
    """text[start:end] of a block as a block of its own, of the same kind."""
    text = block.text[start:end]
    pieces = tuple((0, s, e) for s, e in block.span_of(start, end))
    offset_pieces, offset = [], 0
    for _, s, e in pieces:
        offset_pieces.append((offset, s, e))
        offset += e - s + 1
    return Block(block.kind, text, tuple(offset_pieces), block.depth, block.label, block.cells)


# --- Plain-text layouts: hanging indents and tables aligned by blanks -----------------------------

# A table drawn in plain text: its rows between bars ("| Joint glossary | Q3 2026 |"), its rules of dashes,
# equals signs and colons between bars or crosses
PIPE_ROW = re.compile(r"^[ \t]*\|[^|\n]*\|[^\n]*\|[ \t]*$")
# A DokuWiki table's row opening with a header cell, its header cells opened by carets ("^ # ^ Work item ^
# Target ^", "^ Next review | November 2026 |"): a row as a pipe row is
CARET_ROW = re.compile(r"^[ \t]*\^[^\n]*[|^][^\n]*[|^][ \t]*$")
TABLE_RULE = re.compile(r"^[ \t]*[|+](?:[ \t]*:?[-=]{3,}:?[ \t]*[|+])+[ \t]*$")


def pipe_cells(line: str, start: int, bar: str = r"\|") -> list[Cell]:
    """The cells of a row drawn between bars (`bar` a pattern: DokuWiki's header cells open with a caret),
    each with its place in the row (an empty one counted)."""
    found = []
    bars = [m.start() for m in re.finditer(bar, line)]
    for column, (low, high) in enumerate(pairwise(bars)):
        piece = line[low + 1 : high]
        body = piece.strip()
        if body:
            at = start + low + 1 + len(piece) - len(piece.lstrip())
            found.append(Cell(body, at, at + len(body), column))
    return found


RULER = re.compile(r"^[ \t]*[-=_]{3,}(?:[ \t]+[-=_]{3,})*[ \t]*$")
# The names a plain-text table gives its columns ("ID    Item    Owner    Due    Status")
COLUMN_NAME = re.compile(
    # (an action list's number column as standards bodies head it: "AP" (3GPP action point), "AI", "Ref.",
    # "Nr.", "Action no.", "Item no.")
    r"^(?:id|#|no\.?|item|work\s+item|items|deliverables?|milestones?|actions?|tasks?|activity|description"
    r"|ap|ai|ref\.?|nr\.?|n\u00b0|number|(?:action|item)\s+(?:id|no\.?|number)|action\s+points?"
    r"|owners?|lead|responsible|due(?:\s+date)?|target(?:\s+date)?|deadline|date|when|status|progress|notes?"
    r"|remarks|comments?|name|organi[sz]ation|role|e-?mail|phone|tel|before|now|after|was|change|previous|new)$",
    re.IGNORECASE,
)
COLUMN_SPLIT = re.compile(r"\S+(?: \S+)*")  # cells: runs of words one blank apart


def indentation(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def starts_item(line: str) -> bool:
    """Whether a line opens with a bullet or a number ("- ", "3.1 ", "(b) ")."""
    stripped = line.lstrip()
    return bool(BULLET.match(line) or NUMBERED.match(line) or NUMBERED_HEADING.match(stripped))


def hang_column(line: str, block: Block, start: int) -> int | None:
    """Where the text of a numbered or bulleted line starts, when a line indented to it would go on
    with it: the line does not end a sentence, and a numbered heading is as long as a wrapped line
    ("2. PARTICIPATING GROUPS" is a heading whose body is indented under it)."""
    column = block.start - start
    if not starts_item(line) or column <= indentation(line) or TERMINAL.search(line):
        return None
    if block.kind == "heading" and len(line.rstrip()) < WRAP_WIDTH:
        return None
    return column


# An Org outline (Emacs's plain-text format: "#+TITLE:" and its settings first, "* Organizations" a top
# heading, "** TODO item" an entry under it): its top headings open the sections, a tag list (":meta:") ends
# one; entries under them stay what they read as (items)
ORG_SETTING = re.compile(r"^#\+[A-Z_]{2,20}:|^#[ \t].*-\*-[ \t]*mode:[ \t]*org\b", re.IGNORECASE)
ORG_TOP_HEADING = re.compile(r"^\*[ \t]++(?P<title>[^\s:*][^\n]{0,150}?)(?:[ \t]++:[\w@:]{1,60}:)?[ \t]*$")
ORG_SETTING_LINES = 12


def org_heading(line: str) -> re.Match[str] | None:
    """An Org outline's top heading, but that of its work items: the entries under it ("** TODO ...", their
    drawers of ":TARGET:" properties) are read by kg.extract.milestones' own Org reader, not as the lines of
    a work-item section (which took each drawer line for one more item)."""
    heading = ORG_TOP_HEADING.match(line)
    return heading if heading is not None and section_kind(heading.group("title")) != "milestones" else None


def is_org_outline(lines: list[tuple[str, int]]) -> bool:
    """Whether a plain text is an Org outline: two of its first lines are Org settings ("#+TITLE: ...")."""
    return sum(1 for line, _ in lines[:ORG_SETTING_LINES] if ORG_SETTING.match(line)) >= 2


# An AsciiDoc section title in a text file ("== Contacts", "=== 2.1 Scope"): a heading the writer marked
ASCIIDOC_TITLE = re.compile(r"^={1,6}[ \t]++(?=[^=\s])(?P<title>[^\n]{1,150}+)$")
# A LaTeX source's sectioning command ("\section*{Schedule 1 -- Initial work plan}"): its title a heading
LATEX_SECTION = re.compile(
    r"^[ \t]{0,8}\\(?:part|chapter|(?:sub){0,2}section|paragraph)\*?\{(?P<title>[^{}\n]{1,150}+)\}[ \t]*$"
)
BRACKET_END = re.compile(r"[)\]]\s*$")


def goes_on_after_bracket(blocks: list[Block], line: str) -> bool:
    """Whether a line indented under an item's text goes on with an item whose line ended on a bracket
    ("A.4  Contact for X: Ana Example (ana@x.example)" / "     replaces the previous contact."): a bracket
    closes no sentence, and a line that opens in lower case starts none."""
    return bool(blocks) and BRACKET_END.search(blocks[-1].text) is not None and line.lstrip()[:1].islower()


def hanging(previous: Block, line: Block, indented: bool = False) -> Block:
    """A numbered line continued under its text ("3.1 Extend the schema with" / "    partitions."):
    one item, whatever the first line alone looked like (a short numbered line reads as a heading), as
    deep as an item its indentation gives ("   5.6  X" / "        - Target: ..." over "   5.7  Y")."""
    joined = previous.joined(line)
    if previous.kind in ("item", "paragraph"):
        return joined
    return replace(joined, kind="item", explicit=False, depth=1 if indented else 0)


def column_starts(line: str) -> list[int] | None:
    """The start of each column of a header line whose cells, two or more blanks apart, are all
    column names; None for any other line."""
    if "\t" in line:
        return None
    cells = list(COLUMN_SPLIT.finditer(line))
    gaps = [b.start() - a.end() for a, b in pairwise(cells)]
    if len(cells) < 2 or min(gaps) < 2:
        return None
    names = [COLUMN_NAME.match(c.group()) or CELL_COLUMN.match(c.group()) for c in cells]
    if not all(names):
        return None
    if len(cells) == 2:  # "Milestone      Target date": two names, an item's and a target's
        kinds = [CELL_COLUMN.match(c.group()) for c in cells]
        if not (kinds[0] and kinds[1] and kinds[0].group("item") and kinds[1].group("when")):
            return None
    return [c.start() for c in cells]


RULER_RUN = re.compile(r"[-=_]{3,}")


def ruled_header(header: tuple[str, int] | None, ruler: str) -> list[int] | None:
    """The columns of a header line a ruler underlines, one run of dashes a column ("Work area    Target"
    over "---------    ------"): the runs' starts, when there are two or more and the header has one
    cell over each run and none across the start of one; None otherwise."""
    if header is None or "\t" in header[0] or RULER.match(ruler) is None:
        return None
    columns = [m.start() for m in RULER_RUN.finditer(ruler)]
    cells = list(COLUMN_SPLIT.finditer(header[0]))
    if len(columns) < 2 or len(cells) != len(columns) or not aligned(header[0], columns):
        return None
    return columns if all(c.start() >= column for c, column in zip(cells, columns, strict=True)) else None


def aligned(line: str, columns: list[int]) -> bool:
    """Whether a line is a row of the table whose columns start at `columns`: no word runs across
    the start of a column (line_columns), and it has a cell in the first column."""
    if "\t" in line or indentation(line) > columns[0] or not line.strip():
        return False
    return line_columns(line, columns) is not None


def in_columns(line: str, columns: list[int]) -> bool:
    """Whether a line is one of a table's whose first column it leaves blank: indented past it, no word
    crossing a column's start."""
    if "\t" in line or not line.strip() or indentation(line) <= columns[0]:
        return False
    return line_columns(line, columns, slack=0) is not None


# How far a cell may start before its column, after two blanks: a hand-typed table's cells are a character
# or two off the header's ("Activity      Planned for" over "... substations    2027 Paris Session")
COLUMN_SLACK = 2


def line_columns(line: str, columns: list[int], slack: int = COLUMN_SLACK) -> list[int] | None:
    """Where each column starts on this line: at the header's column when a blank stands before it, else
    up to `slack` characters before it where a cell opens after two blanks (not on a line going on with
    a row: its words are the row's, wherever they stand); None when a word runs across a column's start."""
    starts = [columns[0]]
    for column in columns[1:]:
        if column >= len(line) or line[column - 1] == " ":
            starts.append(column)
            continue
        shifted = next(
            (
                at
                for at in range(column - 1, column - slack - 1, -1)
                if at >= 2 and line[at - 2 : at] == "  " and line[at] != " "
            ),
            None,
        )
        if shifted is None:
            return None
        starts.append(shifted)
    return starts


def goes_on_in_columns(line: str, columns: list[int], row: dict[int, list[Cell]]) -> bool:
    """Whether a line of the table (in_columns) goes on with the row above, its cells wrapped in their
    columns: the row fills the first column (a number, an identifier), and the row above or the line
    itself lacks the last column (the row is not complete yet, or the line adds words to it); a table
    whose first column groups complete rows starts a row each line."""
    if 0 not in row:
        return False
    last = len(columns) - 1
    return last not in row or len(line) <= columns[-1] or not line[columns[-1] :].strip()


def wrapped_row(parts: dict[int, list[Cell]]) -> Block:
    """A row whose cells were wrapped over several lines: each cell's lines joined by a space, each line's
    text a piece of its own (so that every character still maps to the document)."""
    cells: list[Cell] = []
    pieces: list[Piece] = []
    offset = 0
    for column in sorted(parts):
        fragments = parts[column]
        at = offset
        for fragment in fragments:
            pieces.append((at, fragment.start, fragment.end))
            at += len(fragment.text) + 1
        text = " ".join(fragment.text for fragment in fragments)
        cells.append(Cell(text, fragments[0].start, fragments[-1].end, column))
        offset += len(text) + 1
    return Block("row", "\t".join(cell.text for cell in cells), tuple(pieces), cells=tuple(cells))


def aligned_cells(line: str, start: int, columns: list[int]) -> list[Cell]:
    columns = (line_columns(line, columns) if indentation(line) <= columns[0] else None) or columns
    cells = []
    for index, (low, high) in enumerate(pairwise([*columns, max(len(line), columns[-1])])):
        piece = line[low:high] if index < len(columns) - 1 else line[low:]
        body = piece.strip()
        if body:
            at = start + low + len(piece) - len(piece.lstrip())
            cells.append(Cell(body, at, at + len(body), index))
    return cells


def flush_cells(cells: list[Cell], blocks: list[Block]) -> None:
    if cells:
        blocks.append(row_of(list(cells)))
        cells.clear()


# --- Continuations ----------------------------------------------------------------------------


def join_continuations(blocks: list[Block], wraps: bool = False) -> list[Block]:
    """Join text broken by a blank line or a page: a paragraph that runs on into the next one; in
    plain text (`wraps`), also a line wrapped at a margin inside a sentence."""
    content = [b for b in blocks if b.kind != "blank"]
    # A list item ends at a blank line: what follows is no wrap of it (a contact line of 64 characters
    # took the approval sentence after it into its role), only maybe a continuation.
    after_blank = {id(b) for before, b in pairwise(blocks) if before.kind == "blank"}
    # A blank line ends a dated entry or comes before a header field: "... by 15 September 2027" / blank /
    # "CCMC to ..." are two paragraphs, as "Subject: ..." / blank / "From: ..." are two fields; except in a
    # text that writes a blank line after each of its lines (double-spaced): there blank lines part nothing
    spaced = double_spaced(content, after_blank)
    result: list[Block] = []
    for index, block in enumerate(content):
        following = content[index + 1] if index + 1 < len(content) else None
        item_ended = result and result[-1].kind == "item" and id(block) in after_blank
        if result and numbered_next(result[-1], block) and id(block) not in after_blank:
            # "1. Plan circulated ..." / "2. First draft ...": two entries of one numbered list, line by line
            result[-1] = as_entry(result[-1])
            result.append(as_entry(block))
        elif result and (numbered_apart(block, after_blank) or numbered_next(result[-1], block)):
            result.append(block)
        elif result and lettered_entry(result[-1], block, following):
            result.append(block)  # "A. Storage profile" under "c) ... promotion of the": an entry of its own
        elif (
            result
            and wraps
            and not item_ended
            and wraps_on(result[-1], block)
            and (spaced or id(block) not in after_blank or not ends_entry(result[-1], block))
        ):
            joined = result[-1].joined(block)
            result[-1] = replace(joined, kind="paragraph") if joined.kind == "heading" else joined
        elif result and continues(result[-1], block, following):
            result[-1] = result[-1].joined(block)
        elif result and numbered_fields(result[-1], block):
            # "1. Joint glossary of tide gauge terms" (a short line, read as a heading) over "Owner: HMC"
            # and "Target: Q3 2026": one item with its fields, no heading of a section
            result[-1] = replace(result[-1].joined(block), kind="item", explicit=False)
        else:
            result.append(block)
    return result


DOUBLE_SPACED_LINES = 8  # at least this many lines
DOUBLE_SPACED_SHARE = 0.9  # of which at least this share stand after a blank line


def double_spaced(content: list[Block], after_blank: set[int]) -> bool:
    """Whether a text writes a blank line after (nearly) every line, wrapped paragraphs too (a converter's
    double-spaced output): there a blank line parts no paragraph, elsewhere it ends one."""
    if len(content) < DOUBLE_SPACED_LINES:
        return False
    spaced = sum(1 for block in content[1:] if id(block) in after_blank)
    return spaced >= DOUBLE_SPACED_SHARE * (len(content) - 1)


def ends_entry(previous: Block, block: Block) -> bool:
    """Whether a blank line between two blocks ends the one above, whose last line would read as wrapped
    into the next: it ends on a day or a target ("CCMC to circulate X by 15 September 2027", "Joint
    profile - Q3 2027"), or the next opens with a header field's label ("From: Ana <ana@x.example>")."""
    _, start, end = previous.pieces[-1]
    last_line = previous.text[len(previous.text) - (end - start) :]
    if ENDS_ON_DAY.search(last_line) or FIELD_HEADING.match(block.text):
        return True
    return split_target(last_line)[1] is not None


def numbered_apart(block: Block, after_blank: set[int]) -> bool:
    """A numbered line read as a heading after a blank line ("4. Next meetings" under a list's last entry):
    the next numbered part of the text, never the rest of the paragraph above (its number was lost
    there, and the heading with it)."""
    return implicit_heading(block) and block.label is not None and id(block) in after_blank


def numbered_next(previous: Block, block: Block) -> bool:
    """A line numbered next after the numbered line above it ("1. Plan circulated to both secretariats on 26
    April 2027" over "2. First working draft distributed 30 June 2027"): the list's next entry, never the
    wrapped rest of a long entry, however long the one above."""
    if block.label is None or previous.label is None or block.explicit:
        return False
    return next_label(previous.label) == block.label


def as_entry(block: Block) -> Block:
    """A numbered line read as a heading or a paragraph for its shape, as the list entry it is."""
    shaped = block.kind in ("heading", "paragraph") and not block.explicit
    return replace(block, kind="item") if shaped else block


def numbered(block: Block) -> bool:
    """A numbered or lettered line: an item with its label, or a short one read as a heading."""
    return block.kind in ("item", "heading") and block.label is not None and not block.explicit


def numbered_fields(previous: Block, block: Block) -> bool:
    """Whether `block` is a field line ("Owner: HMC", "Target: Q3 2026") of a numbered line read as a
    heading for its shape (or of such a line that already took a field)."""
    shaped = block.kind == "paragraph" or implicit_heading(block)
    return numbered(previous) and shaped and ITEM_FIELD_LINE.match(block.text) is not None


def continues(previous: Block, block: Block, following: Block | None) -> bool:
    """Whether `block` goes on with the block before it: a paragraph broken by a blank line or a
    page, a line read as a heading for its shape that reads on in sentence case, or the fields of a
    list item on its next lines ("Owner: both. Target: TBD.", "Target ...... 2024/11")."""
    fields = ITEM_FIELD_LINE.match(block.text) is not None
    if previous.kind == "item" and (block.kind == "paragraph" or implicit_heading(block)) and fields:
        return True
    if not (previous.kind in ("paragraph", "item") or implicit_heading(previous)):
        return False
    if not (block.kind == "paragraph" or (implicit_heading(block) and reads_on(previous, block))):
        return False
    if TERMINAL.search(previous.text.rstrip()[-1:]):
        return False  # (its last mark only: a block joined line by line was read whole at each line)
    if SPEAKER_MARK.match(block.text):
        return False  # "10:32:05 <RRSAgent> ...": a chat log's next line, whatever it opens with
    if ISO_OPENING.match(block.text) and (implicit_heading(previous) or ISO_OPENING.match(previous.text)):
        return False  # "PHASE 1: SET-UP" / "2025-03-04 Joint kick-off call" / "2025-03-18 ...": dated lines
    if opens_with_target(block.text) or DAY_MONTH_OPENING.match(block.text):
        return False  # "Q3 2026: Joint glossary" / "2H2027: Reference mapping" / "16 April - X": a timeline
    if run_of_days(previous, block, following):
        return False  # "16th of April first public draft" / "30th of April comments close": a timeline
    if block.text[:1].isdigit() and implicit_heading(previous) and is_title_case(previous.text):
        return False  # "Joint Work Register" / "12 organizations ...": a title, then its text's first line
    if described(previous, block):
        return False  # "HbbTV Association" over "to keep the two in step": a term, then its description
    if implicit_heading(block) and ENDS_ON_DAY.search(previous.text):
        return False  # "ACTION: X to publish the draft by 30 June 2027" / "Joint plugfest": the next topic
    if block.text[:1].islower() or block.text[:1].isdigit():
        return True
    return previous.kind == "item" and following is not None and following.kind == "item"


# A short line that ends on a name ("HbbTV Association", "Broadband Forum (BBF)", "450 MHz Alliance"), and
# the words that would go on with it were it a sentence broken there ("... signed by the Khronos Group" /
# "and ASAM on 3 May")
TERM_LINE = re.compile(r"^[A-Z0-9][^.:;!?]{0,50}[ \t](?:[A-Z][\w&'-]*|\([A-Z][\w&.-]*\))$")
JOINING_WORDS = frozenset(
    ["and", "or", "of", "for", "with", "in", "on", "at", "by", "from", "as", "nor", "but"]
)


# A line that ends on a full day ("... by 30 June 2027", "... due 2027-07-15"): a dated entry, whole
ENDS_ON_DAY = re.compile(
    rf"(?:\b\d{{1,2}}(?:st|nd|rd|th)?[ \t]+(?i:{MONTH})\.?,?[ \t]+(?:19|20)\d{{2}}"
    rf"|\b(?i:{MONTH})\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?,[ \t]+(?:19|20)\d{{2}}"
    r"|\b(?:19|20)\d{2}-[01]\d-[0-3]\d)$"
)


def described(previous: Block, block: Block) -> bool:
    """Whether `block` describes the name on the short line before it, as a list of bodies without markup
    writes each ("450 MHz Alliance" / "liaison with AISG to discuss remote control of antennas" / "Agreed
    in March 2004"): the name is a line of its own read as a heading for its shape, and the description
    opens in lower case with no word that would go on with a name in a sentence."""
    if not (implicit_heading(previous) and len(previous.pieces) == 1 and TERM_LINE.match(previous.text)):
        return False
    first = block.text.split(maxsplit=1)[0] if block.text else ""
    # (a word in lower case: an address, "https://..." or "ana@example.org", is no description)
    return re.fullmatch(r"[a-z][a-z-]*,?", first) is not None and first not in JOINING_WORDS


# A line that opens with its target and a colon or a dash ("Q3 2026: Joint glossary", "31 Mar 2027 - Test
# event", "TBD: Shared test suite")
TARGET_OPENING = re.compile(
    r"^(?P<target>[^:\s\u2013\u2014]{1,12}(?: [^:\s\u2013\u2014]{1,12}){0,3})"
    r"\s*(?::|\s[-\u2013\u2014])\s+(?=\S)"
)


def run_of_days(previous: Block, block: Block, following: Block | None) -> bool:
    """Whether `block` opens with a day and its month and goes on in lower case (DAY_MONTH_WORDS), as the
    last line above it or the block after it does: a timeline written without dashes ("16th of April first
    public draft" / "30th of April comments close"), whose lines are entries, never one line wrapped."""
    if DAY_MONTH_WORDS.match(block.text) is None:
        return False
    _, start, end = previous.pieces[-1]
    last_line = previous.text[len(previous.text) - (end - start) :]
    return DAY_MONTH_WORDS.match(last_line) is not None or (
        following is not None and DAY_MONTH_WORDS.match(following.text) is not None
    )


def opens_with_target(text: str) -> bool:
    opening = TARGET_OPENING.match(text)
    return opening is not None and parse_target(opening.group("target")) is not None


def dated_line(block: Block) -> bool:
    """A short line read as a heading for its shape that opens or ends with a target ("Q3 2026: Joint
    glossary of tide gauge terms", "Shared conformance test suite: TBD", "3 June - Draft approved for public
    review"): an item of a list written without bullets, which opens no section whatever its words
    ("terms", "scope", "review")."""
    if not implicit_heading(block):
        return False
    opens = opens_with_target(block.text) or DAY_MONTH_OPENING.match(block.text) is not None
    return opens or split_target(block.text)[1] is not None


# A line that opens with an ISO day or month ("2025-03-04 Joint kick-off call", "2025-09"): an entry of a
# dated list, not the rest of the short line above it
ISO_OPENING = re.compile(r"^(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?\b")


# A plain-text paragraph wrapped at a margin: its last line is long and ends inside a sentence.
WRAP_WIDTH = 60


DOT_LEADER = re.compile(r"\.{4,}|\u2026")


# A chat log's line opening with its speaker, after its time or not ("<kaz> ACTION: ...", "[10:32] <ada> ...",
# "10:32:05 <trackbot> Created ACTION-123"): a line of its own, never the wrapped rest of the one above
SPEAKER_MARK = re.compile(r"^(?:\[?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]+)?<[^<>\s]{1,40}>[ \t]")


def wraps_on(previous: Block, block: Block) -> bool:
    """ "... and Quantum Grid" / "Alliance e.V., trading as ...": the next line of one paragraph."""
    if not (previous.kind in ("paragraph", "item") or implicit_heading(previous)):
        return False
    if not (block.kind == "paragraph" or (implicit_heading(block) and reads_on(previous, block))):
        return False
    _, start, end = previous.pieces[-1]
    if not (end - start >= WRAP_WIDTH and previous.text[-1:].isalnum() and block.start <= end + 8):
        # a short line, one ending in a mark or one a gap away: no wrap, whatever the costlier tests below
        # say (each is a condition of the wrap; asked first, they spare a paragraph's two date readings)
        return False
    last_line = previous.text[len(previous.text) - (end - start) :]
    if SPEAKER_MARK.match(block.text):
        return False  # "<trackbot> Created ACTION-123 ...": a chat log's next line, another speaker's
    if DAY_MONTH_OPENING.match(block.text):
        return False  # "16 April - Circulate the draft" over "30 April - Comments due": two entries
    if run_of_days(previous, block, None):
        return False  # "16th of April first public draft of the note" over "30th of April comments ...": two
    if implicit_heading(block) and block.start > end + 1 and ENDS_ON_DAY.search(previous.text):
        return False  # "ACTION: X to publish the draft by 30 June 2027", a blank line, "Joint plugfest"
    if len(previous.pieces) == 1 and is_title_case(last_line):
        return False  # "Joint Work Register - Interconnect Description" / "Version 0.9": a title

    if split_target(last_line)[1] is not None and split_target(block.text)[1] is not None:
        return False  # "X for both communities - Q3 2026" over "Y for the portal - 2H2027": two dated lines
    # an aligned table's rows; a line with dotted leaders ("Joint demonstration ...... April 2025") is a row
    # of two columns, which the next line never goes on
    columns = COLUMN_GAP.search(last_line) or COLUMN_GAP.search(block.text) or DOT_LEADER.search(last_line)
    opens = block.text.split(maxsplit=1)[0] in SENTENCE_OPENERS  # unpunctuated lines of a list
    # two lines that each open with a field's label ("Liaison officer for A: Name, a@x" / "Liaison officer
    # for B: ..."): two fields, however long the first
    fields = FIELD_HEADING.match(last_line) is not None and FIELD_HEADING.match(block.text) is not None
    return not columns and not opens and not fields


def is_title_case(line: str) -> bool:
    """A line of three or more words, each capitalised but the function words: a title, not the
    first line of a wrapped sentence."""
    words = [w for w in re.split(r"[\s-]+", line) if w[:1].isalpha()]
    return len(words) >= 3 and all(w[:1].isupper() or w in TITLE_FUNCTION_WORDS for w in words)


def reads_on(previous: Block, block: Block) -> bool:
    """Whether a short line read as a heading goes on with the line before it: after a paragraph (not
    a list item), naming no kind of section, in sentence case ("Exploitability eXchange (VEX) profiles
    with the ..."), not title case ("Work Register Review Date")."""
    if previous.kind == "item" or section_kind(block.text) is not None:
        return False
    words = [w for w in block.text.split() if w.isalpha()]
    return sum(1 for w in words if w.islower() and w not in TITLE_FUNCTION_WORDS) >= 1


def implicit_heading(block: Block) -> bool:
    """A line read as a heading for its shape alone (short, no verb the rules know), not marked as one."""
    return block.kind == "heading" and not block.explicit


SENTENCE_OPENERS = frozenset(
    [
        "The",
        "This",
        "These",
        "That",
        "Those",
        "A",
        "An",
        "It",
        "Its",
        "We",
        "Our",
        "Each",
        "All",
        "Both",
        "In",
        "For",
        "If",
        "When",
        "Any",
        "No",
    ]
)


COLUMN_GAP = re.compile(r"\S\s{3,}\S|\t")


# --- Blocks to sections -----------------------------------------------------------------------


# A schedule, annex or exhibit with its number and title ("Schedule 2 - Liaison managers"): its title says
# what it holds, whatever the word before it says
LABELLED_PART = re.compile(
    r"^\W{0,3}(?:schedule|annex|appendix|exhibit|attachment)\s{1,3}[\w.]{1,4}\s{0,3}[:.\u2013\u2014-]\s*+(?=\w)",
    re.IGNORECASE,
)


# How many labels ("Schedule 2 -", "Annex A:") a heading's kind is looked for behind: a real heading has one
# or two; a hostile one repeating a label 1,200 times ran the recursion out (a RecursionError, exit 1).
NESTED_LABELS = 3


# A section of the document referred to by its number ("Section 5 (Milestones)", "clause 7.2", "Article 3")
SECTION_REFERENCE = re.compile(
    r"\b(?:sections?|clauses?|articles?|items?)\s{1,3}\d{1,3}(?:\.\d{1,3}){0,3}\b", re.IGNORECASE
)


def section_kind(title: str, depth: int = 0) -> str | None:
    """The kind of section a heading opens; "Addendum A: Additional Milestones" is a milestones section,
    "Schedule 2 - Liaison managers" a contacts one. A line referring to two sections or more by their
    numbers ("Section 5 (Milestones), Section 7 (Contacts)": a change proposal's "Sections of document
    affected") lists other sections and opens none."""
    if len(SECTION_REFERENCE.findall(title[:300])) >= 2:
        return None
    nested = depth < NESTED_LABELS
    labelled = LABELLED_PART.match(title) if nested else None
    if labelled is not None:
        kind = section_kind(title[labelled.end() :], depth + 1)
        if kind is not None:
            return kind
    for kind, pattern in SECTION_KINDS:
        match = pattern.search(title)
        if match:
            rest = section_kind(title[match.end() :], depth + 1) if kind == "addendum" and nested else None
            return rest or kind
    return None


def is_title(block: Block) -> bool:
    return (
        block.kind == "heading"
        and re.search(r"\b(register|agreement|memorandum)\b", block.text, re.I) is not None
    )


# A title of the kind's words alone: a letterhead's "WORK REGISTER" above the register's own title
GENERIC_TITLE = re.compile(
    r"(?:(?:joint|alliance|work|register|memorandum|of|understanding|agreement|cooperation|the)\b\W*)+",
    re.IGNORECASE,
)


def document_title(blocks: list[Block]) -> Block | None:
    """The first title-like heading of the first three blocks, passing over one that only names the
    kind of document ("WORK REGISTER" under a letterhead) when a later one names this document."""
    candidates = [b for b in blocks[:3] if is_title(b)]
    named = [b for b in candidates if not GENERIC_TITLE.fullmatch(b.text.strip())]
    return named[0] if named else candidates[0] if candidates else None


def read_layout(document: SourceText) -> Layout:
    """Blocks grouped under the headings that name a kind of section; other headings stay inside."""
    blocks = read_blocks(document)
    title = document_title(blocks)
    sections = [Section("preamble", None)]
    for index, block in enumerate(blocks):
        if block is title:
            continue
        kind = section_kind(block.text) if block.kind == "heading" and not dated_line(block) else None
        if kind is not None and is_record_field(block, blocks[index + 1 : index + 2], sections[-1].kind):
            kind = None
        if kind is not None and is_contact_line(sections[-1], block, kind):
            kind = None
        if kind is not None and is_item_title(sections[-1], block, kind):
            kind = None
        if kind is not None and VERSION_LINE.match(block.text):
            kind = None  # "Version 1.0 (approved text pending)", "Draft 0.4 for board review": the header's
        if kind == "review" and MEETING_REVIEW.search(block.text):
            kind = "body"  # "Review of previous actions": an item of the meeting, no review of the document
        if kind is not None and TOC_ENTRY.search(block.text):
            kind = None  # "Approval ........ 4": an entry of the table of contents, the section is further on
        if kind is not None and not names_the_plan(block, blocks):
            sections.append(Section(kind, block))
            if kind != "contacts" and not block.explicit and is_header_field(block, kind):
                # "APPROVAL : Agreed at the meeting", "ACTION: For approval by ...": a header field with
                # its value, not the heading of the text after it
                sections.append(Section("body", None))
        elif (
            ends_numbered_parties(sections[-1], block)
            or ends_numbered_section(sections[-1], block)
            or ends_agenda_item(sections[-1], block)
        ):
            sections.append(Section("body", block))
        elif ends_header_contacts(sections[-1], block):
            sections.append(Section("body", None, [block]))
        else:
            sections[-1].blocks.append(block)
    for section in sections:
        if section.kind == "approval" and plans_the_execution(section):
            section.kind = "milestones"
    return Layout(title, [s for s in sections if s.blocks or s.heading is not None])


# What a meeting reviews as an item of its agenda ("Review of previous actions", "Review of action points",
# "Review of the minutes of meeting #6", "Review of open items"): its own business, no review of the document
MEETING_REVIEW = re.compile(
    r"\breview\s+of\s+(?:the\s+)?(?:(?:previous|past|last|open|outstanding|pending|earlier)\s+)?"
    r"(?:actions?|action\s+(?:items?|points?|list)|minutes|agenda|open\s+items|decisions)\b",
    re.IGNORECASE,
)


# An entry of a table of contents: its title, dot leaders, its page ("Approval ........ 4", "Work items....2")
TOC_ENTRY = re.compile(r"(?:\.[ \t]?){3,}[ \t]*\d{1,4}[ \t]*$")

# A section titled "Execution" alone: an agreement's signing page, or a register's plan of how the work is
# carried out; a plan's table names its columns by the work and its days ("Task | Responsible | Due")
EXECUTION_ALONE = re.compile(r"^\W*execution\W*$", re.IGNORECASE)
PLAN_COLUMNS = re.compile(
    r"\b(?:tasks?|work\s+items?|items?|deliverables?|milestones?|activit(?:y|ies)|actions?|due|targets?"
    r"|target\s+date|deadlines?|responsible|owners?|lead|schedule|timeline|status|outputs?)\b",
    re.IGNORECASE,
)


def plans_the_execution(section: Section) -> bool:
    """Whether a section titled "Execution" is a work plan (its first block a table's header naming the
    work and its days), no signatures: an agreement's execution page lists parties, names and dates."""
    if section.heading is None or EXECUTION_ALONE.match(section.heading.text) is None:
        return False
    first = next((block for block in section.blocks if block.kind != "heading"), None)
    if first is None or first.kind != "row":
        return False
    return sum(1 for cell in first.cells if PLAN_COLUMNS.search(cell.text)) >= 2


# A document's version line ("Version 1.0 (approved text pending)", "Rev. 2 - draft for review"): no heading
# of a section, whatever its words
VERSION_LINE = re.compile(r"^\W{0,3}(?:version|revision|rev\.?|draft|edition|issue)\s{0,3}\d", re.IGNORECASE)

# The kinds of section that end a list of work items whatever their title's length
ENDING_KINDS = frozenset(
    {"milestones", "contacts", "approval", "review", "history", "addendum", "organizations"}
)
SECTION_TITLE_WORDS = 4


REVIEW_OF_DOCUMENT = re.compile(
    r"\b(?:register|agreement|memorandum|mou|plan|document|date|annual|yearly|periodic|next)\b|^\W*review\W*$",
    re.IGNORECASE,
)


COMPOUND_REVIEW = re.compile(r"\b(?:cross|peer|joint|mutual)[- ]review\b", re.IGNORECASE)


def is_item_title(section: Section, block: Block, kind: str) -> bool:
    """A work item's title heading its description inside a work-item section ("### Joint glossary of
    tide gauge terms"): a title of many words whose word of a kind of section ("terms", "access") names
    the item's subject, not a section; section titles are short ("Terms", "Intellectual property")."""
    if section.kind != "milestones":
        return False
    if kind == "review":  # "Cross-review of drafts" is work; "Work Register Review Date" the document's
        return (
            COMPOUND_REVIEW.search(block.text) is not None and REVIEW_OF_DOCUMENT.search(block.text) is None
        )
    return kind not in ENDING_KINDS and len(block.text.split()) > SECTION_TITLE_WORDS


def is_header_field(block: Block, kind: str) -> bool:
    """A heading-shaped line that is a header field with its value ("APPROVAL : Agreed at ..."), not a
    title with its subtitle: a slide's "Work register items: status (1/2)" names a work-item section in its
    label and says of what in a few words after it."""
    if FIELD_HEADING.match(block.text) is None:
        return False
    label, _, value = block.text.partition(":")
    subtitle = kind == "milestones" and section_kind(label) == "milestones" and len(value.split()) <= 4
    return not subtitle


def is_contact_line(section: Section, block: Block, kind: str) -> bool:
    """A line of a contact's card read as a heading for its shape inside a contacts section: a role
    with a comma ("Co-Director, Fiber Access Networks Work Area") opens no section about access."""
    if section.kind != "contacts" or block.explicit:
        return False
    return "," in block.text and kind not in ("approval", "addendum", "milestones", "contacts")


# A header field read as a heading: a short label, a colon (maybe after padding) and its value
FIELD_HEADING = re.compile(r"^\W{0,3}[A-Za-z][\w./()-]{0,20}(?: [\w./()-]{1,20}){0,3} {0,12}:[ \t]*\S")
FIELD_NAME = re.compile(r"^\W{0,3}(?P<name>[A-Za-z][\w./()-]{0,20}(?: [\w./()-]{1,20}){0,3}) {0,12}:")


def is_record_field(block: Block, following: list[Block], current: str) -> bool:
    """A field of a record of `Label: value` lines read as a heading for its shape, over another field
    ("Deliverable: Glossary of tide gauge terms" over "Due: Q3 2025"): no section heading. Inside a
    work-item section its value's words ("terms") open none; anywhere, a label naming a work item ("Work
    item: X") opens none. A line that is one field alone, and a statement's header fields outside a
    work-item section ("From: Forum, Access Work Area"), keep their reading."""
    name = FIELD_NAME.match(block.text)
    if block.explicit or name is None or not following or following[0].explicit:
        return False
    if FIELD_HEADING.match(following[0].text) is None:
        return False
    label_kind = section_kind(name.group("name"))
    return label_kind == "milestones" or (current == "milestones" and label_kind is None)


def names_the_plan(block: Block, blocks: list[Block]) -> bool:
    """A document's own title naming it a plan or schedule ("BBF / ONF Joint Work Plan: ..."), in its
    first lines: the whole document, not a section of work items (its fields and background follow)."""
    # a bare "Work plan" under the title and its first paragraph heads the plan's section, not the document
    bare = SECTION_NAME.fullmatch(block.text) is not None and block is not blocks[0]
    return block in blocks[:3] and PLAN_TITLE.search(block.text) is not None and not bare


PLAN_TITLE = re.compile(r"\b(?:joint\s+)?work\s+plan\b|\broadmap\b", re.IGNORECASE)
SECTION_NAME = re.compile(
    r"\W*(?:\d{1,2}\.?\s+)?(?:(?:joint|our)\s+)?(?:work\s+plan|roadmap)\W*", re.IGNORECASE
)


def ends_numbered_parties(section: Section, block: Block) -> bool:
    """A numbered heading at the depth of a numbered parties section's own ("1. PARTIES", then "2.
    SUBJECT"): the next clause, whatever its title, not one more party of the list."""
    heading = section.heading
    if section.kind != "organizations" or heading is None or heading.label is None:
        return False
    return (
        block.kind == "heading"
        and block.label is not None
        and block.label.count(".") == heading.label.count(".")
    )


def ends_numbered_section(section: Section, block: Block) -> bool:
    """The heading numbered next after a numbered section's own ("2.  Liaison Managers", then "3.  Groups
    Involved"; "2 Approval of the agenda", then "3 Handover interface"): the next section, whatever its title,
    not more of this one (an RFC's "4. Security Considerations" and "Authors' Addresses" were read as
    contacts, a report's action items' dates as approvals). The next number at the heading's level or above
    ends it too: minutes' agenda item "1.2 Approval of the agenda" ends at "1.3 ..." or "2 COOPERATION WITH
    ETSI" (it had taken the rest of the record). Only those next numbers: a numbered list under the heading
    ("1. Ana Example" under "5. Contacts") stays in it, and so does a deeper "1.2.1"."""
    heading = section.heading
    own = heading_number(heading) if heading is not None else None
    if section.kind in ("preamble", "body") or own is None:
        return False
    number = heading_number(block) if block.kind == "heading" else None
    return number is not None and number in following_numbers(own)


# Minutes' item adopting their agenda or an earlier record ("Adoption of the agenda", "Agenda approval",
# "Approval of the minutes of meeting 12"), however numbered or not
AGENDA_ITEM_APPROVAL = re.compile(
    r"^\W{0,3}(?:(?:agenda\s+)?(?:item|point)\s+)?(?:\d{1,2}(?:\.\d{1,2})*[.:)]?\s+)?"
    r"(?:(?:approval|adoption)\s+of\s+(?:the\s+)?(?:(?:draft|revised|provisional|previous)\s+)?"
    r"(?:agenda|minutes|report)|(?:agenda|minutes|report)\s+(?:approval|adoption))\b",
    re.IGNORECASE,
)


def ends_agenda_item(section: Section, block: Block) -> bool:
    """A heading after minutes' agenda item adopting their agenda (AGENDA_ITEM_APPROVAL): the next item,
    whatever its title, when both are marked alike (two Markdown headings; two short lines of a text) and not
    both numbered (then ends_numbered_section decides): the approval is a line or two, never the rest of the
    record (an unnumbered "Adoption of the agenda" took the actions after it)."""
    heading = section.heading
    if section.kind != "approval" or heading is None or block.kind != "heading":
        return False
    if AGENDA_ITEM_APPROVAL.match(heading.text) is None or block.explicit != heading.explicit:
        return False
    if heading_number(heading) is not None and heading_number(block) is not None:
        return False  # both numbered: the numbers say where it ends ("1.2.1 Late items" is inside "1.2 ...")
    return not dated_line(block) and FIELD_HEADING.match(block.text) is None


def following_numbers(label: str) -> set[str]:
    """The numbers that may head the section after one numbered `label`: the next at its level and at
    each level above it ("1.2.3" -> "1.2.4", "1.3", "2"), written without a final stop."""
    parts = label.rstrip(".").split(".")
    found = set()
    for depth in range(len(parts), 0, -1):
        following = next_label(".".join(parts[:depth]))
        if following is not None:
            found.add(following)
    return found


def heading_number(block: Block) -> str | None:
    """A heading's number: its label, or for a heading the format marks ("## 2. Thread 1.4") the number its
    text opens with (only a plain-text heading has it split off), so that Markdown's numbered sections end
    one another as a text's do."""
    if block.label is None and (item := AGENDA_ITEM_NUMBER.match(block.text)) is not None:
        return item.group("number")  # "Item 2. Alignment of terminology", "Agenda item 4: Liaisons"
    if block.label is not None or not block.explicit:
        return block.label
    numbered = NUMBERED_HEADING.match(block.text.strip())
    return numbered.group("number") if numbered is not None else None


# A meeting record's heading numbered as an item of its agenda ("Item 2. Alignment of terminology", "Agenda
# item 4: Liaisons", "Point 3 - Next meeting"): the number is the heading's, as "2. Alignment ..." would be
AGENDA_ITEM_NUMBER = re.compile(
    r"^\W{0,3}(?:agenda\s+)?(?:item|point)\s+(?P<number>\d{1,2}(?:\.\d{1,2})*)[.:)]?(?:\s+[-\u2013\u2014]\s+|\s+)(?=\S)",
    re.IGNORECASE,
)


def next_label(label: str) -> str | None:
    """The number after a section's ("2" -> "3", "4.1" -> "4.2"); None for a letter or a numeral."""
    head, dot, last = label.rstrip(".").rpartition(".")
    return f"{head}{dot}{int(last) + 1}" if last.isdigit() else None


ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")


def next_labels(label: str) -> set[str]:
    """The labels a list's next entry may carry after `label`: the next number (next_label), letter ("a" ->
    "b", "B" -> "C") or numeral ("iv" -> "v", "IX" -> "X"); "i", "v" and "x" are a letter and a numeral."""
    bare = label.strip("().")
    found = {following} if (following := next_label(bare)) is not None else set()
    if len(bare) == 1 and bare.isalpha() and bare.lower() != "z":
        found.add(chr(ord(bare) + 1))
    lower = bare.lower()
    if lower in ROMAN[:-1]:
        numeral = ROMAN[ROMAN.index(lower) + 1]
        found.add(numeral.upper() if bare.isupper() else numeral)
    return found


# A line opening with a list's letter or numeral ("a) ...", "(b) ...", "A. ...", "iv. ..."): the label
LETTER_OPENING = re.compile(r"^\(?(?P<label>[a-zA-Z]|[ivx]{2,4}|[IVX]{2,4})[.)][ \t]+\S")
FIRST_LABELS = {"a", "A", "i", "I"}


def list_label(block: Block | None) -> str | None:
    """A block's list label: an item's, or a lettered line's read as a heading or paragraph ("A. Scope")."""
    if block is None:
        return None
    if block.label is not None:
        return block.label.strip("().")
    opening = LETTER_OPENING.match(block.text)
    return opening.group("label") if opening is not None else None


def lettered_entry(previous: Block, block: Block, following: Block | None) -> bool:
    """Whether a lettered line is a list's entry, not the wrapped rest of the line above: its label follows
    the label of the line above ("b)" under "a)"), or it opens a run that the next line goes on ("A." over
    "B."): "A. Example of ..." after a line ending "by Dr" is a name's initial, no entry."""
    label = list_label(block)
    if label is None or label[:1].isdigit() or not (LETTER_OPENING.match(block.text) or block.kind == "item"):
        return False
    before = list_label(previous)
    if before is not None and label in next_labels(before):
        return True
    after = list_label(following)
    return label in FIRST_LABELS and after is not None and after in next_labels(label)


def ends_header_contacts(section: Section, block: Block) -> bool:
    """A statement's "Contact: Name  Tel: ..." header field opens no contacts section for the body
    after it: the first paragraph of prose (a sentence of many words, no address) begins the body."""
    heading = section.heading
    if section.kind != "contacts" or heading is None or ":" not in heading.text.rstrip(": "):
        return False
    words = block.text.split()
    return block.kind == "paragraph" and len(words) >= 15 and "@" not in block.text
