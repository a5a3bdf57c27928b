"""Alliance and liaison pages: one body describes its relationship with another.

A page is written by one organization (its title or opening names it: "DMTF Alliance
Partners", "Our liaison with OGF") about one or more partners; both are parties. What the
collaboration is about comes from the common rules (units, specifications, topics); when it
began from kg.extract.document_dates ("since 2009").
"""

from __future__ import annotations

import re
from itertools import pairwise

from kg.extract.context import Context, block_spans
from kg.extract.kinds import WORDS, is_furniture, names_two
from kg.extract.parties import (
    MIN_AGREEMENTS,
    NOT_AGREEMENT_SECTIONS,
    OPENING_BLOCKS,
    agreement_hub,
    agreement_items,
    between_parties,
    first_of,
    opening_blocks,
    opening_parties,
    organizations_in,
    title_parties,
)
from kg.extract.structure import Block, Cell
from kg.model.records import AllianceRecord, Entity, Mention, Spans


def worded_opening(ctx: Context) -> list[Block]:
    """The title and the first blocks that say something: not a site's links for the reader nor the empty
    items of its menus ("Skip to content", "- ", "Edit this page"), which would fill the opening of a page
    saved from a documentation site before its own title (parties.opening_blocks counts them)."""
    blocks = [ctx.layout.title] if ctx.layout.title is not None else []
    for section in ctx.layout.sections:
        for block in ([section.heading] if section.heading is not None else []) + section.blocks:
            if len(blocks) >= OPENING_BLOCKS * 2:
                return blocks
            if WORDS.search(block.text) and not is_furniture(block.text):
                blocks.append(block)
    return blocks


def organizations_opening(ctx: Context, blocks: list[Block]) -> list[tuple[Entity, Spans]]:
    """Every organization the blocks name, each once (parties.opening_parties, over `blocks`)."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for block in blocks:
        for entity, spans in organizations_in(ctx, block):
            found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


def opening_candidates(ctx: Context) -> list[list[tuple[Entity, Spans]]]:
    """The parties of the opening as the parties' rules read them, then as read past a site's links."""
    worded = worded_opening(ctx)
    return [
        between_parties(ctx, opening_blocks(ctx)),
        title_parties(ctx),
        opening_parties(ctx),
        between_parties(ctx, worded),
        organizations_opening(ctx, worded),
    ]


def page_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The writer and its partner from the opening; and, on a page with a section per partner (an
    annual report's "Alliances" part: "## NVM Express, Inc.", "## DMTF"), each partner a heading names."""
    found = first_of(*opening_candidates(ctx))
    merged = {str(entity.iri): (entity, spans) for entity, spans in found}
    for entity, spans in described_partners(ctx):
        merged.setdefault(str(entity.iri), (entity, spans))
    partners = heading_parties(ctx)
    for entity, spans in partners if len(partners) >= MIN_PARTNER_SECTIONS else []:
        merged.setdefault(str(entity.iri), (entity, spans))
    agreements = agreement_items(ctx)
    for entity, spans in (
        (p for item in agreements for p in item) if len(agreements) >= MIN_AGREEMENTS else []
    ):
        merged.setdefault(str(entity.iri), (entity, spans))
    for entity, spans in labelled_partners(ctx):  # an "At a glance" table's "Partner | X" row
        merged.setdefault(str(entity.iri), (entity, spans))
    listed = item_partners(ctx) + listed_row_partners(ctx) + category_partners(ctx) + flat_row_partners(ctx)
    for entity, spans in listed:
        merged.setdefault(str(entity.iri), (entity, spans))
    return with_table_partners(ctx, list(merged.values()), {str(entity.iri) for entity, _ in listed})


# The label of a page's field that names its partner: "Partner", "Partner organization", "Partner body",
# "Counterpart" (a key-facts table's row, or a "Partner: X" line)
PARTNER_LABEL = re.compile(
    r"^\W{0,3}(?:partner(?:\s+(?:organi[sz]ations?|bod(?:y|ies)|institutions?|name))?|partners|counterparts?)"
    r"\W{0,3}(?::|\t|$)",
    re.IGNORECASE,
)


def labelled_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations a page's partner field names (PARTNER_LABEL): a two-cell row whose first cell is
    the label ("Partner | Standardization Administration of China (SAC)"), or a line that opens with it."""
    found: list[tuple[Entity, Spans]] = []
    for section in ctx.layout.sections:
        for block in section.blocks:
            if block.kind == "row" and len(block.cells) >= 2 and PARTNER_LABEL.match(block.cells[0].text):
                value = block.cells[1]
                found += organizations_in(ctx, block, value.start - block.start, value.end - block.start)
            elif (
                block.kind != "row"
                and (label := PARTNER_LABEL.match(block.text))
                and label.group().endswith(":")
            ):
                found += organizations_in(ctx, block, label.end())
    return found


# The header line of a table a text reader flattened, one row a line with its cells run together by blanks
# ("Organization W3C Activities affected W3C contact Liaison contact"): its first column names the partners,
# a few column names follow, and it ends as no sentence does
FLAT_HEADER = re.compile(
    r"^\W{0,3}(?:organi[sz]ations?|partners?|partner\s+organi[sz]ations?|bod(?:y|ies))[ \t]+"
    r"(?:[A-Za-z0-9][\w/&-]*[ \t]+){1,10}[A-Za-z0-9][\w/&-]*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A line opening with a body's name (the article may come first): a flattened row's first cell
LINE_START = re.compile(r"^[ \t]*(?:The[ \t]+)?", re.MULTILINE)
MIN_FLAT_ROWS = 3


def flat_row_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The partners of a flattened table (FLAT_HEADER over its rows, a row a line of the text): the
    organization each line after the header opens with, when at least MIN_FLAT_ROWS lines open with
    different ones (W3C's liaisons table saved as text: "AFNOR (French ISO) Generic Liaisons Daniel ...").
    Lines, not blocks: a text reader runs such lines together into paragraphs."""
    text = ctx.document.text
    header = FLAT_HEADER.search(text)
    if header is None:
        return []
    found: dict[str, tuple[Entity, Spans]] = {}
    for line in LINE_START.finditer(text, header.end() + 1):
        end = text.find("\n", line.end())
        written = text[line.end() : end if end >= 0 else len(text)][:120]
        mentions = ctx.resolver.mentions(written)
        first = next((m for m in mentions if m.start == 0), None) or short_then_full(written, mentions)
        if first is None or first.entity.kind != "organization":
            continue
        span = ((line.end() + first.start, line.end() + first.end),)
        found.setdefault(str(first.entity.iri), (first.entity, span))
    return list(found.values()) if len(found) >= MIN_FLAT_ROWS else []


# A row's first cell, a short name, run together with the second, the full name after its article ("Apache
# The Apache Software Foundation", "Khronos The Khronos Group Inc.")
SHORT_THEN_FULL = re.compile(r"(?P<short>[A-Z][\w&.-]{1,30})[ \t]+(?=The[ \t]+[A-Z])")


def short_then_full(written: str, mentions: list[Mention]) -> Mention | None:
    """The body a flattened row names by a short name and then in full (SHORT_THEN_FULL), the short name one
    of the full name's words or its acronym: the full name's mention, once."""
    opening = SHORT_THEN_FULL.match(written)
    if opening is None:
        return None
    short = opening.group("short").casefold()
    for mention in mentions:
        if mention.start < opening.end() or mention.start > opening.end() + len("The "):
            continue
        entity = mention.entity
        words = {w.casefold() for w in written[mention.start : mention.end].split()}
        if short in words or short == (entity.acronym or "").casefold():
            return mention
    return None


def listed_row_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The partners of a table under a heading of partners, one partner a row ("Partner | Region", a
    partnership project's founding members): the organization each row opens with, when two rows or more
    open with different ones."""
    found: list[tuple[Entity, Spans]] = []
    for section in ctx.layout.of_kind("organizations"):
        openers: list[tuple[Entity, Spans]] = []
        for block in (b for b in section.blocks if b.kind == "row" and b.cells):
            cell = block.cells[0]
            named = organizations_in(ctx, block, cell.start - block.start, cell.end - block.start)
            openers += named[:1] if len(named) == 1 else []
        iris = [str(entity.iri) for entity, _ in openers]
        if len(set(iris)) >= MIN_PARTNER_SECTIONS and len(set(iris)) == len(iris):
            found += openers
    return found


def with_table_partners(
    ctx: Context, parties: list[tuple[Entity, Spans]], listed: set[str]
) -> list[tuple[Entity, Spans]]:
    """On a page with a table of one row per partner, the parties are its writer (the first other party
    named), the partners the rows open with and those a list of partners names (`listed`: a partnership's
    "Other partners" under its table of founders); a body named only in a role ("appointed by the IAB", a
    contact cell's "liaison shepherd, IAB") is none."""
    openers = row_openers(ctx)
    partners = {str(entity.iri) for entity, _ in openers}
    if len(partners) < MIN_PARTNER_SECTIONS:
        return parties
    others = [(entity, spans) for entity, spans in parties if str(entity.iri) not in partners]
    kept = others[:1] + [(entity, spans) for entity, spans in others[1:] if str(entity.iri) in listed]
    named = [(entity, spans) for entity, spans in parties if str(entity.iri) in partners]
    # a partner only its row names (the table under a sub-heading, no organizations section above it)
    named_iris = {str(entity.iri) for entity, _ in named}
    return [*kept, *named, *((e, s) for e, s in openers if str(e.iri) not in named_iris)]


# After the partner's name an item goes on with a dash (an en or em dash too), colon or comma and what the
# agreement is ("**DMTF** - alliance agreement", "Open Grid Forum (OGF): memorandum of understanding");
# prose ("DMTF and SNIA will ...") does not, nor a bare name (a menu of "Other Alliance Partners").
PARTNER_ITEM_REST = re.compile(r"^\s*(?:\([^()]{1,20}\)\s*)?(?:[\u2013\u2014:,|]|-\s)\s*[A-Za-z]")
# ... and the item says it is an agreement: a "who does what" list ("- DMTF: publishes the model") of one
# alliance's parties names no separate agreements
AGREEMENT_WORD = re.compile(
    r"\b(?:allian\w*|agreements?|memorand\w*|MoUs?|MoCs?|liaisons?|partner\w*|cooperat\w*|co-operat\w*"
    r"|collaborat\w*|relationships?|register|members?(?:hip)?|affiliat\w*|charter\w*|since)\b",
    re.IGNORECASE,
)


def item_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The partners of a list with one item per partner (a body's "Alliance partners" list: each item
    opens with the partner's name and goes on with its kind of agreement): when two items or more
    of one list open so, each names a partner."""
    found: list[tuple[Entity, Spans]] = []
    for section in ctx.layout.sections:
        if section.kind in (*NOT_AGREEMENT_SECTIONS, "milestones"):  # "- DMTF: publish ...": an owner
            continue
        openers: list[tuple[Entity, Spans]] = []
        for block in (b for b in section.blocks if b.kind == "item"):
            named = [m for m in ctx.mentions(block) if m.entity.kind == "organization"]
            if (
                named
                and not block.text[: named[0].start].strip(" *_[")
                and PARTNER_ITEM_REST.match(block.text[named[0].end :].lstrip("*_]"))
                # under a heading of partners ("Partners Type 2") the item need not say it is an agreement
                and (section.kind == "organizations" or AGREEMENT_WORD.search(block.text, named[0].end))
            ):
                openers += organizations_in(ctx, block, named[0].start, named[0].end)[:1]
        if len({str(entity.iri) for entity, _ in openers}) >= MIN_PARTNER_SECTIONS:
            found += openers
    return found


MIN_PARTNER_SECTIONS = 2
# A line that names a kind of body and then lists bodies of that kind, nothing else ("Partnership projects:
# 3GPP, oneM2M", "Regional SDOs - ETSI, ARIB and TTA"): a liaison page's candidates grouped by kind
CATEGORY_LABEL = re.compile(
    r"^\W{0,3}(?P<label>[A-Za-z][\w .&/'()-]{0,40}?)\W{0,2}(?::|\s[\u2013\u2014-])\s*"
)
# ... but a letter's or a record's own fields, which name a sender, an addressee or a role
NOT_CATEGORY_LABELS = {
    "to", "cc", "copy", "from", "source", "contact", "contacts", "chair", "chairs", "attendees", "present",
    "regrets", "approved", "signed", "author", "authors", "editor", "editors", "secretariat", "owner", "lead",
}  # fmt: skip
# What joins two bodies of such a line: a comma, "and", "&", a slash
LIST_GAP = re.compile(r"^[\s,;/&]*(?:(?:and|or)\s+)?(?:the\s+)?$")
# Bodies the grouped lines name in all, at least: two lines of one body each are a letter's fields
MIN_CATEGORY_BODIES = 3


def category_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The bodies a page lists by kind, a kind a line (CATEGORY_LABEL): the candidates of a working group's
    "liaison relationships" contribution, a body's partners grouped as "SDOs: ..." / "Fora: ...". Each
    body of such lines is a partner when two lines or more of one section are so and name three bodies
    or more; the first organization of each line was all an item's reading kept. A line is an item, a
    field, a short line plain text reads as a heading, or a line of a paragraph (plain text keeps a list's
    lines in one paragraph)."""
    found: list[tuple[Entity, Spans]] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval"):
            continue
        lines = [b for b in section.blocks if b.kind in ("item", "paragraph", "field", "heading")]
        runs = [run for b in lines for run in category_runs(ctx, b)]
        bodies = {str(entity.iri) for run in runs for entity, _ in run}
        if len(runs) >= MIN_PARTNER_SECTIONS and len(bodies) >= MIN_CATEGORY_BODIES:
            found += [party for run in runs for party in run]
    return found


def category_runs(ctx: Context, block: Block) -> list[list[tuple[Entity, Spans]]]:
    """The bodies each line of a block lists after the kind it opens with; a line saying anything else
    lists none."""
    runs: list[list[tuple[Entity, Spans]]] = []
    mentions = [m for m in ctx.mentions(block) if m.entity.kind in ("organization", "unit")]
    offset = 0
    for line in block.text.split("\n"):
        start, offset = offset, offset + len(line) + 1
        label = CATEGORY_LABEL.match(line)
        if label is None or label.group("label").strip().lower() in NOT_CATEGORY_LABELS:
            continue
        named = [m for m in mentions if start <= m.start and m.end <= start + len(line)]
        if not named or named[0].start < start + label.end():
            continue  # the label names a body itself
        if block.text[start + label.end() : named[0].start].strip(" *_"):
            continue  # a sentence after the label
        joined = all(LIST_GAP.match(block.text[a.end : b.start]) for a, b in pairwise(named))
        if joined and not block.text[named[-1].end : start + len(line)].strip(" .;*_"):
            runs.append(organizations_in(ctx, block, named[0].start, named[-1].end))
    return runs


def described_partners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The bodies a page's list of the organizations it works with names one a term, each described by
    the paragraph under it (a charter's "External Organizations": `IETF CORE WG` / what the coordination
    is about): a partner each, when two terms or more are. A list of bare names with no description
    (a menu of "Other Alliance Partners") names none."""
    found: list[tuple[Entity, Spans]] = []
    for section in ctx.layout.of_kind("organizations"):
        openers: list[tuple[Entity, Spans]] = []
        for term, description in zip(section.blocks, section.blocks[1:], strict=False):
            if term.kind != "heading" or description.kind != "paragraph":
                continue
            named = [m for m in ctx.mentions(term) if m.entity.kind in ("organization", "unit")]
            if named and not term.text[: named[0].start].strip():
                openers += organizations_in(ctx, term, named[0].start, named[0].end)[:1]
        if len({str(entity.iri) for entity, _ in openers}) >= MIN_PARTNER_SECTIONS:
            found += openers
    return found


# A heading that is a body's name, and at most this many other words ("About DMTF", "DMTF")
HEADING_EXTRA_WORDS = 1


def heading_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations named alone by the headings of a page."""
    found: list[tuple[Entity, Spans]] = []
    headings = [b for section in ctx.layout.sections for b in ([section.heading] if section.heading else [])]
    headings += [b for section in ctx.layout.sections for b in section.blocks if b.kind == "heading"]
    for heading in sorted(headings, key=lambda b: b.start):
        named = organizations_in(ctx, heading)
        if len(named) != 1:
            continue
        mentions = [m for m in ctx.mentions(heading) if m.entity.kind == "organization"]
        rest = heading.text
        for mention in mentions:
            rest = rest.replace(mention.surface, " ")
        if len(re.findall(r"[A-Za-z]{2,}", rest)) <= HEADING_EXTRA_WORDS:
            found.append(named[0])
    return found


def page_hub(ctx: Context, parties: list[tuple[Entity, Spans]]) -> Entity | None:
    """The writer of a page about its alliances with several partners ("SNIA Alliances" with a
    section for NVM Express, OCP and DMTF; a partner list): each is an alliance of the writer and one
    partner, and the partners do not collaborate with each other through it. The writer is the one
    party the title names, else the one party no partner heading names; None for a page between two
    parties, or when neither says which party wrote it (then one alliance of all the parties)."""
    if len(parties) < MIN_HUB_PARTIES:
        return None
    iris = {str(entity.iri) for entity, _ in parties}
    titled = [entity for entity, _ in title_parties(ctx) if str(entity.iri) in iris]
    if len({str(entity.iri) for entity in titled}) == 1:
        return titled[0]
    by_agreement = agreement_hub(ctx, parties)
    if by_agreement is not None:
        return by_agreement
    partners = {str(entity.iri) for entity, _ in heading_parties(ctx)}
    if len(partners) < MIN_PARTNER_SECTIONS:
        partners = row_partners(ctx)
    if len(partners) < MIN_PARTNER_SECTIONS:
        partners = {str(entity.iri) for entity, _ in item_partners(ctx)}
    if len(partners) < MIN_PARTNER_SECTIONS:
        return None
    others = [entity for entity, _ in parties if str(entity.iri) not in partners]
    return others[0] if len(others) == 1 else None


def row_partners(ctx: Context) -> set[str]:
    """The partners of a table with one row per partner (a liaison table: "Organization | Agreement |
    Since"), by their IRIs (`row_openers`)."""
    return {str(entity.iri) for entity, _ in row_openers(ctx)}


def row_openers(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organization each row of a table with one row per partner opens with, when the rows of that
    table name different ones. Each table is weighed alone: a plan's table below it whose rows open with
    the same partners ("Common test streams with the DVB Project") is another table, not a second row for
    the partner."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for table in tables(ctx):
        for column in range(min(PARTNER_COLUMNS, max(len(block.cells) for block in table))):
            if column and not PARTNER_HEADER.match(
                table[0].cells[column].text if len(table[0].cells) > column else ""
            ):
                continue  # a later column names partners under its header only, not a fact table's values
            openers = column_partners(ctx, table, column)
            if openers:
                found.update((str(entity.iri), (entity, spans)) for entity, spans in openers)
                break
    return list(found.values())


# How far into a row the partner's column may be: a bulletin's table of memoranda numbers its rows ("No. |
# Partner | Economy | Signed"), or dates them first ("Signed | Partner | Areas"); the first column of
# different bodies is the partners'
PARTNER_COLUMNS = 3
PARTNER_HEADER = re.compile(
    r"^\W{0,3}(?:partners?|partner\s+(?:organi[sz]ations?|bod(?:y|ies)|institutions?)|organi[sz]ations?|bod(?:y|ies)"
    r"|counterparts?|signator(?:y|ies)|(?:standards\s+)?bod(?:y|ies))\W{0,3}$",
    re.IGNORECASE,
)


def column_partners(ctx: Context, table: list[Block], column: int) -> list[tuple[Entity, Spans]]:
    """The organization each row names in that column, when every row naming one names one and the rows
    name different ones (at least MIN_PARTNER_SECTIONS); else none."""
    openers: list[tuple[Entity, Spans]] = []
    unknown: list[tuple[Block, Cell]] = []  # a body cell naming a body nobody knew
    headed = bool(table[0].cells) and len(table[0].cells) > column
    headed = headed and PARTNER_HEADER.match(table[0].cells[column].text) is not None
    for block in (b for b in table if len(b.cells) > column):
        cell = block.cells[column]
        named = organizations_in(ctx, block, cell.start - block.start, cell.end - block.start)
        openers += named[:1] if len(named) == 1 else []
        if headed and not named and block is not table[0] and is_new_body_cell(cell.text.strip()):
            unknown.append((block, cell))
    iris = [str(entity.iri) for entity, _ in openers]
    if len(set(iris)) != len(iris) or len(iris) < MIN_PARTNER_SECTIONS:
        return []
    # under a body column's header, beside two known partners at least, a row's body nobody knew is a
    # partner too (a new organization: "Coastal Data Trust", "Hollis Storage Guild (HSG)")
    for block, cell in unknown:
        text = cell.text.strip()
        acronym = BRACKETED_ACRONYM.search(text)
        name = text[: acronym.start()].strip() if acronym is not None else text
        entity = ctx.resolver.new_organization(name, acronym.group(1) if acronym is not None else None)
        if str(entity.iri) not in iris and entity.kind == "organization":
            iris.append(str(entity.iri))
            openers.append((entity, block_spans(block, cell.start - block.start, cell.end - block.start)))
    return openers


# A body cell naming a body nobody knew: two to eight capitalised words (a lower-case "of", "for", "and"
# between them), perhaps its acronym in brackets after it; no digits, no sentence, no address
NEW_BODY_CELL = re.compile(
    r"^(?:[A-Z][\w&'.-]*)(?:\s+(?:(?:of|for|and|the|on|in|de|du|der|für)\s+)*[A-Z][\w&'.-]*){1,7}"
    r"(?:\s*\((?P<acronym>[A-Z][A-Za-z&-]{1,11})\))?$"
)
# A plural head names a kind of party, no one body: "Standards Development Organizations (SDOs)", "Industry
# Fora", "Market Representation Partners"
PLURAL_HEAD = re.compile(r"(?:[^su]s|^Fora)$")


def is_new_body_cell(text: str) -> bool:
    """Whether a body cell names a body nobody knew (NEW_BODY_CELL), not a kind of party (PLURAL_HEAD)."""
    name = BRACKETED_ACRONYM.sub("", text).strip()
    return NEW_BODY_CELL.match(text) is not None and PLURAL_HEAD.search(name.split()[-1]) is None


BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z&-]{1,11})\)$")


def tables(ctx: Context) -> list[list[Block]]:
    """The tables outside the sections that name no agreements: each a run of rows with cells, which any
    other block (a heading, a paragraph) ends."""
    found: list[list[Block]] = []
    for section in ctx.layout.sections:
        if section.kind in NOT_AGREEMENT_SECTIONS:
            continue
        run: list[Block] = []
        for block in section.blocks:
            if block.kind == "row" and block.cells:
                run.append(block)
                continue
            found += [run] if run else []
            run = []
        found += [run] if run else []
    return found


MIN_HUB_PARTIES = 3


def fill_page(ctx: Context, record: AllianceRecord) -> None:
    """The writer of a page about several partners; the parts a partial page lacks. A whole page that
    says nothing read as its scope (a list of partners, a short news item) lacks nothing: a page has no
    required parts, so what it is about is missing only from a page that says it is partial or is cut
    off."""
    record.hub = page_hub(ctx, record.parties)
    partial = is_partial(ctx)
    expected = {
        "parties": names_two(ctx, record),
        "scope": bool(record.statements) or bool(record.topics) or not partial,
    }
    record.warnings = [part for part, present in expected.items() if not present]


# A text that says it is an excerpt: a part of a longer one, or with an elided part ("[...]")
EXCERPT_NOTE = re.compile(
    r"\b(?:excerpt|extract(?:ed)?\s+from|partial\s+(?:copy|text|page|list|extract)|truncated|incomplete"
    r"|\(continued\))\b|\[\s?(?:\.\.\.|\u2026)\s?\]",
)
# A page that says it is partial: an excerpt, or a text to be completed ("TBD", "to be added")
PARTIAL_NOTE = re.compile(
    rf"{EXCERPT_NOTE.pattern}|\b(?:to\s+be\s+(?:completed|confirmed|added|written|announced)|TBD|TBC)\b",
)


# The text stops inside a sentence: on a word that cannot end one, or on an ellipsis
DANGLING_END = re.compile(
    r"(?:\b(?:the|a|an|and|or|of|to|with|for|in|on|by|from|between)|\.\.\.|\u2026)\W{0,3}$"
)
LAST_CHARACTERS = 200


def is_partial(ctx: Context) -> bool:
    """Whether the page says it is partial (PARTIAL_NOTE) or its text stops inside a sentence."""
    return PARTIAL_NOTE.search(ctx.document.text) is not None or is_cut_off(ctx)


def is_excerpt(ctx: Context) -> bool:
    """Whether the text says it is an excerpt (EXCERPT_NOTE) or stops inside a sentence: what a record
    that routinely leaves things open ("date to be confirmed", "owner TBD") calls partial."""
    return EXCERPT_NOTE.search(ctx.document.text) is not None or is_cut_off(ctx)


def is_cut_off(ctx: Context) -> bool:
    """Whether the text stops inside a sentence (DANGLING_END)."""
    return DANGLING_END.search(ctx.document.text.rstrip()[-LAST_CHARACTERS:]) is not None
