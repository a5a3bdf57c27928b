"""Attack round 18 (session 31, engineer R): one agenda item whose dates no calendar holds.

A milestone dated `"-0044-03-15"^^xsd:date`, `"2026-02-30"`, `"99999-01-01"` or ending before it starts,
or a review cycle of `P0D` or `P99999999Y` (written with the update token, loaded from a file, answered
by an endpoint) made every `/calendar.ics`, `/due` and `/timeline.svg` of `kg serve` a 400 (the
visitor blamed), `kg calendar` and `kg due` exit 2 with nothing written (`P99999999Y`: a ValueError
traceback), and `P0D` an `RRULE:FREQ=MONTHLY;INTERVAL=0` no calendar reads. Such an item is now left
out with one warning naming it (kg.agenda.items.agenda_items `skipped`); the others are written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.agenda.calendar import ical_bytes
from kg.agenda.due import due_items
from kg.agenda.items import agenda_items
from kg.cli.agenda import say_skipped

REGISTER = URIRef("urn:r:1")


def milestone(item: str, start: Any, end: Any) -> dict[str, Any]:
    return {
        "kind": Literal("milestone"),
        "item": URIRef(item),
        "register": REGISTER,
        "title": Literal("A register"),
        "label": Literal(item),
        "start": start,
        "end": end,
    }


def day(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


class Source:
    """A Queryable answering the agenda's named queries with fixed rows."""

    def __init__(self, agenda: list[dict[str, Any]], cycles: list[dict[str, Any]]) -> None:
        self.answers = {"agenda": agenda, "review-cycles": cycles, "register-parties": [], "contacts": []}

    def select(self, query: str, params: Mapping[str, object] | None = None, **kwargs: object) -> list[Any]:
        return self.answers[query]


def cycle(register: str, text: str) -> dict[str, Any]:
    return {"register": URIRef(register), "reviewCycle": Literal(text), "initiated": day("2020-01-01")}


BAD = Source(
    [
        milestone("urn:m:good", day("2026-06-01"), day("2026-06-30")),
        milestone("urn:m:bc", day("-0044-03-15"), day("-0044-03-15")),
        milestone("urn:m:feb30", day("2026-02-30"), day("2026-02-30")),
        milestone("urn:m:far", day("99999-01-01"), day("99999-12-31")),
        milestone("urn:m:backwards", day("2026-12-31"), day("2026-01-01")),
        milestone("urn:m:last", day("9999-12-31"), day("9999-12-31")),
    ],
    [
        cycle("urn:r:zero", "P0D"),
        cycle("urn:r:huge", "P99999999Y"),
        cycle("urn:r:digits", "P" + "9" * 5000 + "Y"),
    ],
)


def test_unreadable_items_are_left_out_and_named() -> None:
    skipped: list[str] = []
    items = agenda_items(BAD, skipped=skipped)
    assert [item.key for item in items] == ["urn:m:good"]
    assert len(skipped) == 8
    assert any("urn:m:bc start '-0044-03-15' is not a date" in note for note in skipped)
    assert any("urn:m:backwards ends on 2026-01-01, before it starts" in note for note in skipped)
    assert any("urn:r:zero: review cycle 'P0D' is no time at all" in note for note in skipped)
    assert any("urn:r:huge: a review cycle of P99999999Y" in note for note in skipped)
    assert all(len(note) < 300 for note in skipped)


def test_the_calendar_and_the_due_list_are_written_without_them() -> None:
    body = ical_bytes(agenda_items(BAD), "test")
    assert body.count(b"BEGIN:VEVENT") == 1 and b"INTERVAL=0" not in body
    found = due_items(BAD, dt.date(2026, 6, 15), dt.timedelta(days=30))
    assert [d.item.key for d in found] == ["urn:m:good"]


def test_the_cli_says_each_on_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    skipped: list[str] = []
    agenda_items(BAD, skipped=skipped)
    say_skipped("calendar", skipped)
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) == 8 and all(line.startswith("kg calendar: warning: ") for line in lines)
