"""A news item's dateline written with a comma before its day dates the item (issue 12 point 9, session 31,
engineer L; session 29 C's real probe: a standards body's news item with "Brussels, 22 January 2014" on a
line of its own under its headline). Read: the place, a comma and the day on a line of their own over the
item's first paragraph, and a dateline whose dash or wire ends its line, the text below a blank line. A
slide's "Place, date" line over the deck's title or presenter stays the meeting's day (unread here). The
places are real, the texts invented."""

from __future__ import annotations

import pytest

from kg.extract.document_dates import dateline_date

LEAD = "Representatives of the two bodies met to take their talks on joint test methods a step further."
DATELINES = [
    ("Brussels, 22 January 2014", "2014-01-22"),
    ("GENEVA, 3 May 2026", "2026-05-03"),
    ("Seoul, May 14, 2026", "2026-05-14"),
    ("Sophia Antipolis, France, 9 March 2027", "2027-03-09"),
    ("*Lisbon, 21 October 2026*", "2026-10-21"),
]


def published(text: str, kind: str = "AlliancePage") -> list[str]:
    return [fact.value for fact in dateline_date(text, kind) if fact.role == "published"]


@pytest.mark.parametrize(("line", "value"), DATELINES)
@pytest.mark.parametrize("kind", ["AlliancePage", "MemorandumOfUnderstanding", "LiaisonStatement"])
def test_a_comma_dateline_on_its_own_line_over_the_lead_dates_the_item(
    line: str, value: str, kind: str
) -> None:
    text = f"Two bodies prepare a memorandum\n\n{line}\n\n{LEAD}\n\nMore follows.\n"
    assert published(text, kind) == [value]


@pytest.mark.parametrize(("line", "value"), DATELINES[:4])
@pytest.mark.parametrize("mark", [" -", " --", " /PRNewswire/ --", " \u2013"])
def test_a_dateline_whose_dash_ends_its_line_dates_the_item(line: str, value: str, mark: str) -> None:
    text = f"Two bodies sign a memorandum\n\n{line}{mark}\n\n{LEAD}\n"
    assert published(text) == [value]


SLIDES = [
    "Joint Workshop on Sensor Data\n{line}\nOutcomes and next steps\nPresented by: Jane Roe (DMTF)\n",
    "DMTF - SNIA\nLiaison Review\n\n{line}\n\n\nPage 1\n",
    "DMTF / SNIA status\n\n{line}\n\nPresented by Jane Roe and Li Wei\n",
]


@pytest.mark.parametrize(("line", "value"), DATELINES[:3])
@pytest.mark.parametrize("slide", SLIDES)
@pytest.mark.parametrize("kind", ["MeetingRecord", "AlliancePage"])
def test_a_slides_place_and_day_is_no_dateline(line: str, value: str, slide: str, kind: str) -> None:
    assert published(slide.format(line=line), kind) == []


def test_minutes_keep_their_place_and_day_for_the_meeting() -> None:
    text = f"Joint call of DMTF and SNIA\n\nBrussels, 22 January 2014\n\n{LEAD}\n"
    assert published(text, "MeetingRecord") == []


@pytest.mark.parametrize(
    "lead",
    [
        "A delegation of the two bodies met in the city to take their talks on joint\ntest methods further.",
        "The two bodies today agreed to work on a shared test suite for storage management",
    ],
)
def test_a_lead_wrapped_or_unpunctuated_on_its_first_line_is_a_lead(lead: str) -> None:
    assert published(f"Two bodies prepare a memorandum\n\nBrussels, 22 January 2014\n\n{lead}\n") == [
        "2014-01-22"
    ]


def test_a_presenters_line_under_the_place_and_day_is_no_lead() -> None:
    text = "DMTF / SNIA\n\nLisbon, 21 October 2026\n\nPresented by Jane Roe (DMTF) and Li Wei (SNIA)\n"
    assert published(text) == []
