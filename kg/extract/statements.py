"""What a register says in free text: title, version, date, purpose, benefits, goals, scope,
limitations, assets, non-exclusiveness, and its lettered terms.

One function per kind of fact; each returns records with the spans they came from.
"""

from __future__ import annotations

import datetime as dt
import re

from kg.extract.context import Context, block_spans
from kg.extract.dates import parse_date
from kg.extract.structure import Block
from kg.model import prefilter
from kg.model.records import Field, Spans, Statement, Term

DERIVED_TITLE = re.compile(
    r"^(?P<clause>The\s+(?P<noun>Work\s+Register|register|agreement)\s+is\s+(?:created|made|established|entered"
    r"\s+into)\s+between\s+(?P<names>.+?))\s+(?:to|in\s+order\s+to|so\s+that)\b",
    re.IGNORECASE,
)
GOAL_OPENING = re.compile(r"^(?:The|Our|A)\s+(?:main\s+|primary\s+)?goals?\b", re.IGNORECASE)
NON_EXCLUSIVE = re.compile(r"\bnon-?\s?exclusive\b", re.IGNORECASE)
DATE_FIELDS = ("date initiated", "initiated", "effective date", "date")
# A version written as a line of its own near the top, without a colon ("Version 1.0", "Revision 3",
# "Rev. 1.2 (Draft)", "v2.1"): the number, then at most a short qualifier
VERSION_LINE = re.compile(
    r"^[ \t*_>]*(?:version|revision|rev\.?|v)[ \t]*(?P<value>\d+(?:\.\d+)*[a-z]?)"
    r"(?:[ \t]+[(\w][\w() -]{0,20})?[ \t*_]*$",
    re.IGNORECASE,
)
VERSION_LINES = 15  # non-blank lines from the top where a title page states its version


# --- Title, version, date ----------------------------------------------------------------------


def extract_title(ctx: Context) -> tuple[Field | None, str | None]:
    """The title line; or, when the document has none, a title made from its opening sentence
    ("The Work Register is created between DMTF, SNIA, and the OFA to ..."), with a note saying so."""
    if ctx.layout.title is not None:
        return Field(ctx.layout.title.text, ctx.layout.title.spans), None
    for block in ctx.layout.blocks("preamble", "purpose")[:2]:
        match = DERIVED_TITLE.match(block.text)
        if match:
            title = f"Work Register between {match.group('names')}"
            note = (
                "The document has no title line; this title is derived from its opening sentence, "
                f"“{match.group('clause')} …”."
            )
            return Field(title, block_spans(block, 0, match.end("names"))), note
    return None, None


def missing_fields_note(version: Field | None, initiated: tuple | None) -> str | None:
    missing = [name for name, value in (("no version", version), ("no date", initiated)) if value is None]
    return f"The document states {' and '.join(missing)} of its own." if missing else None


def fields(ctx: Context, *names: str) -> list[Block]:
    return [b for s in ctx.layout.sections for b in s.blocks if b.kind == "field" and b.label in names]


def extract_version(ctx: Context) -> Field | None:
    """The "Version: 1.2" field; else a line of its own near the top that is only a version."""
    found = fields(ctx, "version", "revision")
    if found:
        return Field(found[0].text, found[0].spans)
    return version_line(ctx.document.text)


def version_line(text: str) -> Field | None:
    """Why apart from the fields: a title page often states its version without a colon ("Version 1.0"
    under the title), and a document without a version is named by its date alone, so versions 1.0
    and 1.1 of one register dated alike would be taken for one document and refused as a change."""
    position, seen = 0, 0
    for line in text.split("\n"):
        if line.strip():
            match = VERSION_LINE.match(line)
            if match:
                start = position + match.start("value")
                return Field(match.group("value"), ((start, position + match.end("value")),))
            seen += 1
            if seen >= VERSION_LINES:
                break
        position += len(line) + 1
    return None


def extract_date_initiated(ctx: Context) -> tuple[dt.date, Spans] | None:
    for block in fields(ctx, *DATE_FIELDS):
        day = parse_date(block.text)
        if day is not None:
            return day, block.spans
    return None


# --- Free-text statements ---------------------------------------------------------------------


def statement(kind: str, block: Block, text: str | None = None) -> Statement:
    return Statement(kind, text if text is not None else block.text, block.spans)


def extract_purpose(ctx: Context) -> list[Statement]:
    """The opening paragraphs before the first section (or under "Purpose"/"Introduction")."""
    return [
        statement("purpose", b)
        for b in ctx.layout.blocks("preamble", "purpose")
        if b.kind == "paragraph" and len(b.text.split()) > 6
    ]


def extract_benefits(ctx: Context) -> list[Statement]:
    """Each item of the "Benefits" list (or each paragraph, when it is not a list)."""
    found = []
    for section in ctx.layout.of_kind("benefits"):
        items = [b for b in section.blocks if b.kind == "item"]
        found += [statement("benefit", b) for b in items or paragraphs(section.blocks)]
    return found


def paragraphs(blocks: list[Block]) -> list[Block]:
    return [b for b in blocks if b.kind == "paragraph" and not is_intro(b)]


def is_intro(block: Block) -> bool:
    """A line that only introduces a list ("Specific terms ... are as follows:")."""
    return block.text.rstrip().endswith(":")


def extract_limitations(ctx: Context) -> list[Statement]:
    return [
        statement("limitation", b)
        for b in ctx.layout.blocks("limitations")
        if b.kind in ("paragraph", "item") and not is_intro(b)
    ]


def extract_assets(ctx: Context) -> list[Statement]:
    return [statement("assets", b) for b in paragraphs(ctx.layout.blocks("assets"))]


def extract_scope_and_goals(ctx: Context) -> list[Statement]:
    """Scope paragraphs and goals. A paragraph opening with "The goal ..." is a goal; unlettered
    items are goals when the section or the paragraph before them speaks of goals; a closing
    sentence that only introduces the terms list is left out."""
    found: list[Statement] = []
    for section in ctx.layout.of_kind("scope", "terms"):
        about_goals = bool(re.search(r"\b(goals?|objectives)\b", section.title, re.I))
        only_goals = about_goals and not re.search(r"\bscope\b", section.title, re.I)
        previous: Block | None = None
        for index, block in enumerate(section.blocks):
            following = section.blocks[index + 1] if index + 1 < len(section.blocks) else None
            if block.kind == "paragraph":
                text = without_list_intro(block.text, following)
                if text:
                    kind = "goal" if only_goals or GOAL_OPENING.match(text) else "scope"
                    found.append(statement(kind, block, text))
            elif block.kind == "item" and block.label is None:
                goals = only_goals or (previous is not None and "goal" in previous.text.lower())
                found.append(statement("goal" if goals or about_goals else "scope", block))
            previous = block if block.kind == "paragraph" else previous
    return found


def without_list_intro(text: str, following: Block | None) -> str:
    """The paragraph without a last sentence ending in ":" that introduces the list after it."""
    if following is None or following.kind != "item" or not text.rstrip().endswith(":"):
        return text
    cut = max(text.rfind(". ", 0, len(text.rstrip()) - 1), -1)
    return text[: cut + 1].rstrip() if cut >= 0 else ""


def extract_non_exclusive(ctx: Context) -> Spans | None:
    for section in ctx.layout.sections:
        for block in section.blocks:
            match = prefilter.search(NON_EXCLUSIVE, block.text)
            if match and not re.search(
                r"\bnot\s+\W?non", block.text[max(0, match.start() - 8) : match.end()]
            ):
                return block_spans(block, match.start(), match.end())
    return None


# --- Terms ---------------------------------------------------------------------------------------


def extract_terms(ctx: Context) -> list[Term]:
    """Lettered or numbered items of the scope or terms sections: "a. OGF may make ..."."""
    terms: list[Term] = []
    for section in ctx.layout.of_kind("scope", "terms"):
        for block in section.blocks:
            if block.kind == "item" and (block.label is not None or section.kind == "terms"):
                terms.append(Term(len(terms) + 1, block.label, block.text, block.spans))
    return terms


# An amendment that quotes the text it replaces and the text that replaces it ("Old text:" / "New text:",
# "Existing text:" / "Amended text:", "Was:" / "Is:"), each label alone on its line or before its text
OLD_TEXT = re.compile(
    r"^[\W_]{0,4}(?:(?:old|existing|current|previous|original|present|deleted|replaced)\s+(?:text|wording)"
    r"|was)[\W_]{0,3}:[\W_]{0,3}",
    re.IGNORECASE,
)
# The label of the replacing text, at a line's start (NEW_TEXT) or ending the line before it (NEW_TEXT_AFTER)
NEW_LABEL = r"(?:(?:new|amended|revised|replacement|proposed|corrected)\s+(?:text|wording)|is|now)"
NEW_TEXT = re.compile(rf"^[\W_]{{0,4}}{NEW_LABEL}[\W_]{{0,3}}:[\W_]{{0,3}}", re.IGNORECASE)
NEW_TEXT_AFTER = re.compile(rf"\s{NEW_LABEL}[\W_]{{0,3}}:[\W_]{{0,3}}$", re.IGNORECASE)


def amended_texts(ctx: Context) -> tuple[list[tuple[int, int]], list[Block]]:
    """The spans of the replaced texts an amendment quotes (what no longer holds: none of its work items or
    contacts is the register's), and the blocks of the new texts (the register's as amended). Each text
    runs from its label to the next label or heading; a label with text after it on its line is that text
    alone; a new text's label run onto the end of the replaced text's last line ends it. One pass."""
    replaced: list[tuple[int, int]] = []
    new: list[Block] = []
    for section in ctx.layout.sections:
        state: str | None = None
        opened = 0
        for block in [*section.blocks, None]:
            label = (OLD_TEXT.match(block.text) or NEW_TEXT.match(block.text)) if block is not None else None
            # a heading of the document's ends a text ("### Amendment 2"); a short line read as one does not
            heading = block is not None and block.kind == "heading" and block.explicit
            if block is not None and label is None and not (heading and state is not None):
                if state == "new":
                    new.append(block)
                elif state == "old" and NEW_TEXT_AFTER.search(block.text):  # "> 4.3 X - Q2 2027 Is:"
                    replaced.append((opened, block.end))
                    state = "new"
                continue
            if state == "old":
                replaced.append((opened, block.start if block is not None else section_end(section)))
            state = None
            if block is None or label is None:
                continue
            state = "old" if label.re is OLD_TEXT else "new"
            opened = block.start
            if block.text[label.end() :].strip():  # "Old text: none." / "New text: deleted; ..."
                if state == "old":
                    replaced.append((block.start, block.end))
                state = None
    return replaced, new


def section_end(section) -> int:
    """Where a section's last block ends."""
    return max((b.end for b in section.blocks), default=0)
