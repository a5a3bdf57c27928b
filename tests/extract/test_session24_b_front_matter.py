"""A liaison statement kept as a static site's Markdown page (issue 12 point 9, session 24, engineer B): its
ends, purpose and deadline are the page's front matter, lower-case YAML keys between "---" fences ("from:",
"to:" over "  - ..." items, "purpose:", "deadline:" or "reply_by:"), which the capitalised header fields
never read; the reader drops the fences and may run a key without a value onto the line before it. The
front matter's lists (its contacts, its attachments) are the page's metadata, never work items.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected facts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

STATEMENT = """---
title: "LS on buoy clock drift for tide gauge sharing"
date: 2026-03-11
from: Harbour Metrology Council (HMC) Tide Gauge Working Group
to:{to}
purpose: For action
{deadline_key}: 2026-06-30
contacts:
  - name: Ana Okonkwo-Lind
    organization: Harbour Metrology Council
    email: a.okonkwo@hmc.example
attachments:
  - hmc-drift-table-v2.pdf
layout: liaison
---

## Overall description

The Tide Gauge Working Group of the Harbour Metrology Council thanks the Open Buoy Consortium (OBC) for its
statement on buoy telemetry and is preparing a note on clock drift.

## Actions

The working group asks OBC to confirm the drift figures of the attached table.
"""
ADDRESSEES = {
    "item": "\n  - Open Buoy Consortium (OBC) Telemetry Task Force",
    "inline": " Open Buoy Consortium (OBC) Telemetry Task Force",
    "quoted": ' "Open Buoy Consortium (OBC) Telemetry Task Force"',
}


@pytest.mark.parametrize("deadline_key", ["deadline", "reply_by"])
@pytest.mark.parametrize("to", sorted(ADDRESSEES))
def test_the_front_matter_gives_the_statement_s_ends_and_deadline(
    tmp_path: Path, to: str, deadline_key: str
) -> None:
    text = STATEMENT.format(to=ADDRESSEES[to], deadline_key=deadline_key)
    record = extracted(tmp_path, text, "ls.md")
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None
    senders = {e.acronym or e.label for e in record.liaison.senders}
    recipients = {e.acronym or e.label for e in record.liaison.recipients}
    assert "OBC" in recipients or "Telemetry Task Force" in recipients, recipients
    assert not recipients & {"HMC", "Tide Gauge Working Group"}, recipients
    assert senders & {"HMC", "Tide Gauge Working Group"}, senders
    assert record.liaison.deadline == "2026-06-30"
    assert record.liaison.purpose == "action"


@pytest.mark.parametrize("to", sorted(ADDRESSEES))
def test_the_front_matter_s_lists_are_no_work_items(tmp_path: Path, to: str) -> None:
    record = extracted(tmp_path, STATEMENT.format(to=ADDRESSEES[to], deadline_key="deadline"), "ls.md")
    assert not record.milestones, [(m.label, m.target) for m in record.milestones]
