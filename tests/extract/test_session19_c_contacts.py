"""Layout invariance of contacts (issue 12, point 9, session 19, tag c), in the layouts the documents written
by writers who never saw the rules (dev's i1-i6) use and the rules did not read:

- each side's contact named by the side ("The liaison is coordinated on the HMC side by A, and on the OBC
  side by B", "On the HMC side, A (Senior Director) coordinates the relationship", "B is the contact on
  the OBC side", "The OBC side keeps B as its liaison contact"), in news, minutes and pages;
- a coordinators' clause listing each body after "for" and a comma ("for HMC, A (a@x); for OBC, B (b@y)"),
  or a person who stays a body's contact ("For the OBC, B stays the contact for HMC");
- a list of each body's person with an address, under a heading that does not say "contacts" (a board's
  note, a wiki's section): "- HMC: A, liaison officer - a@x".

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, contact_orgs, extracted

CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}

NEWS_MD = """# HMC and OBC renew their cooperation on tide data

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) renewed their memorandum of
understanding on tide data exchange formats and a joint glossary of tide gauge terms.

{sentence}

Media contact: press@hmc.example
"""

NEWS_TXT = """HMC AND OBC RENEW THEIR COOPERATION ON TIDE DATA

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) renewed their memorandum of
understanding on tide data exchange formats and a joint glossary of tide gauge terms.

{sentence}

Media contact: press@hmc.example
"""

NEWS_HTML = """<html><body><h1>HMC and OBC renew their cooperation on tide data</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) renewed their memorandum of
understanding on tide data exchange formats and a joint glossary of tide gauge terms.</p>
<p>{sentence}</p>
<p>Media contact: press@hmc.example</p>
</body></html>
"""

SIDES = {
    "coordinated-on-each-side-by": "The liaison is coordinated on the HMC side by Marit Solberg, Standards\n"
    "Development, and on the OBC side by the secretary of its Telemetry Task Force, Tomasz\nWierzbicki.",
    "on-the-side-comma-person-brackets": "On the HMC side, Marit Solberg (Senior Director, Standards "
    "Liaisons) coordinates the relationship. On the OBC side, Tomasz Wierzbicki (Telemetry Task Force "
    "lead) is the first point of contact.",
    "person-is-contact-on-the-side": "Marit Solberg remains the contact on the HMC side, and Tomasz "
    "Wierzbicki is the contact on the OBC side.",
    "the-side-keeps": "The HMC side keeps Marit Solberg as its liaison contact. The OBC side keeps Tomasz "
    "Wierzbicki as its contact for the glossary.",
}


@pytest.mark.parametrize("variant", sorted(SIDES))
@pytest.mark.parametrize("layout", ["news.md", "news.txt", "news.html"])
def test_each_sides_contact_named_by_the_side(tmp_path: Path, variant: str, layout: str) -> None:
    template = {"md": NEWS_MD, "txt": NEWS_TXT, "html": NEWS_HTML}[layout.rsplit(".", 1)[1]]
    record = extracted(tmp_path, template.format(sentence=SIDES[variant]), layout)
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


def test_a_side_without_a_contact_word_names_no_contact(tmp_path: Path) -> None:
    """A sentence about each side's work, with no word of coordinating or contact, names no contact."""
    sentence = "On the HMC side, Marit Solberg presented the draft glossary to the members."
    record = extracted(tmp_path, NEWS_MD.format(sentence=sentence), "news.md")
    assert "marit solberg" not in contact_orgs(record)


# --- coordinators listed after "for <body>," -------------------------------------------------------------

LETTER_TXT = """LETTER OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1.  Scope. The two bodies cooperate on tide data exchange formats and a joint glossary of tide
    gauge terms.

4.  Coordinators. Each organization names one coordinator, who keeps the list of items above
    current and reports to both groups twice a year:
    {coordinators}

5.  Term. This letter takes effect on signature.
"""

LETTER_MD = """# Letter of Understanding

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

## 1. Scope

The two bodies cooperate on tide data exchange formats and a joint glossary of tide gauge terms.

## 4. Coordinators

Each organization names one coordinator, who keeps the list of items above current and reports to both
groups twice a year: {coordinators}

## 5. Term

This letter takes effect on signature.
"""

COORDINATORS = {
    "for-body-comma-bracketed-address": "for HMC, Marit Solberg (marit.solberg@tides.example);\n    for "
    "OBC, Tomasz Wierzbicki (t.wierzbicki@buoys.example).",
    "for-the-body-comma-address-after-comma": "for the HMC, Marit Solberg, marit.solberg@tides.example; "
    "for the OBC, Tomasz Wierzbicki, t.wierzbicki@buoys.example.",
    "for-full-name-comma": "for the Harbour Metrology Council, Marit Solberg (marit.solberg@tides.example); "
    "and for the Open Buoy Consortium, Tomasz Wierzbicki (t.wierzbicki@buoys.example).",
}


@pytest.mark.parametrize("variant", sorted(COORDINATORS))
@pytest.mark.parametrize("layout", ["letter.txt", "letter.md"])
def test_coordinators_listed_after_for_body_comma(tmp_path: Path, variant: str, layout: str) -> None:
    template = LETTER_TXT if layout.endswith(".txt") else LETTER_MD
    coordinators = COORDINATORS[variant]
    if layout.endswith(".md"):
        coordinators = " ".join(coordinators.split())
    record = extracted(tmp_path, template.format(coordinators=coordinators), layout)
    assert contact_orgs(record) == CONTACTS


MINUTES_MD = """# HMC / OBC joint call - notes

**Date:** 12 March 2026

## Attendees

- Harbour Metrology Council (HMC): Marit Solberg, Ingrid Fossheim
- Open Buoy Consortium (OBC): Tomasz Wierzbicki, Ana Lind

## Liaison contacts

{lines}
"""

STAYS = {
    "speakers-say-who-stays": "Ingrid: For the HMC, Marit Solberg stays the contact for OBC.\n\n"
    "Ana: For OBC, Tomasz Wierzbicki remains the liaison contact for HMC.",
    "plain-sentences": "For HMC, Marit Solberg remains the contact. For the OBC, Tomasz Wierzbicki stays "
    "its liaison contact.",
}


@pytest.mark.parametrize("variant", sorted(STAYS))
def test_for_body_comma_person_stays_the_contact(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, MINUTES_MD.format(lines=STAYS[variant]), "notes.md")
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


# --- each body's person with an address, under a heading that does not say "contacts" ----------------------

BOARD_MD = """# HMC / OBC tide data board

{orgs}
## Note: 5b7c
title: Who is who
pinned: true
---
{lines}

## List: Backlog

- Joint glossary of tide gauge terms
"""

BOARD_HTML = """<html><body><h1>HMC / OBC tide data board</h1>
<h2>Organizations</h2>
<ul><li>Harbour Metrology Council (HMC), through its Tide Gauge Working Group</li>
<li>Open Buoy Consortium (OBC), through its Telemetry Task Force</li></ul>
<h2>Note 5b7c</h2>
<ul>{lines}</ul>
<h2>Backlog</h2>
<ul><li>Joint glossary of tide gauge terms</li></ul>
</body></html>
"""

PARTY_LINES = {
    "dash-before-address": [
        "HMC: Marit Solberg, liaison officer \u2014 marit.solberg@tides.example",
        "OBC: Tomasz Wierzbicki, Telemetry Task Force secretary \u2014 t.wierzbicki@buoys.example",
    ],
    "angle-bracketed-address": [
        "Harbour Metrology Council: Marit Solberg, Tide Gauge WG co-lead <marit.solberg@tides.example>",
        "Open Buoy Consortium: Tomasz Wierzbicki <t.wierzbicki@buoys.example>",
    ],
}


@pytest.mark.parametrize("variant", sorted(PARTY_LINES))
@pytest.mark.parametrize("layout", ["board.md", "board.html"])
def test_party_lines_with_an_address_anywhere(tmp_path: Path, variant: str, layout: str) -> None:
    lines = PARTY_LINES[variant]
    if layout.endswith(".md"):
        text = BOARD_MD.format(orgs=ORGS, lines="\n".join(f"- {line}" for line in lines))
    else:
        escaped = [line.replace("<", "&lt;").replace(">", "&gt;") for line in lines]
        text = BOARD_HTML.format(lines="".join(f"<li>{line}</li>" for line in escaped))
    record = extracted(tmp_path, text, layout)
    assert contact_orgs(record) == CONTACTS
