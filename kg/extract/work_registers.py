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
from kg.extract.parties import between_parties, first_of, opening_blocks, opening_parties, title_parties
from kg.model.records import AllianceRecord, Entity, Field, Spans

AMENDS = re.compile(
    r"\b(?:to|of|amending|amends|supplementing)\s+(?:the\s+)?(?P<name>[^.;:\n]*?\b(?:Work\s+Register|Register|Agreement))\b",
    re.IGNORECASE,
)


def register_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    return first_of(
        extract_parties(ctx),
        title_parties(ctx),
        between_parties(ctx, opening_blocks(ctx)),
        opening_parties(ctx),
    )


def order_of_title(ctx: Context, title: Field | None) -> list[Entity]:
    """Parties in the order the title names them (this gives the names: OGF / DMTF, DMTF / SNIA / OFA)."""
    if title is None:
        return ctx.parties
    mentioned = [m.entity for m in ctx.resolver.mentions(title.value) if ctx.is_party(m.entity)]
    ordered = list(unique(mentioned))
    return ordered + [p for p in ctx.parties if p not in ordered] if len(ordered) >= 2 else ctx.parties


# A register lacking one of these parts is a register written without it (many have no approval
# section); lacking two or more, it is partial or cut off, and each missing part is a warning.
PARTIAL_AFTER = 2


def register_warnings(record: AllianceRecord, cut_off: bool = False, described: bool = False) -> list[str]:
    """The parts of a partial register that it lacks (parties always: a register is between two);
    a register cut off (`cut_off`) is partial whatever it lacks. A register whose background or
    purpose section describes the work (`described`) has its scope, in whatever words."""
    expected = {
        "scope": bool(record.statements) or bool(record.terms) or described,
        "milestones": bool(record.milestones),
        "contacts": bool(record.contacts),
        "approval": bool(record.approvals) or any(d.role == "approved" for d in record.dates),
    }
    missing = [part for part, present in expected.items() if not present]
    parties = [] if len(record.parties) >= 2 else ["parties"]
    return parties + (missing if cut_off or len(missing) >= PARTIAL_AFTER else [])


# A table whose last rows have fewer cells than its first ("| 2 | Align the sensor log with"), or a
# document whose last line stops inside a sentence ("... the joint test plan will cover the"): the
# text was cut off.
def is_cut_off(ctx: Context) -> bool:
    for section in ctx.layout.sections:
        width = 0
        for block in section.blocks:
            if block.kind != "row":
                width = 0
            elif not width:
                width = len(block.cells)
            elif len(block.cells) < width:
                return True
    return ends_inside_a_sentence(ctx.document.text)


def ends_inside_a_sentence(text: str) -> bool:
    lines = text.rstrip().splitlines()[-1:]
    last = lines[0].strip() if lines else ""
    return len(last.split()) >= 4 and "@" not in last and re.search(r"\s[a-z]{2,}$", last) is not None


# "Status: approved" in a register's header says it was approved, though it names no approval
APPROVED_STATUS = re.compile(r"\bstatus\s*:\s*(?:board[- ]|formally\s+)?approved\b", re.IGNORECASE)


def fill_register(ctx: Context, record: AllianceRecord) -> None:
    described = any(
        block.kind in ("paragraph", "item")
        for s in ctx.layout.of_kind("scope", "purpose", "mission")
        for block in s.blocks
    )
    record.warnings = register_warnings(record, is_cut_off(ctx), described)
    if APPROVED_STATUS.search(ctx.document.text[:2000]):
        record.warnings = [w for w in record.warnings if w != "approval"]


def fill_addendum(ctx: Context, record: AllianceRecord) -> None:
    """An addendum states what it adds; it names the register it amends."""
    match = AMENDS.search(record.title.value) or next(
        (AMENDS.search(b.text) for b in opening_blocks(ctx) if AMENDS.search(b.text)), None
    )
    if match is not None:
        record.amends = Field(match.group("name").strip(), record.title.spans)
    expected = {
        "parties": len(record.parties) >= 2,
        "register": record.amends is not None,
        "milestones": bool(record.milestones) or bool(record.terms),
    }
    record.warnings = [part for part, present in expected.items() if not present]
