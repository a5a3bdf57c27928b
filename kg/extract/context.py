"""What every extraction rule needs: the document, its layout, the resolver and the parties.

Why: the rules are small functions, one per kind of fact; passing them one context
keeps their signatures short and lets mentions be found once per block.
"""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass, field

from kg.extract.names import Resolver
from kg.extract.structure import Block, Layout, Section
from kg.model.patterns import sentences
from kg.model.records import Entity, Mention, Spans
from kg.model.source_text import SourceText

TERMINAL_PUNCTUATION = ".!?"


@dataclass
class Context:
    document: SourceText
    layout: Layout
    resolver: Resolver
    parties: list[Entity] = field(default_factory=list)
    kind: str | None = None  # the kind of document, once decided (kg.extract.kinds)
    senders: list[Entity] = field(default_factory=list)  # a liaison statement's sending organizations
    cache: dict[tuple[int, int], list[Mention]] = field(default_factory=dict)

    def mentions(self, block: Block) -> list[Mention]:
        """The mentions of known (or already discovered) entities in a block's text."""
        key = (block.start, block.end)
        if key not in self.cache:
            self.cache[key] = self.resolver.mentions(block.text)
        return self.cache[key]

    def forget_mentions(self) -> None:
        """After new entities were discovered, mentions must be found again."""
        self.cache.clear()

    def is_party(self, entity: Entity) -> bool:
        return entity.iri in {p.iri for p in self.parties}

    def sentences(self, block: Block) -> list[tuple[int, int]]:
        """A block's sentences, split by the one splitter every rule uses (kg.model.patterns)."""
        return sentences(block.text)

    def in_references(self, position: int) -> bool:
        """Whether a place of the text is in a list of cited documents (reference_ranges)."""
        if self._references is None:
            self._references = reference_ranges(self.layout)
        return in_ranges(position, self._references)

    _references: list[tuple[int, int]] | None = field(default=None, init=False, repr=False)
    # the parties whose names alone head parts of the document, by where (kg.extract.contacts.heading_party)
    party_headings: list[tuple[int, Entity]] | None = field(default=None, init=False, repr=False)
    # the body a unit's name is written right after, by the name and the resolver's state (changes): a
    # line naming one unit, repeated thousands of times, searched the whole text for it each time
    # (kg.extract.entities.written_after_body)
    written_after: dict[tuple[str, int], Entity | None] = field(default_factory=dict, init=False, repr=False)
    # The year a yearless day of the text is in ("16 April", "April 16 - 18"): the document's own year, read
    # once by the rule that finds it (kg.extract.document_dates) and kept here for every rule that reads
    # days; `year_read` says whether it was looked for, since None also means "the text gives no year"
    year: int | None = field(default=None, init=False, repr=False)
    year_read: bool = field(default=False, init=False, repr=False)


# A heading over the documents a text cites: their authors, editors and dates are theirs, not this one's
REFERENCES = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:normative|informative|cited|related)\s+)?"
    r"(?:references|bibliography|citations|sources|related\s+documents|further\s+reading|see\s+also)\W*$",
    re.IGNORECASE,
)


def in_ranges(position: int, ranges: list[tuple[int, int]]) -> bool:
    """Whether a place of the text is in one of `ranges` (in text order, apart): one bisection. Why not
    a scan of them all: it is asked for every date and contact line, and a document of many references
    sections or signature blocks made that quadratic (seventh outside attack, docs/reliability.md)."""
    index = bisect.bisect_right(ranges, (position, math.inf)) - 1
    return index >= 0 and position < ranges[index][1]


# A line that names the document's own contact ends a list of references (a statement's last line
# "Contact: ..." after its references: the session 15 review)
CONTACT_LABEL = re.compile(
    r"^\W{0,4}(?:contacts?(?:\s+persons?)?|liaison\s+(?:officer|contact)s?|e-?mail|tel(?:ephone)?|phone)\s*:",
    re.IGNORECASE,
)


def reference_ranges(layout: Layout) -> list[tuple[int, int]]:
    """The stretches of text under a references heading ("References", "Normative references",
    "Bibliography"): from the heading to the next heading the format marks, the next section, or a line
    naming the document's own contact (CONTACT_LABEL)."""
    ranges: list[tuple[int, int]] = []
    for section in layout.sections:
        start: int | None = None
        for block in section_blocks(section):
            if block.kind == "heading" and REFERENCES.match(block.text):
                start = block.start if start is None else start
            elif start is not None and (
                (block.kind == "heading" and block.explicit) or CONTACT_LABEL.match(block.text)
            ):
                ranges.append((start, block.start))
                start = None
        if start is not None and section.blocks:
            ranges.append((start, section.blocks[-1].end))
    return ranges


def section_blocks(section: Section) -> list[Block]:
    return [section.heading, *section.blocks] if section.heading is not None else list(section.blocks)


def mentions_between(mentions: list[Mention], start: int, end: int, kind: str | None = None) -> list[Mention]:
    """The mentions inside `start`-`end` (of `kind`, if given). `mentions` are a block's, in text order and
    apart (Resolver.mentions), so their starts rise: two bisections find the stretch. Why not a scan of
    them all: it is asked for each sentence of the block, and a paragraph of thousands of named bodies
    made that sentences x mentions."""
    first = bisect.bisect_left(mentions, start, key=mention_start)
    last = bisect.bisect_left(mentions, end, lo=first, key=mention_start)
    return [m for m in mentions[first:last] if m.end <= end and (kind is None or m.entity.kind == kind)]


def overlapping(mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that overlap [start, end), in text order. Mentions are in text order and apart, so
    their ends rise with their starts and one bisection finds the first: a unit asks this of its block's
    mentions, and a scan of them all made a paragraph of thousands of units cost their square."""
    first = bisect.bisect_right(mentions, start, key=mention_end)
    last = bisect.bisect_left(mentions, end, lo=first, key=mention_start)
    return mentions[first:last]


def mention_start(mention: Mention) -> int:
    return mention.start


def mention_end(mention: Mention) -> int:
    return mention.end


def unique(entities: list[Entity]) -> tuple[Entity, ...]:
    """Entities in first-mention order, each once."""
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(str(entity.iri), entity)
    return tuple(seen.values())


def subject_mention(text: str, mentions: list[Mention], start: int = 0) -> Mention | None:
    """The mention a sentence is about: its first, skipping an organization that qualifies a unit
    ("The SNIA ... Technical Work Group delivers" is about the work group)."""
    inside = [m for m in mentions if m.start >= start]
    if not inside:
        return None
    first = inside[0]
    lead = text[start : first.start].strip().lower()
    if lead not in ("", "the", "a", "an"):
        return None
    if first.entity.kind == "organization" and len(inside) > 1:
        following = inside[1]
        if following.entity.kind == "unit" and not text[first.end : following.start].strip(" \u2019's"):
            return following
    return first


def capitalise(text: str) -> str:
    """The text with its first letter a capital, as a label opens; a first word that writes capitals or
    digits after its first letter is a name written so ("glTF", "eMBB", "oneM2M", "iOS"): left as it is."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    if any(c.isupper() or c.isdigit() for c in first[1:]):
        return text
    return text[:1].upper() + text[1:]


def with_period(text: str) -> str:
    text = text.rstrip()
    return text if text.endswith(tuple(TERMINAL_PUNCTUATION)) else text + "."


def block_spans(block: Block, start: int = 0, end: int | None = None) -> Spans:
    return block.span_of(start, len(block.text) if end is None else end)
