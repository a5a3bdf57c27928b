"""`kg calendar` and `kg due`: what the people who keep alliances need to chase, and when.

Thin layers over kg.agenda: open the store the options name, collect the agenda items through
named queries, then write an iCalendar file or print the due list (a table, or JSON for programs).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from kg.cli.options import (
    add_as_of_date,
    add_format,
    add_out,
    add_store_options,
    named_thing,
    open_from_args,
    replaced_whole,
)
from kg.errors import printable

if TYPE_CHECKING:
    import datetime as dt

    from kg.agenda.due import DueItem


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `kg calendar` and `kg due` on the top-level parser."""
    calendar = commands.add_parser(
        "calendar", help="an iCalendar file of every milestone target and review (all-day spans, stable UIDs)"
    )
    _narrowing(calendar)
    add_out(calendar, "write the calendar here (default, or -: standard output)")
    calendar.add_argument(
        "--name", default="Alliance milestones and reviews", help="the calendar's display name"
    )
    add_store_options(calendar)
    calendar.set_defaults(handler=cmd_calendar)

    timeline = commands.add_parser(
        "timeline",
        help="a picture (PNG or SVG) of milestones, reviews and approvals per register over the years",
    )
    add_as_of_date(timeline, "the day marked as today (default: today)")
    _narrowing(timeline)
    add_out(timeline, "write the picture here; .png or .svg (default: timeline.svg)")
    add_store_options(timeline)
    timeline.set_defaults(handler=cmd_timeline)

    due = commands.add_parser(
        "due", help="reviews and milestones overdue or falling due, with contacts to chase"
    )
    add_as_of_date(due, "the day to count from (default: today)")
    due.add_argument(
        "--within", default="90d", metavar="WINDOW", help="how far ahead: 90d, 12w, 3m, 1y (90d)"
    )
    _narrowing(due)
    add_format(due, ["table", "json"], default="table")
    add_store_options(due)
    due.set_defaults(handler=cmd_due)


def _narrowing(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--register", type=named_thing, metavar="IRI", help="only this register (IRI, prefixed name or title)"
    )
    parser.add_argument(
        "--org",
        type=named_thing,
        metavar="ORG",
        help="only registers this organization is a party to (IRI or name)",
    )


def say_skipped(command: str, skipped: list[str]) -> None:
    """One warning line on stderr per agenda item left out (kg.agenda.items.agenda_items): the store
    holds a date no calendar has; the other items are written."""
    for note in skipped:
        sys.stderr.write(printable(f"kg {command}: warning: {note}\n"))


def cmd_calendar(args: argparse.Namespace) -> int:
    from kg.agenda.calendar import ical_bytes
    from kg.agenda.items import agenda_items

    skipped: list[str] = []
    with open_from_args(args) as source:
        items = agenda_items(source, args.register, args.org, skipped)
    say_skipped("calendar", skipped)
    body = ical_bytes(items, args.name)
    if args.out and args.out != "-":  # "-": standard output, as `kg sparql -` reads standard input
        with replaced_whole(Path(args.out)) as staged:
            staged.write_bytes(body)
        sys.stderr.write(f"kg calendar: {len(items)} events written to {args.out}\n")
    else:
        sys.stdout.buffer.write(body)
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from kg.agenda.due import parse_day
    from kg.agenda.items import AgendaError, agenda_items
    from kg.agenda.timeline import FORMATS, draw_timeline, open_items, save_timeline

    out = Path(args.out or "timeline.svg")
    fmt = out.suffix.lstrip(".").lower()
    if fmt not in FORMATS:
        raise AgendaError(f"{out}: a timeline is written as .png or .svg")
    today = parse_day(args.as_of)
    skipped: list[str] = []
    with open_from_args(args) as source:
        items = agenda_items(source, args.register, args.org, skipped)
        narrowed = {i.register for i in items} if (args.register or args.org) else None
        opened = open_items(source, narrowed)
    say_skipped("timeline", skipped)
    figure = draw_timeline(items, opened, today)
    with replaced_whole(out) as staged:
        save_timeline(figure, staged, fmt)
    sys.stderr.write(f"kg timeline: {len(items)} dated and {len(opened)} open item(s) drawn to {out}\n")
    return 0


def cmd_due(args: argparse.Namespace) -> int:
    from kg.agenda.due import due_items, parse_day, parse_window

    as_of, within = parse_day(args.as_of), parse_window(args.within)
    skipped: list[str] = []
    with open_from_args(args) as source:
        found = due_items(source, as_of, within, args.register, args.org, skipped)
    say_skipped("due", skipped)
    if args.format == "json":
        sys.stdout.write(json.dumps([d.as_json() for d in found], indent=1) + "\n")
        return 0
    sys.stdout.write(printable(render_due(found, as_of, args.within)))  # titles and contacts: document text
    return 0


def render_due(found: list[DueItem], as_of: dt.date, within: str) -> str:
    """Per register (alliance): its overdue and due items, then the contacts to chase, once."""
    lines = [f"As of {as_of.isoformat()}, within {within}: {len(found)} item(s) overdue or due"]
    by_register: dict[str, list[DueItem]] = {}
    for due in found:
        by_register.setdefault(due.item.register, []).append(due)
    for items in by_register.values():
        lines += ["", items[0].item.title or items[0].item.register]
        for due in items:
            span = due.start.isoformat() if due.start == due.end else f"{due.start}..{due.end}"
            lines.append(f"  {due.state.upper():8} {span:22} {due.item.kind:9} {due.item.summary}")
        for contact in items[0].contacts:
            who = ", ".join(part for part in (contact.name, contact.role, contact.email) if part)
            lines.append(f"  contact ({contact.organization}): {who}")
    return "\n".join(lines) + "\n"
