"""Layout invariance of work items, contacts and document dates (issue 12, point 9, session 13): one
register's facts written in many layouts, each variant expected to give the SAME facts. The facts were
written before the rules ran on any variant; a variant that fails names a layout a rule is bound to (a
heading word, a column name, a line-start anchor), not a string to add to a list."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, contact_orgs, extracted, item_keys

from kg.model.records import AllianceRecord

# --- The facts, the same in every variant --------------------------------------------------------

ITEMS = {
    "joint glossary of tide gauge terms": "2025-q3",
    "reference mapping of buoy telemetry fields": "2026-q1",
    "interoperability test event for tide stations": "2026-q2",
}
CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}
PUBLISHED = ("published", "2026-10-19")

HEAD = "# HMC / OBC Tide Data Work Register\n\n" + ORGS


# --- Milestones -------------------------------------------------------------------------------

MILESTONE_VARIANTS = {
    "markdown-table": """## Milestones

| Item | Target | Status |
|---|---|---|
| Joint glossary of tide gauge terms | Q3 2025 | Done |
| Reference mapping of buoy telemetry fields | Q1 2026 | In progress |
| Interoperability test event for tide stations | Q2 2026 | Planned |
""",
    "bullets": """## Milestones

- Joint glossary of tide gauge terms: Q3 2025
- Reference mapping of buoy telemetry fields: Q1 2026
- Interoperability test event for tide stations: Q2 2026
""",
    "numbered-dash": """## Milestones

1.1 Joint glossary of tide gauge terms -- target Q3 2025 (done)
1.2 Reference mapping of buoy telemetry fields -- target Q1 2026 (in progress)
1.3 Interoperability test event for tide stations -- target Q2 2026 (planned)
""",
    "label-blocks": """## Deliverables

Deliverable: Joint glossary of tide gauge terms
Due: Q3 2025
Owner: HMC

Deliverable: Reference mapping of buoy telemetry fields
Due: Q1 2026
Owner: OBC

Deliverable: Interoperability test event for tide stations
Due: Q2 2026
Owner: HMC and OBC
""",
    "prose": """## Work plan

The group expects to publish the Joint glossary of tide gauge terms in the third quarter of 2025.
A Reference mapping of buoy telemetry fields is planned for the first quarter of 2026. The two bodies
will hold an Interoperability test event for tide stations in the second quarter of 2026.
""",
    "gantt": """## Schedule

| Work item | 2025-Q3 | 2025-Q4 | 2026-Q1 | 2026-Q2 |
|---|---|---|---|---|
| Joint glossary of tide gauge terms | X |  |  |  |
| Reference mapping of buoy telemetry fields | X | X | X |  |
| Interoperability test event for tide stations |  |  |  | X |
""",
    "status-groups": """## Deliverables

### Done

- Joint glossary of tide gauge terms (Q3 2025)

### Planned

- Reference mapping of buoy telemetry fields (Q1 2026)
- Interoperability test event for tide stations (Q2 2026)
""",
}

HTML_TABLE = """<html><body><h1>HMC / OBC Tide Data Work Register</h1>
<h2>Organizations</h2>
<ul><li>Harbour Metrology Council (HMC), through its Tide Gauge Working Group</li>
<li>Open Buoy Consortium (OBC), through its Telemetry Task Force</li></ul>
<h2>Milestones</h2>
<table><tr><th>Item</th><th>Target</th><th>Status</th></tr>
<tr><td>Joint glossary of tide gauge terms</td><td>Q3 2025</td><td>Done</td></tr>
<tr><td>Reference mapping of buoy telemetry fields</td><td>Q1 2026</td><td>In progress</td></tr>
<tr><td>Interoperability test event for tide stations</td><td>Q2 2026</td><td>Planned</td></tr>
</table></body></html>
"""


@pytest.mark.parametrize("variant", sorted(MILESTONE_VARIANTS))
def test_milestones_are_read_the_same_in_every_layout(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, HEAD + MILESTONE_VARIANTS[variant], "register.md")
    assert item_keys(record, ITEMS) == ITEMS


def test_milestones_of_an_html_table(tmp_path: Path) -> None:
    assert item_keys(extracted(tmp_path, HTML_TABLE, "register.html"), ITEMS) == ITEMS


# --- Contacts ---------------------------------------------------------------------------------

CONTACT_VARIANTS = {
    "table": """## Contacts

| Name | Organization | Role | E-mail |
|---|---|---|---|
| Marit Solberg | HMC | Liaison officer | marit.solberg@hmc.example |
| Tomasz Wierzbicki | OBC | Technical lead | t.wierzbicki@obc.example |
""",
    "signature-blocks": """## Contacts

For HMC: Marit Solberg, Liaison Officer, marit.solberg@hmc.example

For OBC: Tomasz Wierzbicki, Technical Lead, t.wierzbicki@obc.example
""",
    "liaison-officers-line": """## Liaison

Liaison officers: Marit Solberg (HMC) and Tomasz Wierzbicki (OBC).
""",
    "two-columns": """## Contacts

| HMC | OBC |
|---|---|
| Marit Solberg | Tomasz Wierzbicki |
| Liaison officer | Technical lead |
| marit.solberg@hmc.example | t.wierzbicki@obc.example |
""",
    "liaison-managers": """## Liaison managers

| Organization | Liaison manager | Since |
|---|---|---|
| HMC | Marit Solberg | 2023 |
| OBC | Tomasz Wierzbicki | 2024 |
""",
    "body-contact-columns": """## Contacts

| Partner | OBC contact | Liaison contact |
|---|---|---|
| HMC | Tomasz Wierzbicki | Marit Solberg |
""",
    "same-person-twice": """## Contacts

| Name | Organization | Role |
|---|---|---|
| Marit Solberg | HMC | Liaison officer |
| Tomasz Wierzbicki | OBC | Technical lead |
| Marit Solberg | HMC | Editor of the glossary |
""",
}


@pytest.mark.parametrize("variant", sorted(CONTACT_VARIANTS))
def test_contacts_are_read_the_same_in_every_layout(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, HEAD + CONTACT_VARIANTS[variant], "register.md")
    assert contact_orgs(record) == CONTACTS
    assert len([c for c in record.contacts if c.person]) == len(CONTACTS)  # one contact a person


# --- Document dates -----------------------------------------------------------------------------

COVER_STACKED = """HARBOUR METROLOGY COUNCIL

DOC. NO.:
HMC-LS-0412

DATE:
{date}

TITLE:
HMC / OBC Tide Data Work Register

{body}"""

DATE_STYLES = ("2026-10-19", "19 Oct. 2026", "2026/10/19", "October 19th, 2026", "19.10.2026")


def published(record: AllianceRecord) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in record.dates if d.role == "published"}


@pytest.mark.parametrize("date", DATE_STYLES)
def test_a_cover_page_with_each_label_above_its_value(tmp_path: Path, date: str) -> None:
    text = COVER_STACKED.format(date=date, body=ORGS + MILESTONE_VARIANTS["bullets"])
    assert published(extracted(tmp_path, text, "register.txt")) == {PUBLISHED}


@pytest.mark.parametrize("date", DATE_STYLES)
def test_last_updated_in_each_date_style(tmp_path: Path, date: str) -> None:
    text = HEAD.replace("\n\n", f"\n\nLast updated: {date}\n\n", 1) + MILESTONE_VARIANTS["bullets"]
    assert published(extracted(tmp_path, text, "register.md")) == {PUBLISHED}


@pytest.mark.parametrize("date", DATE_STYLES)
def test_a_footer_date(tmp_path: Path, date: str) -> None:
    text = HEAD + MILESTONE_VARIANTS["bullets"] + f"\n---\n\nHMC-OBC-WR-07 | Page 1 of 1 | {date}\n"
    assert published(extracted(tmp_path, text, "register.md")) == {PUBLISHED}
