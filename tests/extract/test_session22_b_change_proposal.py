"""Layout invariance of a register's CHANGE PROPOSAL and of plain-text titles drawn with rules (issue 12,
point 9, session 22, engineer B), in the layouts dev's writers who never saw the rules used:

- a change proposal's form lists the sections it changes by their numbers ("Sections of document affected:
  Section 5 (Milestones), Section 7 (Contacts)"): that line refers to sections and opens none (it opened a
  contacts section, and the milestones under it were never read);
- plain text draws a title between two rules ("-----" / "Section 5, Milestones" / "-----"), or underlines it
  with a rule as long as it is ("Meeting summary" / "---------------"): the title is a heading and the
  rules no text (a hard-wrapped document joined the rules and the title into one paragraph);
- a numbered item hard-wrapped before the dash of its target ("5.6  Change proposal ..." / "     - Target:
  15th September 2026") is one item with its target, as deep as its indentation, so the next numbered item
  is no sub-item of it (the dash read the target line as an item of its own).

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

RULE = "-" * 85

PROPOSAL = """\
Addendum 2 to the HMC - OBC Tide Data Work Register            Status: Final Text

Date of Last Update                   2026/05/04
Person Assigned                       Ada Lindqvist ada.lindqvist@hmc.example
Change Number                         TCP-04

Rationale for Change:

The joint glossary of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) is done;
two new work items are agreed.

Sections of document affected:

{affected}

Change Wording:

{rule}
{milestones_title}
{rule}

Replace item 5.2 with:

   5.2  Joint conformance test plan for the buoy telemetry profile of the
        tide record format - Target: Q4 CY2026

Add the following items after item 5.5:

   5.6  Change proposal aligning the tide gauge datum notes with the buoy profile
        - Target: 15th September 2026
   5.7  Joint tutorial on tide records at the Harbour Metrology Council plenary - Target: end of 2026

{rule}
{contacts_title}
{rule}

The OBC contact is unchanged: Tomasz Wierzbicki, Telemetry Task Force liaison to HMC.

{rule}
Approval
{rule}

Approved by the HMC Tide Gauge Working Group on 16th April 2026 and by the OBC Telemetry Task Force
by letter ballot closing 2026-04-28.
"""

ITEMS = {
    ("joint conformance test plan for the buoy telemetry profile of the tide record format", "Q4 CY2026"),
    ("change proposal aligning the tide gauge datum notes with the buoy profile", "15th September 2026"),
    ("joint tutorial on tide records at the harbour metrology council plenary", "end of 2026"),
}


def pairs_of(tmp_path: Path, text: str) -> set[tuple[str, str | None]]:
    record = extracted(tmp_path, text, "tide-change-proposal.txt")
    return {
        (folded(max([m.label, *m.texts], key=len)).rstrip(" -"), m.target.text if m.target else None)
        for m in record.milestones
    }


@pytest.mark.parametrize(
    "affected",
    [
        "Section 5 (Milestones), Section 7 (Contacts)",
        "Section 5 (Work items); Section 7 (Contacts)",
        "Clause 5 (Milestones); clause 7 (Liaison contacts)",
    ],
)
def test_a_line_listing_the_sections_changed_opens_none(tmp_path: Path, affected: str) -> None:
    text = PROPOSAL.format(
        affected=affected,
        rule=RULE,
        milestones_title="Section 5, Milestones",
        contacts_title="Section 7, Contacts",
    )
    assert pairs_of(tmp_path, text) >= ITEMS


@pytest.mark.parametrize("rule", ["-" * 85, "=" * 60, "*" * 40])
def test_a_title_between_rules_is_a_heading(tmp_path: Path, rule: str) -> None:
    text = PROPOSAL.format(
        affected="The milestones and the contacts.",
        rule=rule,
        milestones_title="Section 5, Milestones",
        contacts_title="Section 7, Contacts",
    )
    record = extracted(tmp_path, text, "tide-change-proposal.txt")
    assert pairs_of(tmp_path, text) >= ITEMS
    assert "Tomasz Wierzbicki" in {c.person for c in record.contacts}


UNDERLINED = """\
HMC / OBC joint sync 2026-10-06
{under}

Meeting summary
{summary_rule}

* ACTION: Ada Lindqvist to circulate the joint glossary of tide gauge terms by 2026-11-02

Action items
{actions_rule}

* Ada Lindqvist to circulate the joint glossary of tide gauge terms by 2026-11-02
"""


@pytest.mark.parametrize("mark", ["-", "=", "~"])
def test_an_underlined_title_is_a_heading_and_its_rule_no_text(tmp_path: Path, mark: str) -> None:
    text = UNDERLINED.format(under=mark * 31, summary_rule=mark * 15, actions_rule=mark * 12)
    from kg.extract.documents import read_document
    from kg.extract.structure import read_layout

    path = tmp_path / "tide-sync.txt"
    path.write_text(text, encoding="utf-8")
    blocks = [b for s in read_layout(read_document(path)).sections for b in s.blocks]
    headings = [s.heading.text for s in read_layout(read_document(path)).sections if s.heading is not None]
    assert "Action items" in headings
    assert not any(set(b.text) <= {mark, " "} for b in blocks)
    assert any(b.kind == "heading" and b.text == "Meeting summary" for b in blocks)
