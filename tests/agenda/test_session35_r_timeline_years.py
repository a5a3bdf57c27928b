"""Attack round 23 (session 35, R): a document whose milestone is dated 0001-01-01 (a valid xsd:date; the
calendar and `kg due` carry it) made `kg timeline` and the server's /timeline.svg end in matplotlib's
ValueError traceback ("Matplotlib dates must be between year 0001 and 9999"): the axis' margins reached
the year -101. The axis is now held to years 1-9999 (kg.agenda.timeline.within_calendar)."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from matplotlib.dates import date2num

from kg.agenda.items import AgendaItem
from kg.agenda.timeline import draw_timeline, save_timeline

TODAY = dt.date(2026, 12, 7)


def item(start: dt.date, end: dt.date, label: str = "Ancient item") -> AgendaItem:
    return AgendaItem("milestone", f"urn:x:{label}", "urn:x:register", "Register", label, "", start, end)


@pytest.mark.parametrize(
    "spans",
    [
        [(dt.date(1, 1, 1), dt.date(1, 1, 1))],
        [(dt.date(1, 1, 1), dt.date(1, 3, 31)), (dt.date(2026, 1, 1), dt.date(2026, 3, 31))],
        [(dt.date(9999, 12, 1), dt.date(9999, 12, 30))],
        [(dt.date(1, 1, 1), dt.date(1, 1, 1)), (dt.date(9999, 12, 30), dt.date(9999, 12, 30))],
    ],
)
def test_items_at_the_ends_of_the_calendar_are_drawn(spans: list[tuple[dt.date, dt.date]]) -> None:
    items = [item(start, end, f"item {n}") for n, (start, end) in enumerate(spans)]
    picture = io.BytesIO()
    save_timeline(draw_timeline(items, [], TODAY), picture, "svg")
    assert b"</svg>" in picture.getvalue()


def test_the_png_of_year_one_is_drawn() -> None:
    picture = io.BytesIO()
    save_timeline(draw_timeline([item(dt.date(1, 1, 1), dt.date(1, 1, 1))], [], TODAY), picture, "png")
    assert picture.getvalue().startswith(b"\x89PNG")


def test_an_ordinary_timeline_keeps_its_own_range() -> None:
    figure = draw_timeline([item(dt.date(2026, 1, 1), dt.date(2026, 3, 31))], [], TODAY)
    low, high = figure.axes[0].get_xlim()
    assert (
        date2num(dt.date(2025, 6, 1))
        < low
        < date2num(dt.date(2026, 1, 2))
        < high
        < date2num(dt.date(2027, 12, 31))
    )
