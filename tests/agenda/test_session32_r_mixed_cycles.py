"""Attack round 19 (session 32, R): a review cycle of years or months and days (`P1Y1D`, `P1Y2W`,
`P1M2D`) was written to the iCalendar feed as a DAILY rule of its days alone: a yearly review every day
(`RRULE:FREQ=DAILY;INTERVAL=1`), every 14 days for a year and two weeks, while `kg due` counted it
right. No RRULE states such a cycle; its next dates are listed (RDATE), as `kg due` counts them."""

from __future__ import annotations

import datetime as dt

import icalendar
import pytest

from kg.agenda.calendar import LISTED_OCCURRENCES, ical_bytes
from kg.agenda.items import AgendaItem, parse_cycle


def review(cycle: str) -> AgendaItem:
    start = dt.date(2026, 1, 31)
    return AgendaItem("review", "r", "http://example.org/r", "R", "", cycle, start, start, parse_cycle(cycle))


@pytest.mark.parametrize("cycle", ["P1Y1D", "P1Y2W", "P1M2D"])
def test_a_cycle_of_months_and_days_is_listed_not_made_daily(cycle: str) -> None:
    item = review(cycle)
    event = icalendar.Calendar.from_ical(ical_bytes([item], "x")).walk("VEVENT")[0]
    assert "RRULE" not in event  # before: FREQ=DAILY with the cycle's days
    listed = [when.dt for dates in [event["RDATE"]] for when in dates.dts]
    assert len(listed) == LISTED_OCCURRENCES
    expected = item.start
    for day in listed[:5]:  # each the occurrence `kg due` finds
        expected = item.occurrence_on_or_after(expected + dt.timedelta(days=1))[0]
        assert day == expected


@pytest.mark.parametrize(
    ("cycle", "rule"),
    [
        ("P1Y", {"FREQ": ["YEARLY"], "INTERVAL": [1]}),
        ("P18M", {"FREQ": ["MONTHLY"], "INTERVAL": [18]}),
        ("P2W", {"FREQ": ["WEEKLY"], "INTERVAL": [2]}),
        ("P10D", {"FREQ": ["DAILY"], "INTERVAL": [10]}),
    ],
)
def test_cycles_a_rule_states_keep_their_rule(cycle: str, rule: dict[str, list[object]]) -> None:
    event = icalendar.Calendar.from_ical(ical_bytes([review(cycle)], "x")).walk("VEVENT")[0]
    assert dict(event["RRULE"]) == rule and "RDATE" not in event
