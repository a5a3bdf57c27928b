"""Who is party to an alliance, for the kinds of document that have no "Organizations" list.

Why one place: memoranda, pages, liaison statements and minutes name their parties in a few
recurring ways, and each kind's module picks the ways it uses, strongest first: a "between A and
B" clause, the title ("DMTF - SNIA Memorandum of Understanding", "Our alliance with OGF"), a
"Parties" section, and finally the organizations the opening paragraphs name. A unit named in
their place ("SNIA Cloud Storage TWG") stands for its organization.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, block_spans
from kg.extract.structure import Block
from kg.model.records import Entity, Mention, Spans

BETWEEN = re.compile(r"\b(?:between|among(?:st)?)\b", re.IGNORECASE)
OPENING_BLOCKS = 4


IMPLAUSIBLE = re.compile(
    # "^[a-z]" keeps its case (a name in lower case is a fragment); the words do not.
    r"\d{4}-\d{2}|\bv(?:ersion)?\s*\d|\(\w*$|(?-i:^[a-z])|\b(?:approved|signed|pdf)\b",
    re.IGNORECASE,
)


def plausible(entity: Entity) -> bool:
    """A new organization whose name reads like a date, a version or half a parenthesis ("approved
    2019-06-13", "version 5.0 (PDF") was split out of a title line, not named as a body."""
    if not entity.needs_review:
        return True
    return IMPLAUSIBLE.search(entity.label) is None and any(w[:1].isupper() for w in entity.label.split())


def organization_of(ctx: Context, mention: Mention) -> Entity | None:
    """The organization a mention stands for: itself, or the organization of a unit."""
    entity = mention.entity
    if entity.kind == "organization":
        return entity if plausible(entity) else None
    if entity.kind == "unit" and entity.unit_of is not None:
        return ctx.resolver.entities.get(entity.unit_of)
    return None


def organizations_in(
    ctx: Context, block: Block, start: int = 0, end: int | None = None
) -> list[tuple[Entity, Spans]]:
    """The organizations a block (or a part of it) names, each once, in order."""
    found: dict[str, tuple[Entity, Spans]] = {}
    stop = len(block.text) if end is None else end
    mentions = ctx.mentions(block)
    # "IEEE SA, an operating unit of The Institute ... (IEEE)": the parent is no party, by any of its names
    parents = {
        str(m.entity.iri) for m in mentions if PARENT_BEFORE.search(block.text, max(0, m.start - 40), m.start)
    }
    for mention in mentions:
        if str(mention.entity.iri) in parents:
            continue
        if mention.start >= start and mention.end <= stop:
            organization = organization_of(ctx, mention)
            if organization is not None:
                found.setdefault(str(organization.iri), (organization, block_spans(block, *mention.span)))
    return list(found.values())


# A party described as part of another body: "an operating unit of", "a division of", "a program of"
PARENT_BEFORE = re.compile(
    r"\b(?:unit|division|department|program(?:me)?|subsidiary|affiliate|part|project|sector)\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def between_parties(ctx: Context, blocks: list[Block]) -> list[tuple[Entity, Spans]]:
    """The organizations after "between" (or "among") in the first sentence that names two."""
    for block in blocks:
        for match in BETWEEN.finditer(block.text):
            sentence_end = block.text.find(". ", match.end())
            found = organizations_in(ctx, block, match.end(), None if sentence_end < 0 else sentence_end)
            if len(found) >= 2:
                return found
    return []


def title_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    title = ctx.layout.title or next((b for b in ctx.layout.blocks("preamble") if b.kind == "heading"), None)
    return organizations_in(ctx, title) if title is not None else []


def opening_blocks(ctx: Context) -> list[Block]:
    blocks = [ctx.layout.title] if ctx.layout.title is not None else []
    for section in ctx.layout.sections:
        blocks += ([section.heading] if section.heading is not None else []) + section.blocks
        if len(blocks) > OPENING_BLOCKS * 2:
            break
    return blocks[: OPENING_BLOCKS * 2]


def opening_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """Every organization the title and opening paragraphs name."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for block in opening_blocks(ctx):
        for entity, spans in organizations_in(ctx, block):
            found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


def section_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The first organization of each item (or line) of a "Parties"/"Organizations" section."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for section in ctx.layout.of_kind("organizations"):
        items = [b for b in section.blocks if b.kind in ("item", "row", "field")] or section.blocks
        for block in items:
            for entity, spans in organizations_in(ctx, block)[:1]:
                found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


def first_of(*candidates: list[tuple[Entity, Spans]]) -> list[tuple[Entity, Spans]]:
    """The first candidate list with two parties or more; else the longest."""
    for candidate in candidates:
        if len(candidate) >= 2:
            return candidate
    return max(candidates, key=len, default=[])
