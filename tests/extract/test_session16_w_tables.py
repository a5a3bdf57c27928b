"""Layout invariance of work items (issue 12, point 9, session 16): tables in the shapes real exports and
text files give them, with invented content. A spreadsheet saved as CSV (quoted or not, padded with
empty cells to the sheet's width), a pipe table with no outer pipes ("01 | Item | Lead | When" under
"---+------+------"), a first column of identifiers named "Item" beside the column of the item's text,
a target column whose cells say when in words no calendar has ("each quarter", "recurring"), a row an
addendum withdraws with its reason, a schedule of contacts that is no schedule of work, slide lines
"#1 Item" over "Target: Q3 2026 - DONE", a wiki's record of field names each on a line over its value.
The facts were written before the rules ran on any variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD, milestone_pairs

ITEMS = {
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Reference mapping of buoy telemetry fields", "2H2027"),
    ("Interoperability test event for tide stations", "31 Mar 2027"),
    ("Shared conformance test suite", "TBD"),
}

HEAD, MD_HEAD = TIDE_REGISTER_HEAD, TIDE_REGISTER_MD_HEAD

CSV_QUOTED = '''"HMC / OBC Tide Data Work Register",,,,,
"Exported from sheet ""Register""",,,,,
,,,,,
"Field","Value",,,,
"Organizations","Harbour Metrology Council (HMC); Open Buoy Consortium (OBC)",,,,
,,,,,
"ID","Work item","Owner","Target","Status","Notes"
"W-01","Joint glossary of tide gauge terms","HMC","Q3 2026","Open","draft, v0.2"
"W-02","Reference mapping of buoy telemetry fields","OBC","2H2027","Open",""
"W-03","Interoperability test event for tide stations","Both","31 Mar 2027","Planned",""
"W-04","Shared conformance test suite","HMC","TBD","Waiting","needs a host"
,,,,,
"Contact","Name","Organization","Role","E-mail",
"Contact","Ada Lindqvist","HMC","Liaison to the OBC","ada@hmc.example",
"Approval","HMC Board","2026-01-12","Resolution 4",,
'''
CSV_BARE = """HMC / OBC Tide Data Work Register

No,Work item,Owner,Target
1,Joint glossary of tide gauge terms,HMC,Q3 2026
2,Reference mapping of buoy telemetry fields,OBC,2H2027
3,Interoperability test event for tide stations,Both,31 Mar 2027
4,Shared conformance test suite,HMC,TBD
"""
CSV_SEMICOLON = """HMC / OBC Tide Data Work Register

"No";"Work item";"Owner";"Target"
"1";"Joint glossary of tide gauge terms";"HMC";"Q3 2026"
"2";"Reference mapping of buoy telemetry fields";"OBC";"2H2027"
"3";"Interoperability test event for tide stations";"Both";"31 Mar 2027"
"4";"Shared conformance test suite";"HMC";"TBD"
"""
INNER_PIPES = """Register items

#  | Item                                          | Lead | When
---+-----------------------------------------------+------+-----------
01 | Joint glossary of tide gauge terms            | HMC  | Q3 2026
02 | Reference mapping of buoy telemetry fields    | OBC  | 2H2027
03 | Interoperability test event for tide stations | both | 31 Mar 2027
04 | Shared conformance test suite                 | both | TBD

Items 01 and 03 come first.
"""
INNER_PIPES_DASHED = INNER_PIPES.replace(
    "---+-----------------------------------------------+------+-----------", "---|---|---|---"
)
RULER = "-" * 69
WRAPPED = f"""{RULER}
  WORK REGISTER
  Harbour Metrology Council (HMC)  <->  Open Buoy Consortium (OBC)
{RULER}

{RULER}
WHY THIS REGISTER EXISTS
{RULER}

Tide gauges of the Harbour Metrology Council report sea level to the
buoys of the Open Buoy Consortium, which relay it to forecasters in
near real time. When either side changes a message field, the other
side learns of it late, from failed decodes at sea. This register is
the list of the items both groups have agreed to track together, and
of who answers for each one of them until the next review is held.

{RULER}
REGISTER ITEMS
{RULER}

{INNER_PIPES.split(chr(10), 2)[2]}
"""
ID_COLUMN_MD = """## Schedule 1 - Joint activities

| Item | Activity | Lead | Timeframe |
|---|---|---|---|
| J1 | Joint glossary of tide gauge terms | HMC | Q3 2026 |
| J2 | Reference mapping of buoy telemetry fields | OBC | 2H2027 |
| J3 | Interoperability test event for tide stations | HMC | 31 Mar 2027 |
| J4 | Shared conformance test suite | both | TBD |
"""
ID_COLUMN_TEXT = """Schedule 1 - Joint activities

Item\tWork item\tLead\tTarget
A-1\tJoint glossary of tide gauge terms\tHMC\tQ3 2026
A-2\tReference mapping of buoy telemetry fields\tOBC\t2H2027
A-3\tInteroperability test event for tide stations\tHMC\t31 Mar 2027
A-4\tShared conformance test suite\tboth\tTBD
"""


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (CSV_QUOTED, "register.txt"),
        (CSV_QUOTED, "register.csv.txt"),
        (HEAD + CSV_BARE.split("\n", 2)[2], "register.txt"),
        (HEAD + CSV_SEMICOLON.split("\n", 2)[2], "register.txt"),
        (HEAD + INNER_PIPES, "register.txt"),
        (HEAD + INNER_PIPES_DASHED, "register.txt"),
        (WRAPPED, "register.txt"),
        (MD_HEAD + "## " + INNER_PIPES_DASHED, "register.md"),
        (MD_HEAD + ID_COLUMN_MD, "register.md"),
        (HEAD + ID_COLUMN_TEXT, "register.txt"),
    ],
    ids=[
        "csv-quoted",
        "csv-quoted-again",
        "csv-bare",
        "csv-semicolons",
        "inner-pipes-plus-rule",
        "inner-pipes-dashed-rule",
        "inner-pipes-in-wrapped-text",
        "inner-pipes-markdown",
        "id-column-named-item-markdown",
        "id-column-named-item-tabs",
    ],
)
def test_tables_of_exports_and_text(tmp_path: Path, text: str, name: str) -> None:
    """Each item with its text (not its identifier) and its target; no row of identifiers alone."""
    pairs = milestone_pairs(tmp_path, text, name)
    assert pairs >= ITEMS, pairs
    assert not any(
        label.split()[0] in ("W-01", "J1", "A-1", "01", "Contact", "Approval") for label, _ in pairs
    ), pairs


def test_prose_with_commas_stays_prose(tmp_path: Path) -> None:
    """A sentence with commas is no CSV record; its dated item is read as before."""
    text = HEAD + (
        "Milestones\n\n- Joint glossary of tide gauge terms, edited by HMC, reviewed by OBC - Q3 2026\n"
        '- "Reference mapping", the OBC draft, in review, then published - 2H2027\n'
    )
    pairs = milestone_pairs(tmp_path, text, "register.txt")
    assert ("Joint glossary of tide gauge terms, edited by HMC, reviewed by OBC", "Q3 2026") in pairs, pairs


RECURRING = {
    ("Exchange of tide gauge roadmaps", "each quarter"),
    ("Cross-review of drafts in public comment", "recurring"),
    ("Report on telemetry changes to the other group", "every six months"),
}
RECURRING_VARIANTS = {
    "markdown": (
        MD_HEAD
        + "## Joint activities\n\n| Activity | Lead | Timeframe |\n|---|---|---|\n"
        + "".join(f"| {item} | HMC | {target} |\n" for item, target in sorted(ITEMS | RECURRING))
    ),
    "tabs": HEAD
    + "Work items\n\nWork item\tOwner\tTarget\tStatus\n"
    + "".join(f"{item}\tOBC\t{target}\topen\n" for item, target in sorted(ITEMS | RECURRING)),
    "csv": HEAD
    + '"Work item","Owner","Due","Status"\n'
    + "".join(f'"{item}","OBC","{target}","open"\n' for item, target in sorted(ITEMS | RECURRING)),
}


@pytest.mark.parametrize("variant", sorted(RECURRING_VARIANTS))
def test_target_column_says_when_in_words(tmp_path: Path, variant: str) -> None:
    """A cell of the column named as the target is the target as written, whatever words it has."""
    name = "register.md" if variant == "markdown" else "register.txt"
    assert milestone_pairs(tmp_path, RECURRING_VARIANTS[variant], name) >= ITEMS | RECURRING


def test_no_target_in_an_empty_or_dashed_target_cell(tmp_path: Path) -> None:
    text = HEAD + "Work items\n\nWork item\tOwner\tTarget\n" + "Joint tide atlas\tHMC\t\u2013\n"
    text += "".join(f"{item}\tOBC\t{target}\n" for item, target in sorted(ITEMS))
    pairs = milestone_pairs(tmp_path, text, "register.txt")
    assert pairs >= ITEMS and ("Joint tide atlas", "\u2013") not in pairs, pairs


WITHDRAWN_VARIANTS = {
    "remark-in-brackets": "withdrawn (no resources)",
    "remark-after-colon": "Withdrawn: merged into item M2",
    "remark-after-dash": "dropped - no volunteer",
}


@pytest.mark.parametrize("variant", sorted(WITHDRAWN_VARIANTS))
def test_a_withdrawn_row_with_its_reason(tmp_path: Path, variant: str) -> None:
    remark = WITHDRAWN_VARIANTS[variant]
    text = (
        "Addendum No. 1 to the HMC / OBC Tide Data Work Register\n\n"
        + ORGS_LINE
        + "3. Milestones\n\nItem\tWork item\tPrevious target\tNew target\tRemark\n"
        + "M1\tJoint glossary of tide gauge terms\tQ1 2026\tQ3 2026\tdelayed\n"
        + f"M2\tJoint tide atlas\tQ2 2026\t\u2013\t{remark}\n"
        + "M3\tShared conformance test suite\t\u2013\tTBD\tnew\n"
    )
    pairs = milestone_pairs(tmp_path, text, "addendum.txt")
    assert {
        ("Joint glossary of tide gauge terms", "Q3 2026"),
        ("Shared conformance test suite", "TBD"),
    } <= pairs
    assert not any(label in ("Joint tide atlas", "M2") for label, _ in pairs), pairs


ORGS_LINE = "Organizations: Harbour Metrology Council (HMC); Open Buoy Consortium (OBC)\n\n"

CONTACT_SCHEDULES = {
    "dash": "Schedule 2 \u2013 Liaison managers",
    "colon": "Schedule 2: Liaison managers",
    "annex": "Annex B - Contacts",
}


@pytest.mark.parametrize("variant", sorted(CONTACT_SCHEDULES))
def test_a_schedule_of_contacts_has_no_work_items(tmp_path: Path, variant: str) -> None:
    text = (
        MD_HEAD
        + ID_COLUMN_MD
        + f"\n## {CONTACT_SCHEDULES[variant]}\n\n| Party | Name | Position |\n|---|---|---|\n"
        + "| HMC | Ada Lindqvist | Programme manager |\n| OBC | Bruno Okafor | Liaison officer |\n"
    )
    pairs = milestone_pairs(tmp_path, text, "mou.md")
    assert pairs >= ITEMS
    assert not any(label in ("HMC", "OBC", "Party") for label, _ in pairs), pairs
