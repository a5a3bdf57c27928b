"""Meeting slides and minutes that list register items and their status.

Minutes name the organizations meeting (title, "Attendees", opening line), the day they met
(kg.extract.document_dates: a bare "Date:" is the meeting's), and list work items with a status
("Complete", "In progress", "Deferred") or a new target: these are the milestones of the
register they review, read by kg.extract.milestones like any milestone list.
"""

from __future__ import annotations

from kg.extract.context import Context
from kg.extract.parties import between_parties, first_of, opening_blocks, opening_parties, title_parties
from kg.model.records import AllianceRecord, Entity, Spans


def meeting_parties(ctx: Context) -> list[tuple[Entity, Spans]]:
    return first_of(title_parties(ctx), between_parties(ctx, opening_blocks(ctx)), opening_parties(ctx))


def fill_minutes(ctx: Context, record: AllianceRecord) -> None:
    expected = {"parties": len(record.parties) >= 2, "milestones": bool(record.milestones)}
    record.warnings = [part for part, present in expected.items() if not present]
