"""Layout invariance of a register kept as an Emacs Org outline (issue 12, point 9, session 21, tag r): dev's
i7 and i9 writers kept registers so, and real ones are ("#+TITLE:" and its settings first, "* Organizations"
a top heading, "** TODO item" an entry with its planning line and its drawer of properties):

- the settings' "#+DATE:" is the day of the issue, beside the drawer's ":INITIATED:" (a register's bare
  "Date:" beside a field naming its initiation is the issue's day, in any layout);
- a property named as an identifier (":NEXT_REVIEW: Q1 2027") is read by its words;
- an entry's planning line ("CLOSED: [2026-02-10 Tue] DEADLINE: <2026-01-31 Sat>") dates the entry, not the
  document;
- a top heading opens its section: the approvals under "* Approval" give their dates, written as Org's
  timestamps ("[2025-07-02 Wed]").

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ORG = """{mode}#+TITLE: HMC / OBC Joint Work Register -- tide gauge data
#+AUTHOR: Liaison desk, Harbour Metrology Council
#+DATE: {date}
#+STARTUP: overview
#+TODO: TODO STARTED WAITING | DONE DROPPED

Kept in the shared repository; export to PDF for circulation.

* Register{tag}
{indent}:PROPERTIES:
{indent}:REVISION:    3
{indent}:INITIATED:   [2025-04-14 Mon]
{indent}:NEXT_REVIEW: Q2 2027
{indent}:END:

* Organizations
  - Harbour Metrology Council (HMC), acting through its Tide Gauge Working Group
  - Open Buoy Consortium (OBC), acting through its Telemetry Task Force

* Work items
** DONE Joint glossary of tide gauge terms
   CLOSED: [2026-02-10 Tue 16:02] DEADLINE: <2026-01-31 Sat>
   :PROPERTIES:
   :LEAD:     HMC
   :END:
** STARTED Shared buoy telemetry test plan
   DEADLINE: <2026-09-30 Wed>
   :PROPERTIES:
   :LEAD:     OBC
   :END:

* Approval
{approvals}
"""

APPROVALS_AS_ITEMS = (
    "- HMC: Board of Governors, [2025-05-06 Tue]\n- OBC: Technical Steering Committee, [2025-05-13 Tue]"
)
APPROVALS_AS_PROSE = (
    "  Revision 3 was approved by the HMC Board of Governors on\n  [2025-05-06 Tue] and by the OBC Technical "
    "Steering Committee on\n  [2025-05-13 Tue]."
)

VARIANTS = {
    "mode-line-items": (
        "# -*- mode: org; coding: utf-8 -*-\n",
        "<2026-03-03 Tue>",
        " :meta:",
        "",
        APPROVALS_AS_ITEMS,
    ),
    "plain-date-prose": ("", "2026-03-03", "", "  ", APPROVALS_AS_PROSE),
    "bracketed-date-items": ("", "[2026-03-03 Tue]", "   :meta:", "", APPROVALS_AS_ITEMS),
}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_dates_of_an_org_outline_register(tmp_path: Path, variant: str) -> None:
    mode, date, tag, indent, approvals = VARIANTS[variant]
    text = ORG.format(mode=mode, date=date, tag=tag, indent=indent, approvals=approvals)
    dates = {(fact.role, fact.value) for fact in extracted(tmp_path, text, "register.org.txt").dates}
    assert dates == {
        ("published", "2026-03-03"),
        ("initiated", "2025-04-14"),
        ("review", "2027"),  # (a review is kept by its year)
        ("approved", "2025-05-06"),
        ("approved", "2025-05-13"),
    }


def test_the_work_items_of_an_org_outline_stay_read(tmp_path: Path) -> None:
    mode, date, tag, indent, approvals = VARIANTS["mode-line-items"]
    text = ORG.format(mode=mode, date=date, tag=tag, indent=indent, approvals=approvals)
    record = extracted(tmp_path, text, "register.org.txt")
    assert {(m.label, m.target.text if m.target else None) for m in record.milestones} == {
        ("Joint glossary of tide gauge terms", "2026-01-31"),
        ("Shared buoy telemetry test plan", "2026-09-30"),
    }


@pytest.mark.parametrize(
    "fields",
    [
        "Date: 3 March 2026\nDate initiated: 14 April 2025\n",
        "Date initiated: 14 April 2025\nDate: 3 March 2026\n",
        "Register initiated ...... 14 April 2025\nDate .................... 3 March 2026\n",
    ],
)
def test_a_register_s_date_beside_its_initiation_is_its_issue(tmp_path: Path, fields: str) -> None:
    text = f"""HMC / OBC Tide Data Work Register

{fields}
Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force
"""
    dates = {(fact.role, fact.value) for fact in extracted(tmp_path, text, "register.txt").dates}
    assert {("published", "2026-03-03"), ("initiated", "2025-04-14")} <= dates
