"""Work registers and their addenda: parties, name order and what only they state.

A register names its parties in an "Alliance Organizations" part, its title or its opening
sentence (kg.extract.entities.extract_parties); an addendum names the register it amends in its
title ("Addendum 2 to the DMTF / CSA Work Register"). The facts both share are read by the
common rules (kg.extract.alliance.fill_facts); the parts a register should have and lacks are
warnings, not a refusal.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, unique
from kg.extract.entities import extract_parties
from kg.extract.parties import (
    between_parties,
    first_of,
    opening_blocks,
    opening_parties,
    organizations_in,
    title_parties,
)
from kg.extract.structure import Block
from kg.model.records import AllianceRecord, Entity, Field, Spans

# (the cue may stand as a field's name before its value: "**Applies to:** the Work Register between ...";
# an errata sheet "corrects the work register listed above")
AMENDS = re.compile(
    r"\b(?:to|of|amending|amends|supplementing|corrects|correcting)(?:\s+|[ \t]?[:*_]{1,4}[ \t*_]{0,4})"
    r"(?:the\s+)?(?P<name>[^.;:\n]*?\b(?:Work\s+Register|Register|Agreement))\b",
    re.IGNORECASE,
)


def register_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    return first_of(
        extract_parties(ctx),
        title_parties(ctx),
        between_parties(ctx, opening_blocks(ctx)),
        opening_parties(ctx),
        amendment_parties(ctx),
    )


# A line that says it amends a register ("Re: Amendment No. 1 to the X / Y Work Register", a ballot's
# "Approve Addendum 1 to the X-Y Work Register"), looked for among the first blocks: a letterhead and an
# address, or a members' site menu, may come before it and fill the opening
AMENDING = re.compile(r"\b(?:amendment|addendum|amends|amending)\b", re.IGNORECASE)
AMENDING_BLOCKS = 40
AMENDMENT_WINDOW = 12


def amending_blocks(ctx: Context) -> list[Block]:
    """The first block among the document's first ones that names the register it amends, and the blocks
    after it (where its parties are named in full: "the register between A (X) and B (Y)"); none when no
    such block is."""
    blocks: list[Block] = []
    for section in ctx.layout.sections:
        blocks += ([section.heading] if section.heading is not None else []) + section.blocks
        if len(blocks) > AMENDING_BLOCKS + AMENDMENT_WINDOW:
            break
    for index, block in enumerate(blocks[:AMENDING_BLOCKS]):
        if AMENDING.search(block.text) and AMENDS.search(block.text):
            return blocks[index : index + AMENDMENT_WINDOW]
    return []


def amendment_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The parties an addendum's own line names ("Amendment No. 1 to the X / Y Work Register"), else those
    the blocks after it name as the register's ("the work register between A and B")."""
    blocks = amending_blocks(ctx)
    named = organizations_in(ctx, blocks[0]) if blocks else []
    return named if len(named) >= 2 else between_parties(ctx, blocks) if blocks else []


def order_of_title(ctx: Context, title: Field | None) -> list[Entity]:
    """Parties in the order the title names them (this gives the names: OGF / DMTF, DMTF / SNIA / OFA)."""
    if title is None:
        return ctx.parties
    mentioned = [m.entity for m in ctx.resolver.mentions(title.value) if ctx.is_party(m.entity)]
    ordered = list(unique(mentioned))
    return ordered + [p for p in ctx.parties if p not in ordered] if len(ordered) >= 2 else ctx.parties


# A register lacking one of these parts is a register written without it (many have no approval
# section); lacking two or more, it is partial or cut off, and each missing part is a warning. A register
# that tells its work in sentences anywhere (under "Why this register exists", in its opening) has its scope.
PARTIAL_AFTER = 2
# A register whose header says it is unfinished ("Version 0.4 (draft for board review)", "DRAFT 3, for
# discussion", "Version 1.0 (approved text pending)", "partial"): it lacks its approval until it is approved
UNFINISHED = re.compile(
    r"\b(?:draft|partial|pending|not\s+(?:yet\s+)?(?:been\s+)?approved|unapproved)\b", re.IGNORECASE
)
HEADER_LINES = 4


def register_warnings(
    record: AllianceRecord, cut_off: bool = False, described: bool = False, unfinished: bool = False
) -> list[str]:
    """The parts of a partial register that it lacks (parties always: a register is between two);
    a register cut off (`cut_off`) is partial whatever it lacks. A register whose background or
    purpose section describes the work (`described`) has its scope, in whatever words. A register its
    header calls a draft (`unfinished`) lacks the parts it is without, and its approval unless a date of
    approval is given."""
    approved = any(d.role == "approved" for d in record.dates)
    expected = {
        "scope": bool(record.statements) or bool(record.terms) or described,
        "milestones": bool(record.milestones),
        "contacts": bool(record.contacts),
        "approval": approved or (bool(record.approvals) and not unfinished),
    }
    missing = [part for part, present in expected.items() if not present]
    parties = [] if len(record.parties) >= 2 else ["parties"]
    partial = cut_off or unfinished or len(missing) >= PARTIAL_AFTER
    return parties + (missing if partial else [])


def is_unfinished(ctx: Context) -> bool:
    """Whether the register's first lines (its title and header) call it a draft or partial."""
    lines = [line for line in ctx.document.text[:2000].splitlines() if line.strip()][:HEADER_LINES]
    return any(UNFINISHED.search(line) for line in lines)


# A table whose last rows have fewer cells than its first ("| 2 | Align the sensor log with"), or a
# document whose last line stops inside a sentence ("... the joint test plan will cover the"): the
# text was cut off. (A row's width counts its columns, not its cells: a Gantt chart's row leaves periods
# empty.)
def is_cut_off(ctx: Context) -> bool:
    for section in ctx.layout.sections:
        width = 0
        for block in section.blocks:
            if block.kind != "row":
                width = 0
            elif not width:
                width = row_width(block)
            elif row_width(block) < width:
                return True
    return ends_inside_a_sentence(ctx.document.text)


def row_width(block: Block) -> int:
    """The columns a row reaches: its last cell's column, when the reader kept the columns."""
    columns = [cell.column for cell in block.cells if cell.column is not None]
    return max(columns) + 1 if len(columns) == len(block.cells) and columns else len(block.cells)


# The last line of a list or a field ("- OBC: Bo Ek, technical program manager") ends on any word
LISTED_LINE = re.compile(r"^(?:[-*\u2022\u00b7]|\d{1,2}[.)]|[A-Za-z][\w /-]{0,30}:)\s")


def ends_inside_a_sentence(text: str) -> bool:
    lines = text.rstrip().splitlines()[-1:]
    last = lines[0].strip() if lines else ""
    if LISTED_LINE.match(last):
        return False
    return len(last.split()) >= 4 and "@" not in last and re.search(r"\s[a-z]{2,}$", last) is not None


# "Status: approved" in a register's header says it was approved, though it names no approval
APPROVED_STATUS = re.compile(r"\bstatus\s*:\s*(?:board[- ]|formally\s+)?approved\b", re.IGNORECASE)


# Sections whose sentences are not about the work (who to contact, who approved, the document's history)
UNTOLD = frozenset({"contacts", "approval", "review", "history"})
SENTENCE_WORDS = 15


def tells_the_work(block: Block) -> bool:
    """A paragraph of prose: sentences of many words (a register's own account of its work)."""
    return (
        block.kind == "paragraph"
        and len(block.text.split()) >= SENTENCE_WORDS
        and block.text.rstrip()[-1:] in ".!?"
    )


def fill_register(ctx: Context, record: AllianceRecord) -> None:
    described = any(
        block.kind in ("paragraph", "item")
        for s in ctx.layout.of_kind("scope", "purpose", "mission")
        for block in s.blocks
    ) or any(tells_the_work(block) for s in ctx.layout.sections if s.kind not in UNTOLD for block in s.blocks)
    record.warnings = register_warnings(record, is_cut_off(ctx), described, is_unfinished(ctx))
    if APPROVED_STATUS.search(ctx.document.text[:2000]):
        record.warnings = [w for w in record.warnings if w != "approval"]


def fill_addendum(ctx: Context, record: AllianceRecord) -> None:
    """An addendum states what it adds; it names the register it amends."""
    amending = amending_blocks(ctx)[:1]
    match = AMENDS.search(record.title.value) or next(
        (AMENDS.search(b.text) for b in opening_blocks(ctx) + amending if AMENDS.search(b.text)), None
    )
    if match is not None:
        record.amends = Field(match.group("name").strip(), record.title.spans)
    expected = {
        "parties": len(record.parties) >= 2,
        "register": record.amends is not None,
        "milestones": bool(record.milestones) or bool(record.terms),
    }
    record.warnings = [part for part, present in expected.items() if not present]
