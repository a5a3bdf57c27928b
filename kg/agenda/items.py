"""Dated agenda items of the alliances: milestone targets, reviews and approvals, as spans of days.

Why spans and not points: a register's targets are written `2Q2011`, `June/July 2021` or
`June 2022`; the store holds each as a period with a first and a last day (akg:startDate,
akg:endDate). A calendar shows such a target as an all-day span and "what is due" compares
dates with both ends, so nothing here ever picks one day of a quarter as "the" date.

Reviews come two ways: a dated next review (a period, like any target), or a review cycle
(`P1Y`) counted from the register's latest approval or initiation date; a cycle gives one
recurring item whose first occurrence is that date plus the cycle.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from dateutil.relativedelta import relativedelta
from rdflib import Literal

from kg.errors import KgError

DURATION = re.compile(r"P(?:(?P<years>\d+)Y)?(?:(?P<months>\d+)M)?(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?")


class AgendaError(KgError):
    """A date, window or duration that cannot be read (the message names it)."""


class Queryable(Protocol):
    """Anything that runs a named query with keyword parameters (kg.store.KnowledgeGraph)."""

    def select(
        self, query: str, params: Mapping[str, object] | None = None, **kwargs: object
    ) -> list[Any]: ...


@dataclass(frozen=True)
class Cycle:
    """A review cycle: an ISO 8601 duration of whole years, months, weeks and days."""

    text: str
    step: relativedelta

    @property
    def rrule(self) -> dict[str, object] | None:
        """The iCalendar recurrence rule of the cycle (RFC 5545 RRULE); None for a cycle of months or years
        and days (`P1Y1D`, `P1M2W`), which no RRULE states: it was a DAILY rule of its days alone, a
        yearly review every day of the feed (attack round 19); kg.agenda.calendar lists its dates."""
        years, months, days = self.step.years, self.step.months, self.step.days
        if days and (years or months):
            return None
        if years and not months:
            return {"FREQ": "YEARLY", "INTERVAL": years}
        if not days:
            return {"FREQ": "MONTHLY", "INTERVAL": years * 12 + months}
        if days % 7 == 0:
            return {"FREQ": "WEEKLY", "INTERVAL": days // 7}
        return {"FREQ": "DAILY", "INTERVAL": days}

    def starts_after(self, start: dt.date, count: int) -> list[dt.date]:
        """The next `count` starts after `start`, each a step after the last (as `kg due` and the timeline
        count them), fewer where the calendar ends (year 9999)."""
        starts: list[dt.date] = []
        while len(starts) < count:
            try:
                start = start + self.step
            except (OverflowError, ValueError):
                break
            starts.append(start)
        return starts


def parse_cycle(text: str) -> Cycle:
    """`P1Y` -> a yearly cycle. Only calendar parts (Y, M, W, D): a review cycle has no hours."""
    match = DURATION.fullmatch(text.strip())
    try:
        parts = {k: int(v) for k, v in (match.groupdict() if match else {}).items() if v}
    except ValueError:  # more digits than Python converts (4,300)
        raise AgendaError(f"review cycle {text[:40]!r}... is longer than any calendar") from None
    if not parts:
        raise AgendaError(
            f"review cycle {text[:40]!r} is not an ISO 8601 duration of years, months, weeks or days"
        )
    if not any(parts.values()):  # P0D: RFC 5545 has no recurrence of interval 0 (RRULE INTERVAL=0)
        raise AgendaError(f"review cycle {text[:40]!r} is no time at all")
    step = relativedelta(
        years=parts.get("years", 0),
        months=parts.get("months", 0),
        days=parts.get("days", 0) + 7 * parts.get("weeks", 0),
    )
    return Cycle(text.strip(), step)


@dataclass(frozen=True)
class AgendaItem:
    """One dated thing an alliance keeper watches: a milestone target or a review."""

    kind: str  # "milestone", "review" or "approval"
    key: str  # what the item is about (milestone IRI, or register + review period/cycle): stable
    register: str
    title: str
    label: str
    target_text: str
    start: dt.date
    end: dt.date
    cycle: Cycle | None = None

    @property
    def uid(self) -> str:
        """A UID that stays the same while the item is the same thing, so calendars update, not duplicate."""
        return hashlib.sha256(f"{self.kind}\n{self.key}".encode()).hexdigest()[:32] + "@alliance-kg"

    def occurrence_on_or_after(self, day: dt.date) -> tuple[dt.date, dt.date]:
        """The first occurrence that has not ended before `day` (the item itself when not recurring)."""
        start, end = self.start, self.end
        if self.cycle is None:
            return start, end
        while end < day:
            start, end = start + self.cycle.step, end + self.cycle.step
        return start, end

    @property
    def summary(self) -> str:
        what = self.label or self.target_text or self.kind
        if self.kind == "review":
            return f"Review of {self.title or self.register}"
        if self.kind == "approval":
            return f"{self.label or 'Approval'} of {self.title or self.register}"
        return f"{what} ({self.target_text})" if self.target_text and self.target_text != what else what


def _text(value: object) -> str:
    return str(value) if value is not None else ""


def _date(value: object, what: str) -> dt.date:
    lexical = str(value)
    if isinstance(value, Literal):
        value = value.toPython()
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise AgendaError(
            f"{what} {lexical[:40]!r} is not a date of the calendar (YYYY-MM-DD, years 1 to 9999)"
        ) from None


def agenda_items(
    source: Queryable, register: str | None = None, org: str | None = None, skipped: list[str] | None = None
) -> list[AgendaItem]:
    """Every dated milestone target and review of the registers (narrowed to one register or party).

    An item whose dates cannot be read (`"-0044-03-15"`, `"2026-02-30"`, an end before its start, a
    review cycle of `P0D` or one that passes the year 9999) is left out, and why is added to `skipped`:
    one such item in a store (written with the update token, loaded from a file, read from an
    endpoint) made every calendar, timeline and "what is due" of the server 400 and `kg calendar`
    exit 2 with nothing written (attack round 18)."""
    notes = [] if skipped is None else skipped
    register = register_titled(source, register)
    params = {key: value for key, value in (("register", register), ("org", org)) if value}
    items = [item for row in source.select("agenda", params) if (item := _readable(_dated_item, row, notes))]
    items += [
        item
        for row in _latest_per_register(source.select("review-cycles", params), notes)
        if (item := _readable(_cycle_item, row, notes))
    ]
    return sorted(items, key=lambda item: (item.start, item.end, item.register, item.kind, item.key))


def _readable(
    make: Callable[[dict[str, Any]], AgendaItem | None], row: Any, notes: list[str]
) -> AgendaItem | None:
    """`make(row)`, or None with the reason added to `notes`."""
    try:
        return make(dict(row))
    except AgendaError as error:
        notes.append(f"{error}: left out")
        return None


def register_titled(source: Queryable, register: str | None) -> str | None:
    """The IRI of the register whose title `register` is (any case, runs of blanks as one), else
    `register` as given, for the named queries to resolve as an IRI, prefixed name or label.

    Why: `kg due`, `kg calendar` and `kg timeline` say --register takes a title, but named queries
    resolve labels and acronyms (queries/resolve-entity.rq), and a register has a title
    (dcterms:title), no label: `--register "OGF / DMTF Work Register"` was "no entity is called".
    Titles are read from the latest version of each document, so a document's versions are one
    register here; two documents of one title are ambiguous, and the message names them."""
    if not register:
        return register
    wanted = " ".join(register.split()).casefold()
    found = sorted(
        {
            str(row["register"])
            for row in map(dict, source.select("register-parties"))
            if row.get("title") is not None and " ".join(str(row["title"]).split()).casefold() == wanted
        }
    )
    if len(found) > 1:
        raise AgendaError(
            f"{register!r} is the title of {len(found)} registers ({', '.join(found[:5])}); give an IRI"
        )
    return found[0] if found else register


def _dated_item(row: dict[str, Any]) -> AgendaItem:
    kind, item, register = _text(row["kind"]), _text(row["item"]), _text(row["register"])
    key = f"{register}\n{item}" if kind == "review" else item
    made = AgendaItem(
        kind=kind,
        key=key,
        register=register,
        title=_text(row.get("title")),
        label=_text(row.get("label")),
        target_text=_text(row.get("targetText")),
        start=_date(row["start"], f"{item} start"),
        end=_date(row["end"], f"{item} end"),
    )
    if made.end < made.start:
        raise AgendaError(f"{item} ends on {made.end}, before it starts on {made.start}")
    if made.end == dt.date.max:  # a calendar's all-day event ends the day after
        raise AgendaError(f"{item} ends on {made.end}, the last day a calendar holds")
    return made


def _latest_per_register(rows: Iterable[Any], notes: list[str]) -> list[dict[str, Any]]:
    """One row per register: the latest date a review cycle counts from (approval or initiation); a
    date that cannot be read is passed over (and `notes` says so)."""
    latest: dict[str, dict[str, Any]] = {}
    for row in map(dict, rows):
        dates = []
        for key in ("approvalDate", "initiated"):
            if row.get(key):
                try:
                    dates.append(_date(row[key], f"{row['register']} {key}"))
                except AgendaError as error:
                    notes.append(f"{error}: passed over")
        row["from"] = max(dates, default=None)
        known = latest.get(str(row["register"]))
        if known is None or (row["from"] and (not known["from"] or row["from"] > known["from"])):
            latest[str(row["register"])] = row
    return list(latest.values())


def _cycle_item(row: dict[str, Any]) -> AgendaItem | None:
    if not row["from"]:
        return None  # a cycle with nothing to count from: no date to put in a calendar
    register = _text(row["register"])
    try:
        cycle = parse_cycle(_text(row["reviewCycle"]))
    except AgendaError as error:
        raise AgendaError(f"{register}: {error}") from None
    try:
        first = row["from"] + cycle.step
        if first == dt.date.max:  # a calendar's all-day event ends the day after
            raise OverflowError(first)
    except (ValueError, OverflowError):
        raise AgendaError(
            f"{register}: a review cycle of {cycle.text[:40]} from {row['from']} passes the year 9999"
        ) from None
    return AgendaItem(
        kind="review",
        key=f"{register}\ncycle",
        register=register,
        title=_text(row.get("title")),
        label="",
        target_text=_text(row.get("reviewText")) or cycle.text,
        start=first,
        end=first,
        cycle=cycle,
    )
