"""A meeting record's bare "Date:" is its meeting's day, unless the record says the meeting's day elsewhere
(session 31, W, dev's meeting records):

- minutes sent as a mail (its "From:", "Subject:" and "Date:"): the mail's Date is the day the minutes were
  sent, `published`; the meeting's day is the one its subject or title names;
- a header with a "Meeting:" field that dates the meeting ("Meeting: JWG meeting 7, Monaco, 16 February
  2027") beside its "Date:": that Date is the record's issue, `published`.

A record with a bare "Date:" alone keeps it as its meeting's day. Bodies, people and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """\
1. Roll call

Ada Lindqvist (HMC), Tomasz Wierzbicki (OBC)

2. Liaison report

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the tide record draft.

3. Action items

ACTION 1: Ada Lindqvist to circulate the station code list by 30 June 2027.
"""

MAIL = (
    """\
From: Ada Lindqvist <ada@hmc.example>
To: tide-tf@lists.hmc.example
Date: {sent}
Subject: Minutes: HMC / OBC tide task force call, {held}

HMC / OBC tide task force - teleconference
{held}

"""
    + MINUTES
)

HEADER = (
    """\
HMC / OBC Joint Task Force on Tide Data: minutes of meeting 4

Doc. No.: TTF-27-009
Date: {sent}
Meeting: task force meeting 4, Bergen and online, {held}

"""
    + MINUTES
)

HEADER_MD = (
    """\
# HMC / OBC Joint Task Force on Tide Data: minutes of meeting 4

**Date:** {sent}
**Meeting:** task force meeting 4, online, {held}

"""
    + MINUTES
)


def dates(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


@pytest.mark.parametrize(
    ("name", "layout", "sent", "held", "expected"),
    [
        ("minutes.txt", MAIL, "Thu, 17 Jun 2027 09:12 +0200", "15 June 2027", ("2027-06-17", "2027-06-15")),
        ("minutes.txt", MAIL, "Mon, 4 Oct 2027 18:02 +0000", "1 October 2027", ("2027-10-04", "2027-10-01")),
        ("minutes.txt", HEADER, "2027-03-02", "23 February 2027", ("2027-03-02", "2027-02-23")),
        ("minutes.md", HEADER_MD, "9 April 2027", "6 April 2027", ("2027-04-09", "2027-04-06")),
    ],
)
def test_the_date_of_the_sending_is_no_meeting(
    tmp_path: Path, name: str, layout: str, sent: str, held: str, expected: tuple[str, str]
) -> None:
    found = dates(tmp_path, layout.format(sent=sent, held=held), name)
    published, meeting = expected
    assert ("published", published) in found, found
    assert ("meeting", meeting) in found, found
    assert ("meeting", published) not in found, found


def test_a_bare_date_alone_is_the_meeting_s(tmp_path: Path) -> None:
    text = "HMC / OBC Joint Task Force on Tide Data: minutes of meeting 4\n\nDate: 2027-03-02\n\n" + MINUTES
    found = dates(tmp_path, text, "minutes.txt")
    assert ("meeting", "2027-03-02") in found, found
    assert not any(role == "published" for role, _ in found), found
