"""Layout invariance of contacts (issue 12, point 9, session 18, tag c), in the layouts the documents written
by writers who never saw the rules (dev's i1-i6) use and the rules did not read:

- minutes and call notes that confirm who the liaison contacts are, the role's words then more words before
  the colon ("Liaison contacts confirmed: A for HMC and B for OBC", "... stay as they are: A (HMC) and B
  (OBC)", "... confirmed their liaison contacts for 2026: ..."), or each person "for" a body with the
  unit in brackets after it ("A for HMC (Tide Gauge WG)");
- addenda that name a body's contact by the body before the role ("The OBC contact is now A, replacing
  C", "The HMC contact, B, is unchanged", "HMC's liaison contact remains B") and replacements written with
  honorifics ("Mr. A replaces Ms. C as the OBC liaison to HMC").

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, contact_orgs, extracted

CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}

# --- minutes confirming the liaison contacts -------------------------------------------------------------

MINUTES_MD = """# HMC / OBC joint call - notes

**Date:** 12 March 2026

## Attendees

- Harbour Metrology Council (HMC): Marit Solberg, Ingrid Fossheim, Lars Opdal
- Open Buoy Consortium (OBC): Tomasz Wierzbicki, Ana Lind

## Discussion

- The glossary of tide gauge terms is nearly done; OBC will send its last comments.
- {sentence}

## Actions

- [ ] Ana Lind: circulate the glossary draft - due 2026-04-10
"""

MINUTES_HTML = """<html><body>
<h1>2026-03-12 HMC / OBC liaison sync</h1>
<h2>Participants</h2>
<ul><li>@Marit Solberg (HMC)</li><li>@Ingrid Fossheim (HMC)</li><li>@Tomasz Wierzbicki (OBC)</li>
<li>@Ana Lind (OBC)</li></ul>
<h2>Discussion items</h2>
<table>
<thead><tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr></thead>
<tbody>
<tr><td>5 min</td><td>Liaison status</td><td>Marit</td><td>{sentence}</td></tr>
<tr><td>20 min</td><td>Glossary</td><td>Ana</td><td>The glossary of tide gauge terms is nearly done.</td></tr>
</tbody></table>
</body></html>
"""

CONFIRMED = {
    "confirmed-colon": "Liaison contacts confirmed: Marit Solberg for HMC and Tomasz Wierzbicki for OBC.",
    "stay-as-they-are-brackets": "Steering contacts stay as they are: Marit Solberg (HMC) and Tomasz "
    "Wierzbicki (OBC).",
    "their-contacts-for-year": "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) "
    "confirmed their liaison contacts for 2026: Marit Solberg for HMC and Tomasz Wierzbicki for OBC.",
    "for-body-then-unit": "The liaison contacts are Marit Solberg for HMC (Tide Gauge WG) and Tomasz "
    "Wierzbicki for the OBC (Telemetry Task Force).",
}


@pytest.mark.parametrize("variant", sorted(CONFIRMED))
@pytest.mark.parametrize("layout", ["notes.md", "notes.html"])
def test_minutes_confirming_the_liaison_contacts(tmp_path: Path, variant: str, layout: str) -> None:
    template = MINUTES_MD if layout.endswith(".md") else MINUTES_HTML
    record = extracted(tmp_path, template.format(sentence=CONFIRMED[variant]), layout)
    assert contact_orgs(record) == CONTACTS


# --- an addendum naming each body's contact by the body ---------------------------------------------------

ADDENDUM_MD = (
    "# HMC / OBC Tide Data Work Register - Addendum 2\n\n"
    + ORGS
    + '## Changes\n\n1. Milestone 3, "Joint glossary of tide gauge terms", moves to Q1 2027.\n2. {change}\n'
)
ADDENDUM_TXT = """HMC / OBC TIDE DATA WORK REGISTER - ADDENDUM NO. 2

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree the following changes.

A.1  Milestone 3, "Joint glossary of tide gauge terms", is moved from Q2 2026
     to Q1 2027.

A.2  {change}
"""

BODY_CONTACTS = {
    "contact-is-now": "The OBC contact is now Tomasz Wierzbicki (t.wierzbicki@obc.example), replacing Ana "
    "Lind. The HMC contact, Marit Solberg, is unchanged.",
    "replaces-the-previous": "Contact for OBC: Tomasz Wierzbicki (t.wierzbicki@obc.example) replaces the "
    "previous OBC contact. The HMC contact, Marit Solberg (m.solberg@hmc.example), is unchanged.",
    "honorifics-replace": "Mr. Tomasz Wierzbicki replaces Ms. Ana Lind as the OBC liaison to HMC. The HMC "
    "liaison, Dr. Marit Solberg, is unchanged.",
    "possessive-remains": "HMC's liaison contact remains Marit Solberg; OBC's liaison contact is now Tomasz "
    "Wierzbicki.",
}


@pytest.mark.parametrize("variant", sorted(BODY_CONTACTS))
@pytest.mark.parametrize("layout", ["addendum.md", "addendum.txt"])
def test_an_addendum_names_each_body_s_contact(tmp_path: Path, variant: str, layout: str) -> None:
    template = ADDENDUM_MD if layout.endswith(".md") else ADDENDUM_TXT
    change = BODY_CONTACTS[variant]
    if layout.endswith(
        ".txt"
    ):  # the plain-text exhibit wraps its items at a margin, hanging under the number
        words, lines, line = change.split(), [], ""
        for word in words:
            if len(line) + len(word) > 66:
                lines.append(line.rstrip())
                line = ""
            line += word + " "
        change = "\n     ".join([*lines, line.rstrip()])
    record = extracted(tmp_path, template.format(change=change), layout)
    assert contact_orgs(record) == CONTACTS


def test_a_contacts_line_that_replaces_keeps_the_body_the_role_names(tmp_path: Path) -> None:
    """ "Contacts: A replaces C as the OBC liaison to HMC": the label names no body; the role does."""
    change = (
        "Contacts: Tomasz Wierzbicki replaces Ana Lind as the OBC liaison to HMC. The HMC liaison, Marit "
        "Solberg, is unchanged."
    )
    record = extracted(tmp_path, ADDENDUM_MD.format(change=change), "addendum.md")
    assert contact_orgs(record) == CONTACTS


# --- the sentence that sends readers to a person, in more wordings ---------------------------------------

PAGE = """# Harbour Metrology Council - Partnership with the Open Buoy Consortium

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide gauge vocabularies
under a memorandum of understanding signed in 2024.

## Working together

The two bodies share drafts of their glossaries and hold a joint review every year.

{sentence}
"""
SENT_TO = {
    "write-to": "To discuss a collaboration, write to Tomasz Wierzbicki, Director of Partnerships, Open Buoy "
    "Consortium (t.wierzbicki@obc.example).",
    "may-be-directed-to": "Questions on the content may be directed to Dr Tomasz Wierzbicki, Chair of the "
    "OBC Telemetry Task Force (t.wierzbicki@obc.example).",
    "write-to-at-address": "To discuss a collaboration, write to Tomasz Wierzbicki, Director of Industry "
    "Relations, at partners@obc.example.",
    "who-to-ask": "Who to ask: Tomasz Wierzbicki (OBC Technical Program Manager, t.wierzbicki@obc.example).",
    "questions-about-colon": "Questions about the partnership: Tomasz Wierzbicki, OBC Partnership "
    "Coordinator (partners@obc.example).",
    "liaison-official-is": "The OBC liaison official to HMC is Dr Tomasz Wierzbicki "
    "(t.wierzbicki@obc.example), who will be the point of contact for this work.",
}


@pytest.mark.parametrize("variant", sorted(SENT_TO))
@pytest.mark.parametrize("layout", ["page.md", "page.html", "page.txt"])
def test_the_sentence_that_sends_readers_to_a_person(tmp_path: Path, variant: str, layout: str) -> None:
    text = PAGE.format(sentence=SENT_TO[variant])
    if layout.endswith(".html"):
        paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
        text = (
            "<html><body>"
            + "".join(
                f"<h1>{p[2:]}</h1>"
                if p.startswith("# ")
                else f"<h2>{p[3:]}</h2>"
                if p.startswith("## ")
                else f"<p>{p}</p>"
                for p in paragraphs
            )
            + "</body></html>"
        )
    elif layout.endswith(".txt"):
        text = text.replace("## ", "").replace("# ", "")
    record = extracted(tmp_path, text, layout)
    assert contact_orgs(record) == {"tomasz wierzbicki": "obc"}
