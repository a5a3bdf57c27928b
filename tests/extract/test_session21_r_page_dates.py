"""Layout invariance of a web page's own date where no field names it (issue 12, point 9, session 21, tag r):

- a documentation site's page ends on its "last update" fact, whose label is an icon: the date alone on its
  line above the copyright and the generator's credit (dev's MkDocs page);
- a forum topic's first post carries the day and hour it was posted and its number in its byline
  ("ana-ex (Ana Example) HMC staff June 10, 2026, 2:03pm #1", a Discourse forum's; dev's i4 topic).

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = """# Our liaison with the Open Buoy Consortium

The Harbour Metrology Council (HMC) keeps a liaison with the Open Buoy Consortium (OBC) on tide data formats.
Questions about the liaison go to the Tide Gauge Working Group's mailing list.

## What the liaison covers

- buoy telemetry record formats
- tide gauge station metadata
- a shared glossary of tide terms

## Liaisons

| Body | Liaison |
|---|---|
| HMC | Marit Solberg |
| OBC | Tomas Brandt |

{date}

Copyright \u00a9 2026 Harbour Metrology Council. All rights reserved.

{credit}
"""

CLOSING = {
    "us-date-credit": ("November 4, 2025", "Made with a static site generator"),
    "day-first-no-credit": ("4 November 2025", ""),
    "iso-date": ("2025-11-04", "Built with Sphinx using a theme provided by Read the Docs."),
}


@pytest.mark.parametrize("variant", sorted(CLOSING))
def test_a_page_s_closing_date_line_is_its_date(tmp_path: Path, variant: str) -> None:
    date, credit = CLOSING[variant]
    record = extracted(tmp_path, PAGE.format(date=date, credit=credit), "page.md")
    assert ("published", "2025-11-04") in {(fact.role, fact.value) for fact in record.dates}


TOPIC = """Open Buoy Consortium liaison on telemetry formats - Announcements - HMC Community Forum

HMC Community Forum

Open Buoy Consortium liaison on telemetry formats

Announcements

{byline}

Hi everyone,

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have set up a liaison on buoy telemetry
formats. Questions are welcome in this topic.

{reply}
"""

BYLINES = {
    "us-pm": (
        "mariso (Marit Solberg) HMC staff June 10, 2026, 2:03pm #1",
        "tbrandt June 12, 2026, 9:15am #2",
    ),
    "day-first-24h": ("mariso Marit Solberg 10 June 2026, 14:03 #1", "tbrandt 12 June 2026, 09:15 #2"),
    "abbreviated": ("mariso (Marit Solberg) Jun 10, 2026 2:03 PM #1", "tbrandt Jun 12, 2026 9:15 AM #2"),
}


@pytest.mark.parametrize("variant", sorted(BYLINES))
def test_a_forum_topic_s_first_post_dates_it(tmp_path: Path, variant: str) -> None:
    byline, reply = BYLINES[variant]
    record = extracted(tmp_path, TOPIC.format(byline=byline, reply=reply), "topic.txt")
    published = {(fact.role, fact.value) for fact in record.dates if fact.role == "published"}
    assert published == {("published", "2026-06-10")}
