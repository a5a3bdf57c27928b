"""Layout invariance of the names tuner's facts (issue 12, point 9, session 13): one set of facts
written in several plausible layouts must be read the same in every one. The facts of each group were
written before the rules ran on the variants; every body and name is invented.

Why: rules tuned to one layout (a heading word list, a fixed column name, a line-start anchor) read
the facts of that layout only; a real document writes the same facts in a layout no dev document has.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord, Entity

PARTIES_HEAD = """# HMC / OBC joint work register

Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

"""

# --- topics and specifications of a register or memorandum ------------------------------------

SPECIFICATIONS = {"BuoyML 2.0", "TideLink Protocol", "Sensor Calibration Profile"}

SPEC_VARIANTS = {
    "table column": """## Work items

| Work item | Specification | Target |
|---|---|---|
| Align the telemetry encodings | BuoyML 2.0 | Q3 2027 |
| Test the gateway | TideLink Protocol | Q4 2027 |
| Publish a joint note | Sensor Calibration Profile | Q1 2028 |
""",
    "bullet list": """## Specifications concerned

- BuoyML 2.0
- TideLink Protocol
- Sensor Calibration Profile
""",
    "sentence list": """## Scope

The parties work together on BuoyML 2.0, TideLink Protocol and Sensor Calibration Profile.
""",
    "scope lines": """## Scope

Scope: BuoyML 2.0, TideLink Protocol, Sensor Calibration Profile
""",
    "numbered terms": """## Terms

2.1 The parties will align BuoyML 2.0 with TideLink Protocol.
2.2 The parties will review Sensor Calibration Profile together.
""",
    "headings": """## BuoyML 2.0

Joint encoding work.

## TideLink Protocol

Joint gateway tests.

## Sensor Calibration Profile

A joint note.
""",
}


def concerned(record: AllianceRecord) -> set[str]:
    """The labels of the specifications the record concerns, as written."""
    return {s.label for s, _ in record.specifications}


@pytest.mark.parametrize("layout", sorted(SPEC_VARIANTS))
def test_specifications_are_read_in_every_layout(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, PARTIES_HEAD + SPEC_VARIANTS[layout], "register.md")
    assert concerned(record) >= SPECIFICATIONS, layout


# --- units ------------------------------------------------------------------------------------

UNIT_VARIANTS = {
    "acronym then head": "The OBC Telemetry WG reviews each draft.\n",
    "of its body": "The Telemetry Working Group of OBC reviews each draft.\n",
    "possessive": "OBC's telemetry working group reviews each draft.\n",
    "head first, body in brackets": "WG Telemetry (OBC) reviews each draft.\n",
    "group column": """| Work item | Group | Target |
|---|---|---|
| Review each draft | OBC Telemetry Working Group | Q3 2027 |
""",
    "lower case": "the telemetry working group of OBC reviews each draft.\n",
}


def unit_key(unit: Entity) -> str:
    """A unit's name without its body's acronym, its head written out and its words in order, for
    comparison ("WG Telemetry" and "OBC Telemetry Working Group" are one name)."""
    words = unit.label.replace("WG", "Working Group").lower().split()
    return " ".join(sorted(w for w in words if w not in ("obc", "hmc")))


@pytest.mark.parametrize("layout", sorted(UNIT_VARIANTS))
def test_a_unit_and_its_body_are_read_in_every_layout(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, PARTIES_HEAD + "## Work\n\n" + UNIT_VARIANTS[layout], "register.md")
    acronyms = {p.iri: p.acronym for p, _ in record.parties}
    units = {unit_key(u): acronyms.get(u.unit_of) for u, _ in record.units}
    assert units.get("group telemetry working") == "OBC", (layout, units)
    assert {p.acronym for p, _ in record.parties} == {"HMC", "OBC"}, layout


# --- a liaison statement's ends -------------------------------------------------------------

LIAISON_BODY = """
The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its statement on
tide gauge telemetry and sends its comments for information.
"""

LIAISON_VARIANTS = {
    "datatracker bare acronym": """Liaison statement
Tide gauge telemetry

From Group: TGT
To Group: OBC Data Committee
Purpose: For information
""",
    "datatracker lower case": """Liaison statement
Tide gauge telemetry

From Group: tgt
To Group: OBC Data Committee
Purpose: For information
""",
    "source and to lines": """Title: LS on tide gauge telemetry
Source: HMC TGT
To: OBC Data Committee
Purpose: For information
""",
    "e-mail headers": """From: TGT chairs <tgt-chairs@hmc.example>
To: OBC Data Committee <data-committee@obc.example>
Subject: Liaison statement on tide gauge telemetry

Source: HMC TGT
To: OBC Data Committee
Purpose: For information
""",
}


@pytest.mark.parametrize("layout", sorted(LIAISON_VARIANTS))
def test_a_group_written_as_a_bare_acronym_is_a_unit_of_its_body(tmp_path: Path, layout: str) -> None:
    text = LIAISON_VARIANTS[layout] + LIAISON_BODY + "The HMC TGT working group wrote this statement.\n"
    record = extracted(tmp_path, text, "ls.txt")
    assert record.kind == "LiaisonStatement", layout
    assert {p.acronym for p, _ in record.parties} == {"HMC", "OBC"}, layout
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    assert "HMC" in senders or any(e.kind == "unit" for e in record.liaison.senders), (layout, senders)
    assert "TGT" not in {p.label for p, _ in record.parties}, layout


# --- a partners table ---------------------------------------------------------------------

PARTNERS_TABLE = (
    "# Liaison relationships of the Harbour Metrology Council (HMC)\n\n"
    "The HMC keeps liaison relationships with the bodies below.\n\n"
    "| Organization | Agreement | Activities | HMC contact | Liaison contact |\n"
    "|---|---|---|---|---|\n"
    "| Open Buoy Consortium (OBC) | Liaison agreement | BuoyML 2.0, TideLink Protocol | Ana Lindqvist "
    "| Tomas Okafor |\n"
    "| Coastal Sensor Network Association (CSNA) | Memorandum of understanding | Sensor Calibration Profile "
    "| Bea Moreau; Carl Ruiz (liaison shepherd, Tide Data Council) | Dana Oduya |\n"
)


def test_a_partners_table_gives_one_alliance_a_row_and_its_activities_as_topics(tmp_path: Path) -> None:
    record = extracted(tmp_path, PARTNERS_TABLE, "page.md")
    assert {p.acronym for p, _ in record.parties} == {"HMC", "OBC", "CSNA"}
    assert record.hub is not None and record.hub.acronym == "HMC"
    assert concerned(record) >= SPECIFICATIONS


# --- subjects written in ordinary words -------------------------------------------------------

SUBJECTS = {"tide gauge telemetry", "buoy calibration"}  # compared in lower case

SUBJECT_VARIANTS = {
    "scope line": "## Work\n\nScope: tide gauge telemetry, buoy calibration\n",
    "topics field in prose section": "## Background\n\nTopics: tide gauge telemetry and buoy calibration.\n",
    "introduced list": (
        "## Work\n\nThe areas of cooperation are:\n\n- tide gauge telemetry\n- buoy calibration\n"
    ),
    "heading over a list": "## 2. Areas of cooperation\n\n- Tide gauge telemetry\n- buoy calibration\n",
    "subjects column": """## Liaisons

| Group | Subjects | Contact |
|---|---|---|
| OBC Telemetry Working Group | tide gauge telemetry; buoy calibration | Ana Lindqvist |
""",
}


def listed_subjects(record: AllianceRecord) -> set[str]:
    """The labels of the record's topics that the document itself brought (not the reference's)."""
    return {e.label.lower() for e in record.new_entities if e.kind == "topic" and e.iri in record.topics}


@pytest.mark.parametrize("layout", sorted(SUBJECT_VARIANTS))
def test_listed_subjects_are_topics_in_every_layout(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, PARTIES_HEAD + SUBJECT_VARIANTS[layout], "register.md")
    assert listed_subjects(record) == SUBJECTS, layout


def test_subjects_in_running_prose_or_a_work_item_table_are_no_topics(tmp_path: Path) -> None:
    prose = "## Work\n\nThe parties discussed tide gauge telemetry and buoy calibration at length.\n"
    work_items = """## Milestones

| Activity | Owner | Target |
|---|---|---|
| buoy calibration | OBC | Q3 2027 |
"""
    sentence = "## Work\n\nScope: this register covers tide gauge telemetry, buoy calibration\n"
    subject_line = "## Work\n\nSubject: LS on tide gauge telemetry\n"
    out_of_scope = "## Work\n\nOut of scope: tide gauge telemetry\n"
    activities = "## Areas of cooperation\n\n- Joint tutorials and webinars\n- exchange of drafts\n"
    for body in (prose, work_items, out_of_scope, sentence, subject_line, activities):
        assert listed_subjects(extracted(tmp_path, PARTIES_HEAD + body, "register.md")) == set(), body
