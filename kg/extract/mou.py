"""Memoranda of understanding, bilateral or multilateral: parties, numbered terms, exhibit items.

A memorandum names its parties in a "between A, B and C" clause, a "Parties" section or its
title; its body is numbered articles or clauses ("1. Purpose", "Article 3 - Cooperation") and,
often, an exhibit or annex listing the work items. Each numbered clause or exhibit item becomes
a term; the dates it is signed or takes effect come from kg.extract.document_dates.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.kinds import SIGNATURE, names_two
from kg.extract.parties import (
    MIN_AGREEMENTS,
    agreement_hub,
    agreement_items,
    between_parties,
    defined_parties,
    first_of,
    opening_blocks,
    opening_parties,
    section_parties,
    title_parties,
)
from kg.model import prefilter
from kg.model.records import AllianceRecord, Entity, Spans, Term


def mou_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The parties of the memorandum; of a list of memoranda (one item per agreement, "The MoU between
    A and B ..."), the parties of every item too."""
    found = first_of(
        between_parties(ctx, opening_blocks(ctx)),
        section_parties(ctx),
        defined_parties(ctx),
        title_parties(ctx),
        opening_parties(ctx),
    )
    agreements = agreement_items(ctx)
    if len(agreements) < MIN_AGREEMENTS:
        return found
    merged = {str(entity.iri): (entity, spans) for entity, spans in found}
    for entity, spans in (party for item in agreements for party in item):
        merged.setdefault(str(entity.iri), (entity, spans))
    return list(merged.values())


def numbered_items(ctx: Context) -> list[Term]:
    """Every numbered or lettered item of the memorandum (its clauses and exhibit items)."""
    terms: list[Term] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval"):
            continue
        for block in section.blocks:
            if block.kind == "item" and block.label is not None:
                terms.append(Term(len(terms) + 1, block.label, block.text, block.spans))
    return terms


def fill_mou(ctx: Context, record: AllianceRecord) -> None:
    """Clauses and exhibit items as terms (when the common rules found none); missing parts as warnings."""
    if not record.terms:
        record.terms = numbered_items(ctx)
    record.hub = agreement_hub(ctx, record.parties)
    expected = {
        "parties": names_two(ctx, record),
        "approval": bool(record.approvals)
        or any(d.role in ("signed", "effective") for d in record.dates)
        or is_signed(ctx.document.text),
    }
    record.warnings = [part for part, present in expected.items() if not present]


# A memorandum that says it is not signed yet ("Draft for discussion. Not yet approved or signed.")
UNSIGNED = re.compile(
    r"\bnot\s+(?:yet\s+)?(?:been\s+)?(?:approved|signed|executed)\b|\bunsigned\b|\bunapproved\b"
    r"|\bpending\s+(?:signature|approval)\b",
    re.IGNORECASE,
)
# A signature line left to fill in ("Signature: ____________", "Date: ..........")
BLANK_TO_FILL = re.compile(r"_{3}|\.{4}|\[\s*(?:name|date|signature)\s*\]", re.IGNORECASE)


def is_signed(text: str) -> bool:
    """Whether the memorandum records its signing, though no date of it was read: a signature block
    ("IN WITNESS WHEREOF ...", "Signed for DMTF:", the signatories' "For HMC / For OBC" columns) that
    is not left blank, in a memorandum that does not say it is unsigned. Its approval is then no part
    the document lacks (a Warning would say it does)."""
    if UNSIGNED.search(text):
        return False
    for match in prefilter.finditer(SIGNATURE, text):
        end = text.find("\n", match.end())
        if not BLANK_TO_FILL.search(text, match.start(), len(text) if end < 0 else end):
            return True
    return False
