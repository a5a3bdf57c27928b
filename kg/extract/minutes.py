"""Meeting slides and minutes that list register items and their status.

Minutes name the organizations meeting (title, "Attendees", opening line), the day they met
(kg.extract.document_dates: a bare "Date:" is the meeting's), and list work items with a status
("Complete", "In progress", "Deferred") or a new target: these are the milestones of the
register they review, read by kg.extract.milestones like any milestone list.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.kinds import TITLE_KINDS, is_sentence, names_two
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
    return first_of(
        named_meeting(ctx, worded),
        title_parties(ctx),
        between_parties(ctx, opening_blocks(ctx)),
        opening_parties(ctx),
        between_parties(ctx, worded),
        organizations_opening(ctx, worded),
    )


MEETING_TITLE = TITLE_KINDS[0][1]


def named_meeting(ctx: Context, opening: list[Block]) -> list[tuple[Entity, Spans]]:
    """The bodies of the line of the opening that names the meeting ("Executive Summary of the ITU-T SG15
    / OIF coordination meeting"), not a sentence telling of one: a site's banner may stand above it as
    the first heading (title_parties)."""
    for block in opening:
        if not is_sentence(block.text) and MEETING_TITLE.search(block.text) is not None:
            return organizations_in(ctx, block)
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
