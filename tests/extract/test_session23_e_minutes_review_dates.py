"""A review section of minutes dates no review of the alliance (session 23, engineer E; dev's minutes gave
"review | 2024-q3" from "1. Review of the work register" whose items carry their targets): a meeting that
reviews the register item by item reports on the work, and the dates under it are the items' targets or
the days things were done. A register's or memorandum's review section still dates its next review, and
minutes that say "agreed to review the work register in September 2026" still give that date. The bodies,
items and dates are invented; the expected dates were written before the rule."""

from __future__ import annotations

from pathlib import Path

from support.work_items import extracted

MINUTES = """HMC / OBC Joint Call - Minutes
Date: Tuesday, 9 April 2024, 15:00-16:00 UTC
Chair: Ana Example (HMC)

Attendees:
  Harbour Metrology Council (HMC): Ana Example
  Open Buoy Consortium (OBC): Ben Example

1. Review of the work register
   The HMC-OBC work register (v1.3) was reviewed item by item.
   - TideML and BuoyLink alignment note: draft circulated, on track for 3Q2024.
   - Joint webinar on tide telemetry: done (held 12 March 2024).
{more}
2. Action items
   AI-2024-07  Ana Example: send the TideML errata to the OBC Telemetry WG by 30 April 2024.

3. Next call: 14 May 2024.
"""


def reviews(tmp_path: Path, text: str, name: str) -> set[str]:
    """The record's review dates, and its next review's period."""
    record = extracted(tmp_path, text, name)
    found = {d.value for d in record.dates if d.role == "review"}
    target = record.review.next_review if record.review is not None else None
    return found | ({target.key} if target is not None else set())


def test_a_meeting_s_review_of_the_register_dates_no_review(tmp_path: Path) -> None:
    found = reviews(tmp_path, MINUTES.format(more=""), "minutes.txt")
    assert not found & {"2024-q3", "2024-03-12", "2024"}, found


def test_a_meeting_that_agrees_a_review_still_dates_it(tmp_path: Path) -> None:
    more = "   The group agreed to review the work register itself in September 2024.\n"
    found = reviews(tmp_path, MINUTES.format(more=more), "minutes.txt")
    assert "2024-09" in found, found


def test_a_review_to_come_under_the_meeting_s_review_still_dates_it(tmp_path: Path) -> None:
    more = "   The work register will be reviewed in September 2024.\n"
    found = reviews(tmp_path, MINUTES.format(more=more), "minutes.txt")
    assert "2024-09" in found, found
    assert "2024-q3" not in found, found
