"""A register mail's "Date:" is the day it was sent, and a page's last key date no date of the page
(session 30, N, M's request).

A mail proposing additions to a work register ("Subject: ...", "From: ...", "Date: ...") was read as the day
the register was initiated; it is the day the mail was published (a register's own "Register initiated"
field below a forwarded mail's header still dates its start). A page listing its key dates, a date over each
step, was dated by the first of them (the rule that reads a page's head) or the last (the rule that reads
its closing date line); a closing date alone over the copyright line still dates the page. Bodies, people
and dates invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = """All,

I took an action to add two deliverables to the Harbour Metrology Council (HMC) - Open Buoy Consortium
(OBC) Work Register, so that the liaison between the two organizations covers the tide telemetry work.
The additions are:

OBC will publish a buoy telemetry profile aligned with the HMC tide model (September 2027)

HMC will define a gauge report schema for offshore stations (December 2027)

Regards,
Ana Example
"""


def mail(order: tuple[str, ...]) -> str:
    fields = {
        "subject": "Subject: [tide-wg] Proposed additions to the HMC - OBC Work Register",
        "from": "From: Ana Example <ana@wg.example>",
        "date": "Date: Wed, 10 Mar 2027 09:30:00 +0100",
        "to": "To: tide-wg@lists.example",
    }
    return "\n".join(fields[name] for name in order) + "\n\n" + BODY


def dates(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


@pytest.mark.parametrize(
    "order",
    [("subject", "from", "date"), ("from", "date", "subject", "to"), ("date", "from", "to", "subject")],
)
def test_a_register_mails_date_is_its_publishing(tmp_path: Path, order: tuple[str, ...]) -> None:
    found = dates(tmp_path, mail(order), "mail.txt")
    assert ("published", "2027-03-10") in found, found
    assert ("initiated", "2027-03-10") not in found, found


def test_a_forwarded_registers_own_initiation_stays(tmp_path: Path) -> None:
    text = mail(("from", "date", "subject")).replace(
        "All,\n", "All,\n\nHMC / OBC Work Register\nRegister initiated ...... 12 March 2025\n\n"
    )
    found = dates(tmp_path, text, "mail.txt")
    assert ("initiated", "2025-03-12") in found, found
    assert ("initiated", "2027-03-10") not in found, found


LEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide data under"
    " a liaison agreement."
)
STEPS = [
    ("15 May 2027", "First joint test event"),
    ("30 September 2027", "Draft gauge profile"),
    ("31 December 2027", "Profile publication deadline"),
]


def key_dates_page(layout: str, heading: str) -> tuple[str, str]:
    if layout == "html":
        steps = "".join(f"<p>{d}</p><h3>{t}</h3>" for d, t in STEPS)
        body = f"<h1>HMC and OBC liaison</h1><p>{LEAD}</p><h2>{heading}</h2>{steps}<p>Ask: hmc@x.example</p>"
        return f"<html><body>{body}</body></html>", "page.html"
    steps = "".join(f"{d}\n\n{t}\n\n" for d, t in STEPS)
    if layout == "md":
        return f"# HMC and OBC liaison\n\n{LEAD}\n\n## {heading}\n\n{steps}", "page.md"
    return f"HMC and OBC liaison\n\n{LEAD}\n\n{heading}\n\n{steps}", "page.txt"


@pytest.mark.parametrize(
    ("layout", "heading"), [("html", "Key dates"), ("md", "Timeline"), ("txt", "Important dates")]
)
def test_a_pages_key_dates_do_not_date_it(tmp_path: Path, layout: str, heading: str) -> None:
    text, name = key_dates_page(layout, heading)
    found = dates(tmp_path, text, name)
    assert not {("published", value) for value in ("2027-05-15", "2027-09-30", "2027-12-31")} & found, found


def test_a_closing_date_over_the_copyright_dates_the_page(tmp_path: Path) -> None:
    text = f"# HMC and OBC liaison\n\n{LEAD}\n\n## Contacts\n\nhmc@x.example\n\n4 November 2026\n\n(c) HMC\n"
    assert ("published", "2026-11-04") in dates(tmp_path, text, "page.md")
