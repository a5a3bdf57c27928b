"""kg.extract.dates: targets and dates normalise to the curated graphs' periods and statuses."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.dates import find_target, parse_date, parse_target, review_cycle, split_target

D = dt.date


@pytest.mark.parametrize(
    ("text", "kind", "key", "start", "end"),
    [
        ("2Q2011", "quarter", "2011-q2", D(2011, 4, 1), D(2011, 6, 30)),
        ("4Q2011", "quarter", "2011-q4", D(2011, 10, 1), D(2011, 12, 31)),
        ("Q3 2012", "quarter", "2012-q3", D(2012, 7, 1), D(2012, 9, 30)),
        ("June/July 2021", "months", "2021-06-2021-07", D(2021, 6, 1), D(2021, 7, 31)),
        ("July 2021", "month", "2021-07", D(2021, 7, 1), D(2021, 7, 31)),
        ("2012-09", "month", "2012-09", D(2012, 9, 1), D(2012, 9, 30)),
        ("February 2024", "month", "2024-02", D(2024, 2, 1), D(2024, 2, 29)),
        ("04/28/2011", "date", "2011-04-28", D(2011, 4, 28), D(2011, 4, 28)),
        ("April 1 2010", "date", "2010-04-01", D(2010, 4, 1), D(2010, 4, 1)),
        ("1H2013", "half", "2013-h1", D(2013, 1, 1), D(2013, 6, 30)),
        ("2014", "year", "2014", D(2014, 1, 1), D(2014, 12, 31)),
    ],
)
def test_periods(text: str, kind: str, key: str, start: dt.date, end: dt.date) -> None:
    target = parse_target(text)
    assert target is not None
    assert (target.text, target.kind, target.key, target.start, target.end) == (text, kind, key, start, end)


@pytest.mark.parametrize(
    ("text", "key", "known"),
    [
        ("On-going", "on-going", True),
        ("Ongoing", "on-going", True),
        ("As-scheduled", "as-scheduled", True),
        ("TBD", "tbd", False),
    ],
)
def test_open_statuses_keep_their_text(text: str, key: str, known: bool) -> None:
    target = parse_target(text)
    assert target is not None and target.is_status and target.text == text
    assert (target.key, target.known_status) == (key, known)


def test_not_a_target() -> None:
    assert parse_target("as appropriate") is None
    assert parse_target("13/45/2011") is None


def test_dates() -> None:
    assert parse_date("04/28/2011") == D(2011, 4, 28)
    assert parse_date("1 March 2013") == D(2013, 3, 1)
    assert parse_date("April 2, 2013") == D(2013, 4, 2)
    assert parse_date("2014-01-20") == D(2014, 1, 20)


def test_targets_at_the_end_of_milestone_text() -> None:
    assert split_target("Submit to the CMWG. Target: 2Q2011")[0] == "Submit to the CMWG."
    text, target = split_target("OGF to produce draft standards - 4Q2011")
    assert text == "OGF to produce draft standards" and target.key == "2011-q4"
    assert split_target("ETC to produce a profile - 2012-09")[1].key == "2012-09"
    assert split_target("A proof-of-concept - with dashes")[1] is None


def test_review_statements() -> None:
    assert review_cycle("reviewed and updated approximately once per year.") == "P1Y"
    assert review_cycle("reviewed every two years") == "P2Y"
    assert find_target("The next review date is expected to be June 2022").key == "2022-06"


def test_an_item_followed_by_its_fields_keeps_its_text_and_takes_the_target_field() -> None:
    text, target = split_target(
        "Shared sensor glossary Owner: both. Target: 4Q2027. Status: in review (late)."
    )
    assert (text, target.text if target else None) == ("Shared sensor glossary", "4Q2027")
    text, target = split_target("Joint demo Owner: OFIWG. Target: TBD. Status: not started")
    assert (text, target.text if target else None) == ("Joint demo", "TBD")
    # a line of fields alone is no item, and fields without a target give none
    assert split_target("Owner: both. Target: TBD")[0] == "Owner: both."
    assert split_target("Joint demo Owner: both.") == ("Joint demo Owner: both.", None)
