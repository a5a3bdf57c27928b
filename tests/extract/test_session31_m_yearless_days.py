"""A step due by a day without its year (issue 12 point 9, session 31, M).

Timelines and mails write "X circulated September 25th at the latest", "X by 3 March", "X no later than the
15th of June", or in a timeline the day alone ("X distributed September 15th"): before, such a step was not
read unless "by" stood before a day written "3 March". Now the day is the step's target as written, dated by
the nearest dated line above it (else below it) when that line names one year; a step whose month comes
before that line's falls in the next year. Documents invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.milestones import yearless_tail

HEAD = (
    "CEN and ETSI workshop agreement on buoy telemetry\n\n"
    "The European Committee for Standardization (CEN) and ETSI agreed the timeline below.\n\n"
)
STEPS = [
    "Call for experts open until 14th May 2027",
    "Scoping paper circulated June 3rd at the latest",
    "Comments on the draft collected by 30 August",
    "Revised draft distributed September 15th",
    "Final text agreed no later than the 2nd of November",
    "Agreement published December 2027",
]
EXPECTED = {
    ("Scoping paper circulated", "June 3rd", "2027-06-03"),
    ("Comments on the draft collected", "30 August", "2027-08-30"),
    ("Revised draft distributed", "September 15th", "2027-09-15"),
    ("Final text agreed", "2nd of November", "2027-11-02"),
}


def keyed(tmp_path: Path, text: str, name: str) -> set[tuple[str, str, str]]:
    record = extracted(tmp_path, text, name)
    return {(m.label, m.target.text, m.target.key) for m in record.milestones if m.target is not None}


@pytest.mark.parametrize("layout", ["numbered", "markdown", "dashes"])
def test_a_timeline_s_yearless_days_take_the_year_of_the_line_above(tmp_path: Path, layout: str) -> None:
    if layout == "numbered":
        lines = "".join(f"{n}. {step}\n" for n, step in enumerate(STEPS, start=1))
        text, name = f"{HEAD}Timeline\n\n{lines}\nContact: Ada Lind\n", "plan.txt"
    elif layout == "markdown":
        lines = "".join(f"- {step}\n" for step in STEPS)
        text, name = f"# {HEAD}## Schedule\n\n{lines}\n## Contact\n\nAda Lind\n", "plan.md"
    else:
        lines = "".join(f"  - {step}\n" for step in STEPS)
        text, name = f"{HEAD}Key dates:\n\n{lines}\nContact: Ada Lind\n", "plan.txt"
    assert keyed(tmp_path, text, name) >= EXPECTED


def test_a_month_before_the_dated_line_s_falls_in_the_next_year(tmp_path: Path) -> None:
    steps = [
        "Workshop held 14th-16th October 2027",
        "Comments compiled by 20 November",
        "Report out by 3 February",
    ]
    lines = "".join(f"{n}. {step}\n" for n, step in enumerate(steps, start=1))
    found = keyed(tmp_path, f"{HEAD}Timeline\n\n{lines}\nContact: Ada Lind\n", "plan.txt")
    assert {
        ("Comments compiled", "20 November", "2027-11-20"),
        ("Report out", "3 February", "2028-02-03"),
    } <= found


def test_a_line_naming_two_years_leaves_the_day_open(tmp_path: Path) -> None:
    steps = ["Review window from March 2027 to March 2028", "Scoping paper circulated June 3rd at the latest"]
    lines = "".join(f"{n}. {step}\n" for n, step in enumerate(steps, start=1))
    found = keyed(tmp_path, f"{HEAD}Timeline\n\n{lines}\nContact: Ada Lind\n", "plan.txt")
    assert ("Scoping paper circulated", "June 3rd", "june-3rd") in found


@pytest.mark.parametrize(
    ("line", "item", "day"),
    [
        ("All material circulated September 25th at the latest", "All material circulated", "September 25th"),
        ("Final text agreed no later than the 15th of June", "Final text agreed", "15th of June"),
        ("Ballot opens on or before 3 March", "Ballot opens", "3 March"),
        ("Compiled comments circulated November 24th.", "Compiled comments circulated", "November 24th"),
    ],
)
def test_the_day_is_the_target_as_written(line: str, item: str, day: str) -> None:
    text, target = yearless_tail(line)
    assert (text, target.text if target else None) == (item, day)


@pytest.mark.parametrize("line", ["June 3rd", "Kick-off September 2027", "Published in Release 15"])
def test_no_day_or_no_item_is_no_yearless_step(line: str) -> None:
    assert yearless_tail(line)[1] is None


MAIL = (
    "Subject: Notes of the HMC - OBC tide data call\n"
    "From: Ada Lind <ada@hmc.example>\n"
    "Date: Tue, 11 May 2027 17:02:11 +0100\n\n"
    "Hello all,\n\nBelow are the notes of today's call between the Harbour Metrology Council (HMC) and the "
    "Open Buoy Consortium (OBC).\n\nActions\n\n{actions}\nRegards,\nAda Lind\nHMC\n"
)


@pytest.mark.parametrize("bullet", ["- ", "* ", "{n}. "])
def test_outside_a_timeline_a_cued_yearless_day_dates_an_item(tmp_path: Path, bullet: str) -> None:
    actions = [
        "OBC to share the buoy test plans by 28 May",
        "HMC to circulate the draft tide profile June 11th at the latest",
        "OBC to confirm the pilot stations no later than the 2nd of July",
        "Comments from both memberships collected July 16th",
    ]
    lines = "".join(f"{bullet.format(n=n)}{action}\n" for n, action in enumerate(actions, start=1))
    found = keyed(tmp_path, MAIL.format(actions=lines), "notes.txt")
    labels = {label for label, _, _ in found}
    assert {
        ("June 11th", "2027-06-11"),
        ("2nd of July", "2027-07-02"),
        ("28 May", "2027-05-28"),
    } <= {(text, key) for _, text, key in found}
    assert not any(label.startswith("Comments from both") for label in labels)  # no cue: no step here


def test_a_span_of_two_yearless_days_is_no_day_after_its_item() -> None:
    assert yearless_tail("Comments by members on the draft October 30th-November 22nd")[1] is None
