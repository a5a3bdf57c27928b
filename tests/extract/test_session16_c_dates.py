"""Layout invariance of a document's dates (issue 12, point 9, session 16, tag c), in the layouts the
documents held out until session 15 wrote them and the rules did not read: a day written day first with
slashes ("14/02/2025", as Europe writes it), the end of a period as a target ("end-2025", "End Q3 2025"),
approval lines with dot leaders ("Board ........ approved 2023/06/14") and a memorandum's "Commencement
Date". The facts were written before the rules ran on any variant; bodies and dates are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import parse_target
from kg.model.records import AllianceRecord


def dates_of(record: AllianceRecord) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in record.dates}


# --- targets the milestones and the dates share ------------------------------------------------------

TARGETS = {
    "31/03/2025": ("date", "2025-03-31"),
    "31/3/2025": ("date", "2025-03-31"),
    "03/31/2025": ("date", "2025-03-31"),  # month first when the first number cannot be a day's month
    "end-2025": ("year", "2025"),
    "End 2025": ("year", "2025"),
    "End Q3 2025": ("quarter", "2025-q3"),
    "end-Q3 2025": ("quarter", "2025-q3"),
    "End June 2026": ("month", "2026-06"),
    "by end 2025": ("year", "2025"),
}


@pytest.mark.parametrize("text", sorted(TARGETS))
def test_a_day_first_date_and_the_end_of_a_period(text: str) -> None:
    target = parse_target(text)
    assert target is not None and (target.kind, target.key) == TARGETS[text]
    assert target.text == text  # the target as written


@pytest.mark.parametrize("text", ["Endorsement 2025", "13/13/2025", "the end", "endless"])
def test_no_target_from_words_that_only_open_with_end(text: str) -> None:
    assert parse_target(text) is None


PLAIN = """HMC / OBC TIDE DATA WORK REGISTER

Initiated        : {day}
Status           : approved

1. Organizations

Harbour Metrology Council (HMC), through its Tide Gauge Working Group
Open Buoy Consortium (OBC), through its Telemetry Task Force

2. Work items

   1. Joint glossary of tide gauge terms - Q3 2026
"""


@pytest.mark.parametrize("day", ["14/02/2025", "14.02.2025", "14 February 2025"])
def test_an_initiated_field_written_day_first(tmp_path: Path, day: str) -> None:
    record = extracted(tmp_path, PLAIN.format(day=day), "register.txt")
    assert ("initiated", "2025-02-14") in dates_of(record)


# --- approval lines with dot leaders ----------------------------------------------------------------------

APPROVALS = {
    "long-leaders-slashed-iso": """3. Approval

    HMC Tide Gauge Working Group ............ approved 2025/03/05
    OBC Board of Directors .................. approved 2025/04/24
""",
    "short-leaders-day-month": """APPROVALS
---------------------------------------------------------------------
  HMC plenary ................ approved 2025-03-05 (meeting #106)
  OBC Technical Committee .. approved 24 April 2025
=====================================================================
""",
    "colons": """3. Approval

HMC Tide Gauge Working Group: approved 2025-03-05
OBC Board of Directors: approved 24 April 2025
""",
}


@pytest.mark.parametrize("variant", sorted(APPROVALS))
def test_approval_lines_with_dot_leaders(tmp_path: Path, variant: str) -> None:
    head = PLAIN.format(day="14 February 2025")
    record = extracted(tmp_path, head + "\n" + APPROVALS[variant], "register.txt")
    assert {("approved", "2025-03-05"), ("approved", "2025-04-24")} <= dates_of(record)


# --- a memorandum's commencement date and its signatures' dates ----------------------------------------

MOU = """MEMORANDUM OF UNDERSTANDING
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

The Parties cooperate on a joint glossary of tide gauge terms.

{term}

3. Liaison managers

Each Party names a liaison manager: Marit Solberg (HMC) and Tomasz Wierzbicki (OBC).

4. Interpretation

In this Memorandum, "glossary" means the list of terms and definitions agreed by both Parties.
"""

TERMS = {
    "tab-row": "2. Term\n\nCommencement Date\t1 December 2025\nTerm\tthree years from the start\n",
    "field": "2. Term\n\nCommencement date: 1 December 2025\n",
    "sentence": "2. Term\n\nThis Memorandum commences on 1 December 2025 and runs for three years.\n",
}


@pytest.mark.parametrize("variant", sorted(TERMS))
def test_a_commencement_date_is_the_effective_date(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, MOU.format(term=TERMS[variant]), "mou.txt")
    assert ("effective", "2025-12-01") in dates_of(record)


# --- a reStructuredText field list ----------------------------------------------------------------------

RST = """=====================================
HMC / OBC Tide Data Work Register
=====================================

:Version: 1.0
{field}
:Status: approved

Alliance organizations
======================

Harbour Metrology Council (HMC), through its Tide Gauge Working Group.
Open Buoy Consortium (OBC), through its Telemetry Task Force.
"""

RST_FIELDS = {
    "date-initiated": (":Date initiated: 9 February 2026", ("initiated", "2026-02-09")),
    "initiated-iso": (":Initiated: 2026-02-09", ("initiated", "2026-02-09")),
    "effective": (":Effective date: 1 March 2026", ("effective", "2026-03-01")),
}


@pytest.mark.parametrize("variant", sorted(RST_FIELDS))
def test_a_field_list_s_dates(tmp_path: Path, variant: str) -> None:
    field, expected = RST_FIELDS[variant]
    assert expected in dates_of(extracted(tmp_path, RST.format(field=field), "register.txt"))


# --- a statement approved at a meeting of several days --------------------------------------------------

STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC), Tide Gauge Working Group
To: Open Buoy Consortium (OBC), Telemetry Task Force
Title: Joint glossary of tide gauge terms
Purpose: For information
{approval}

The Tide Gauge Working Group informs the Telemetry Task Force that the glossary draft is available.
"""

APPROVED_AT_MEETINGS = {
    "place-and-days-in-brackets": "Approval: HMC TGWG#34 (Bergen, 20-23 April 2026)",
    "ordinal-days": "Approval: HMC TGWG#34, Bergen, 20th \u2013 23rd April 2026",
    "ordinal-days-to": "Approved at: HMC TGWG#34, Bergen, 20th to 23rd April 2026",
}


@pytest.mark.parametrize("variant", sorted(APPROVED_AT_MEETINGS))
def test_an_approval_at_a_meeting_of_several_days_dates_the_meeting(tmp_path: Path, variant: str) -> None:
    text = STATEMENT.format(approval=APPROVED_AT_MEETINGS[variant])
    assert ("meeting", "2026-04") in dates_of(extracted(tmp_path, text, "statement.txt"))


# --- signatures after a schedule, past a document's header lines, outside any signatures section -----------

# (a memorandum's terms, one numbered clause a paragraph: more lines than a header is read from)
CLAUSES = "\n\n".join(
    f"2.{n} The Parties exchange draft {n} of the tide gauge glossary in good time." for n in range(1, 70)
)
SCHEDULE_MOU = """# Memorandum of Understanding

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

## 1. Purpose

The Parties cooperate on a joint glossary of tide gauge terms.

## 2. Terms

{clauses}

## Schedule 2 - Liaison managers

| Party | Name | Position |
|---|---|---|
| HMC | Marit Solberg | Liaison Officer |
| OBC | Tomasz Wierzbicki | Technical Lead |

{signatures}
### Interpretation

In this Memorandum, "glossary" means the list of terms and definitions both Parties use.
"""

SCHEDULE_SIGNATURES = {
    "signing-page-then-signed-for": """### Signing page

### Signed for Harbour Metrology Council by its authorised officer

Name: Ingrid Fossheim, Secretary General

Date: 27/10/2025

### Signed for Open Buoy Consortium by its authorised officer

Name: Rafael Iglesias, President

Date: 3 Nov 2025
""",
    "signed-for-bold-lines": """**Signed for Harbour Metrology Council by its authorised officer**

Name: Ingrid Fossheim, Secretary General

Date: 27 October 2025

**Signed for Open Buoy Consortium by its authorised officer**

Name: Rafael Iglesias, President

Date: 3 November 2025
""",
}


@pytest.mark.parametrize("variant", sorted(SCHEDULE_SIGNATURES))
def test_the_dates_of_signatures_after_a_schedule(tmp_path: Path, variant: str) -> None:
    text = SCHEDULE_MOU.format(clauses=CLAUSES, signatures=SCHEDULE_SIGNATURES[variant])
    found = dates_of(extracted(tmp_path, text, "mou.md"))
    assert {("signed", "2025-10-27"), ("signed", "2025-11-03")} <= found


# --- a page's own date: "Page reviewed", a front matter's key -------------------------------------------

PAGE = """# Harbour Metrology Council - Liaison with the Open Buoy Consortium

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) exchange drafts of the tide gauge
glossary and meet twice a year.

{line}

## Other liaisons

- Open Geodesy Forum
- Coastal Data Alliance
- Tide Table Consortium

Contact us | Legal | Privacy | Sitemap

\u00a9 2024 Harbour Metrology Council. All rights reserved.
"""


@pytest.mark.parametrize("line", ["Page reviewed 2024/02/19", "Page reviewed on 19 February 2024"])
def test_a_page_reviewed_line_dates_the_page(tmp_path: Path, line: str) -> None:
    found = dates_of(extracted(tmp_path, PAGE.format(line=line), "page.md"))
    assert ("published", "2024-02-19") in found
    assert not any(role == "review" for role, _ in found)


FRONT_MATTER = """---
title: Liaison relationships
layout: page
{key}: {value}
---

# Liaison relationships

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) exchange drafts of the tide gauge
glossary and meet twice a year.
"""


@pytest.mark.parametrize(
    ("key", "value"), [("last_modified", "2024/02/19"), ("lastmod", "2024-02-19"), ("date", "2024-02-19")]
)
def test_a_front_matter_s_date_dates_the_page(tmp_path: Path, key: str, value: str) -> None:
    text = FRONT_MATTER.format(key=key, value=value)
    assert ("published", "2024-02-19") in dates_of(extracted(tmp_path, text, "page.md"))
