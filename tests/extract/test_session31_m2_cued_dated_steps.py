"""A step due by a day with its year, outside a work-item section, read as its yearless form is (session 31,
M2).

Since M's yearless days, "X by 30 June" in a call's action list was a step while "X by 30 June 2027" was none;
and "The first draft is due by March 2027" got an open target keyed "march-2027" (read as an event's name)
instead of the month. Now the cued day with its year is a step where the yearless one is (one short sentence
before the cue), and a month with its year after "by" is that month. Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.milestones import cued_date_tail, loose_tail

MAIL = (
    "Subject: Notes of the HMC - OBC tide data call\n"
    "From: Ada Lind <ada@hmc.example>\n"
    "Date: Tue, 11 May 2027 17:02:11 +0100\n\n"
    "Hello all,\n\nBelow are the notes of today's call between the Harbour Metrology Council (HMC) and the "
    "Open Buoy Consortium (OBC).\n\n{heading}\n\n{actions}\nRegards,\nAda Lind\nHMC\n"
)
ACTIONS = [
    "Buoy test plans shared by 28 May 2027",
    "Draft tide profile circulated no later than 11 June 2027",
    "OBC to confirm the pilot stations on or before 2 July 2027",
]
EXPECTED = {("28 May 2027", "2027-05-28"), ("11 June 2027", "2027-06-11"), ("2 July 2027", "2027-07-02")}


@pytest.mark.parametrize("bullet", ["- ", "* ", "{n}. "])
@pytest.mark.parametrize("heading", ["Actions", "Next steps"])
def test_a_cued_day_with_its_year_dates_an_action(tmp_path: Path, bullet: str, heading: str) -> None:
    lines = "".join(f"{bullet.format(n=n)}{action}\n" for n, action in enumerate(ACTIONS, start=1))
    record = extracted(tmp_path, MAIL.format(heading=heading, actions=lines), "notes.txt")
    found = {(m.target.text, m.target.key) for m in record.milestones if m.target is not None}
    assert found >= EXPECTED


@pytest.mark.parametrize(
    "line",
    [
        "Term. This memorandum runs for two years and the parties will review it by 30 November 2027",
        "Entry into force. The agreement enters into force on signature and remains in force until 31 "
        "December 2028",
        "Published by 2027",
        "Shared by the chairs of both technical committees of the two member organizations before 3 "
        "March 2027",
    ],
)
def test_terms_a_long_sentence_or_a_year_alone_is_no_cued_step(line: str) -> None:
    assert cued_date_tail(line)[1] is None


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("The first draft is due by March 2027", "2027-03"),
        ("Joint glossary due by September 2028", "2028-09"),
        ("Test report circulated by 14 March", "14-march"),  # a day without its year stays open
    ],
)
def test_a_month_with_its_year_after_by_is_that_month(line: str, key: str) -> None:
    target = loose_tail(line)[1]
    assert target is not None and target.key == key


@pytest.mark.parametrize("day", ["30 September", "30 September 2027"])
def test_under_a_heading_naming_no_work_neither_form_is_a_step(tmp_path: Path, day: str) -> None:
    lead = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work under a liaison."
    items = f"* Requirements gathered by 12 March\n* Draft profile shared by {day}\n"
    items += "* Test plan agreed by 4 May\n"
    text = f"# HMC and OBC liaison\n\n{lead}\n\n## Background\n\n{items}"
    assert not extracted(tmp_path, text, "page.md").milestones
