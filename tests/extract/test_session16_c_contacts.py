"""Layout invariance of contacts (issue 12, point 9, session 16, tag c): the same two people, each of one
body, in the layouts the documents held out until session 15 wrote them and the rules did not read: a
card whose first line is the name with its title after a comma (read as a heading), a reStructuredText
line block ("| Name, title"), a table whose person column is called "Liaison" beside a column that is no
address, one "for <body>: <name>" line a body under a lead-in, a sentence saying who the contacts remain
inside the contacts section itself, and a section titled by the role ("Liaison officers", "Coordinators")
with numbered lines. The facts were written before the rules ran on any variant; bodies and people are
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, contact_orgs, extracted

MD_HEAD = (
    "# HMC / OBC Tide Data Work Register\n\n"
    + ORGS
    + "## Work items\n\n- Joint glossary of tide gauge terms: Q3 2026\n\n"
)
TXT_HEAD = """HMC / OBC TIDE DATA WORK REGISTER

1. Organizations

Harbour Metrology Council (HMC), through its Tide Gauge Working Group
Open Buoy Consortium (OBC), through its Telemetry Task Force

2. Work items

   1. Joint glossary of tide gauge terms - Q3 2026

"""
CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}

# --- a card whose first line is the name, its title after a comma ---------------------------------------

CARDS = {
    "indented-under-body-labels.txt": """3. Contacts

    HMC:
        Dr. Marit Solberg, Co-chair, Tide Gauge Working Group
        <marit.solberg@hmc.example>

    OBC:
        Tomasz Wierzbicki, Lead, Telemetry Task Force
        <t.wierzbicki@obc.example>
""",
    "for-body-lines.md": """## Liaison representatives

For Harbour Metrology Council

Marit Solberg, Senior Manager, Technical Programs

For Open Buoy Consortium

Tomasz Wierzbicki, Director, Buoy Programs
""",
    "body-headings-then-name-title.md": """## Contacts

### HMC

Marit Solberg, Liaison Officer, Tide Gauge Working Group

E-mail: marit.solberg@hmc.example

### OBC

Tomasz Wierzbicki, Technical Lead, Telemetry Task Force

E-mail: t.wierzbicki@obc.example
""",
}


@pytest.mark.parametrize("variant", sorted(CARDS))
def test_a_card_opening_with_the_name_and_its_title(tmp_path: Path, variant: str) -> None:
    head = TXT_HEAD if variant.endswith(".txt") else MD_HEAD
    record = extracted(tmp_path, head + CARDS[variant], "register" + Path(variant).suffix)
    assert contact_orgs(record) == CONTACTS


STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC), Tide Gauge Working Group
To: Open Buoy Consortium (OBC), Telemetry Task Force
Title: Joint glossary of tide gauge terms
Purpose: For information
Contact
Ingrid Fossheim
HMC Liaison Officer to the Open Buoy Consortium
E-mail: ingrid.fossheim@hmc.example
Technical contact
Marit Solberg, Tide Gauge Working Group Chair
E-mail: marit.solberg@hmc.example

1. Background

The Tide Gauge Working Group informs the Telemetry Task Force that the glossary draft is available.
"""


def test_a_statement_s_second_contact_with_its_title_after_a_comma(tmp_path: Path) -> None:
    record = extracted(tmp_path, STATEMENT, "statement.txt")
    assert contact_orgs(record) == {"ingrid fossheim": "hmc", "marit solberg": "hmc"}


# --- a reStructuredText line block under each body's name ---------------------------------------------

LINE_BLOCKS = {
    "name-title-then-mail": """Contacts
========

Harbour Metrology Council
   | Marit Solberg, chair of the Tide Gauge Working Group
   | marit.solberg@hmc.example

Open Buoy Consortium
   | Tomasz Wierzbicki, lead of the Telemetry Task Force
   | t.wierzbicki@obc.example
""",
    "name-alone-then-title": """Contacts
========

HMC
   | Marit Solberg
   | Chair, Tide Gauge Working Group

OBC
   | Tomasz Wierzbicki
   | Lead, Telemetry Task Force
""",
}


@pytest.mark.parametrize("variant", sorted(LINE_BLOCKS))
def test_a_line_block_under_each_body(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, TXT_HEAD + LINE_BLOCKS[variant], "register.txt")
    assert contact_orgs(record) == CONTACTS


# --- a table whose person column is no "Name" and whose last column is no address -----------------------

TABLES = {
    "markdown.md": """## Liaison contacts

| Side | Liaison | Reach them at |
|---|---|---|
| HMC | Marit Solberg | @msolberg on the HMC chat |
| OBC | Tomasz Wierzbicki | t.wierzbicki@obc.example |
""",
    "html.html": """<h2>Liaison contacts</h2>
<table>
<tr><th>Side</th><th>Liaison</th><th>Reach them at</th></tr>
<tr><td>HMC</td><td>Marit Solberg</td><td>@msolberg on the HMC chat</td></tr>
<tr><td>OBC</td><td>Tomasz Wierzbicki</td><td>t.wierzbicki@obc.example</td></tr>
</table>
""",
}


@pytest.mark.parametrize("variant", sorted(TABLES))
def test_a_side_and_liaison_table(tmp_path: Path, variant: str) -> None:
    text = MD_HEAD + TABLES[variant]
    if variant.endswith(".html"):
        text = (
            "<html><body><h1>HMC / OBC Tide Data Work Register</h1><h2>Organizations</h2><ul>"
            "<li>Harbour Metrology Council (HMC)</li><li>Open Buoy Consortium (OBC)</li></ul>"
            + TABLES[variant]
            + "</body></html>"
        )
    assert contact_orgs(extracted(tmp_path, text, "register" + Path(variant).suffix)) == CONTACTS


# --- one "for <body>: <name>" line a body, under a lead-in ---------------------------------------------

FOR_LINES = {
    "aligned-names.txt": """ARTICLE 3 - COORDINATION

The joint work is followed by a coordinator of each Party. Each Party appoints one coordinator:

    for the Harbour Metrology Council:   Marit Solberg
    for OBC:                             Tomasz Wierzbicki

The coordinators meet at least twice a year.
""",
    "one-blank-after-colon.txt": """ARTICLE 3 - COORDINATION

Each Party appoints one coordinator:

    for HMC: Marit Solberg
    for the Open Buoy Consortium: Tomasz Wierzbicki

The coordinators meet at least twice a year.
""",
}


@pytest.mark.parametrize("variant", sorted(FOR_LINES))
def test_one_for_body_line_a_coordinator(tmp_path: Path, variant: str) -> None:
    mou = """MEMORANDUM OF UNDERSTANDING
between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

ARTICLE 1 - PURPOSE

The Parties cooperate on a joint glossary of tide gauge terms.

"""
    assert contact_orgs(extracted(tmp_path, mou + FOR_LINES[variant], "mou.txt")) == CONTACTS


# --- who the contacts remain, said in the contacts section itself ----------------------------------------

REMAIN = {
    "remain-for-body": """## VII. Liaison contacts

The liaison contacts between the two organizations remain Marit Solberg for the Harbour Metrology Council
and Tomasz Wierzbicki for the Open Buoy Consortium.
""",
    "are-body-in-brackets": """## Contacts

The contact points for this register are Marit Solberg (HMC) and Tomasz Wierzbicki (OBC).
""",
}


@pytest.mark.parametrize("variant", sorted(REMAIN))
def test_a_sentence_naming_the_contacts_in_their_section(tmp_path: Path, variant: str) -> None:
    assert contact_orgs(extracted(tmp_path, MD_HEAD + REMAIN[variant], "register.md")) == CONTACTS


# --- a section titled by the role, its lines numbered ----------------------------------------------------

ROLE_SECTIONS = {
    "liaison-officers-numbered.md": """### Section 4 - Liaison officers

4.1 HMC: Marit Solberg, marit.solberg@hmc.example
4.2 OBC: Tomasz Wierzbicki, t.wierzbicki@obc.example

### Section 5 - General

5.1 Each Party keeps control of its own publications.
""",
    "coordinators-plain.txt": """4. Coordinators

HMC: Marit Solberg
OBC: Tomasz Wierzbicki

5. General

Each Party keeps control of its own publications.
""",
}


@pytest.mark.parametrize("variant", sorted(ROLE_SECTIONS))
def test_a_section_titled_by_the_role(tmp_path: Path, variant: str) -> None:
    head = TXT_HEAD if variant.endswith(".txt") else MD_HEAD
    record = extracted(tmp_path, head + ROLE_SECTIONS[variant], "register" + Path(variant).suffix)
    assert contact_orgs(record) == CONTACTS


# --- a table of coordinators whose party cell is the first word of the party's name ---------------------

COORDINATOR_TABLES = {
    "markdown.md": """## Article 3 - Organisation of the work

Each Party appoints a coordinator:

| Party | Coordinator | Function | E-mail |
|---|---|---|---|
| Kelpwave | Marit Solberg | Chief Operating Officer | marit.solberg@kelpwave.example |
| OBC | Tomasz Wierzbicki | Programme Office | t.wierzbicki@obc.example |
""",
    "tabs.txt": """Article 3 - Organisation of the work

Each Party appoints a coordinator:
Party\tCoordinator\tFunction\tE-mail
Kelpwave\tMarit Solberg\tChief Operating Officer\tmarit.solberg@kelpwave.example
OBC\tTomasz Wierzbicki\tProgramme Office\tt.wierzbicki@obc.example
""",
}


@pytest.mark.parametrize("variant", sorted(COORDINATOR_TABLES))
def test_a_coordinators_table_naming_a_party_by_its_first_word(tmp_path: Path, variant: str) -> None:
    head = """# Memorandum of Understanding

between the Kelpwave Alliance e.V. and the Open Buoy Consortium (OBC)

## Article 1 - Purpose

The Parties cooperate on a joint glossary of tide gauge terms.

"""
    record = extracted(tmp_path, head + COORDINATOR_TABLES[variant], "mou" + Path(variant).suffix)
    assert contact_orgs(record) == {"marit solberg": "kelpwave alliance", "tomasz wierzbicki": "obc"}


# --- a page's list of liaisons, each with its officer's field -------------------------------------------

LIAISON_FIELDS = {
    "honorific-after-colon": """## Current liaisons

Open Buoy Consortium

- Type: mutual liaison agreement, since 2021
- HMC liaison officer: Dr. Marit Solberg
- OBC liaison officer: Tomasz Wierzbicki
""",
    "body-of-several-words": """## Current liaisons

Open Buoy Consortium

- Type: mutual liaison agreement, since 2021
- HMC liaison officer: Marit Solberg
- Open Buoy Consortium liaison: Tomasz Wierzbicki
""",
}


@pytest.mark.parametrize("variant", sorted(LIAISON_FIELDS))
def test_a_liaison_s_fields_name_its_officers(tmp_path: Path, variant: str) -> None:
    assert contact_orgs(extracted(tmp_path, MD_HEAD + LIAISON_FIELDS[variant], "page.md")) == CONTACTS


# --- an addendum's contacts: who replaces whom, who stays -------------------------------------------------

ADDENDUM_CONTACTS = {
    "replaces-the-previous-contact": """## 4. Contacts

HMC: Marit Solberg (Tide Gauge Working Group convenor) replaces the previous contact. OBC: unchanged
(Tomasz Wierzbicki, Telemetry Task Force lead).
""",
    "for-body-unchanged-in-brackets": """## 4. Contacts

For HMC: Marit Solberg, Tide Gauge Working Group convenor, marit.solberg@hmc.example (replaces Ingrid
Fossheim).

For OBC: unchanged (Tomasz Wierzbicki, Telemetry Task Force lead).
""",
    "succeeds": """## 4. Contacts

- HMC: Marit Solberg succeeds Ingrid Fossheim as liaison officer.
- OBC: no change (Tomasz Wierzbicki).
""",
}


@pytest.mark.parametrize("variant", sorted(ADDENDUM_CONTACTS))
def test_an_addendum_s_new_and_unchanged_contacts(tmp_path: Path, variant: str) -> None:
    head = MD_HEAD.replace("Work Register", "Work Register - Addendum 2")
    assert contact_orgs(extracted(tmp_path, head + ADDENDUM_CONTACTS[variant], "addendum.md")) == CONTACTS
