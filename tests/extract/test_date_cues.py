"""Dates and their roles in the phrasings of real minutes, pages and memoranda: "signed a liaison
letter in September 2024", "the next workshop takes place on 2026-11-14", "agreed at the plenary
meeting on 12 December 2025", and the day a meeting record names in its first lines."""

from __future__ import annotations

from pathlib import Path

from kg.extract.document_dates import dates_from_sentences
from kg.pipeline.ingest import extract


def roles(text: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in dates_from_sentences(text)}


def test_signed_with_an_object_between() -> None:
    assert ("signed", "2024-09") in roles("The two consortia signed a liaison letter in September 2024.")
    assert ("signed", "2025-05-12") in roles("The parties signed the agreement on 12 May 2025.")


def test_meetings_that_take_place_or_are_held() -> None:
    assert ("meeting", "2026-11-14") in roles("The next workshop takes place on 2026-11-14 in Brussels.")
    assert ("meeting", "2025-12-12") in roles("Agreed at the SG99 plenary meeting on 12 December 2025.")
    assert not {r for r, _ in roles("The register was published on 3 March 2025.")} & {"meeting", "signed"}


MINUTES = """# ORDC - ETC Alliance Review Call

**Minutes** - Thursday, 9 July 2026, 16:00-17:00 UTC (teleconference)

**Present:** Ada Example (ORDC), Bo Example (ETC)

## 1. Work register items

| Item | Owner | Target | Status |
|---|---|---|---|
| Joint glossary | Both | Q4 2026 | In progress |

Orbital Data Consortium (ORDC) and Edge Telemetry Consortium (ETC) review their alliance.
"""


def test_the_day_in_the_first_lines_of_minutes_is_the_meeting_and_the_title_opens_no_review(
    tmp_path: Path,
) -> None:
    path = tmp_path / "minutes.md"
    path.write_text(MINUTES, encoding="utf-8")
    record = extract(path).record
    assert record.kind == "MeetingRecord"
    dates = {(d.role, d.value) for d in record.dates}
    assert ("meeting", "2026-07-09") in dates
    assert ("review", "2026-07-09") not in dates


def test_more_date_styles() -> None:
    from kg.extract.dates import first_date_in, parse_target

    assert {
        t: (x.kind, x.key)
        for t in ("2024/11", "10.2025", "Sept. 2025", "30.06.2025")
        if (x := parse_target(t))
    } == {
        "2024/11": ("month", "2024-11"),
        "10.2025": ("month", "2025-10"),
        "Sept. 2025": ("month", "2025-09"),
        "30.06.2025": ("date", "2025-06-30"),
    }
    assert first_date_in("signed on the 3rd of May 2023 in Geneva")[0] == "2023-05-03"
    assert first_date_in("posted 2023/05/03")[0] == "2023-05-03"
