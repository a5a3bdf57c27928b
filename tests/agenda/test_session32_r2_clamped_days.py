"""Attack round 20 (session 32, R2): a review cycle of years from a leap day, or of months from the 29th
to the 31st. `kg due` counts each start a step after the last (2024-02-29, 2025-02-28, 2026-02-28...),
but the calendar feed said `RRULE:FREQ=YEARLY` from 2024-02-29, which RFC 5545 (3.3.10: invalid dates
are ignored) and every client read as a review in leap years alone; a monthly one from the 31st skipped
the months of 30 days. No RRULE states such a cycle; its next dates are listed (RDATE) as `kg due`
counts them."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from kg.agenda.calendar import LISTED_OCCURRENCES, ical_bytes
from kg.agenda.items import AgendaItem, parse_cycle


def review(cycle: str, start: dt.date) -> AgendaItem:
    return AgendaItem("review", "r", "http://example.org/r", "R", "", cycle, start, start, parse_cycle(cycle))


@pytest.mark.parametrize(
    ("cycle", "start"),
    [("P1Y", dt.date(2024, 2, 29)), ("P1M", dt.date(2026, 1, 31)), ("P3M", dt.date(2026, 11, 30))],
)
def test_a_clamped_day_is_listed_as_kg_due_counts_it(cycle: str, start: dt.date) -> None:
    item = review(cycle, start)
    event = icalendar.Calendar.from_ical(ical_bytes([item], "x")).walk("VEVENT")[0]
    assert "RRULE" not in event  # before: FREQ=YEARLY / MONTHLY, which skips the missing days
    listed = [when.dt for when in event["RDATE"].dts]
    assert len(listed) == LISTED_OCCURRENCES
    expected = item.start
    for day in listed[:6]:
        expected = item.occurrence_on_or_after(expected + dt.timedelta(days=1))[0]
        assert day == expected


@pytest.mark.parametrize(
    ("cycle", "start", "rule"),
    [
        ("P1Y", dt.date(2026, 1, 31), {"FREQ": ["YEARLY"], "INTERVAL": [1]}),
        ("P1M", dt.date(2026, 1, 28), {"FREQ": ["MONTHLY"], "INTERVAL": [1]}),
        ("P6M", dt.date(2026, 1, 31), {"FREQ": ["MONTHLY"], "INTERVAL": [6]}),  # July and January
        ("P1W", dt.date(2026, 1, 31), {"FREQ": ["WEEKLY"], "INTERVAL": [1]}),
    ],
)
def test_a_day_each_step_has_keeps_its_rule(cycle: str, start: dt.date, rule: dict[str, list]) -> None:
    event = icalendar.Calendar.from_ical(ical_bytes([review(cycle, start)], "x")).walk("VEVENT")[0]
    assert dict(event["RRULE"]) == rule and "RDATE" not in event
