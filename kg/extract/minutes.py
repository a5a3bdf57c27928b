"""Meeting slides and minutes that list register items and their status.

Minutes name the organizations meeting (title, "Attendees", opening line), the day they met
(kg.extract.document_dates: a bare "Date:" is the meeting's), and list work items with a status
("Complete", "In progress", "Deferred") or a new target: these are the milestones of the
register they review, read by kg.extract.milestones like any milestone list.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.kinds import TITLE_KINDS, all_blocks, is_sentence, names_two, outside_notices
from kg.extract.pages import is_excerpt, organizations_opening, worded_opening
from kg.extract.parties import (
    between_parties,
    first_of,
    opening_blocks,
    opening_parties,
    organizations_in,
    title_parties,
)
from kg.extract.structure import Block
from kg.model.records import AllianceRecord, Entity, Spans


def meeting_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The bodies the title names, else those "between" which the opening says the meeting was, else
    every body the opening names; the opening read past a site's links when they fill it (pages)."""
    worded = worded_opening(ctx)
    parties = first_of(
        invitation_parties(ctx),
        named_meeting(ctx, worded),
        title_parties(ctx),
        between_parties(ctx, opening_blocks(ctx)),
        opening_parties(ctx),
        between_parties(ctx, worded),
        organizations_opening(ctx, worded),
    )
    if not parties:
        return parties
    known = {str(entity.iri) for entity, _ in parties}
    return parties + [party for party in worked_with(ctx) if str(party[0].iri) not in known]


# Before a body (or a unit of one) the record's meeting works with: "aligned text with IEC TC 100", "a joint
# session with ETSI TC ITS", "in collaboration with the OGC", "coordinated with IEEE 802.1"; what comes after
# "with" is the other side of the meeting's work, so its owner takes part in what the record states
WORKED_WITH = re.compile(
    r"\b(?:aligned|common|joint(?:ly)?|collaborat\w*|co-?operat\w*|coordinat\w*|co-?ordinat\w*|liais\w*)"
    r"\b[^.;:\n]{0,40}?\bwith[ \t\n]{1,3}(?:the[ \t\n]{1,3})?$",
    re.IGNORECASE,
)
WORKED_WITH_REACH = 80


def worked_with(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The organizations a sentence of the record names right after a verb of working together and "with"
    (WORKED_WITH), each once, in order: added to the parties the record's head named (an agenda's line
    naming a body in passing is no sentence, and is passed over)."""
    found: dict[str, tuple[Entity, Spans]] = {}
    blocks = all_blocks(ctx)
    agenda = agenda_lines(blocks)
    for block in blocks:
        if id(block) in agenda or block.kind == "heading":
            continue
        text = block.text
        for mention in ctx.mentions(block):
            if WORKED_WITH.search(text, max(0, mention.start - WORKED_WITH_REACH), mention.start) is None:
                continue
            for entity, spans in organizations_in(ctx, block, mention.start, mention.end):
                found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


MEETING_TITLE = TITLE_KINDS[0][1]

# The label over an invitation's list of the officers it is sent to ("Invitations to:", "Invited:")
INVITED_LABEL = re.compile(
    r"^[ \t]*(?:invitations?(?:[ \t]+(?:sent[ \t]+|addressed[ \t]+)?to)?"
    r"|invited(?:[ \t]+(?:participants|parties))?|invitees|to[ \t]+be[ \t]+invited)[ \t]*:[ \t]*$",
    re.IGNORECASE,
)
OFFICER_LINE = (
    200  # characters of one line of the officer list, at most: a longer block is the prose after it
)


def invitation_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    """An invitation's parties: under an opening's "Invitations to:" over the officers it is sent to ("Chair
    of ITU-T SG 5 (address);", "Rapporteur of ITU-T Question 21/16"), the bodies the rest of the document
    names (its letterhead, the prose telling why they meet), each where first named; a body named only by
    an officer of it in that list is an addressee, no party. None for a document without that list, or
    naming fewer than two bodies outside it."""
    blocks = all_blocks(ctx)
    opening = {id(block) for block in opening_blocks(ctx)}
    label = next(
        (i for i, b in enumerate(blocks) if id(b) in opening and INVITED_LABEL.match(b.text) is not None),
        None,
    )
    if label is None:
        return []
    end = label + 1
    while end < len(blocks) and is_officer_line(blocks[end]):
        if blocks[label + 1].kind == "item" and blocks[end].kind != "item":
            break  # a list's items, then the prose after it (a short paragraph is no officer's line)
        end += 1
    if end == label + 1:
        return []
    found: dict[str, tuple[Entity, Spans]] = {}
    agenda = agenda_lines(blocks[end:])
    for block in blocks[:label] + [b for b in blocks[end:] if id(b) not in agenda]:
        for mention in outside_notices(block.text, ctx.mentions(block)):
            entity = mention.entity
            if entity.kind == "unit" and entity.unit_of is not None:
                entity = ctx.resolver.entities.get(entity.unit_of) or entity
            if entity.kind == "organization":
                found.setdefault(str(entity.iri), (entity, block.span_of(*mention.span)))
    return list(found.values()) if len(found) >= 2 else []


# The head of an agenda, as a heading or a line of its own ("Draft agenda", "Agenda:", "Provisional agenda",
# "3. Proposed agenda")
AGENDA_HEAD = re.compile(
    r"^\W{0,3}(?:\d{1,2}\.?[ \t]{1,3})?(?:(?:draft|provisional|proposed|annotated|tentative)[ \t]+)?"
    r"agenda(?:[ \t]+(?:items?|and[ \t]+\w+))?[ \t]*:?[ \t]*$",
    re.IGNORECASE,
)


def agenda_lines(blocks: list[Block]) -> set[int]:
    """The ids of an agenda's lines (the items or rows under an agenda's head, up to the next heading or
    sentence of prose): a body an agenda item names ("Report from the OGC liaison") is named in passing,
    neither invited nor attending."""
    found: set[int] = set()
    inside = False
    for block in blocks:
        text = block.text.strip()
        if AGENDA_HEAD.match(text) is not None:
            inside = True
        elif block.kind == "heading" or (block.kind == "paragraph" and is_sentence(text)):
            inside = False
        elif inside:
            found.add(id(block))
    return found


def is_officer_line(block: Block) -> bool:
    """A line of an invitation's officer list: an item, or a short line ending as a list's line does (";",
    ",", "and", "."), of one sentence at most."""
    text = block.text.strip()
    if block.kind == "heading" or not text or len(text) > OFFICER_LINE:
        return False
    if block.kind == "item":
        return True
    return re.search(r"(?:[;,.]|\band)$", text) is not None and re.search(r"[.;][ \t]+[A-Z]", text) is None


def named_meeting(ctx: Context, opening: list[Block]) -> list[tuple[Entity, Spans]]:
    """The bodies of the line of the opening that names the meeting ("Executive Summary of the ITU-T SG15
    / OIF coordination meeting"), not a sentence telling of one: a site's banner may stand above it as
    the first heading (title_parties). A body opening a number there is its committee meeting ("IAB / IEEE
    802 Coordination Teleconference"), a party, no standard cited."""
    for block in opening:
        if not is_sentence(block.text) and MEETING_TITLE.search(block.text) is not None:
            return organizations_in(ctx, block, committees=True)
    return []


def fill_minutes(ctx: Context, record: AllianceRecord) -> None:
    """The parts a partial record lacks. A meeting need not agree any work item (a first call, a
    review of drafts) and often leaves things open ("date to be confirmed"): its work items are missing
    only from a record that is an excerpt or is cut off; its parties only when it names fewer than two
    organizations (a party the rules did not read is no part the record lacks)."""
    expected = {
        "parties": names_two(ctx, record),
        "milestones": bool(record.milestones) or not is_excerpt(ctx),
    }
    record.warnings = [part for part, present in expected.items() if not present]
