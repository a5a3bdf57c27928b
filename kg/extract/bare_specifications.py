"""Specifications a document names without a head noun: "tested against Qi", "the Qi
specification", "implementations of oneM2M Release 5", "the CIP Security profiles", "between WebGPU
and Vulkan", and "Vulkan" written alone where the "Vulkan Working Group" is named.

Why a rule of its own: discovery by heads (kg.extract.entities: "... Specification", "... API") and by
shape (kg.extract.standards: numbers, versions, mixed case used twice) misses the many names that are
their own head ("Qi", "Vulkan", "SPIR-V", "Matter"). Such a name is recognised by the place it stands
in, not by a list of names: after a word that only a specification follows ("against", "conformance
to", "implementations of"), before a lower-case noun that only a specification takes ("specification",
"profiles", "information model"), as the subject a unit is named after when the text also writes it
alone, and joined by "and", "to" or "over" to a specification already known. A name of a body, a
unit, a date or a common word is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.context import Context
from kg.extract.entities import NOT_CONCERNED, SPEC_LEAD_WORDS, all_blocks, uncovered
from kg.extract.names import UNIT_HEADS, WORK_VERBS
from kg.extract.standards import NOT_A_SPECIFICATION, name_with_bodies
from kg.extract.structure import Block, Cell
from kg.model.records import Mention

# One word of a name: capitalised ("Qi", "SPIR-V", "EtherNet/IP"), mixed case from a lower-case start
# ("oneM2M", "glTF"), or a number that follows a name ("Release 5", "USB PD 3.2"). Every quantifier is
# bounded and the words are separated by one space, so a failed match costs a few steps per position.
FIRST = r"(?:[A-Z][\w+./-]{0,24}[\w+]|[A-Z]|[a-z]{1,6}[A-Z](?:[\w+./-]{0,20}[\w+])?)"
# (a number joined to a capital by a hyphen is one word: "EMV 3-D Secure", never a name "D Secure")
WORD = rf"(?:{FIRST}|\d{{1,2}}-[A-Z][\w]{{0,8}}|\d{{1,2}}(?:\.\d{{1,2}}){{0,2}})"
# A name never starts inside a word, or after a hyphen or a dot ("3-D Secure" holds no name "D Secure")
RUN = rf"(?<![\w./-])(?P<name>{FIRST}(?:[ \xa0]{WORD}){{0,2}})"
# A word only a specification follows ("tested against Qi", "conformance to USB4").
CUE_BEFORE = re.compile(
    r"\b(?:against|conform(?:s|ing|ance)?\s+(?:to|with)|compliant\s+with|compliance\s+with"
    r"|implementations?\s+of|support\s+for|profiles\s+of|extensions?\s+(?:to|of))\s+(?:the\s+)?" + RUN
)
# A lower-case noun only a specification takes ("the Qi specification", "OPC UA information models").
CUE_AFTER = re.compile(
    RUN + r"(?=[ \xa0](?:specifications?|standards?|protocols?|APIs?|profiles?|implementations?"
    r"|certification|conformance|(?:information|data)\s+models?|extensions?)\b(?![ \xa0]+[A-Z]))"
)
# Words that join two names of the same kind ("WebGPU and Vulkan", "WGSL to SPIR-V", "Matter over
# Thread"); "with" is left out, as a person often follows it.
# A comma is no join: what follows it is as often a title or an apposition ("022, Report on ...").
JOIN_AFTER = re.compile(r"[ \xa0]+(?:and|or|to|over|vs\.?)[ \xa0]+(?:the[ \xa0]+)?" + RUN)
JOIN_BEFORE = re.compile(RUN + r"[ \xa0]+(?:and|or|to|over|vs\.?)[ \xa0]+(?:the[ \xa0]+)?$")
# A name goes on when a capitalised word or a linking word and one follow ("Open API Program",
# "Client to Authenticator Protocol", "OpenID for Verifiable Credential Issuance").
GOES_ON = re.compile(r"[ \xa0]+(?:(?:of|to|for|on|in|and|&|de)[ \xa0]+)?[A-Z]")
# Two capitalised words, as a person's name is written ("Fatima Al-Sayed").
NAME_PART = r"[A-Z][a-z\u00e0-\u00ff']+(?:-[A-Z][a-z\u00e0-\u00ff]+)?"
PERSON_SHAPE = re.compile(rf"^{NAME_PART} {NAME_PART}$")
JOIN_REACH = 60
# Dates and periods are never names ("Q3 2026", "H1", "FY2027", "June 2027").
DATE_WORD = re.compile(
    r"^(?:Q[1-4]|H[12]|[1-4]Q|FY\d{0,4}|(?:19|20)\d{2}|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May"
    r"|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|TBD|N/A)$",
    re.IGNORECASE,
)
# The heads a unit's name ends on: the words before one are the subject it is named after.
UNIT_HEAD = re.compile(
    r"^(?P<prefix>.+?)[ \xa0](?:Working[ \xa0]Group|Work[ \xa0]Group|Task[ \xa0](?:Group|Force)"
    r"|Study[ \xa0]Group|Expert[ \xa0]Group|Technical[ \xa0](?:Committee|Work[ \xa0]Group)"
    r"|Committee|Subcommittee|WG|TG|SG|TC|TF)$"
)
UNIT_WORDS = {head for name in UNIT_HEADS for head in name.split()} | {"group", "team", "expert", "task"}


def discover_bare_specifications(ctx: Context) -> None:
    """Every specification the document names by its bare name in a place only a specification
    stands in becomes a known specification (flagged for review, like every discovered name)."""
    blocks = [block for kind, block in all_blocks(ctx) if kind not in NOT_CONCERNED]
    found = [*cued_names(ctx, blocks), *unit_subjects(ctx, blocks), *column_subjects(ctx)]
    for name in dict.fromkeys(found):
        ctx.resolver.new_specification(name, None, head="specification")
    ctx.forget_mentions()
    joined = [name for block in blocks for name in joined_names(ctx, block)]
    for name in dict.fromkeys(joined):
        ctx.resolver.new_specification(name, None, head="specification")
    name_with_bodies(ctx)  # the last discovery: every specification found, however, is named as written
    ctx.forget_mentions()


def cued_names(ctx: Context, blocks: list[Block]) -> Iterator[str]:
    for block in blocks:
        mentions = ctx.mentions(block)
        for pattern, cue in ((CUE_BEFORE, "before"), (CUE_AFTER, "after")):
            for match in pattern.finditer(block.text):
                name = candidate(ctx, block.text, mentions, match, cue=cue)
                if name:
                    yield name


# The names a table gives a column of what the parties work on ("Activities", "Topics", "Areas of
# work", "Specification"): each item of its cells names a subject, whatever the table's other columns.
SUBJECT_COLUMN = re.compile(
    r"^(?:joint\s+|main\s+|focus\s+|technical\s+)?(?:activit(?:y|ies)|topics?|subjects?|work\s+areas?"
    r"|areas?(?:\s+of\s+(?:work|cooperation|collaboration))?|specifications?|standards?|technolog(?:y|ies))$",
    re.IGNORECASE,
)
CELL_ITEMS = re.compile(r"[ \xa0]*[,;][ \xa0]*|[ \xa0]+and[ \xa0]+")
CONNECTORS = {"of", "for", "and", "to", "on", "over", "in", "&"}
CELL_ITEM_WORDS = 5
NO_SUBJECT = frozenset({"yes", "no", "n/a", "na", "none", "tbd", "tba", "all", "both", "other", "various"})
ACTIVITY_WORDS = {
    "joint", "tutorial", "webinar", "workshop", "meeting", "presentation", "event", "exchange", "promotion",
    "marketing", "liaison", "contribution", "call", "plugfest", "conference", "serie", "session", "summit",
    "hackathon", "training", "newsletter", "visit", "panel", "demo", "demonstration",
}  # fmt: skip
"""Words (without a plural s) of what is done together rather than written: occasions and outreach."""


GENERIC_WORDS = {
    "standard", "standardization", "standardisation", "specification", "interoperability", "technology",
    "technologie", "collaboration", "cooperation", "co-operation", "work", "topic", "area", "general",
    "miscellaneou", "misc", "other", "issue", "matter", "activitie", "activity", "project", "industry",
}  # fmt: skip
"""Words (without a plural s) that name no subject alone: "Standards", "Interoperability", "Other topics"
say that something is worked on, not what."""


def only_generic(name: str) -> bool:
    """Whether every word of a name is a generic one ("Standards", "interoperability", "general topics")."""
    words = name.lower().split()
    return bool(words) and all(w.rstrip("s") in GENERIC_WORDS for w in words)


def an_activity(word: str) -> bool:
    """Whether a word names an activity ("Workshop", "webinars", "Series")."""
    return word.lower().rstrip("s") in ACTIVITY_WORDS


def column_subjects(ctx: Context) -> Iterator[str]:
    """The items of a subjects column's cells that are names: an item all of whose words are
    capitalised or coded ("Time-Sensitive Networking", "HTTP/3"), or the coded name an item opens with
    ("YANG modules for access nodes": YANG). A description in ordinary words names none."""
    for cell in subject_cells(ctx):
        yield from (name for item in CELL_ITEMS.split(cell) if (name := item_name(ctx, item)))


# A column of dates, owners or statuses makes a table one of work items, whose "Activity" is a task
WORK_ITEM_COLUMN = re.compile(r"\b(?:targets?|dates?|due|deadlines?|status|owners?|completion|start)\b", re.I)


def subject_cells(ctx: Context, work_items: bool = True) -> Iterator[str]:
    """The texts of the cells under a subjects column's name, in every table outside the contacts (and,
    unless `work_items`, outside the tables of work items)."""
    for section in ctx.layout.sections:
        if section.kind in NOT_CONCERNED or (not work_items and section.kind == "milestones"):
            continue
        column: int | None = None
        for block in section.blocks:
            if block.kind != "row":
                column = None
                continue
            if column is None:
                dated = any(WORK_ITEM_COLUMN.search(c.text) for c in block.cells)
                column = subject_column(block) if work_items or not dated else -1
                continue
            cell = next((c for i, c in enumerate(block.cells) if cell_column(c, i) == column), None)
            if column >= 0 and cell is not None:
                yield cell.text


def subject_column(header: Block) -> int:
    """The place of a table's subjects column in its first row, or -1."""
    heads = [cell_column(c, i) for i, c in enumerate(header.cells) if SUBJECT_COLUMN.match(c.text.strip())]
    return heads[0] if heads else -1


def cell_column(cell: Cell, index: int) -> int:
    return cell.column if cell.column is not None else index


def item_name(ctx: Context, item: str) -> str | None:
    words = item.strip(" .()").split()
    if not words or len(words) > CELL_ITEM_WORDS:
        return None
    capitalised = all(w[0].isupper() or w[0].isdigit() or w in CONNECTORS for w in words)
    named = capitalised and words[-1] not in CONNECTORS
    name = " ".join(words) if named else (words[0] if special(words[0]) or words[0].isupper() else None)
    if name is None or len(name) < 2 or not is_name(name):  # a subjects column holds no person
        return None
    if name.lower() in NO_SUBJECT or an_activity(name.split()[-1]) or only_generic(name):
        return None  # "Yes", "TBD"; "Joint Workshop", "Webinar Series": what is done, not a specification
    if any(ctx.resolver.resolve(name, kind) for kind in ("organization", "unit")):
        return None
    return name


def unit_subjects(ctx: Context, blocks: list[Block]) -> Iterator[str]:
    """The subject a unit is named after ("Vulkan" of the "Vulkan Working Group"), when the document
    also writes it alone, outside any name: then it speaks of the subject, not only of the unit."""
    prefixes = set()
    for block in blocks:
        for mention in ctx.mentions(block):
            named = UNIT_HEAD.match(mention.surface) if mention.entity.kind == "unit" else None
            if named and subject_name(ctx, named.group("prefix")):
                prefixes.add(named.group("prefix"))
    # each look for a subject reads the whole text: a bounded number of them keeps extraction linear
    for prefix in sorted(prefixes)[:SUBJECT_LOOKS]:
        alone = re.compile(rf"(?<![\w./-]){re.escape(prefix)}(?![\w/-]|\.\w|[ \xa0]+[A-Z])")
        written_alone = False
        for block in blocks:
            mentions = ctx.mentions(block)
            hits = [m for m in alone.finditer(block.text) if uncovered(mentions, m.start(), m.end())]
            for hit in hits:
                longer = name_ending_on(block.text, hit.start(), prefix)
                if longer is not None:
                    yield longer  # "the OBC Buoy Certification levels": that name, not "Certification"
                elif not written_alone and (special(prefix) or not sentence_start(block.text, hit.start())):
                    written_alone = True
                    yield prefix


# The capitalised or coded words right before a subject's word, on its line: the longer name it ends
# (none of them ending on a full stop: "... information on TR-4410. BuoyLink is ..." is two sentences)
NAME_BEFORE = re.compile(r"(?:(?<![\w./-])[A-Z](?:[\w+./-]{0,23}[\w+/-])?[ \xa0]){1,3}$")
NAME_BEFORE_REACH = 80


def name_ending_on(text: str, start: int, subject: str) -> str | None:
    """The longer name a unit's subject is the last word of where it is written ("IDS Rulebook", "FIDO
    Authenticator Certification"), without the words that open a sentence ("The", "Map"); None when
    no capitalised word stands right before it."""
    window = text[max(0, start - NAME_BEFORE_REACH) : start]
    before = NAME_BEFORE.search(window)
    if before is None:
        return None
    words = before.group().split()
    while words and words[0].lower() in SPEC_LEAD_WORDS | WORK_VERBS | NOT_A_SPECIFICATION:
        words = words[1:]
    if not words:
        return None
    opening = sentence_start(window, len(window) - len(" ".join(words)) - 1)
    if opening and len(words) == 1 and not special(words[0]):
        return None  # "Our Certification ...": a capitalised word only because it opens the sentence
    name = f"{' '.join(words)} {subject}"
    return name if is_name(name) and not PERSON_SHAPE.match(name) else None


SUBJECT_LOOKS = 20


def subject_name(ctx: Context, prefix: str) -> bool:
    """Whether the words before a unit's head may name its subject: not a body's or a unit's own name
    or acronym ("CCAMP" of the "CCAMP Working Group" is the unit), not an acronym alone."""
    if not is_name(prefix) or PERSON_SHAPE.match(prefix):
        return False
    if re.fullmatch(r"[A-Z]{2,8}", prefix) or GROUP_DESIGNATION.fullmatch(prefix):
        return False
    return not any(ctx.resolver.resolve(prefix, kind) for kind in ("organization", "unit"))


# A group's own designation before a unit's head ("WP 5D Working Group Technology Aspects", "SG 13 Working
# Party", "TC 57 Working Group 10"): the group the unit belongs to, not its subject
GROUP_DESIGNATION = re.compile(
    r"(?:(?:[A-Z]{1,4}[- ]?)?(?:WP|SG|TG|TC|SC|WG|TF|ISG|JTC)|Working\s+Party|Study\s+Group|Task\s+Group)"
    r"[ \xa0]?\d{1,3}[A-Z]?(?:/\d{1,3})?"
)


def joined_names(ctx: Context, block: Block) -> Iterator[str]:
    """Names joined to a specification the document is known to name ("between WebGPU and Vulkan")."""
    text = block.text
    mentions = ctx.mentions(block)
    for mention in mentions:
        if mention.entity.kind != "specification":
            continue
        after = JOIN_AFTER.match(text, mention.end)
        if after:
            name = candidate(ctx, text, mentions, after, cue="joined after")
            if name:
                yield name
        window_start = max(0, mention.start - JOIN_REACH)
        before = JOIN_BEFORE.search(text[window_start : mention.start])
        if before:
            shifted = ShiftedMatch(before, window_start)
            name = candidate(ctx, text, mentions, shifted, cue="joined before")
            if name:
                yield name


class ShiftedMatch:
    """A match found in a window of a text, with its name's offsets in the whole text."""

    def __init__(self, match: re.Match[str], offset: int) -> None:
        self.match, self.offset = match, offset

    def group(self, name: str) -> str:
        return self.match.group(name)

    def start(self, name: str) -> int:
        return self.match.start(name) + self.offset

    def end(self, name: str) -> int:
        return self.match.end(name) + self.offset


def candidate(
    ctx: Context, text: str, mentions: list[Mention], match: re.Match[str] | ShiftedMatch, cue: str
) -> str | None:
    """The name a cue found, without the words before it that are no part of it ("The", "Joint"), or
    None when it is no specification's name: a body, a unit, a person, a date, a common word, the
    first words of a longer name, or a capitalised word that is only an adjective ("a European
    standards body", "Power profiles"): before a noun, a plain word needs "the" to name one thing,
    and words joined by "and" may be one name ("Security Protocol and Data Model")."""
    words = match.group("name").split()
    start = match.start("name")
    while words and (words[0].lower() in SPEC_LEAD_WORDS or words[0].lower() in NOT_A_SPECIFICATION):
        start = text.index(words[0], start) + len(words[0])
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    start = text.index(words[0], start)
    end = match.end("name")
    if not is_name(name) or not free(mentions, name, start, end, cue == "after") or PERSON_SHAPE.match(name):
        return None
    if cue in ("before", "joined after") and GOES_ON.match(text, end):
        return None
    if cue == "after" and not (distinctive(name) or after_article(text, start)):
        return None
    if cue == "after" and adjective_compound(words[-1]):
        return None  # "a Geneva, Switzerland-based standards arm": a description, no name
    if cue == "joined before" and not special(name) and re.match(r"[ \xa0]+to\b", text[end:]):
        return None  # "Client to Authenticator Protocol": a plain word before "to" opens a longer name
    if cue.startswith("joined") and len(words) > 1 and not any(special(w) for w in words):
        return None
    if any(ctx.resolver.resolve(name, kind) for kind in ("organization", "unit")):
        return None
    return name


# A version that makes a body's name the name of its specification ("oneM2M Release 5").
VERSION_REST = re.compile(r"^[ \xa0]+(?:Release[ \xa0]+\d{1,2}|R\d{1,2}|v?\d{1,2}(?:\.\d{1,2}){0,2})$")


def free(mentions: list[Mention], name: str, start: int, end: int, extends: bool) -> bool:
    """Whether a name is no part of another name: it overlaps no mention, or only a body's it versions
    ("oneM2M Release 5"), or, before a specification's noun (`extends`), a specification's name it
    extends ("the CIP Security profiles" of "CIP")."""
    for mention in mentions:
        if mention.end <= start or mention.start >= end:
            continue
        inside = start <= mention.start and mention.end <= end and mention.end - mention.start < end - start
        if not inside:
            return False
        if mention.entity.kind == "specification" and extends:
            continue
        rest = name[mention.end - start :]
        if mention.entity.kind != "organization" or mention.start != start or not VERSION_REST.match(rest):
            return False
    return True


def after_article(text: str, start: int) -> bool:
    """Whether a name follows "the" or "a" ("the Qi specification"): a capitalised word then names one
    thing, where without an article it may only be an adjective ("Power profiles")."""
    return re.search(r"\b(?:the|The)[ \xa0]+$", text[max(0, start - 5) : start]) is not None


# A part of a document by its number, which names no specification alone ("Amendment 1", "Corrigendum 2",
# "Part 3", "Supplement 4")
DOCUMENT_PART = re.compile(
    r"(?:(?:draft\s+)?amendment|corrigendum|addendum|erratum|supplement|part|annex|volume)\s+\d{1,3}", re.I
)


def is_name(name: str) -> bool:
    """Whether words could be a specification's name: none a date, a head of a unit, or a word that
    names no specification ("Section", "Release" alone), and not only numbers."""
    words = name.split()
    if not words or not any(ch.isalpha() for ch in name) or words[0][0].isdigit():
        return False
    if DOCUMENT_PART.fullmatch(name):
        return False  # "Amendment 1", "Part 2": a part of a document the text names elsewhere
    if any(DATE_WORD.match(w.strip(".,")) for w in words):
        return False
    if words[-1].lower() in NOT_A_SPECIFICATION or words[-1].lower() in UNIT_WORDS:
        return False
    return not all(w.lower() in SPEC_LEAD_WORDS for w in words)


def special(name: str) -> bool:
    """A name no English word is: a digit, a capital inside a word, or a hyphen or slash ("USB4",
    "WebGPU", "SPIR-V", "EtherNet/IP", "OPC UA"); an English compound ("Fast-track", "Long-term") is none."""
    return any(
        any(ch.isdigit() for ch in w) or any(ch.isupper() for ch in w[1:]) or "/" in w or coded_hyphen(w)
        for w in name.split()
    )


def coded_hyphen(word: str) -> bool:
    """A hyphen joining a code ("SPIR-V", "FC-NVMe", "e-CAT"), not two words of English ("Fast-track")."""
    if "-" not in word:
        return False
    first, *rest = word.split("-")
    return first.isupper() or any(part[:1].isupper() or part[:1].isdigit() for part in rest) or len(first) < 2


# The second part of an English adjective compound ("Switzerland-based", "US-led", "industry-wide",
# "Europe-centric"): a past participle or an adjective that says where from or how far, never a code
ADJECTIVE_PART = re.compile(
    r"[a-z]+ed|wide|centric|specific|only|like|free|friendly|ready|compatible|compliant|oriented"
)


def adjective_compound(word: str) -> bool:
    """Whether a hyphenated word is an adjective that describes ("Switzerland-based", "US-led",
    "industry-wide"), where a code's part is capitalised or a number ("SPIR-V", "Wi-Fi", "3-D")."""
    if "-" not in word:
        return False
    return ADJECTIVE_PART.fullmatch(word.rsplit("-", 1)[1].strip(".,;:")) is not None


def distinctive(name: str) -> bool:
    """A name no abbreviation is either: a digit, a hyphen or slash, or a capital after a small letter
    ("USB4", "SPIR-V", "EtherNet/IP", "WebGPU"); "REST" or "GPU" alone may be a common noun's acronym."""
    return any(ch.isdigit() or ch in "-/" for ch in name) or re.search(r"[a-z][A-Z]", name) is not None


def sentence_start(text: str, start: int) -> bool:
    """Whether a word opens a sentence, a line or a cell, where any word is capitalised."""
    before = text[max(0, start - 3) : start].rstrip(" \xa0\t\"'(\u201c*")
    return not before or not (before[-1].isalnum() or before[-1] == ",")
