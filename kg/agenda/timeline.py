"""`kg timeline`: milestones, reviews and approvals per alliance over the years, today marked.

Why each item is drawn as what it is: a quarter (`2Q2011`) or a month span (`June/July 2021`)
is a bar from its first to its last day, not a point; an approval is one day (a marker); a
review cycle recurs, so each occurrence up to today is drawn; an open status (`On-going`,
`As-scheduled`) has no end, so it is a hatched bar from the register's first dated item to
today with an arrow past it. Overdue items (ended before today) and items due this quarter
are coloured apart, so the picture answers "what needs chasing" at a glance.

Every drawn artist carries an SVG id (`gid`) naming its state and kind, so the SVG can be
checked by a program as well as by eye. Drawn with matplotlib's Figure (no pyplot), like
kg.network.draw, so it works on a server without a display.
"""

from __future__ import annotations

import datetime as dt
import textwrap
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from matplotlib.axes import Axes
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from kg.agenda.items import AgendaError, AgendaItem, Queryable
from kg.model.patterns import safe_text

COLOURS = {
    "overdue": "#d62728",
    "due": "#ff7f0e",
    "later": "#1f77b4",
    "open": "#7f7f7f",
    "approval": "#2ca02c",
}
REVIEW_COLOUR = "#9467bd"
FORMATS = ("png", "svg")


@dataclass(frozen=True)
class OpenItem:
    """A milestone with an open status instead of a date: it runs until someone closes it."""

    register: str
    label: str
    status: str


def as_text(text: str) -> str:
    """`text` drawn as written: matplotlib typesets what stands between two '$' as mathtext, so a
    document's title or milestone text holding '$\\frac{x$' stopped the picture with a
    ParseSyntaxException; each '$' escaped is a plain dollar. Apply after wrapping, which could part
    the backslash from its dollar. Controls (a store loaded from N-Quads, a remote one) become spaces or
    line breaks (kg.model.patterns.safe_text): matplotlib wrote them raw into SVG, which no XML parser
    then reads (docs/reliability.md section 16). (kg.network.draw.as_text is the same: agenda and
    network are sibling layers.)"""
    return safe_text(text).replace("$", r"\$")


def open_items(source: Queryable, registers: set[str] | None = None) -> list[OpenItem]:
    """The open-ended milestones (named query milestones-open), of the given registers only when given."""
    rows = [dict(row) for row in source.select("milestones-open")]
    found = [
        OpenItem(
            str(row["register"]), str(row.get("label") or ""), str(row.get("targetText") or row["status"])
        )
        for row in rows
    ]
    return [item for item in found if registers is None or item.register in registers]


def quarter_of(day: dt.date) -> tuple[dt.date, dt.date]:
    """The first and last day of the calendar quarter `day` falls in."""
    first = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    after = dt.date(first.year + (first.month == 10), (first.month + 2) % 12 + 1, 1)
    return first, after - dt.timedelta(days=1)


def state_on(start: dt.date, end: dt.date, today: dt.date) -> str:
    """overdue (ended before today), due (overlaps this quarter), or later."""
    first, last = quarter_of(today)
    if end < today:
        return "overdue"
    if start <= last and end >= first:
        return "due"
    return "later"


def draw_timeline(
    items: list[AgendaItem], opened: list[OpenItem], today: dt.date, title: str = "Alliance timeline"
) -> Figure:
    """One lane per register, earliest first; bars, markers and today's line."""
    lanes = _lanes(items, opened)
    if not lanes:
        raise AgendaError("nothing to draw: no dated or open item in the registers asked for")
    names = {i.register: i.title or i.register for i in items}
    figure = Figure(figsize=(12, 1.2 + 0.9 * len(lanes)), layout="constrained")
    axes = figure.add_subplot()
    for lane, register in enumerate(lanes):
        own = [i for i in items if i.register == register]
        _draw_dated(axes, lane, own, today)
        start = min((i.start for i in own), default=today)
        _draw_open(axes, lane, [o for o in opened if o.register == register], start, today)
    axes.axvline(date2num(today), color="black", linestyle="--", linewidth=1, gid="today")
    axes.annotate(
        f"today {today.isoformat()}", (date2num(today), -0.55), fontsize=8, ha="center", gid="today-label"
    )
    lane_names = [as_text(textwrap.fill(names.get(r, r), 32)) for r in lanes]
    axes.set_yticks(range(len(lanes)), lane_names, fontsize=8)
    axes.set_ylim(-0.8, len(lanes) - 0.3)
    axes.invert_yaxis()
    axes.xaxis_date()
    within_calendar(axes)
    axes.set_title(as_text(title))
    axes.grid(axis="x", alpha=0.3)
    axes.legend(handles=_legend(), loc="upper left", fontsize=7, ncols=3)
    return figure


FIRST_DAY, LAST_DAY = dt.date(1, 1, 1), dt.date(9999, 12, 31)  # what matplotlib's dates can name


def within_calendar(axes: Axes) -> None:
    """The x-axis held to years 1-9999. Why: its margins reach past the items drawn, and a milestone
    of a document dated 0001-01-01 (a valid xsd:date, in the calendar and `kg due`) made the axis start
    in the year -101: `kg timeline` and the server's /timeline.svg ended in matplotlib's ValueError
    traceback ("Matplotlib dates must be between year 0001 and 9999", attack round 23)."""
    low, high = axes.get_xlim()
    first, last = date2num(FIRST_DAY), date2num(LAST_DAY)
    if low < first or high > last:
        axes.set_xlim(max(low, first), min(high, last))


def _lanes(items: list[AgendaItem], opened: list[OpenItem]) -> list[str]:
    first: dict[str, dt.date] = {}
    for item in items:
        first[item.register] = min(first.get(item.register, item.start), item.start)
    for open_item in opened:
        first.setdefault(open_item.register, dt.date.max)
    return sorted(first, key=lambda register: (first[register], register))


def _draw_dated(axes: Axes, lane: int, items: list[AgendaItem], today: dt.date) -> None:
    for n, item in enumerate(items):
        for start, end in _occurrences(item, today):
            state = "given" if item.kind == "approval" else state_on(start, end, today)
            gid = f"{state}-{item.kind}-{lane}-{n}-{start.isoformat()}"
            if item.kind == "approval":
                axes.plot(date2num(start), lane, marker="^", color=COLOURS["approval"], markersize=9, gid=gid)
            elif start == end:
                colour = COLOURS[state] if state != "later" else REVIEW_COLOUR
                axes.plot(date2num(start), lane, marker="D", color=colour, markersize=7, gid=gid)
            else:
                left, width = date2num(start), date2num(end + dt.timedelta(days=1)) - date2num(start)
                bars = axes.broken_barh([(left, width)], (lane - 0.3, 0.6), color=COLOURS[state], alpha=0.75)
                bars.set_gid(gid)
                if item.kind == "review":
                    bars.set_edgecolor(REVIEW_COLOUR)
                    bars.set_linewidth(2)


def _occurrences(item: AgendaItem, today: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The item's span, or every occurrence of a cycle up to the first one not ended before today."""
    if item.cycle is None:
        return [(item.start, item.end)]
    spans, start, end = [], item.start, item.end
    while True:
        spans.append((start, end))
        if end >= today or len(spans) > 200:
            return spans
        start, end = start + item.cycle.step, end + item.cycle.step


def _draw_open(axes: Axes, lane: int, opened: list[OpenItem], start: dt.date, today: dt.date) -> None:
    if not opened:
        return
    start = min(start, today)
    left, width = date2num(start), date2num(today) - date2num(start)
    bars = axes.broken_barh(
        [(left, max(width, 1.0))],
        (lane - 0.12, 0.24),
        facecolor="none",
        edgecolor=COLOURS["open"],
        hatch="///",
    )
    bars.set_gid(f"open-{lane}")
    statuses = ", ".join(sorted({o.status for o in opened}))
    axes.annotate(
        as_text(f"{len(opened)} open ({statuses}) \u2192"),
        (date2num(today), lane + 0.35),
        fontsize=7,
        color=COLOURS["open"],
        gid=f"open-label-{lane}",
    )


def _legend() -> list[Patch]:
    return [
        Patch(color=COLOURS["overdue"], label="overdue"),
        Patch(color=COLOURS["due"], label="due this quarter"),
        Patch(color=COLOURS["later"], label="later"),
        Patch(facecolor="none", edgecolor=REVIEW_COLOUR, label="review"),
        Patch(color=COLOURS["approval"], label="approval"),
        Patch(facecolor="none", edgecolor=COLOURS["open"], hatch="///", label="open (On-going, ...)"),
    ]


def save_timeline(figure: Figure, out: Path | IO[bytes], fmt: str) -> None:
    """PNG or SVG; SVG keeps the ids of the drawn items and its text as text."""
    if fmt not in FORMATS:
        raise AgendaError(f"timeline format {fmt!r}: give one of {', '.join(FORMATS)}")
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "none"}):
        figure.savefig(out, format=fmt, dpi=120)
