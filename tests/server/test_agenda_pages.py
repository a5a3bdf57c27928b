"""The agenda served by a real `kg serve`: /calendar.ics, /timeline.svg|.png and /due (issue 15 points 4-6).

The served store holds the seed registers (tests/support/kg_server.py): nine dated items (six
milestone targets, one approval, a June 2022 review, a yearly review from 2011-04-28).
"""

from __future__ import annotations

import re

import httpx
import icalendar
import pytest
from support.kg_server import media_type


def events(response: httpx.Response) -> list[icalendar.Event]:
    return icalendar.Calendar.from_ical(response.content).walk("VEVENT")


def test_the_calendar_feed_whole_and_narrowed(http: httpx.Client) -> None:
    whole = http.get("/calendar.ics")
    assert whole.status_code == 200 and media_type(whole) == "text/calendar"
    assert len(events(whole)) == 9
    ofa = http.get("/calendar.ics", params={"org": "OFA"})
    assert len(events(ofa)) == 3
    register = http.get(
        "/calendar.ics", params={"register": "https://w3id.org/alliance-kg/id/register/ogf-dmtf"}
    )
    assert len(events(register)) == 6
    assert {str(e["uid"]) for e in events(register)} <= {str(e["uid"]) for e in events(whole)}


def test_an_unchanged_feed_costs_a_304(http: httpx.Client) -> None:
    first = http.get("/calendar.ics")
    again = http.get("/calendar.ics", headers={"If-None-Match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""


@pytest.mark.parametrize(
    "value", ["<https://x> } DROP ALL { <y>", "no such organization at all", "organization:dmtf> } #"]
)
def test_a_narrowing_that_names_nothing_known_is_a_clear_400(http: httpx.Client, value: str) -> None:
    response = http.get("/calendar.ics", params={"org": value})
    assert response.status_code == 400
    assert "org" in response.text or "IRI" in response.text or "entity" in response.text


def test_the_timeline_picture(http: httpx.Client) -> None:
    svg = http.get("/timeline.svg", params={"as_of": "2021-07-15"})
    assert svg.status_code == 200 and media_type(svg) == "image/svg+xml"
    assert len(re.findall(r'id="due-milestone-', svg.text)) == 2
    assert "today 2021-07-15" in svg.text
    png = http.get("/timeline.png", params={"org": "OFA"})
    assert png.status_code == 200 and png.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert http.get("/timeline.pdf").status_code == 404
    assert http.get("/timeline.svg", params={"as_of": "yesterday"}).status_code == 400


def test_what_is_due_for_people_and_programs(http: httpx.Client) -> None:
    params = {"as_of": "2022-05-01", "within": "60d"}
    rows = http.get("/due", params=params, headers={"Accept": "application/json"}).json()
    assert len(rows) == 8 and [r["state"] for r in rows].count("due") == 1
    page = http.get("/due", params=params, headers={"Accept": "text/html"})
    assert page.status_code == 200 and media_type(page) == "text/html"
    assert page.text.count('class="due-register"') == 2
    assert "vpalliances@dmtf.org" in page.text and '<tr class="due">' in page.text
    assert http.get("/due", params={"within": "soon"}).status_code == 400


def test_the_home_page_shows_what_is_due(http: httpx.Client) -> None:
    home = http.get("/", headers={"Accept": "text/html"}).text
    assert 'id="due"' in home and 'href="/due"' in home
    rows = http.get("/due", headers={"Accept": "application/json"}).json()  # as of today, 90 days
    overdue = sum(1 for row in rows if row["state"] == "overdue")
    due = sum(1 for row in rows if row["state"] == "due")
    assert f"{overdue} overdue · {due} due in 90 days" in home
    assert home.count("overdue, ") == len({row["register"] for row in rows})
