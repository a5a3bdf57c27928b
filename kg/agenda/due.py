"""`kg due`: the reviews and milestones that are overdue or fall due in a window, with whom to chase.

Why both ends of a span count: a milestone targeted `4Q2011` is due from the first day of the
quarter and overdue only after its last day; a window (`--within 90d`) catches every item whose
span starts before the window ends. Open-ended targets (On-going) have no dates and never fall due.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from kg.agenda.items import AgendaError, AgendaItem, Queryable, agenda_items, register_titled

WINDOW = re.compile(r"(?P<n>\d+)\s*(?P<unit>[dwmy])", re.IGNORECASE)
DAYS_PER_UNIT = {"d": 1, "w": 7, "m": 30, "y": 365}


EARLIEST, LATEST = dt.date(1000, 1, 1), dt.date(8999, 12, 31)
LONGEST = dt.timedelta(days=1000 * 365)
"""The dates and windows an agenda is asked about: any agenda fits, and what is drawn or added around
them (a quarter, the timeline's margins, as_of + within) stays inside the years 1 to 9999 that Python's
dates and matplotlib's axes hold (past them, `kg due`, `kg timeline`, /due and /timeline ended in an
OverflowError traceback). One place for the command line and the server."""


def parse_window(text: str, name: str = "window") -> dt.timedelta:
    """`90d`, `12w`, `3m`, `1y` (months as 30 days, years as 365: a window, not a calendar step), at most
    LONGEST; `name` is how the message calls it (the server's `within`)."""
    match = WINDOW.fullmatch(text.strip())
    if not match:
        raise AgendaError(
            f"{name} {text[:40]!r}: give a number of days, weeks, months or years, e.g. 90d, 12w, 3m, 1y"
        )
    if len(match["n"].lstrip("0")) > 6:  # more days than LONGEST, and no int() of 5,000 digits
        raise AgendaError(f"{name} {text[:20]!r}: give a window of at most 1000 years")
    window = dt.timedelta(days=int(match["n"]) * DAYS_PER_UNIT[match["unit"].lower()])
    if window > LONGEST:
        raise AgendaError(f"{name} {text!r}: give a window of at most 1000 years")
    return window


def parse_day(text: str | None, name: str = "as-of date") -> dt.date:
    """A date YYYY-MM-DD from EARLIEST to LATEST, or today when none is given."""
    if text is None or text.strip().lower() in ("", "today"):
        return dt.date.today()
    try:
        day = dt.date.fromisoformat(text.strip())
    except ValueError:
        raise AgendaError(f"{name} {text[:40]!r} is not a date YYYY-MM-DD") from None
    if not EARLIEST <= day <= LATEST:
        raise AgendaError(f"{name} {day.isoformat()}: give a date from {EARLIEST} to {LATEST}")
    return day


@dataclass(frozen=True)
class Contact:
    organization: str
    role: str
    name: str
    email: str


@dataclass(frozen=True)
class DueItem:
    item: AgendaItem
    state: str  # "overdue" or "due"
    start: dt.date
    end: dt.date
    contacts: tuple[Contact, ...] = field(default=())

    def as_json(self) -> dict[str, Any]:
        return {
            "state": self.state,
            "kind": self.item.kind,
            "register": self.item.register,
            "title": self.item.title,
            "summary": self.item.summary,
            "target": self.item.target_text,
            "start": self.start.isoformat(),
            "end": self.end.isoformat(),
            "uid": self.item.uid,
            "contacts": [vars(c) for c in self.contacts],
        }


def state_of(item: AgendaItem, as_of: dt.date, horizon: dt.date) -> tuple[str, dt.date, dt.date] | None:
    """("overdue"|"due", start, end) of the item on `as_of`, or None when it is neither.

    A review cycle counts from the latest recorded approval, so its first occurrence being past
    means the review is overdue since then (no later approval is recorded), not that the next
    occurrence is due.
    """
    start, end = item.start, item.end
    if end < as_of:
        return "overdue", start, end
    if start <= horizon:
        return "due", start, end
    return None


def due_items(
    source: Queryable,
    as_of: dt.date,
    within: dt.timedelta,
    register: str | None = None,
    org: str | None = None,
    skipped: list[str] | None = None,
) -> list[DueItem]:
    """Items overdue on `as_of` or starting by `as_of + within`, each with its register's contacts."""
    horizon = as_of + within
    register = register_titled(source, register)  # the contacts' query too takes no title
    contacts = contacts_by_register(source, register)
    found = []
    for item in agenda_items(source, register, org, skipped):
        if item.kind == "approval":
            continue  # given, not due
        state = state_of(item, as_of, horizon)
        if state:
            found.append(DueItem(item, state[0], state[1], state[2], contacts.get(item.register, ())))
    return sorted(found, key=lambda d: (d.state != "overdue", d.end, d.item.register, d.item.key))


def contacts_by_register(source: Queryable, register: str | None) -> dict[str, tuple[Contact, ...]]:
    """The points of contact each register names, of every party: whoever asks about one
    organization's registers needs its partners' contacts as much as its own."""
    params = {"register": register} if register else {}
    grouped: dict[str, list[Contact]] = {}
    for row in map(dict, source.select("contacts", params)):
        contact = Contact(
            organization=str(row.get("orgAcronym") or row.get("orgLabel") or row.get("org") or ""),
            role=str(row.get("role") or ""),
            name=str(row.get("name") or ""),
            email=str(row.get("email") or ""),
        )
        grouped.setdefault(str(row["register"]), []).append(contact)
    return {key: tuple(dict.fromkeys(value)) for key, value in grouped.items()}
