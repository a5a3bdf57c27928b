"""`kg calendar`: an iCalendar (RFC 5545) feed of every milestone target and review.

Why all-day spans and stable UIDs: a target `2Q2011` is the whole quarter, so it is a VEVENT
with DTSTART;VALUE=DATE on the first day and DTEND on the day after the last (DTEND is
exclusive for dates, RFC 5545 3.6.1); a review cycle is one event with an RRULE. Each UID is a
hash of what the event is about (the milestone's IRI, or the register and its review), never
of its dates or wording, so a calendar program that subscribes to the feed updates an event
whose target moved instead of adding a second one. Built with the `icalendar` library.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import icalendar

from kg.agenda.items import AgendaItem, Cycle
from kg.model.patterns import safe_text

PRODUCT = "-//alliance-kg//agenda//EN"
LISTED_OCCURRENCES = 100
"""Dates listed for a review cycle no RRULE states (`P1Y1D`): a century of yearly reviews."""


def calendar_of(
    items: Iterable[AgendaItem], name: str, stamp: dt.datetime | None = None
) -> icalendar.Calendar:
    """A VCALENDAR with one VEVENT per item; `stamp` (UTC) is the DTSTAMP of every event."""
    stamp = (stamp or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODUCT)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    # TEXT, escaped as RFC 5545 3.3.11 says: a name holding a line break (`kg calendar --name`) was an
    # AssertionError traceback from the icalendar library, which writes an X- property's text raw
    calendar.add("x-wr-calname", icalendar.vText(safe_text(name)))
    for item in items:
        calendar.add_component(event_of(item, stamp))
    return calendar


def event_of(item: AgendaItem, stamp: dt.datetime) -> icalendar.Event:
    """One VEVENT. Its text goes through kg.model.patterns.safe_text, as every literal ingest makes
    does: a store loaded from N-Quads or a remote one (--endpoint) may hold controls, which RFC 5545
    3.3.11 allows nowhere in TEXT and the icalendar library writes raw (khal printed them to the
    terminal; docs/reliability.md section 16)."""
    event = icalendar.Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("summary", safe_text(item.summary))
    event.add("dtstart", item.start)
    event.add("dtend", item.end + dt.timedelta(days=1))
    event.add("transp", "TRANSPARENT")  # a target does not make anyone busy
    event.add("categories", [item.kind])
    event.add("description", safe_text(description_of(item)))
    event.add("url", item.register)
    if item.cycle is not None:
        rule = item.cycle.rrule if keeps_its_day(item.cycle, item.start) else None
        if rule is not None:
            event.add("rrule", rule)
        else:  # no RRULE says it (months or years and days, a clamped day): its next dates are listed
            event.add("rdate", item.cycle.starts_after(item.start, LISTED_OCCURRENCES))
    return event


def keeps_its_day(cycle: Cycle, start: dt.date) -> bool:
    """Whether every listed start of a cycle of months or years falls on `start`'s day of the month.

    Why: a yearly review from 2024-02-29, or a monthly one from the 31st, is a step after the last in
    `kg due` (2025-02-28, 2026-02-28; the 31st, then the 28th or 29th and on), but RFC 5545 skips the
    dates a YEARLY or MONTHLY rule makes that do not exist: calendars showed the review every four years,
    or in seven months of twelve (attack round 20). Such a cycle's dates are listed instead."""
    step = cycle.step
    if start.day <= 28 or step.days or not (step.years or step.months):  # no day to clamp, or no such rule
        return True
    return all(later.day == start.day for later in cycle.starts_after(start, LISTED_OCCURRENCES))


def description_of(item: AgendaItem) -> str:
    lines = [f"{item.kind.capitalize()} of {item.title or item.register}"]
    if item.target_text:
        lines.append(f"As written: {item.target_text}")
    if item.cycle is not None:
        lines.append(f"Review cycle {item.cycle.text}, counted from the latest approval")
    lines.append(f"Register: {item.register}")
    return "\n".join(lines)


def ical_bytes(items: Iterable[AgendaItem], name: str, stamp: dt.datetime | None = None) -> bytes:
    body: bytes = calendar_of(items, name, stamp).to_ical()
    return body
