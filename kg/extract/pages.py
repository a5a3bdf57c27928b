"""Alliance and liaison pages: one body describes its relationship with another.

A page is written by one organization (its title or opening names it: "DMTF Alliance
Partners", "Our liaison with OGF") about one or more partners; both are parties. What the
collaboration is about comes from the common rules (units, specifications, topics); when it
began from kg.extract.document_dates ("since 2009").
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.parties import between_parties, first_of, opening_blocks, opening_parties, title_parties
from kg.model.records import AllianceRecord, Entity, Spans


def page_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    return first_of(between_parties(ctx, opening_blocks(ctx)), title_parties(ctx), opening_parties(ctx))


def fill_page(ctx: Context, record: AllianceRecord) -> None:
    expected = {"parties": len(record.parties) >= 2, "scope": bool(record.statements) or bool(record.topics)}
    record.warnings = [part for part, present in expected.items() if not present]
