"""The agenda on the server: /calendar.ics, /timeline.svg|.png and /due, whole or per register or org.

Why here and not in a worker: these answers come from three named queries of the project
(agenda, review-cycles, contacts, milestones-open), never from a visitor's SPARQL; a visitor's
`register`/`org` is bound as a query parameter (an IRI or a name resolved through the named
query resolve-entity), never pasted into query text. The whole-store answers are computed once
per data generation; narrowed ones are small.

Calendar programs subscribe to /calendar.ics and poll it: UIDs stay stable while events change
(kg.agenda.calendar), and the response carries an ETag so an unchanged feed costs a 304.
"""

from __future__ import annotations

import datetime as dt
import io
import logging
from typing import Any

import anyio.to_thread
from starlette.requests import Request
from starlette.responses import Response

from kg.agenda.items import AgendaError
from kg.errors import KgError
from kg.server.conneg import negotiate
from kg.server.context import problem, repeated_parameter, state_of
from kg.server.preconditions import conditional_status, etag_of

log = logging.getLogger(__name__)

PICTURES = {"svg": "image/svg+xml", "png": "image/png"}
NARROWING = ("register", "org")
SINGLE = (*NARROWING, "as_of", "within")  # each taken once: repeated, 400 (repeated_parameter)


def _narrowing(request: Request) -> dict[str, str]:
    """The visitor's register/org, as given (each bound as a parameter of a named query)."""
    given = {name: request.query_params.get(name, "").strip() for name in NARROWING}
    return {name: value for name, value in given.items() if value}


async def _computed(request: Request, name: str, work: Any, personal: bool) -> Any:
    """The whole-store answer once per data generation; a narrowed or dated one each time (not
    cached: visitors choose those keys, and a cache they can fill is a memory they can exhaust)."""
    state = state_of(request)
    if personal:
        return await anyio.to_thread.run_sync(work)
    return await state.cached(name, lambda: anyio.to_thread.run_sync(work))


def logged(skipped: list[str]) -> None:
    """The agenda items left out (a date no calendar has: kg.agenda.items.agenda_items), in the server's
    log; the visitor gets the others. Such an item made every calendar, timeline and due list a 400
    (attack round 18)."""
    for note in skipped:
        log.warning("agenda: %s", note.encode("unicode_escape").decode("ascii"))


async def calendar(request: Request) -> Response:
    """GET /calendar.ics[?register=IRI|name][&org=IRI|name]: the iCalendar feed."""
    from kg.agenda.calendar import ical_bytes
    from kg.agenda.items import agenda_items

    if repeated := repeated_parameter(request, SINGLE):
        return problem(request, 400, repeated)
    state, narrowed = state_of(request), _narrowing(request)

    def work() -> bytes:
        skipped: list[str] = []
        with state.backend.knowledge_graph() as store:
            items = agenda_items(store, **narrowed, skipped=skipped)
        logged(skipped)
        return ical_bytes(items, "Alliance milestones and reviews")

    try:
        body = await _computed(request, "agenda-calendar", work, bool(narrowed))
    except KgError as error:
        return problem(request, 400, str(error))
    etag = etag_of(body)
    headers = {"ETag": etag, "Cache-Control": "public, max-age=300"}
    if status := conditional_status(request, etag, None):
        return Response(status_code=status, headers=headers)
    return Response(body, media_type="text/calendar; charset=utf-8", headers=headers)


def _day(request: Request) -> dt.date:
    """The visitor's as_of (AgendaError, a 400, for one that is not a date or not in the range served)."""
    from kg.agenda.due import parse_day

    return parse_day(request.query_params.get("as_of"), "as_of")


def _window(text: str) -> dt.timedelta:
    """The visitor's `within` (AgendaError for one that is not a window, or longer than 1000 years)."""
    from kg.agenda.due import parse_window

    return parse_window(text, "within")


async def timeline(request: Request) -> Response:
    """GET /timeline.svg or /timeline.png[?register=...][&org=...][&as_of=YYYY-MM-DD]."""
    from kg.agenda.items import agenda_items
    from kg.agenda.timeline import draw_timeline, open_items, save_timeline

    state, narrowed, fmt = state_of(request), _narrowing(request), request.path_params["fmt"]
    if fmt not in PICTURES:
        return problem(request, 404, "the timeline is available as .svg or .png")
    if repeated := repeated_parameter(request, SINGLE):
        return problem(request, 400, repeated)
    try:
        today = _day(request)
    except AgendaError as error:
        return problem(request, 400, str(error))

    def work() -> bytes:
        skipped: list[str] = []
        with state.backend.knowledge_graph() as store:
            items = agenda_items(store, **narrowed, skipped=skipped)
            opened = open_items(store, {i.register for i in items} if narrowed else None)
        logged(skipped)
        buffer = io.BytesIO()
        save_timeline(draw_timeline(items, opened, today), buffer, fmt)
        return buffer.getvalue()

    personal = bool(narrowed) or "as_of" in request.query_params
    try:
        if personal:  # drawn for this visitor: one at a time (State.drawing), the others wait their turn
            async with state.drawing:
                picture = await anyio.to_thread.run_sync(work)
        else:
            picture = await _computed(request, f"agenda-timeline-{fmt}-{today.isoformat()}", work, False)
    except KgError as error:
        return problem(request, 400 if narrowed else 404, str(error))
    return Response(picture, media_type=PICTURES[fmt], headers={"Cache-Control": "public, max-age=300"})


async def due(request: Request) -> Response:
    """GET /due[?as_of=DATE][&within=90d][&register=...][&org=...]: HTML for people, JSON for programs."""
    if repeated := repeated_parameter(request, SINGLE):
        return problem(request, 400, repeated)
    state, narrowed = state_of(request), _narrowing(request)
    within_text = request.query_params.get("within", "90d")
    try:
        as_of, within = _day(request), _window(within_text)
    except AgendaError as error:
        return problem(request, 400, str(error))

    try:
        found = await _due(state, as_of, within, narrowed)
    except KgError as error:
        return problem(request, 400, str(error))
    chosen = negotiate(request.headers.get("accept"), ["text/html", "application/json"]) or "text/html"
    if chosen == "application/json":
        import json

        body = json.dumps([item.as_json() for item in found], indent=1)
        return Response(body, media_type="application/json", headers={"Vary": "Accept"})
    page = state.pages.render(
        "due.html", title="What is due", as_of=as_of.isoformat(), within=within_text, groups=_groups(found)
    )
    return Response(page, media_type="text/html; charset=utf-8", headers={"Vary": "Accept"})


async def _due(state: Any, as_of: dt.date, within: dt.timedelta, narrowed: dict[str, str]) -> list[Any]:
    """kg.agenda.due.due_items in a thread, over a store opened for it and closed after."""
    from kg.agenda.due import due_items

    def work() -> list[Any]:
        skipped: list[str] = []
        with state.backend.knowledge_graph() as store:
            found = due_items(store, as_of, within, **narrowed, skipped=skipped)
        logged(skipped)
        return found

    return await anyio.to_thread.run_sync(work)


def _groups(found: list[Any]) -> list[dict[str, Any]]:
    """Per register: its title, its overdue and due items, and its contacts once."""
    groups: dict[str, dict[str, Any]] = {}
    for item in found:
        group = groups.setdefault(
            item.item.register,
            {
                "register": item.item.register,
                "title": item.item.title,
                "items": [],
                "contacts": item.contacts,
            },
        )
        group["items"].append(item)
    return list(groups.values())


async def due_summary(state: Any, today: dt.date, within: str = "90d") -> list[dict[str, Any]]:
    """Per register, how many items are overdue and due within `within` of `today`: the home page's
    short form of /due (a failure to compute it leaves the section out rather than the page)."""
    from kg.agenda.due import parse_window

    try:
        found = await _due(state, today, parse_window(within), {})
    except KgError:
        return []
    return [
        {
            "register": group["register"],
            "title": group["title"],
            "overdue": sum(1 for item in group["items"] if item.state == "overdue"),
            "due": sum(1 for item in group["items"] if item.state == "due"),
        }
        for group in _groups(found)
    ]
