"""Tables of a PDF page, read from where its text stands (pypdf's layout mode), as tab-separated rows.

Why: a PDF has no tables, only text drawn at positions. pypdf's plain text joins the cells of a
table row with one space ("DMTF approves the register June/July 2021"), so a register's milestone
table, its contact table or a liaison's field grid lost their columns, and their milestones with
them, where the same register as text, Markdown, HTML or Word kept them. pypdf's layout mode keeps
the horizontal positions (cells stand apart by runs of blanks) and the vertical gaps (padded rows are
blank-separated). This module finds the regions of a page laid out in aligned columns and gives each
row as one line of cells separated by tabs, which is how the readers of Markdown, HTML and Word
tables hand rows on (kg.extract.structure.row_block).

Only a page with such a table is taken from the layout text (its other lines with their blanks
collapsed); any other page keeps pypdf's plain text, so prose, lists and headings read as before.
Text set in two columns is prose, not a table: a region whose lines fill every column is left alone.

Each pass is linear in the page's text; a region is never read twice.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import pairwise

FIELD_CELL = re.compile(r"[A-Za-z][\w.()/-]*(?: [\w.()/-]+){0,3}:(?:\s|$)")  # "Name: ...", "E-mail:"
BLANKS = re.compile(r" +")
GAP = re.compile(r"\S+(?: {1,2}\S+)*")  # a cell: words at most two blanks apart
ALIGN = 2  # how far a cell's start may stand from its column's (proportional type set in fixed cells)
FULL = 0.8  # a line fills its column when it reaches this share of the column's width
LONGEST_CELL = 200
MOST_COLUMNS = 40  # a line of more cells opens no table (no document's table is that wide; each line
# is then cut at every column, so a region's work per line grows with its columns)
PROSE_COLUMN = 25  # the narrowest column of text set in columns, in characters


@dataclass(frozen=True)
class Line:
    """One line of the layout text: its cells as (column where it starts, text), and the line itself."""

    cells: tuple[tuple[int, str], ...]
    raw: str = ""

    @property
    def blank(self) -> bool:
        return not self.cells

    @property
    def row(self) -> bool:
        """A line of two or more cells that are no fields: not a label and its value ("Date:   2026-10-19"),
        not fields side by side ("Name: Jane Doe      Name: John Roe": signature blocks)."""
        if len(self.cells) < 2 or self.cells[0][1].endswith(":"):
            return False
        return not all(FIELD_CELL.match(text) for _, text in self.cells)


@dataclass
class Region:
    """Lines laid out in the columns starting at `columns`: a table, when check() agrees."""

    columns: list[int]
    lines: list[Line] = field(default_factory=list)
    start: int = 0  # index of its first line on the page
    table: bool = False  # a table (is_table), else blocks of text set side by side

    def column_of(self, start: int) -> int | None:
        """Which column a cell starting at `start` is in, None when it stands in none (a binary search:
        the columns are in order)."""
        index = bisect_left(self.columns, start - ALIGN)
        if index < len(self.columns) and abs(start - self.columns[index]) <= ALIGN:
            return index
        return None

    def fitted(self, line: Line) -> Line | None:
        """`line` cut into cells at these columns, None when it does not lie in them: its first cell at
        the first column's start, and at each other column a word starting there after a gap of two
        blanks or more, or blanks: no word running across. Cells are cut at the columns, not at runs of
        blanks, since justified type opens wide gaps inside a cell ("Broadband   Forum") and a cell's
        last word may end two blanks short of the next column. A line of two cells or more whose gaps
        between cells are no wider than the widest gap between the words of a cell is justified prose
        that happens to have a gap where a column starts, not a row."""
        if line.blank:
            return line
        edges = [0]
        for column in self.columns[1:]:
            cut = cut_at(line.raw, column)
            if cut is None:
                return None
            edges.append(max(cut, edges[-1]))
        edges.append(max(len(line.raw), edges[-1]))
        cells: list[tuple[int, str]] = []
        widest_inside = widest_between = 0  # the widest gap inside a cell, and between two cells
        end = None  # where the cell before ends
        for index, (low, high) in enumerate(pairwise(edges)):
            piece = line.raw[low:high]
            text = " ".join(piece.split())
            if not text:
                continue
            at = low + len(piece) - len(piece.lstrip())
            if at - self.columns[index] > ALIGN or len(text) > LONGEST_CELL:
                return None  # a cell starts at its column (the heading of the next table does not)
            widest_inside = max(widest_inside, widest_gap(piece.strip()))
            if end is not None:
                widest_between = max(widest_between, at - end)
            end = low + len(piece.rstrip())
            cells.append((at, text))
        if len(cells) >= 2 and widest_between <= widest_inside:
            return None  # justified prose: its gaps as wide at the columns as between its words
        return Line(tuple(cells), line.raw)


def widest_gap(text: str) -> int:
    """The longest run of blanks inside `text` (0 for one word)."""
    return max((len(run) for run in BLANKS.findall(text)), default=0)


def cut_at(raw: str, column: int) -> int | None:
    """Where the cell of the column starting at `column` starts on the line `raw`: a word starting
    within ALIGN of it after two blanks or more; else the column itself when blanks surround it;
    None when a word runs across it."""
    if column >= len(raw):
        return len(raw)
    for at in range(max(2, column - ALIGN), min(len(raw), column + ALIGN + 1)):
        if raw[at] != " " and raw[at - 2 : at] == "  ":
            return at
    if raw[column - 1] == " " and raw[column] == " ":
        return column
    return None


def cells_of(line: str) -> Line:
    return Line(tuple((match.start(), match.group()) for match in GAP.finditer(line)), line)


def tables_of_page(layout: str) -> str | None:
    """The page's text with each table as tab-separated rows, text set side by side (signature blocks,
    two columns of prose) one column after the other, other lines' blanks collapsed; None when the page
    holds no table (its plain text, in the order it was drawn, is then the better reading)."""
    lines = [cells_of(line) for line in layout.split("\n")]
    regions = find_regions(lines)
    if not any(region.table for region in regions):
        return None
    out: list[str] = []
    position = 0
    for region in regions:
        out.extend(plain_line(line) for line in lines[position : region.start])
        if region.table:
            out.extend("\t".join(cells) for cells in rows_of(region))
        elif field_grid(region):
            out.extend(field_lines(region))
        else:
            out.extend(columns_of(region))
        position = region.start + len(region.lines)
    out.extend(plain_line(line) for line in lines[position:])
    return "\n".join(out)


def plain_line(line: Line) -> str:
    """A line outside the tables, its blanks collapsed (layout mode spreads justified type)."""
    return " ".join(line.raw.split())


def field_grid(region: Region) -> bool:
    """Whether a region is a grid of fields: labels in its first column ("Source:", "For:", "Contact:"),
    their values in the second, as a liaison statement's or a register's header table sets them. Blocks
    set side by side (two parties' signature blocks) have labels in both columns."""
    if len(region.columns) != 2:
        return False
    labels = labelled_values = 0
    for line in region.lines:
        for start, text in line.cells:
            if region.column_of(start) == 0:
                labels += text.endswith(":")
            elif region.column_of(start) == 1:
                labelled_values += bool(FIELD_CELL.match(text))
    filled = sum(1 for line in region.lines if line.cells)
    return labels >= 2 and labels * 10 >= filled * 4 and not labelled_values


def field_lines(region: Region) -> list[str]:
    """A grid of fields as one line a field, "Label: value", a value's wrapped lines (nothing in the
    label's column) going on with it."""
    out: list[str] = []
    for line in region.lines:
        cells = {region.column_of(start): text for start, text in line.cells}
        if not line.cells:
            continue
        if 0 in cells or not out:
            out.append(" ".join(text for _, text in line.cells))
        else:
            out[-1] = joined([out[-1], " ".join(text for _, text in line.cells)])
    return out


def columns_of(region: Region) -> list[str]:
    """Blocks set side by side, read one column after the other: each column's lines in order, a blank
    line between columns ("For DMTF: / Name: ... / Date: ..." then the other party's block)."""
    columns: dict[int, list[str]] = {}
    for line in region.lines:
        for start, text in line.cells:
            columns.setdefault(region.column_of(start) or 0, []).append(text)
    out: list[str] = []
    for index in sorted(columns):
        out.extend([*([""] if out else []), *columns[index]])
    return out


def find_regions(lines: list[Line]) -> list[Region]:
    """The regions of the page laid out in columns, in order: each opened by a line of two cells or
    more and run on while lines keep to its columns; tables (Region.table) or blocks set side by side.
    One pass: a region is passed over whole, and no walk back for a table's first row passes the end
    of the region before."""
    found: list[Region] = []
    index = floor = 0
    while index < len(lines):
        line = lines[index]
        if not 2 <= len(line.cells) <= MOST_COLUMNS:
            index += 1
            continue
        region = Region([start for start, _ in line.cells], [line], index)
        index += 1
        while index < len(lines) and (fitted := region.fitted(lines[index])) is not None:
            region.lines.append(fitted)
            index += 1
        region.table = is_table(region)
        if region.table:
            reach_back(region, lines, floor)
        settle(region)
        found.append(region)
        index = floor = region.start + len(region.lines)
    return found


def reach_back(region: Region, lines: list[Line], floor: int) -> None:
    """Take in the row just above the first row line, when that row's cells stand on lines of their
    own (a table without a header, its first row wrapped, its short cells set in the middle of the
    row's height): the row is the lines around its cells beyond the first column, as many above them
    as below. Each line is looked at once, never past `floor` (the end of the region before)."""
    above: list[Line] = []  # the lines above the region that lie in its columns, nearest first

    def climb() -> None:
        while region.start - len(above) > floor:
            fitted = region.fitted(lines[region.start - len(above) - 1])
            if fitted is None or fitted.blank:
                return
            above.append(fitted)

    climb()
    if not above and region.start > floor and lines[region.start - 1].blank:
        above.append(lines[region.start - 1])  # the row before is padded off by a blank line: its group
        climb()
    group = above[::-1]
    middle = [i for i, line in enumerate(group) if not line.blank and beyond_first(line, region)]
    if not middle:
        return
    below = sum(1 for line in group[middle[-1] + 1 :] if not line.blank)
    first = max(0, middle[0] - below)
    region.lines[:0] = group[first:]
    region.start -= len(group) - first


def settle(region: Region) -> None:
    """Leave out what the region took past its last row: blank lines, and lines of its first column
    alone that open like new text (a heading right under the table); a lower-case line there goes on
    with the last row's first cell."""
    lines = region.lines
    while lines and lines[-1].blank:
        lines.pop()
    last_row = max(i for i, line in enumerate(lines) if line.row or beyond_first(line, region))
    tail = lines[last_row + 1 :]
    kept = 0
    for line in tail:
        if line.blank or not line.cells[0][1][:1].islower():
            break
        kept += 1
    del lines[last_row + 1 + kept :]


def beyond_first(line: Line, region: Region) -> bool:
    """Whether a line has a cell in a column other than the first (a wrapped row's other cells)."""
    return any(region.column_of(start) not in (0, None) for start, _ in line.cells)


def is_table(region: Region) -> bool:
    """Two rows or more in two columns or more, and not prose set in columns (every column wide, and
    most lines filling every column to its width)."""
    rows = [line for line in region.lines if line.row]
    if len(rows) < 2 or len(region.columns) < 2:
        return False
    widths = column_widths(region)
    if min(widths) < PROSE_COLUMN:
        return True  # a column too narrow for running text: dates, status, names
    filled = sum(1 for line in rows if all(fills(start, text, region, widths) for start, text in line.cells))
    return filled * 2 < len(rows)


def column_widths(region: Region) -> list[int]:
    ends = [max(start + len(text) for line in region.lines for start, text in line.cells)]
    bounds = [*region.columns[1:], ends[0]]
    return [max(1, high - low) for low, high in zip(region.columns, bounds, strict=True)]


def fills(start: int, text: str, region: Region, widths: list[int]) -> bool:
    index = region.column_of(start)
    return index is not None and len(text) >= FULL * widths[index] - ALIGN


def rows_of(region: Region) -> list[list[str]]:
    """The cells of each row: rows are the blank-separated groups of lines when the table has blank
    lines between its rows (padded cells), else one per row line, a line of one cell going on with
    the row before; the lines of a cell are joined (`joined`)."""
    padded = any(line.blank for line in region.lines)
    rows: list[list[list[str]]] = []
    opened = True
    for line in region.lines:
        if line.blank:
            opened = True
            continue
        if opened or (not padded and line.row):
            rows.append([[] for _ in region.columns])
            opened = False
        for start, text in line.cells:
            index = region.column_of(start)
            if index is not None:
                rows[-1][index].append(text)
    return [[joined(parts) for parts in row] for row in rows]


def joined(parts: list[str]) -> str:
    """A cell's lines as one text: a line ending in a hyphen goes on without a blank (a word broken at
    its hyphen, "Time-" / "Sensitive", or a date at a narrow column's edge, "2026-06-" / "30")."""
    text = ""
    for part in parts:
        text += part if not text or text.endswith("-") else " " + part
    return text


# --- Page furniture ---------------------------------------------------------------------------------
# A word processor's PDF repeats a running header (the document's short title, its number and version)
# and a footer (the page's number, "Page 2 of 5", "- 2 -", a copyright line) on every page. Read as
# text they were lines of the document: the header on top of the first page stood before the title and
# was taken for it, a page number ended the last item of a page, and a paragraph running over a page
# break was cut in two by them.

EDGE_LINES = 3
"""How many non-blank lines at the top and at the foot of a page may be its header or footer."""
PAGE_NUMBER = re.compile(
    r"^(?:page|p\.|seite|página|pagina)?\s*[-\u2013\u2014(]?\s*\d{1,4}\s*[-\u2013\u2014)]?"
    r"(?:\s*(?:of|/|de|von|sur)\s*\d{1,4})?$",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")
SPACED = re.compile(r"(?<=\S)[ \u00a0]{2,}(?=\S)")
LONE_BULLET = re.compile(
    r"^([\u2022\u00b7\u25aa\u25e6\u2023\u25cf\u25cb\u25a0\u25a1\u2013-])[ \t]*\n(?:[ \t]*\n){0,3}(?=\S)", re.M
)


def bare(line: str) -> str:
    """A line without its heading mark and the blanks around it."""
    return line.replace(HEADING_MARK, "").strip()


def furniture_key(line: str) -> str:
    """What a running header or footer keeps from page to page: its words, any number standing for the
    page's (a heading's mark aside)."""
    return DIGITS.sub("#", " ".join(line.replace(HEADING_MARK, "").split()).casefold())


def edge_lines(lines: list[str]) -> tuple[list[int], list[int]]:
    """The indexes of a page's first and last EDGE_LINES non-blank lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    return filled[:EDGE_LINES], filled[::-1][:EDGE_LINES]


def repeated_edges(pages: list[list[str]]) -> tuple[set[str], set[str], set[str]]:
    """The keys of the lines standing at the top (and at the foot) of at least half the pages, of two
    pages or more, and never inside a page: the running header's lines and the footer's; and those at
    the top of every page."""
    tops: dict[str, int] = {}
    feet: dict[str, int] = {}
    inside: set[str] = set()
    for lines in pages:
        top, foot = edge_lines(lines)
        for counts, indexes in ((tops, top), (feet, foot)):
            for key in {furniture_key(lines[i]) for i in indexes}:
                counts[key] = counts.get(key, 0) + 1
        edges = set(top) | set(foot)
        inside.update(furniture_key(line) for i, line in enumerate(lines) if i not in edges and line.strip())
    least = max(2, (len(pages) + 1) // 2)
    every = {k for k, n in tops.items() if n == len(pages)} - inside
    heads = {k for k, n in tops.items() if n >= least} - inside
    return heads, {k for k, n in feet.items() if n >= least} - inside, every


def without_furniture(pages: list[str]) -> list[str]:
    """The pages without their running headers, footers and page numbers: lines at a page's top or foot
    that stand at the same edge of at least half the pages (numbers aside), or that are a page number.
    The first page keeps a top line the other pages repeat unless every page has it, or it says it again
    below (a first page often has no header, its title standing where the other pages have theirs)."""
    split = [page.split("\n") for page in pages]
    heads, feet, every = repeated_edges(split) if len(split) >= 2 else (set(), set(), set())
    kept: list[str] = []
    for number, lines in enumerate(split):
        top, foot = edge_lines(lines)
        dropped: set[int] = set()
        for index in foot:  # from the foot up, while the lines are furniture
            if furniture_key(lines[index]) not in feet and not PAGE_NUMBER.match(bare(lines[index])):
                break
            dropped.add(index)
        for index in top:
            line = lines[index]
            if any(bare(lines[i]) == bare(line) for i in dropped):
                break  # the title the header said again: the page's own line
            said_again = any(bare(lines[i]) == bare(line) for i in top if i > index)
            key = furniture_key(line)
            header = key in heads and (number > 0 or said_again or key in every)
            if index in dropped or not (header or said_again or PAGE_NUMBER.match(bare(line))):
                break
            dropped.add(index)
        if not any(line.strip() for i, line in enumerate(lines) if i not in dropped):
            dropped = set()  # a page of nothing but such lines (the same few lines on every page) is text
        kept.append("\n".join(line for i, line in enumerate(lines) if i not in dropped).strip("\n"))
    return kept


LIGATURES = str.maketrans(
    {
        "\ufb00": "ff",
        "\ufb01": "fi",
        "\ufb02": "fl",
        "\ufb03": "ffi",
        "\ufb04": "ffl",
        "\ufb05": "st",
        "\ufb06": "st",
    }
)
"""A typeface's ligatures, which a PDF's text layer may give as one character ("Speci\ufb01cation"): their
letters, as every rule reads the words."""


def page_text(text: str) -> str:
    """A page's plain text as its reader sees it: ligatures as their letters, a list's bullet that the text
    layer gave a line of its own ("\u2022" and then the item's text) back before its text, and the blanks
    justified type spreads between words ("the  Joint  Register  it  amends") one blank again."""
    text = LONE_BULLET.sub(r"\1 ", text.translate(LIGATURES))
    return "\n".join(SPACED.sub(" ", line) if "\t" not in line else line for line in text.split("\n"))


def joined_pages(pages: list[str]) -> str:
    """The pages one after the other: a blank line between two, but a line break only where a sentence
    runs over the break (the page ends without a sentence's end and the next opens in lower case), so
    that the paragraph is read whole. (Parts joined once: adding each page to the text so far copied it
    at every page.)"""
    parts: list[str] = []
    last = ""  # the last line of the page before
    for page in pages:
        text = page.strip("\n")
        if not text.strip():
            continue
        if parts:
            runs_on = not SENTENCE_END.search(last) and text.lstrip()[:1].islower()
            parts.append("\n" if runs_on else "\n\n")
        parts.append(text)
        last = text.rstrip().rsplit("\n", 1)[-1]
    return "".join(parts)


SENTENCE_END = re.compile(r"[.:;!?)\]\u201d\"]\s*$")


# --- Headings by their type -------------------------------------------------------------------------
# A PDF keeps no heading styles, only type: a heading is set larger than the running text. Read as plain
# lines, "Effective Date" or "Related Documents" were no headings, so the section they open ran on (the
# dates of a bulletin's description read as the dates of the documents its references section cited),
# where the same document in Word, Markdown or HTML had them. A heading's line is marked here with
# HEADING_MARK before the page's other readings, and the mark taken out once the layer is whole (unmarked),
# its place kept as where a heading starts.

HEADING_MARK = "\ue000"  # a private-use character: no document's text
HEADING_SCALE = 1.15
"""How much larger than the page's running text a heading's type is, at least."""
HEADING_WORDS = 20


def line_sizes(sized: list[tuple[str, float]]) -> list[float]:
    """The size of the type each line of the page's plain text is set in (the size most of its characters
    have), from the pieces pypdf drew it in."""
    counts: list[dict[float, int]] = [{}]
    for text, size in sized:
        parts = text.split("\n")
        for number, part in enumerate(parts):
            if number:
                counts.append({})
            if part.strip() and size:
                key = round(size * 2) / 2
                counts[-1][key] = counts[-1].get(key, 0) + len(part.strip())
    return [max(c, key=c.__getitem__) if c else 0.0 for c in counts]


def heading_texts(sized: list[tuple[str, float]]) -> dict[str, float]:
    """The texts of the page's lines set in type at least HEADING_SCALE times its running text's, and
    their type's size."""
    lines = "".join(text for text, _ in sized).split("\n")
    sizes = line_sizes(sized)
    totals: dict[float, int] = {}
    for line, size in zip(lines, sizes, strict=False):
        totals[size] = totals.get(size, 0) + len(line.strip())
    totals.pop(0.0, None)
    if not totals:
        return {}
    body = max(totals, key=totals.__getitem__)
    return {
        " ".join(line.split()): size
        for line, size in zip(lines, sizes, strict=False)
        if size >= body * HEADING_SCALE and 0 < len(line.split()) <= HEADING_WORDS and "\t" not in line
    }


def marked_headings(text: str, sized: list[tuple[str, float]]) -> str:
    """The page's text with each heading's line marked (HEADING_MARK at its start), the lines of a heading
    wrapped over two or more lines (in one size of type) joined into one."""
    text = text.replace(HEADING_MARK, " ")  # (a symbol font's private-use glyph is no mark of ours)
    headings = heading_texts(sized)
    if not headings:
        return text
    out: list[str] = []
    previous = 0.0  # the size of the heading on the line before, 0 for a line of running text
    for line in text.split("\n"):
        size = headings.get(" ".join(line.split()), 0.0)
        if size and size == previous:
            out[-1] += " " + line.strip()
        else:
            out.append(HEADING_MARK + line.strip() if size else line)
        previous = size
    return "\n".join(out)


def unmarked(layer: str) -> tuple[str, frozenset[int]]:
    """The layer without its heading marks, and where the marked lines start in it."""
    if HEADING_MARK not in layer:
        return layer, frozenset()
    parts = layer.split(HEADING_MARK)
    starts: set[int] = set()
    position = len(parts[0])
    for part in parts[1:]:
        starts.add(position)
        position += len(part)
    return "".join(parts), frozenset(starts)
