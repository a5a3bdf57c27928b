"""Header fields of a document: "From: ...", "**Deadline:** ...", "| Date | 2024-03-01 |".

Why apart from kg.extract.structure: the layout reads a few register fields (Version, Date
Initiated) into field blocks; liaison statements, memoranda and minutes carry many more header
fields (From, To, For, Deadline, Meeting Date, Signed...), in plain text, Markdown bold or a
two-column table. Reading them here keeps the layout of the seed registers as it is, and gives
every kind one reader with the spans the provenance needs.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice, pairwise

from kg.model.source_text import SourceText

HEADER_LINE = re.compile(
    # any indentation (a field far right of a line), then markers (":Date initiated: ...", a field list)
    # (an Org outline's "#+DATE: ..." setting; an identifier's "NEXT_REVIEW:", its words parted by "_")
    r"^[ \t]*+(?:[>*_|#:+-][ \t]?){0,6}"
    # (a name's letters may be accented: "Propósito:", "Destinatário:", "Empfänger:")
    r"(?P<name>[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff][A-Za-z\u00c0-\u00ff /&.()_-]{0,38}?)"
    r"(?:[ \t*_]*+[:|]|[ *_]*+\t)[ \t*_|]*"
    r"(?P<value>\S(?:.*?[^ \t*_|])?)[ \t*_|]*$"
)
# A field whose value stands after a gap of blanks instead of a colon ("Start date        3 March 2026",
# a charter's field block); one value only: a line with a second gap is a row of a table
GAP_LINE = re.compile(
    r"^[ \t]*+(?P<name>[A-Z][A-Za-z]+(?: [A-Za-z]+){0,2}) {4,}(?P<value>\S(?:(?! {3})[^\t])*?)[ \t]*$"
)
# A field whose name and value dot leaders part, as a typed or scanned form writes it ("Date initiated
# ....... 9 September 2026", "Version.......... Rev. 1"); the name holds no dot (the leaders start it)
DOT_LEADER_LINE = re.compile(
    r"^[ \t]*+(?P<name>[A-Z][A-Za-z][A-Za-z /&()-]{0,38}?)[ \t]?\.{3,}+[ \t]*+"
    r"(?P<value>[^.\s](?:.*\S)?)[ \t]*$"
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
    # written without a colon (a label above its value, or before it after blanks): a layout the line
    # rules of other facts do not read as a field
    bare: bool = False

    @property
    def spans(self) -> tuple[tuple[int, int], ...]:
        return ((self.start, self.end),)


def header_fields(document: SourceText, limit: int = HEADER_LIMIT) -> list[HeaderField]:
    """The `name: value` lines among the first `limit` non-blank lines, in document order, and the
    fields of a header whose labels stand alone above their values (stacked_fields)."""
    found: list[HeaderField] = []
    lines: list[tuple[str, int]] = []
    seen = 0
    plan = False  # under a plan table's header: its rows are deliverables and their days, no fields
    last: HeaderField | None = None  # the last field of the line before, when that line had fields
    for line, position in first_lines(document.text):
        if line.strip():
            seen += 1
            plan = plan_row(line, plan)
            skipped = plan or ORG_PLANNING.match(line) or item_row(line)
            rest = wrapped_month(line, last) if not skipped else None
            if rest is not None and last is not None:
                # "Date: Thursday, 3" over "December Place: Bergen": the month ends the day, the label follows
                end = position + rest
                found[-1] = replace(last, value=f"{last.value} {line[:rest].strip()}", end=end)
                new = fields_of_line(line[rest:], end)
            else:
                new = [] if skipped else fields_of_line(line, position)
            found += new
            last = found[-1] if new or rest is not None else None
        lines.append((line, position))
        if seen >= limit:
            break
    more = stacked_fields(lines, {f.start for f in found}) + aligned_fields(lines, found)
    more += single_blank_fields(lines, {f.start for f in [*found, *more]})
    more += front_matter_fields(lines)
    return sorted([*found, *more], key=lambda f: f.start) if more else found


# A page's front matter (Jekyll, Hugo, Hexo, MkDocs, Docusaurus: a repository of liaison statements or
# partner pages): lower-case YAML keys on the first lines ("from: ...", "reply_by: ...", "to:" over "  - X"
# items), which the capitalised field names above never read. The reader drops the fences and may run a key
# that has no value onto the line before ("... Workgroup) to:"), its items staying on lines of their own.
FRONT_KEY = re.compile(
    r"^[ \t]*+(?P<name>[a-z][a-z_-]{1,24})[ \t]*+:(?:[ \t]++(?P<value>\S(?:.*\S)?))?[ \t]*$"
)
FRONT_ITEM = re.compile(r"^[ \t]*+-[ \t]++(?P<value>\S(?:.*\S)?)[ \t]*$")
FRONT_COMMENT = re.compile(r"^[ \t]*+#[ \t]")
DANGLING_KEY = re.compile(r"[ \t]++(?P<name>[a-z][a-z_-]{1,24}):$")
NESTED_KEY = re.compile(r"^[a-z][a-z_-]{1,24}:[ \t]")  # an item that is a mapping ("- name: Ana Example")
FRONT_LEAST = 3  # key lines a front matter has: "note: see below" alone is a sentence, not a page's metadata
QUOTES = "\"'"


def front_matter_fields(lines: list[tuple[str, int]]) -> list[HeaderField]:
    """The fields of a front matter that opens the document: its key lines up to the first blank line, a
    key's sequence items each a field of that key's name ("to" twice for two addressees); none unless every
    line is a key, an item or a comment and FRONT_LEAST lines are keys. One pass over the first lines."""
    found: list[HeaderField] = []
    keys = 0
    pending: str | None = None  # the key whose value is the items below it
    for line, position in lines:
        if not line.strip():
            if keys or found:
                break
            continue
        key, item = FRONT_KEY.match(line), FRONT_ITEM.match(line)
        if key is None and item is None:
            if FRONT_COMMENT.match(line):
                continue
            return []
        match = key or item
        assert match is not None
        value, start = match.group("value"), position + match.start("value") if match.group("value") else 0
        dangling = DANGLING_KEY.search(value) if value else None
        if dangling is not None:
            value = value[: dangling.start()]
        name = key.group("name").replace("_", " ").replace("-", " ") if key is not None else pending
        keys += key is not None
        if value and name and not (item is not None and NESTED_KEY.match(value)):
            stripped = value.strip(QUOTES)
            offset = start + value.index(stripped) if stripped else start
            if stripped:
                found.append(HeaderField(name, stripped, offset, offset + len(stripped)))
        if dangling is not None:
            pending = dangling.group("name").replace("_", " ").replace("-", " ")
        elif key is not None:
            pending = None if value else name
    return found if keys >= FRONT_LEAST else []


FRONT_LINES = 200  # the lines a front matter may fill; a document of megabytes is not read further


def front_matter_end(document: SourceText) -> int:
    """Where a front matter that opens the document ends (its last field's end), 0 when there is none:
    its lines are the page's metadata, which no rule reads as work items ("deadline: ..." over "- name:")."""
    fields = front_matter_fields(list(islice(first_lines(document.text), FRONT_LINES)))
    return fields[-1].end if fields else 0


# The first column's name in a plan table's header: the work each row names ("Deliverable | Date", "Task")
# (a column's name, no field's: "Action: for information" is a statement's header field; a timeline's "Step |
# Date" rows are the document's own process, "Comments close | 2023-09-30" its deadline)
PLAN_HEAD = re.compile(
    r"^[*_ ]{0,3}(?:deliverables?|tasks?|milestones?|work\s+items?|activit(?:y|ies)|actions?|outputs?)"
    r"[*_ ]{0,3}$",
    re.IGNORECASE,
)
ROW_MARK = re.compile(r"^[ \t]*\||\S\t")


# An Org outline's planning line under an entry ("   CLOSED: [2026-04-28 Tue] DEADLINE: <2026-04-30 Thu>"):
# the entry's days (a work item's), no fields of the document's header
ORG_PLANNING = re.compile(
    r"^[ \t]*+(?:(?:DEADLINE|SCHEDULED|CLOSED):[ \t]*+[<\[]\d{4}-\d{2}-\d{2}[^>\]\n]{0,30}[>\]][ \t]*+)+$"
)


def plan_row(line: str, plan: bool) -> bool:
    """Whether a line is a row of a plan table (a row of cells, "|" or tabs, under a header whose first
    cell names the work: "| Deliverable | Date |"): "Glossary published | 1 June 2027" is a deliverable's
    day, not a header field "Glossary published"."""
    if ROW_MARK.search(line) is None:
        return False
    first = line.strip().strip("|").split("|")[0].split("\t")[0]
    return plan or (PLAN_HEAD.match(first.strip()) is not None and not asked_by_row(line))


def asked_by_row(line: str) -> bool:
    """Whether a two-cell row "Action | For comment by 2026-05-15" is a committee letter's request and its
    date (a field), not a plan table's column titles ("Action | Owner | Due", "Deliverable | Q1 2027"): its
    first cell "Action", its second a phrase of three words or more with a digit."""
    cells = [c.strip() for c in re.split(r"\||\t", line.strip().strip("|")) if c.strip()]
    return (
        len(cells) == 2
        and cells[0].strip("*_ ").lower() in ("action", "actions")
        and len(cells[1].split()) >= 3
        and any(c.isdigit() for c in cells[1])
    )


# A row of a table of three cells or more whose first cell is an item of three words or more ("| Circulate
# the draft test method | Bo Ek | 2027-05-02 |", the Markdown reader's "Circulate the draft\tBo Ek\t..."):
# an action or a work item with its owner and day, no header field; a row naming a date in its first cell
# ("| Meeting date | 4 March | Bergen |") or the role of a signatures' table ("| Signed for OGF | ... |",
# "| Approved by the Board | ... |") stays one
ITEM_ROW_WORDS = 3
ROW_ROLE_WORD = re.compile(r"^(?:signed|approved|effective|adopted|endorsed)\b", re.IGNORECASE)
ROW_DATE_WORD = re.compile(r"\b(?:date|dates|day|days|when|time)\b", re.IGNORECASE)


def item_row(line: str) -> bool:
    """Whether a line is a table row of an item with its cells (ITEM_ROW_WORDS): no header field."""
    if "\t" not in line and ROW_MARK.search(line) is None:
        return False
    cells = [cell.strip(" *_") for cell in CELL_SEPARATOR.split(line.strip().strip("|")) if cell.strip(" *_")]
    if len(cells) < 3:
        return False
    first = cells[0]
    return (
        len(first.split()) >= ITEM_ROW_WORDS
        and ":" not in first
        and ROW_DATE_WORD.search(first) is None
        and ROW_ROLE_WORD.match(first) is None
    )


def first_lines(text: str) -> Iterator[tuple[str, int]]:
    """The lines of a text with their offsets, one at a time: a header is read from the first lines of a
    document of megabytes without splitting all of it."""
    position = 0
    while position <= len(text):
        end = text.find("\n", position)
        end = len(text) if end < 0 else end
        yield text[position:end], position
        position = end + 1


# The names of a statement's or a cover sheet's header fields, which a web page saved as text (a liaison
# tracker's page: "From" / "To" / "Submission date" / "Response contact" / "Purpose") writes without a
# colon: alone on a line above the value, or before it after a tab or a few blanks. A closed list: any
# other heading over a line of text is a section's, not a field's.
BARE_NAME = (
    r"(?:(?:from|to|response|technical|action\s+holder|liaison|reply)\s+)?contacts?"
    r"|(?:from|to)(?:\s+(?:groups?|bod(?:y|ies)|organi[sz]ations?))?|cc|copy\s+to|source|sender|recipients?"
    r"|purpose|deadline|state|status|title|subject|reply\s+by|response\s+(?:deadline|by)|due\s+date"
    r"|(?:submission|submitted|posted|publication|issue|meeting|effective|signature|response|reply|approval)"
    r"\s+date|date(?:\s+(?:posted|submitted|issued|of\s+(?:issue|submission|meeting|approval)))?|submitted|posted"
)
BARE_LABEL = re.compile(rf"^[ \t]*+(?P<name>{BARE_NAME})[ \t]*+$", re.IGNORECASE)
# "Submission date  2026-03-12": a known name, then its value after two blanks or more
BARE_GAP = re.compile(
    rf"^[ \t]*+(?P<name>{BARE_NAME})(?: {{2,}}+|[ ]*+\t[ \t]*+)(?P<value>\S(?:.*\S)?)[ \t]*$", re.IGNORECASE
)
STACKED_BLANKS = 2  # blank lines a stacked label's value may stand after (a page saved with a blank per row)
STACKED_LEAST = 2  # stacked pairs a header has: one heading over one line is a section's title, not a field


# A known name, then one blank and its value: a field of a fixed-width block whose longest label fills the
# label column ("Technical Contact Ana Example" among "From Contact      Bo Example" lines)
BARE_ONE_BLANK = re.compile(rf"^[ \t]*+(?P<name>{BARE_NAME}) (?=\S)", re.IGNORECASE)
ALIGNED_LEAST = 2  # fields written after a gap in one column: the block's value column


def aligned_fields(lines: list[tuple[str, int]], found: list[HeaderField]) -> list[HeaderField]:
    """The fields of a fixed-width block whose label is followed by a single blank, where the value
    starts in the column the values of other fields share (at least ALIGNED_LEAST of them), on a line
    that holds no field yet."""
    columns: dict[int, int] = {}
    line_starts = [position for _, position in lines]
    rows: set[int] = set()
    for field in found:
        row = bisect.bisect_right(line_starts, field.start) - 1
        rows.add(row)
        column = field.start - line_starts[row]
        columns[column] = columns.get(column, 0) + 1
    aligned: list[HeaderField] = []
    for row, (line, position) in enumerate(lines):
        match = BARE_ONE_BLANK.match(line)
        if row in rows or match is None or columns.get(match.end(), 0) < ALIGNED_LEAST:
            continue
        value = line[match.end() :].rstrip()
        name = " ".join(match.group("name").lower().split())
        start = position + match.end()
        aligned.append(HeaderField(name, value, start, start + len(value), bare=True))
    return aligned


TRACKER_LEAST = 3  # single-blank field lines a tracker's header has: one or two are prose ("To the chairs")
CONTINUATION_LENGTH = 40  # a value's second line between them ("The OBC Secretary"), not a line of prose


def single_blank_fields(lines: list[tuple[str, int]], taken: set[int]) -> list[HeaderField]:
    """The fields of a tracker's table saved as text, one row a line, name and value parted by one blank
    ("From Group X", "From Contact Ana Lind", "Purpose For action"): a run of TRACKER_LEAST lines or more
    that open with a known name (BARE_NAME), short lines and a blank line or two between them; a longer
    line of another kind ends the run. One pass over the first lines."""
    found: list[HeaderField] = []
    run: list[HeaderField] = []
    blanks = 0
    for line, position in [*lines, ("", -1), ("", -1), ("", -1)]:
        # (a label alone, "From Group" over its value, is a stacked field's: stacked_fields reads it)
        # (a tracker's names are capitalised: a line of prose opening "to the ..." is none)
        capital = line.strip()[:1].isupper()
        match = BARE_ONE_BLANK.match(line) if capital and not BARE_LABEL.match(line) else None
        if match is not None and not any(position <= t < position + len(line) for t in taken):
            blanks = 0
            value = line[match.end() :].rstrip()
            start = position + match.end()
            name = " ".join(match.group("name").lower().split())
            run.append(HeaderField(name, value, start, start + len(value), bare=True))
            continue
        blanks = blanks + 1 if not line.strip() else 0
        if blanks > STACKED_BLANKS or (line.strip() and len(line.strip()) > CONTINUATION_LENGTH):
            found += run if len(run) >= TRACKER_LEAST else []
            run = []
    return found


# A label alone on its line with its colon, its value on the next line (after a blank or two): a cover sheet's
# "DATE ASSIGNED:" over "2026-10-19", a web page's definition list ("<dt>Date:</dt><dd>3 March 2026</dd>")
COLON_LABEL = re.compile(r"^[ \t]*+(?P<name>[A-Z][A-Za-z][A-Za-z /&()-]{0,38}?)[ \t]*+:[ \t]*+$")
COLON_LABEL_WORDS = 4


def stacked_fields(lines: list[tuple[str, int]], taken: set[int]) -> list[HeaderField]:
    """The fields whose label (one of BARE_NAME) stands alone on its line and whose value is the next
    non-blank line; none unless the header has STACKED_LEAST of them. One pass over the lines."""
    found: list[HeaderField] = []
    label: str | None = None
    blanks = 0
    for line, position in lines:
        if not line.strip():
            blanks += 1
            label = label if blanks <= STACKED_BLANKS else None
            continue
        blanks = 0
        bare = BARE_LABEL.match(line) or COLON_LABEL.match(line)
        if bare is not None and len(bare.group("name").split()) <= COLON_LABEL_WORDS:
            label = " ".join(bare.group("name").lower().split())
            continue
        if label is not None:
            value = line.strip()
            start = position + line.index(value)
            if start not in taken and len(value) <= LONGEST_VALUE:
                found.append(HeaderField(label, value, start, start + len(value), bare=True))
        label = None
    return found if len(found) >= STACKED_LEAST else []


# "Register number: WR-7 Revision: 2 Date initiated: 12 January 2026": consecutive "Label: value" lines
# of a Markdown file are one paragraph to its reader (a soft line break is a blank), so the fields of a
# header or a contacts list arrive as one line. A label: one to three words, the first capitalised.
# (its letters may be accented: "Propósito:", "Destinatário:")
FIELD_LABEL = (
    r"[A-Z\u00c0-\u00de][A-Za-z\u00c0-\u00ff]{1,20}"
    r"(?: [A-Za-z\u00c0-\u00ff][a-z\u00df-\u00ff]{1,15}){0,2}:[ \t]++\S"
)
OPENS_WITH_FIELD = re.compile(rf"^[ \t]*{FIELD_LABEL}")
# A later label after a blank that follows a word (not a comma: "Name, Tel: ..." is one field's value)
LATER_FIELD = re.compile(rf"(?<=[^\s,;(]) (?={FIELD_LABEL})")
# The parts of one contact's field, never fields of their own ("Contact: Name Tel: +1 ...")
CONTACT_DETAIL = re.compile(r"(?:Tel|Phone|Telephone|Fax|Mobile|E-?mail|Web|URL)\b", re.IGNORECASE)
# A value holding a sentence: a full stop followed by a capitalised word (a colon inside prose stays)
SENTENCE_IN_VALUE = re.compile(r"[a-z]{2}\. [A-Z][a-z]")
LONGEST_VALUE = 160


# A free-text field (a subject, a title, a purpose), whose value is a phrase that may hold a colon of its own
# ("Subject: Draft Minutes: June meeting", "Title: Annex B: Test Profiles"): a later "Word:" inside its value
# is no label, unless it starts a line of the source or names a field a header holds (FIELD_NAME)
# (no "^": matched at a later field's start, field_cuts' pos, where "^" never holds)
FREE_TEXT_FIELD = re.compile(
    r"[ 	]*+(?:Subject|Re|Ref|Regarding|Concerning|Title|Document\s+title|Purpose|Topic|Summary|Object"
    r"|Objet|Asunto|Assunto|Betreff|Oggetto|Headline|Heading|Description|Agenda\s+item)[ 	]*+:",
    re.IGNORECASE,
)
# A reference's field, then a subject's "Re:" on its line ("Ref: WG-17 Re: Liaison Reply: X"): a reference is
# a number, no phrase a subject's "Re:" goes on (a subject's own "Re:" and "Fwd:" stay: "Subject: Fwd: Re: X")
REFERENCE_FIELD = re.compile(r"[ \t]*+(?:Ref|Our\s+ref|Your\s+ref)[ \t]*+:", re.IGNORECASE)
RE_FIELD = re.compile(r"Re[ \t]*+:", re.IGNORECASE)
FIELD_NAME = re.compile(
    rf"(?:{BARE_NAME}|version|revision|rev|ref(?:erence)?|document(?:\s+(?:no|number|id))?|number|no|doc"
    r"|work\s+item|question|study\s+group|sg|attachments?|enclosures?|author|editor|owner|chair|secretary"
    r"|e-?mail|tel|phone|fax|location|venue|place|time|agenda|pages?|keywords?|category|classification"
    r"|distribution|expires|updates|obsoletes|organi[sz]ation|company|name|for|action|meeting)[ \t]*+:",
    re.IGNORECASE,
)


def field_cuts(text: str, breaks: frozenset[int] = frozenset()) -> list[int]:
    """Where a line of field lines run together splits (the blank before each later label); none
    unless it opens with a field and every value is short and holds no sentence. `breaks`: the blanks
    that were line breaks of the source (a free-text field's value is cut only there or before a known
    field's name: FREE_TEXT_FIELD)."""
    if not OPENS_WITH_FIELD.match(text):
        return []
    cuts: list[int] = []
    candidates = list(LATER_FIELD.finditer(text))
    for index, match in enumerate(candidates):
        if value_end_before_head(text, match, candidates[index + 1 :]):
            continue  # ("From: ETSI ISG NFV Subject: X": "NFV" ends the value, "Subject" is the label)
        if DAY_BEFORE.search(text, 0, match.start()) and MONTH_BEFORE_LABEL.match(text, match.end()):
            continue  # ("Date: Thursday, 3 December Place: X": "December" ends the day, "Place" labels)
        # a label starts after the value of the field before it ("Project Start Date:" is one label)
        field_start = cuts[-1] + 1 if cuts else 0
        colon = text.find(":", field_start, match.start())
        valued = colon >= 0 and text[colon + 1 : match.start()].strip() != ""
        free_text = FREE_TEXT_FIELD.match(text, field_start) is not None
        reply = REFERENCE_FIELD.match(text, field_start) is not None and RE_FIELD.match(text, match.end())
        if (
            free_text
            and match.start() not in breaks
            and not FIELD_NAME.match(text, match.end())
            and not reply
        ):
            continue  # ("Subject: Draft Minutes: June meeting": "Minutes:" is part of the subject)
        if valued and not CONTACT_DETAIL.match(text, match.end()):
            cuts.append(match.start())
    bounds = [0, *cuts, len(text)]
    values = [text[start:end] for start, end in pairwise(bounds)]
    if cuts and (SENTENCE_IN_VALUE.search(text) or any(len(v) > LONGEST_VALUE for v in values)):
        return []
    return cuts


# A day's number ending a value, then a month's name before a label ("Date: Thursday, 3" soft-wrapped over
# "December Place: Bergen", one line to the Markdown reader): the month is the day's, not the label's
DAY_BEFORE = re.compile(r"(?<![\d.:/-])\d{1,2}(?:st|nd|rd|th)?$")
MONTH_BEFORE_LABEL = re.compile(
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    rf"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? (?={FIELD_LABEL})"
)


# The month (and year) a hard-wrapped day's field left for the next line, before that line's own label or
# alone ("Date: Thursday, 3" over "December Place: Bergen", "December 2026")
WRAPPED_MONTH = re.compile(
    r"^[ \t]*+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:,?[ \t]++(?:19|20)\d{2})?"
    rf"(?=[ \t]++{FIELD_LABEL}|[ \t]*$)"
)


def wrapped_month(line: str, last: HeaderField | None) -> int | None:
    """Where the month that ends the day of the field on the line above ends on this line (WRAPPED_MONTH),
    that field's value ending on a day's number ("Date: Thursday, 3"); None for any other line."""
    if last is None or DAY_BEFORE.search(last.value) is None:
        return None
    month = WRAPPED_MONTH.match(line)
    return month.end() if month is not None else None


# The names of a header's fields that take no word before them ("Subject:", "From:", "Version:"): a word
# before one of them in fields run together ends the value before it ("From: ETSI ISG NFV Subject: X",
# "Editors: Ana Lind and Bo Ek Version: 1.2"), where "Project Start Date:" is one label
HEAD_NAME = re.compile(
    r"(?:from|to|cc|bcc|subject|re|regarding|version|revision|purpose|deadline)[ \t]*+:", re.IGNORECASE
)


# The roles and places a meeting's header names, each a label of one word ("Venue: ETSI, Sophia Antipolis
# Chair: Ana Lind": "Antipolis" ends the place, "Chair" labels), unless a word that qualifies the role or
# place is before it ("Vice Chair:", "Meeting venue:", "Acting secretary:", "Start time:")
ROLE_HEAD = re.compile(
    r"(?:chair(?:man|person|woman)?|secretary|venue|place|location|host|rapporteur|convenor|minutes?\s+taker)"
    r"[ \t]*+:",
    re.IGNORECASE,
)
HEAD_QUALIFIER = re.compile(
    r"(?:vice|co|deputy|acting|interim|honorary|executive|general|meeting|session|event|host|local|start"
    r"|end|closing|opening|technical|program(?:me)?|committee|group|wg|tc)\b",
    re.IGNORECASE,
)


def value_end_before_head(text: str, match: re.Match[str], later: list[re.Match[str]]) -> bool:
    """Whether a later label candidate ends at this one's colon and is a head name (HEAD_NAME), or a role's
    or place's one-word label (ROLE_HEAD) this one does not qualify (HEAD_QUALIFIER), while this one,
    longer, is no known field's name: the words before the head name are the value's."""
    colon = text.find(":", match.end())
    if colon < 0 or FIELD_NAME.match(text, match.end()):
        return False
    qualified = HEAD_QUALIFIER.match(text, match.end()) is not None
    return any(
        text.find(":", other.end()) == colon
        and (
            HEAD_NAME.match(text, other.end()) is not None
            or (not qualified and ROLE_HEAD.match(text, other.end()) is not None)
        )
        for other in later
    )


# Fields side by side after a column gap ("Date: 11 May 2026          Date: 20 May 2026", two signature
# blocks): the gap before the second label separates them
SIDE_BY_SIDE = re.compile(rf"(?<=\S)[ \t]{{3,}}+(?={FIELD_LABEL})")


# A plain-text table's row of two cells, the first a field's name with no colon ("| Date | 2027-03-04 |",
# "| **Venue** | Bergen |"): one field, its cells no segments of their own (a row whose first cell holds a
# colon, "| Date: 4 March | Version: 2 |", is two fields parted by "|")
TWO_CELL_ROW = re.compile(r"^[ \t]*+\|(?P<name>[^|:\n]++)\|[^|\n]*+\|?[ \t]*+$")
CELL_SEPARATOR = re.compile(r"\t|[ \t]*+\|[ \t]*+")


def split_fields(line: str) -> list[str]:
    """A line's segments: "·" and "|" separate fields, and so do labels of fields run together or
    written side by side (when the line opens with a field); a table's row of two cells is one
    (TWO_CELL_ROW)."""
    if TWO_CELL_ROW.match(line) and line.strip().strip("|").strip():
        return [line]
    parts = []
    for segment in SEGMENT.split(line):
        pieces = SIDE_BY_SIDE.split(segment) if OPENS_WITH_FIELD.match(segment) else [segment]
        for piece in pieces:
            cuts = field_cuts(piece)
            bounds = [0, *[c + 1 for c in cuts], len(piece) + 1]
            parts += [piece[start : end - 1] for start, end in pairwise(bounds)]
    return parts


# A header segment that dates the document with a verb and no colon ("Created 9 March 2026",
# "Last updated 2 May 2026"): the verb is the field's name
VERB_DATE = re.compile(
    r"^[ \t]*+(?P<name>(?:Last\s+)?(?i:created|initiated|updated|published|issued|revised|approved|signed))"
    r"\s++(?:on\s+)?(?P<value>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?|\d{4}-\d{2})"
    r"[^\n]{0,12})$"
)


def fields_of_line(line: str, position: int) -> list[HeaderField]:
    """The fields of one line; "Version 1.2 · Date Initiated: Q1 2019" holds one per segment."""
    found = []
    offset = 0
    for segment in split_fields(line):
        start_of_segment = line.index(segment, offset)
        offset = start_of_segment + len(segment)
        match = (
            HEADER_LINE.match(segment)
            or GAP_LINE.match(segment)
            or BARE_GAP.match(segment)
            or VERB_DATE.match(segment)
            or DOT_LEADER_LINE.match(segment)
        )
        if match and len(match.group("name").split()) <= MAX_NAME_WORDS:
            value = match.group("value").strip()
            start = position + start_of_segment + match.start("value")
            name = field_name(own_label(match.group("name")))
            found.append(HeaderField(name, value, start, start + len(value), bare=match.re is BARE_GAP))
    return found


# A sentence ended before a label on its line ("Approved without change. Circulated: 2 April 2027"): two
# words or more, the last ending in a lower-case letter and a full stop, then a capital ("Doc. No.", "Ref.
# No." are one label: one word before their dot)
SENTENCE_BEFORE_LABEL = re.compile(r"^(?:[^\s.]+[ \t]+)+[^\s.]*[a-z]\.[ \t]+(?=[A-Z])")


def own_label(written: str) -> str:
    """A field's label without the sentence a line writes before it: "Approved without change. Circulated"
    is the label "Circulated"."""
    sentence = SENTENCE_BEFORE_LABEL.match(written)
    return written[sentence.end() :] if sentence is not None else written


# A form's dot leaders before the colon ("From .........: X") and the qualifier in brackets after a field's
# name ("From (committee)", "To (organization)"): the field is From or To as a colon alone would write it
NAME_LEADERS = re.compile(r"[ \t]*\.{2,}$")
NAME_QUALIFIER = re.compile(r"(?<=\w)[ \t]*\((?:[a-z][a-z /-]{0,24})\)$")


def field_name(written: str) -> str:
    """A field's name as the other rules compare it: lower case, blanks collapsed, without dot leaders or a
    lower-case qualifier in brackets ("From (committee) .....", "Contact person(s)" stay readable)."""
    name = NAME_QUALIFIER.sub("", NAME_LEADERS.sub("", written))
    return " ".join(name.lower().replace("_", " ").split())


def field_named(fields: list[HeaderField], *names: str) -> HeaderField | None:
    """The first field whose name is one of `names` (lower case)."""
    return next((f for f in fields if f.name in names), None)
