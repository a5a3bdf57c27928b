"""Who is party to an alliance, for the kinds of document that have no "Organizations" list.

Why one place: memoranda, pages, liaison statements and minutes name their parties in a few
recurring ways, and each kind's module picks the ways it uses, strongest first: a "between A and
B" clause, the title ("DMTF - SNIA Memorandum of Understanding", "Our alliance with OGF"), a
"Parties" section, and finally the organizations the opening paragraphs name. A unit named in
their place ("SNIA Cloud Storage TWG") stands for its organization.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from kg.extract.context import Context, block_spans
from kg.extract.names import (
    COMMITTEE_DESIGNATION,
    after_generic_plural,
    cited_bodies,
    is_generic_plural,
    name_before_acronym,
)
from kg.extract.structure import Block, Section
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
    ctx: Context, block: Block, start: int = 0, end: int | None = None, committees: bool = False
) -> list[tuple[Entity, Spans]]:
    """The organizations a block (or a part of it) names, each once, in order. With `committees`, a body
    opening a number is that body's committee, no citation (a meeting's name: "IAB / IEEE 802 Coordination
    Teleconference", "ITU-T SG15 / IEEE 802.3 joint session": a meeting is held by bodies, never by a
    standard)."""
    found: dict[str, tuple[Entity, Spans]] = {}
    stop = len(block.text) if end is None else end
    mentions = ctx.mentions(block)
    # "IEEE SA, an operating unit of The Institute ... (IEEE)": the parent is no party, by any of its names
    parents = {
        str(m.entity.iri) for m in mentions if PARENT_BEFORE.search(block.text, max(0, m.start - 40), m.start)
    }
    # a body named only as it opens a standard's number ("ISO 8601", "ITU-R M.2160") is cited, no party here
    cited = (set() if committees else cited_bodies(mentions, block.text)) | joint_owners(block.text, mentions)
    for place, mention in enumerate(mentions):
        if str(mention.entity.iri) in parents or place in cited:
            continue
        if mention.start >= start and mention.end <= stop:
            organization = organization_of(ctx, mention)
            if organization is not None:
                found.setdefault(str(organization.iri), (organization, block_spans(block, *mention.span)))
    return list(found.values())


# The bodies a joint committee's full name says it is of ("ISO/IEC JTC 1 Joint Technical Committee 1 of ISO
# and IEC", "the Joint Working Group of CEN and CENELEC"): its owners, named as part of its name, no parties
JOINT_OF = re.compile(
    r"\bJoint\s+(?:[A-Z][a-z]+\s+){0,3}(?:Committee|Group|Board|Panel|Team|Commission)(?:\s+\d{1,3})?\s+of\s+"
    r"(?:the\s+)?$"
)
JOINT_OF_REACH = 80
OWNERS_JOINED = re.compile(r"\s*(?:,|and|&)\s*(?:the\s+)?")


def joint_owners(text: str, mentions: list[Mention]) -> set[int]:
    """The places of the mentions that name a joint committee's owners inside its full name (JOINT_OF), and
    of those joined to them by "and" or a comma ("of ISO and IEC")."""
    places: set[int] = set()
    last_end = -1
    for place, mention in enumerate(mentions):
        if mention.entity.kind != "organization":
            continue
        joined = last_end >= 0 and OWNERS_JOINED.fullmatch(text, last_end, mention.start) is not None
        if joined or JOINT_OF.search(text, max(0, mention.start - JOINT_OF_REACH), mention.start):
            places.add(place)
            last_end = mention.end
        else:
            last_end = -1
    return places


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
            end = clause_end(block.text, match.end(), len(block.text) if sentence_end < 0 else sentence_end)
            found = organizations_in(ctx, block, match.end(), end)
            if len(found) >= 2:
                return found
    return []


# The clause that defines the parties after naming them: "..., hereinafter referred to as "the Parties"",
# "(together the "Parties", and each a "Party")", "collectively referred to as the Parties"
# ("who work together with the Parties", "jointly with the Parties": other bodies beside them, no definition)
PARTIES_DEFINED = re.compile(
    r"\b(?:hereinafter|hereafter|together|collectively|jointly)\b(?![ \t\n]{1,3}with\b)[^.;]{0,40}?"
    r"[\"'\u201c\u2018]?(?:the\s)?Parties\b",
    re.IGNORECASE,
)
DEFINING_BLOCKS = 40


def first_blocks(ctx: Context, count: int) -> list[Block]:
    """The document's first `count` blocks, headings included, in order."""
    blocks: list[Block] = []
    for section in ctx.layout.sections:
        blocks += ([section.heading] if section.heading is not None else []) + section.blocks
        if len(blocks) >= count:
            break
    return blocks[:count]


def defined_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations a block names before the clause that defines them as the parties, among the
    document's first blocks: a title set one phrase a line ("MEMORANDUM OF UNDERSTANDING" / "BETWEEN" /
    "THE ... COUNCIL" / "AND" / ...) spends the opening blocks before the paragraph that names them."""
    blocks = first_blocks(ctx, DEFINING_BLOCKS)
    for index, block in enumerate(blocks):
        clause = defining_clause(block, blocks[index + 1 : index + 2])
        found = organizations_in(ctx, block, 0, clause)
        if clause and len(found) == 1 and index and MID_SENTENCE_END.search(blocks[index - 1].text):
            # the sentence naming the parties began on the line before, which the reader cut off ("The A (X)
            # and the B" / "C (Y), hereinafter referred to as ...")
            before = {str(e.iri): (e, spans) for e, spans in organizations_in(ctx, blocks[index - 1])}
            found = list({**before, **{str(e.iri): (e, spans) for e, spans in found}}.values())
        if len(found) >= 2:
            return found
    return []


# A line that stops mid-sentence: after a word, with no stop, colon or semicolon ("... and the Pacific Assay")
MID_SENTENCE_END = re.compile(r"[A-Za-z,][ \t]*$")


def heading_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations of the first heading among the document's first blocks that names two: a
    document's own title under what a gateway, a print service or a site puts above it ("SNOMED ... -
    openEHR ..." under an attachment preview's header lines)."""
    for block in first_blocks(ctx, DEFINING_BLOCKS):
        found = organizations_in(ctx, block) if block.kind == "heading" else []
        if len(found) >= 2:
            return found
    return []


DEFINING_REACH = 60


def defining_clause(block: Block, following: list[Block]) -> int:
    """Where the clause defining the parties opens in `block`; its end when the clause runs on into the
    next block (a line opening on a quote, '"Parties", and each a "Party"', is read as a block of its
    own); 0 when neither says it."""
    defined = PARTIES_DEFINED.search(block.text)
    if defined is not None:
        return defined.start()
    tail = block.text[-DEFINING_REACH:]
    joined = tail + " " + (following[0].text[:DEFINING_REACH] if following else "")
    run_on = PARTIES_DEFINED.search(joined)
    return len(block.text) if run_on is not None and run_on.start() < len(tail) else 0


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
    """Every organization the title and opening paragraphs name, but those the text sets beside the parties
    ("ISO and IEC, who work together with the Parties") and those it names only as the owners of what the
    parties use ("the W3C's HTML 4.0 recommendation"), when two others remain."""
    found: dict[str, tuple[Entity, Spans]] = {}
    beside: set[str] = set()
    for block in opening_blocks(ctx):
        for entity, spans in organizations_in(ctx, block):
            found.setdefault(str(entity.iri), (entity, spans))
        beside |= beside_the_parties(ctx, block)
    if len(found) > 2:
        beside |= only_owners(ctx)
    kept = [party for iri, party in found.items() if iri not in beside]
    return kept if len(kept) >= 2 else list(found.values())


# A body's possessive: "the W3C's HTML 4.0 recommendation", "ETSI\u2019s work"
POSSESSIVE_AFTER = re.compile(r"['\u2019]s\b")


def only_owners(ctx: Context) -> set[str]:
    """The organizations the document names only in the possessive, before no group of theirs ("the W3C's
    Data on the Web Best Practices", "following the IETF's RFC 9110"): the owners of a specification or a
    work the parties use, never a party to what the document states (a group after the possessive, "ETSI's
    ISG NFV", takes part, and so does its body)."""
    plain: set[str] = set()
    possessive: set[str] = set()
    for section in ctx.layout.sections:
        for block in ([section.heading] if section.heading is not None else []) + section.blocks:
            mentions = ctx.mentions(block)
            for mention in mentions:
                organization = organization_of(ctx, mention)
                if organization is None:
                    continue
                owned = (
                    mention.entity.kind == "organization"
                    and POSSESSIVE_AFTER.match(block.text, mention.end) is not None
                )
                group_after = owned and any(
                    m.entity.kind == "unit" and mention.end < m.start <= mention.end + 4 for m in mentions
                )
                (possessive if owned and not group_after else plain).add(str(organization.iri))
    if ctx.layout.title is not None:
        plain |= {str(o.iri) for m in ctx.mentions(ctx.layout.title) if (o := organization_of(ctx, m))}
    return possessive - plain


# After an organization: a clause setting it beside the parties, so no party ("ISO, which works jointly with
# the Parties", "IEC, together with the Parties' members")
BESIDE_PARTIES = re.compile(
    r"[ \t]{0,3},?[ \t\n]{0,3}(?:(?:who|which|that)[ \t\n]{1,3}(?:[\w-]{1,20}[ \t\n]{1,3}){0,4}?)?"
    r"(?:together[ \t\n]{1,3}|jointly[ \t\n]{1,3}|along[ \t\n]{1,3})?with[ \t\n]{1,3}the[ \t\n]{1,3}Parties\b"
)
# Between two organizations named as one run ("ISO and IEC", "ISO, IEC"): what the clause after the last says
# of the run
RUN_END = re.compile(r"\band\b|&")
# ... and in a run of venues, what may stand between two names: a body's bracketed acronym after its name
# ("membership of the European Committee for Standardization (CEN), CENELEC and ISO")
RUN_JOINT = re.compile(
    r"[ \t]{0,3}\(|\)?[ \t\n]{0,3}(?:,|and|&|,[ \t\n]{0,3}and)[ \t\n]{0,3}(?:the[ \t\n]{1,3})?"
)
IN_A_RUN = re.compile(r"[ \t\n]{0,3}(?:,|and|&|,[ \t\n]{0,3}and)[ \t\n]{0,3}(?:the[ \t\n]{1,3})?")


def beside_the_parties(ctx: Context, block: Block) -> set[str]:
    """The organizations of a block that a clause after them sets beside the parties (BESIDE_PARTIES),
    with those named in one run before them; one pass over the block's mentions, from its end."""
    text = block.text
    found: set[str] = set()
    following: Mention | None = None
    beside = False
    for mention in reversed(ctx.mentions(block)):
        if following is not None and beside:
            beside = IN_A_RUN.fullmatch(text, mention.end, following.start) is not None
        if not beside:
            beside = BESIDE_PARTIES.match(text, mention.end) is not None
        organization = organization_of(ctx, mention) if beside else None
        if organization is not None:
            found.add(str(organization.iri))
        following = mention
    return found


def listed_items(blocks: list[Block]) -> list[Block]:
    """The items of a parties list at its outer level: an item nested under a party names the party's
    unit or address ("- IETF" / "  - Operations and Management Area" / "  - Fremont, California"), no
    party of its own."""
    items = [b for b in blocks if b.kind == "item"]
    outer = min((b.depth for b in items), default=0)
    return [b for b in items if b.depth == outer]


# "The Parties intend to cooperate in the following areas:": a lead-in that names the parties over a list
# of what they work on, no list of parties
SUBJECTS_LEAD_IN = re.compile(
    r"\b(?:areas?|fields?|topics?|subjects?|activities|scope)\b[^\n:]{0,60}:\s*$", re.IGNORECASE
)


def party_sections(ctx: Context) -> list[Section]:
    """The sections that list the parties ("Parties", "Organizations"), but a list of subjects whose
    lead-in names the parties."""
    return [
        section
        for section in ctx.layout.of_kind("organizations")
        if section.heading is None or not SUBJECTS_LEAD_IN.search(section.heading.text)
    ]


def section_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The first organization of each item (or line) of a "Parties"/"Organizations" section."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for section in party_sections(ctx):
        outer = {id(b) for b in listed_items(section.blocks)}
        items = [
            b for b in section.blocks if b.kind in ("row", "field") or (b.kind == "item" and id(b) in outer)
        ] or section.blocks
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


# A body the parties work *in*, not with: "to cooperate in 3GPP", "coordinate their work within
# oneM2M", "two of the six Organizational Partners of 3GPP"; or a body followed by "in which A and B
# are ..." ("cooperate in the Third Generation Partnership Project (3GPP), in which ATIS and ETSI are
# two of six partners"). It is where the alliance works, not a party to it.
VENUE_BEFORE = re.compile(
    r"\b(?:(?:cooperat|collaborat|coordinat|participat|engag)\w*|work(?:ing)?|take\s+part|together)"
    r"(?:\s+(?:their|its)\s+(?:work|efforts?|contributions?))?\s+(?:in|within|inside)\s+(?:the\s+)?$"
    r"|\b(?:two|three|four|five|both)\s+(?:of\s+(?:the\s+)?(?:\w+\s+){1,2})?"
    r"(?:members?|partners?|participants?|founders?)\s+(?:of|in)\s+(?:the\s+)?$"
    # a body a party belongs to, or speaks for its country in: "its membership of CEN, CENELEC, ISO and IEC",
    # "is a member of X", "represents UK interests in ISO, IEC, CEN and CENELEC"
    # (a party's own: "its membership of", "holds memberships in", "is a member of", "as a member of";
    # "Membership in the OFA is required to vote" says what the body's membership gives, no venue)
    r"|\b(?:(?:its|our|their|holds?|holding)\s+(?:[\w-]{1,20}\s+)?memberships?"
    r"|(?:is|are|as|being|remains?)\s+(?:an?\s+)?(?:[\w-]{1,20}\s+)?members?)\s+(?:of|in)\s+(?:the\s+)?$"
    r"|\brepresent(?:s|ing|ed)?\s+(?:[\w-]{1,20}\s+){0,3}(?:interests?|views?|positions?)\s+(?:in|at|within)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# (blanks are bounded: the pattern is tried after every mention, and runs of blanks after a name would
# make unbounded ones backtrack over the square of the run)
VENUE_AFTER = re.compile(
    r"\)?(?:[ \t]{0,3}\([^()]{1,20}\))?,?[ \t\n]{1,3}(?:in\s{1,3}which|of\s{1,3}which|where)\s{1,3}"
    r"(?:both|the\s{1,3}two|they|[A-Z])"
)
VENUE_REACH = 60


def venues(ctx: Context, parties: list[tuple[Entity, Spans]]) -> set[str]:
    """The parties the document names as a body the others work in (VENUE_BEFORE, VENUE_AFTER); a unit of the
    first party (a page's writer, whose partners take part in its groups) makes no venue of it."""
    iris = {str(entity.iri) for entity, _ in parties}
    writer = str(parties[0][0].iri) if parties else None
    found: set[str] = set()
    for block in (b for section in ctx.layout.sections for b in section.blocks):
        venue_end: int | None = None  # where the last venue of the block's run ended, while the run goes on
        # the bodies after a venue's first, joined by commas: venues once an "and" joins them
        pending: list[str] = []
        for mention in ctx.mentions(block):
            joint = (
                RUN_JOINT.fullmatch(block.text, venue_end, mention.start) if venue_end is not None else None
            )
            venue_end = None
            if joint is None:
                pending = []
            organization = organization_of(ctx, mention)
            if organization is None or str(organization.iri) not in iris:
                continue
            if mention.entity.kind == "unit" and str(organization.iri) == writer:
                continue  # "its partners take part in the Technical Plenary": the writer's own unit, no venue
            before = block.text[max(0, mention.start - VENUE_REACH) : mention.start]
            if VENUE_BEFORE.search(before) or VENUE_AFTER.match(block.text, mention.end):
                found.add(str(organization.iri))
                venue_end, pending = mention.end, []
            elif joint is not None:
                # a body named in one run after a venue ("membership of CEN, CENELEC, ISO and IEC"): the run's
                # "and" names its last, so a comma alone may end it ("a member of ISO, KDA adopts ...")
                pending.append(str(organization.iri))
                if RUN_END.search(joint.group()) is not None:
                    found.update(pending)
                    pending = []
                else:
                    venue_end = mention.end
    return found


# A body named as the place where the parties met or signed: "signed at the X headquarters", "at X's offices",
# "during the X General Assembly", "hosted by X". A party hosts its own signings too ("signed at KDA
# headquarters"), so a body is such a place only when the document names it nowhere else.
PLACE_AFTER = re.compile(
    r"(?:['\u2019]s?)?[ \t]{1,3}(?:headquarters|head[ \t]office|offices|premises|general[ \t]assembly"
    r"|annual[ \t](?:meeting|conference))\b",
    re.IGNORECASE,
)
PLACE_BEFORE = re.compile(
    r"\b(?:hosted[ \t]by|at[ \t]the[ \t](?:headquarters|offices|premises)[ \t]of)"
    r"[ \t]{1,3}(?:the[ \t]{1,3})?$",
    re.IGNORECASE,
)


def places(ctx: Context, parties: list[tuple[Entity, Spans]]) -> set[str]:
    """The parties the document names only as the place of the parties' meeting or signing (PLACE_AFTER,
    PLACE_BEFORE), by their IRIs."""

    def as_place(block: Block, mention: Mention) -> bool:
        before = block.text[max(0, mention.start - VENUE_REACH) : mention.start]
        return bool(PLACE_AFTER.match(block.text, mention.end) or PLACE_BEFORE.search(before))

    return named_only_as(ctx, parties, as_place)


def named_only_as(
    ctx: Context, parties: list[tuple[Entity, Spans]], named_as: Callable[[Block, Mention], bool]
) -> set[str]:
    """The parties (by their IRIs) whose every mention `named_as` tells is a mention of a role no party has
    (a place, a secretariat): one pass over the mentions."""
    iris = {str(entity.iri) for entity, _ in parties}
    marked: set[str] = set()
    elsewhere: set[str] = set()
    for block in (b for section in ctx.layout.sections for b in section.blocks):
        for mention in ctx.mentions(block):
            organization = organization_of(ctx, mention)
            if organization is not None and str(organization.iri) in iris:
                (marked if named_as(block, mention) else elsewhere).add(str(organization.iri))
    return marked - elsewhere


# A body named as a committee's secretariat or in a postal address block: "Secretariat: Standards Norway",
# "the secretariat is held by DIN", or the name over or before its address ("Standards Norway" / "P.O. Box
# 242" / "NO-1326 Lysaker, Norway"; "CEN-CENELEC Management Centre | Rue de la Science 23 | B-1040
# Brussels"). It serves or houses the committee, it is no party to its alliance, when the document names it
# nowhere else.
SECRETARIAT_BEFORE = re.compile(
    r"\bsecretariat(?:[ \t]+(?:is[ \t]+)?(?:held|provided|run)[ \t]+by)?"
    r"[ \t]*(?:[:\t|\u2013-][ \t]*)?(?:the[ \t]+)?$",
    re.IGNORECASE,
)
STREET = r"(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Rue|Route|Boulevard|Blvd\.?|Drive|Lane)"
ADDRESS_LINE = re.compile(
    # a post box, or a street with its number, or a postcode before its city ("NO-1326 Lysaker", "B-1040
    # Brussels", "CH-1211 Geneva 20", "75015 Paris"; a year is no postcode: "2027 Annual Meeting")
    r"(?:^|[,|\t][ \t]*)(?i:P\.?[ \t]?O\.?[ \t]?Box|Post(?:al)?[ \t]?(?:office[ \t])?box|Postfach"
    r"|Case[ \t]postale|BP)[ \t]*\d"
    rf"|(?:^|[,|\t][ \t]*)(?:\d{{1,4}}[ \t,]{{1,2}}(?:[A-Z][\w.'-]*[ \t]){{0,3}}{STREET}\b"
    rf"|(?:[A-Z][\w.'-]*[ \t]){{0,3}}{STREET}\b[^\n|,]{{0,40}}?\d"
    r"|[A-Z]\w*(?:stra(?:ss|\u00df)e|weg|gasse|straat|laan|v\u00e4gen|gade)[ \t]\d)"
    r"|(?:^|[,|\t][ \t]*)(?:[A-Z]{1,2}-\d{4,5}|(?!(?:19|20)\d\d\b)\d{4,5})[ \t]{1,2}[A-Z][a-z]",
    re.MULTILINE,
)
ADDRESS_LINES_AFTER = 2  # the lines under a name its address may hold (street or box, then the city)
ADDRESS_REACH = 160
"""Characters of a line read for an address, after the name on its own line or from the start of each line
under it: an address block's lines are short. Why a bound: a paragraph of thousands of names on one line
searched its whole rest for each name, and copied the text after it (test_session21_r_cost's agreement
clauses: 8.4 CPU-s at 1,000 clauses against 0.99)."""


def in_address_block(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is an address block's: its own line goes on with an address
    after it, or one of the ADDRESS_LINES_AFTER lines under it is one (each read to ADDRESS_REACH)."""
    line_end = text.find("\n", end, end + ADDRESS_REACH)
    if ADDRESS_LINE.search(text, end, line_end if line_end >= 0 else min(len(text), end + ADDRESS_REACH)):
        return True
    for _ in range(ADDRESS_LINES_AFTER):
        if line_end < 0:
            return False  # the name's line (or the last one read) runs on past the reach: no block's line
        line_start = line_end + 1
        line_end = text.find("\n", line_start, line_start + ADDRESS_REACH)
        if ADDRESS_LINE.search(text[line_start : line_end if line_end >= 0 else line_start + ADDRESS_REACH]):
            return True
    return False


def secretariats(ctx: Context, parties: list[tuple[Entity, Spans]]) -> set[str]:
    """The parties the document names only as a secretariat (SECRETARIAT_BEFORE) or in an address block
    (in_address_block), by their IRIs."""
    text = ctx.document.text

    def as_secretariat(block: Block, mention: Mention) -> bool:
        # (read in the document's text: a name alone on its line is a block of its own, a heading)
        start, end = block.to_document(mention.start), block.to_document(mention.end - 1) + 1
        reach = max(0, start - VENUE_REACH)
        before = text[text.rfind("\n", reach, start) + 1 or reach : start]
        return bool(SECRETARIAT_BEFORE.search(before) or in_address_block(text, start, end))

    return named_only_as(ctx, parties, as_secretariat)


def without_venues(ctx: Context, parties: list[tuple[Entity, Spans]]) -> list[tuple[Entity, Spans]]:
    """The parties without a body they work in, when two parties or more remain (a memorandum "to
    cooperate in 3GPP" between ATIS and ETSI is not one with 3GPP), or one named only as a secretariat
    or in an address block."""
    venue = venues(ctx, parties) | places(ctx, parties) | secretariats(ctx, parties)
    kept = [(entity, spans) for entity, spans in parties if str(entity.iri) not in venue]
    return kept if len(kept) >= 2 and len(kept) < len(parties) else parties


MIN_AGREEMENTS = 2
NOT_AGREEMENT_SECTIONS = ("contacts", "approval", "review")


def agreement_items(ctx: Context) -> list[list[tuple[Entity, Spans]]]:
    """The parties of each list item that names an agreement of its own ("The MoU between ITU-T and
    the LoRa Alliance ...", one item per memorandum): a page listing a body's agreements names the
    partners of each in its item, not in its opening."""
    blocks = [
        block
        for section in ctx.layout.sections
        if section.kind not in NOT_AGREEMENT_SECTIONS
        for block in section.blocks
        if block.kind in ("item", "paragraph")
    ]
    found = [
        clause
        for block in blocks
        for clause in (
            [between_parties(ctx, [block])] if block.kind == "item" else agreement_clauses(ctx, block)
        )
    ]
    return [parties for parties in found if len(parties) >= 2]


# An agreement's name right before its "between" ("MoU between", "Memorandum of Understanding between",
# "cooperation agreement between"): a paragraph or a run of plain lines listing agreements names each
# agreement's partners after it, up to the end of its sentence
AGREEMENT_BEFORE = re.compile(
    r"\b(?:MoU|MoA|memorand(?:um|a)\s+of\s+[\w-]{1,20}|agreements?|accord|letter\s+of\s+[\w-]{1,20})\s{1,3}$",
    re.IGNORECASE,
)
AGREEMENT_REACH = 60
CLAUSE_REACH = 400


def agreement_clauses(ctx: Context, block: Block) -> list[list[tuple[Entity, Spans]]]:
    """The organizations of each "<agreement> between A and B" clause of a block, each up to the end of
    its sentence (one bisection per clause over the block's mentions: a paragraph of thousands of
    clauses costs no more than their number)."""
    text = block.text
    clauses: list[list[tuple[Entity, Spans]]] = []
    mentions = ctx.mentions(block)
    starts = [mention.start for mention in mentions]
    for match in BETWEEN.finditer(text):
        agreement = AGREEMENT_BEFORE.search(text, max(0, match.start() - AGREEMENT_REACH), match.start())
        if agreement is None or replaced(text, agreement.start()):
            continue
        reach = min(len(text), match.end() + CLAUSE_REACH)  # (bounded: no scan to a long paragraph's end)
        end = text.find(". ", match.end(), reach)
        end = clause_end(text, match.end(), reach if end < 0 else end)
        found: dict[str, tuple[Entity, Spans]] = {}
        # (by index: a copy of the mentions' tail for each clause made a paragraph of clauses quadratic)
        for index in range(bisect.bisect_left(starts, match.end()), len(mentions)):
            mention = mentions[index]
            if mention.end > end:
                break
            organization = organization_of(ctx, mention)
            if organization is not None:
                found.setdefault(str(organization.iri), (organization, block_spans(block, *mention.span)))
        clauses.append(list(found.values()))
    return clauses


# A verb by which one agreement takes another's place: what follows it names the replaced agreement ("This MoU
# between A and B replaces the MoU between A and C signed in 2019"), whose parties are not this one's
REPLACING = re.compile(r"\b(?:replac|supersed|succeed)(?:es|ing|ed|s)?\b", re.IGNORECASE)
REPLACED_REACH = 40
# Right before an agreement's name: the verb replacing it and a few words ("replaces the earlier ")
REPLACED_BEFORE = re.compile(
    r"\b(?:replac|supersed|succeed)(?:es|ing|ed|s)?[ \t\n]{1,3}(?:[\w-]{1,20}[ \t\n]{1,3}){0,3}$",
    re.IGNORECASE,
)


def clause_end(text: str, start: int, end: int) -> int:
    """Where a clause naming an agreement's parties ends: at the end given, or before a verb by which it
    replaces another agreement, whose parties follow."""
    verb = REPLACING.search(text, start, end)
    return end if verb is None else verb.start()


def replaced(text: str, agreement_start: int) -> bool:
    """Whether the agreement named at `agreement_start` is one the sentence says is replaced."""
    return REPLACED_BEFORE.search(text, max(0, agreement_start - REPLACED_REACH), agreement_start) is not None


def agreement_hub(ctx: Context, parties: list[tuple[Entity, Spans]]) -> Entity | None:
    """The one party every agreement of a list of agreements names (ITU-T in "The MoU between ITU-T
    and X", "The MoU between ITU-T, Y and Z"): the writer, each agreement being its own."""
    agreements = agreement_items(ctx)
    if len(agreements) < MIN_AGREEMENTS:
        return None
    common = set.intersection(*({str(entity.iri) for entity, _ in item} for item in agreements))
    hubs = [entity for entity, _ in parties if str(entity.iri) in common]
    return hubs[0] if len(hubs) == 1 else None


# A body named only by its acronym and what it is: "the CAMARA project", "the ONAP community". Read only
# when a document would otherwise name fewer than two organizations (kg.extract.alliance): the reference
# data lacks many open-source projects, and a schedule kept by one with a known body is an alliance.
ACRONYM_BODY = re.compile(
    r"\bthe\s(?P<acronym>[A-Z][A-Z0-9]{2,11})\s(?:project|programme|program|initiative|community"
    r"|consortium|foundation|forum)\b"
)


# A partner named by an acronym alone where only a body stands (read, like ACRONYM_BODY, only when the
# document would otherwise name fewer than two organizations): real pages and press releases name a
# partner the reference data lacks by its acronym ("our liaison with QRDA", "KTC and NLPX sign an MoU",
# "FSS / KTC joint call", attendees "Maren Olsen-Voigt (FSS)"). An acronym has two capitals at least
# ("W3C", "ATIS", "ITU-T"); words of documents and techniques (MoU, LS, API) are none.
ACRONYM = r"(?-i:[A-Z][A-Z0-9&]{1,9}(?:-[A-Z0-9]{1,6})?)(?![\w-])"
NOT_BODIES = {
    "MOU", "MOA", "LS", "LOI", "TBD", "TBC", "NDA", "FAQ", "CEO", "CTO", "CFO", "COO", "VP", "PDF", "API",
    "APIS", "URL", "HTTP", "HTTPS", "HTML", "XML", "JSON", "CSV", "SDK", "IP", "IPR", "IT", "ICT", "AI", "EU",
    "UK", "US", "USA", "UN", "NA", "N/A", "PR", "QA", "RFC", "ID", "AM", "PM", "UTC", "CET", "GMT", "OK",
    "AOB", "TOR", "WG", "TC", "SC", "SG", "TF", "AG", "TSC", "BOD", "SDO", "SDOS", "NB",
}  # fmt: skip
PARTNER_WORDS = (
    r"liaisons?|partnership|alliance|co-?operation|collaboration|memorandum\s+of\s+understanding|MoU"
    r"|agreement|relationship|relations|partners?|co-?operates?|collaborates?"
)  # (not "works with": a product "works with" the standards it reads)
# "a liaison with QRDA", "a memorandum of understanding between KTC and NLPX", "collaborates with ACME"
PARTNERED_WITH = re.compile(
    rf"\b(?:{PARTNER_WORDS})(?:[ \t]+[\w-]{{1,20}}){{0,2}}?[ \t]+(?:with|between)[ \t]+(?:the[ \t]+)?"
    rf"(?P<a>{ACRONYM})(?:,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<b>{ACRONYM}))?",
    re.IGNORECASE,
)
# "KTC and NLPX sign ...", "KTC and NLPX have agreed to cooperate": two acronyms doing together
JOINED_SUBJECTS = re.compile(
    rf"(?P<a>{ACRONYM})[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<b>{ACRONYM})[ \t]+"
    r"(?:(?:have|has|will|today|jointly|formally|officially|to)[ \t]+){0,2}"
    r"(?:sign|agree|co-?operat|collaborat|partner|work|announc|launch|coordinat|join|establish|renew|extend"
    r"|form|hold|held|meet|met)",
    re.IGNORECASE,
)
# "FSS / KTC joint call", "KTC - NLPX Memorandum": two acronyms opening a title
# ("FSS-KTC sync": a hyphen joins two acronyms of two letters or more; "ITU-T" is one)
TITLE_PAIR = re.compile(
    rf"^\W{{0,3}}(?P<a>[A-Z][A-Z0-9&]{{1,9}})(?:[ \t]*(?:/|&|\+|and|[\u2013\u2014])[ \t]*|[ \t]+-[ \t]+|-)"
    rf"(?P<b>{ACRONYM})"
)
# An attendee and the acronym of their body ("Maren Olsen-Voigt (FSS)" anywhere, one attendee a line or
# several: "Maren Olsen-Voigt (FSS), Tomas Lindqvist-Abara (KTC)"; "- Tomas Lindqvist-Abara, KTC" a line)
AFFILIATION = re.compile(
    r"(?<![\w-])[A-Z][\w'.-]{0,30}(?:[ \t][A-Z][\w'.-]{0,30}){1,3}"
    rf"[ \t]{{0,3}}\((?P<a>{ACRONYM})\)"
    r"|^[ \t]{0,8}(?:[-*+\u2022][ \t]{1,3})?[A-Z][\w'.-]{0,30}(?:[ \t][A-Z][\w'.-]{0,30}){1,3}"
    rf",[ \t]{{0,3}}(?P<b>{ACRONYM})[ \t]*$",
    re.MULTILINE,
)
MIN_AFFILIATIONS = 2
# A partner named in full after the words of an agreement with it, whatever its name's head ("signed a
# memorandum of understanding with the Nordic Buoy Network (NBN)", "a partnership with Fjordline Labs", "an
# agreement between the Tide Data Collective and the Baltic Buoy Programme"): read, like the acronyms, only
# when the document would otherwise name fewer than two organizations. Capitalised words (two to six, joined
# by "of", "for", "and" or "&"), then the acronym in brackets if any; bounded, no nested blank runs.
FULL_NAME = r"(?-i:[A-Z][\w&'.-]{1,40}(?:[ \t]+(?:(?:of|for|and|&)[ \t]+)?[A-Z][\w&'.-]{1,40}){1,5})"
NAMED_PARTNER = re.compile(
    rf"\b(?:{PARTNER_WORDS})(?:[ \t]+[\w-]{{1,20}}){{0,2}}?[ \t]+(?:with|between)[ \t]+(?:the[ \t]+)?"
    rf"(?P<a>{FULL_NAME})(?:[ \t]*\((?P<a_acronym>{ACRONYM})\))?"
    rf"(?:,?[ \t]+(?:and|&)[ \t]+(?:the[ \t]+)?(?P<b>{FULL_NAME})(?:[ \t]*\((?P<b_acronym>{ACRONYM})\))?)?",
    re.IGNORECASE,
)


# A body written by its acronym alone as the subject of the sentences that say whom it works with ("ONVIF
# holds a category A liaison with IEC TC 79", "ONVIF and the SIA coordinate ...", "ONVIF works with standards
# bodies"): a page's writer that names itself only so. Read whatever the number of bodies named, so only
# where it is the subject of two such sentences or more; the verb and the words of working together in the
# same sentence, a bounded reach between them.
SUBJECT_ACRONYM = re.compile(
    rf"(?:^|(?<=[.!?:][ \t])|(?<=[.!?:]  ))[ \t]{{0,3}}(?P<a>{ACRONYM})"
    r"[ \t]+(?:(?:also|now|currently|already|and[ \t]+the|and)[ \t]+)?(?:[A-Z][\w&-]{1,30}[ \t]+){0,4}?"
    r"(?:holds?|maintains?|keeps?|has|have|works?|co-?operates?|collaborates?|partners?|signed|coordinates?"
    r"|exchanges?|liaises?)\b[^.\n]{0,80}?\b(?:liaisons?|partnerships?|relationships?|agreements?"
    r"|memorand(?:um|a)|MoUs?|with|drafts?)\b",
    re.MULTILINE,
)
MIN_SUBJECT_SENTENCES = 2


def discover_subject_acronyms(ctx: Context) -> bool:
    """Give a body written by its acronym alone as the subject of two sentences or more of working with
    others (SUBJECT_ACRONYM) that no known name covers an organization; whether one was found."""
    text = ctx.document.text
    found: dict[str, list[tuple[int, int]]] = {}
    for match in SUBJECT_ACRONYM.finditer(text):
        found.setdefault(match.group("a"), []).append(match.span("a"))
    if all(len(spans) < MIN_SUBJECT_SENTENCES for spans in found.values()):
        return False  # (no scan of the whole text's mentions for nothing)
    mentions = ctx.resolver.mentions(text)
    starts = [m.start for m in mentions]
    made = False
    for acronym, spans in found.items():
        if len(spans) < MIN_SUBJECT_SENTENCES or acronym.upper() in NOT_BODIES:
            continue
        taken = [m for m in mentions if m.surface == acronym]
        if any(m.entity.kind != "specification" or m.entity.label != acronym for m in taken) or any(
            covered(mentions, starts, start, end) and not any(m.start == start for m in taken)
            for start, end in spans
        ):
            continue  # (a specification the bare acronym alone was read as is the body's name)
        for entity in {m.entity.iri: m.entity for m in taken if m.entity.needs_review}.values():
            ctx.resolver.forget_entity(entity)
        ctx.resolver.new_organization(acronym, acronym)
        made = True
    return made


def defines_acronym(text: str, start: int, acronym: str) -> bool:
    """Whether the acronym in brackets at `start` abbreviates the words before it ("Eastern Daylight Time
    (EDT)", "Network Time Protocol (NTP)"): a name and its acronym, not a person and the body they work
    for ("Dorothy Example (HPE)").

    Why: AFFILIATION reads "Words (ACR)" as an attendee's body, and two of them make the acronyms bodies.
    The real opening plenary of one IEEE working group, its chair's company in brackets and the time of
    day with its zone, became an alliance of that company and the IEEE (session 35)."""
    bracket = start - 1
    if text[bracket : bracket + 1] != "(":
        return False
    end = bracket
    while end > 0 and text[end - 1] in " \t":  # AFFILIATION allows at most three blanks before the bracket
        end -= 1
    return name_before_acronym(text, end, acronym) is not None


def discover_acronym_bodies(ctx: Context, title: Block | None = None) -> bool:
    """Give each body written by an acronym alone where only a body stands (ACRONYM_BODY, PARTNERED_WITH,
    JOINED_SUBJECTS, a pair of acronyms opening the `title`, the acronyms of two attendees' bodies or more)
    that no known name covers an organization; whether one was found."""
    text = ctx.document.text
    mentions = ctx.resolver.mentions(text)
    starts = [m.start for m in mentions]
    spans: list[tuple[int, int]] = [m.span("acronym") for m in ACRONYM_BODY.finditer(text)]
    for pattern in (PARTNERED_WITH, JOINED_SUBJECTS):
        spans += [m.span(g) for m in pattern.finditer(text) for g in ("a", "b") if m.group(g)]
    if title is not None and (pair := TITLE_PAIR.match(title.text)) is not None:
        spans += [(title.start + pair.start(g), title.start + pair.end(g)) for g in ("a", "b")]
    affiliations = [
        m.span(g)
        for m in AFFILIATION.finditer(text)
        for g in ("a", "b")
        if m.group(g) and not (g == "a" and defines_acronym(text, m.start(g), m.group(g)))
    ]
    if len({text[start:end] for start, end in affiliations}) >= MIN_AFFILIATIONS:
        spans += affiliations
    found = False
    for start, end in spans:
        acronym = text[start:end]
        if acronym.upper() in NOT_BODIES or COMMITTEE_DESIGNATION.fullmatch(acronym):
            continue  # ("SC22/WG20": a committee's group, whose body the text does not say)
        if after_generic_plural(text, start):
            continue  # ("the Industry Fora (IF)": a kind of partner, no body)
        if covered(mentions, starts, start, end):
            continue
        ctx.resolver.new_organization(acronym, acronym)
        found = True
    for match in NAMED_PARTNER.finditer(text):
        for group in ("a", "b"):
            if is_generic_plural(match.group(group) or ""):
                continue  # ("a liaison with the Partner Organizations (POs)")
            if match.group(group) and not covered(mentions, starts, *match.span(group)):
                ctx.resolver.new_organization(match.group(group), match.group(f"{group}_acronym"))
                found = True
    return found


# Two bodies' acronyms joined by a slash ("IETF/IEEE802 coordination", "W3C / IETF liaison items", "ITU-T/IEEE
# 802 joint items"): a list kept by the two. An acronym glued to its committee's number ("IEEE802",
# "IEEE802.1") or followed by it ("IEEE 802", which a document citing "IEEE 802.1AX" reads as a standard)
# still names the body. Not a slash inside one body's name ("ISO/IEC JTC 1": a mention across the slash), nor
# a run of three ("ISO/IEC/IEEE 8802-3": a standard's developers).
SLASH_PAIR = re.compile(
    r"(?<![\w/.-])(?P<a>[A-Z][A-Za-z0-9&]{1,11}(?:-[A-Z])?)(?:[ \t]\d{1,4}(?:\.\d{1,3}){0,2})?"
    r"[ \t]{0,2}/[ \t]{0,2}(?P<b>[A-Z][A-Za-z0-9&]{1,11}(?:-[A-Z])?)(?![A-Za-z0-9&/-])"
)
COMMITTEE_NUMBER = re.compile(r"(?<=[A-Za-z])\d{1,4}(?:\.\d{1,3}){0,2}$")


def slash_pair_bodies(ctx: Context, lines: list[str]) -> list[Entity]:
    """The known organizations two acronyms joined by a slash name in `lines` (SLASH_PAIR), each the one body
    of its acronym (exact case), an acronym glued to a committee's number read without it."""
    found: list[Entity] = []
    for line in lines:
        for match in SLASH_PAIR.finditer(line):
            slash = line.index("/", match.end("a"))
            if any(m.start <= slash < m.end for m in ctx.resolver.mentions(line)):
                continue  # ("ISO/IEC JTC 1": one body's name)
            pair = [acronym_body(ctx, match.group(g)) for g in ("a", "b")]
            if pair[0] is not None and pair[1] is not None and pair[0].iri != pair[1].iri:
                found += [entity for entity in pair if entity is not None and entity not in found]
    return found


def acronym_body(ctx: Context, token: str) -> Entity | None:
    """The one organization known by the acronym `token`, or by it without a committee's number glued to it
    ("IEEE802" is IEEE's)."""
    for acronym in (token, COMMITTEE_NUMBER.sub("", token)):
        bodies = ctx.resolver.by_acronym.get(acronym, [])
        if len(bodies) == 1:
            return bodies[0]
    return None


def covered(mentions: list[Mention], starts: list[int], start: int, end: int) -> bool:
    """Whether a known mention overlaps start-end (mentions in text order and apart: one bisection)."""
    index = bisect.bisect_right(starts, start) - 1
    return any(
        0 <= i < len(mentions) and mentions[i].start < end and mentions[i].end > start
        for i in (index, index + 1)
    )
