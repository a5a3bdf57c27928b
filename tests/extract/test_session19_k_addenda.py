"""Layout invariance of an addendum whose own line comes late (session 19, tuner K): a letter under a
letterhead and an address block ("Re: Amendment No. 2 to the X / Y Work Register"), or a ballot page
under a members' site menu ("Title | Approve Addendum 2 to the X-Y Work Register"). The register it
amends and its two parties are read from that line wherever the opening ends. Invented bodies."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

CHANGES = (
    '  1.  Item 3 of the register ("Joint glossary of tide gauge terms") moves from Q4 2026 to Q2 2027.\n\n'
    '  2.  A new item 6 is added: "Shared sample archive of buoy records", target H2 2027.\n'
)

LETTER = (
    "                                        HARBOUR METROLOGY COUNCIL\n"
    "                                        12 Quay Street\n"
    "                                        Portsmouth PO1 2AB\n"
    "                                        United Kingdom\n\n"
    "                                        3rd March 2027\n\n"
    "Dr. Bruno Sancho\nSecretary General\nOpen Buoy Consortium\nLisbon, Portugal\n\nBy e-mail\n\n"
    "Re:  Amendment No. 2 to the Harbour Metrology Council / Open Buoy Consortium Work Register\n"
    "     HMC-OBC-WR-03\n\n"
    "Dear Dr. Sancho,\n\nFollowing the joint call of our two organizations, this letter sets out the "
    "changes to "
    "the work register between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) that "
    "the call agreed:\n\n" + CHANGES
)

BALLOT = (
    "<html><body><nav><a>Skip to content</a></nav><h3>Logged in as: Lind, Ada | My Account | Logout</h3>"
    "<h3>Member Workspace</h3><ul><li>My Groups</li><li>Board</li><li>Ballots</li><li>Documents</li>"
    "<li>Calendar</li><li>Roster</li></ul>"
    "<h3>All Groups \u00bb Board \u00bb Ballots \u00bb Ballot Details</h3>"
    "<h1>Ballot Details</h1><table>"
    "<tr><td>Title</td><td>Approve Addendum 2 to the HMC\u2013OBC Work Register</td></tr>"
    "<tr><td>Ballot Type</td><td>Approval</td></tr><tr><td>Status</td><td>Closed</td></tr>"
    "<tr><td>Opened</td><td>Tue, 2 Mar 2027</td></tr><tr><td>Owner</td><td>Ada Lind</td></tr></table>"
    "<h2>Question</h2><p>Does the Board approve Addendum 2 to the work register between the Harbour "
    "Metrology Council (HMC) and the Open Buoy Consortium (OBC), as set out below?</p><ol>"
    '<li>Item 3 ("Joint glossary of tide gauge terms"): target moved from Q4 2026 to Q2 2027.</li>'
    '<li>New item 6, "Shared sample archive of buoy records": target H2 2027.</li></ol></body></html>'
)

VARIANTS = {"letter": ("amendment.txt", LETTER), "ballot-page": ("ballot.html", BALLOT)}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_an_addendum_s_own_line_names_its_register_and_parties(tmp_path: Path, variant: str) -> None:
    name, text = VARIANTS[variant]
    record = extracted(tmp_path, text, name)
    assert record.kind == "RegisterAddendum"
    parties = {folded(entity.label) for entity, _ in record.parties}
    assert parties >= {"harbour metrology council", "open buoy consortium"}
    assert record.amends is not None and "work register" in record.amends.value.lower()
    assert "parties" not in record.warnings and "register" not in record.warnings


NEW_AND_MOVED = {
    ("Shared sample archive of buoy records", "H2 2027"),
    ("Reference mapping of buoy telemetry fields", "Q1 2027"),
}

CHANGE_VARIANTS = {
    "added-with-target-after": (
        '1. A new item 6 is added: "Shared sample archive of buoy records", target H2 2027, led by OBC with '
        "HMC reviewers contributing.\n"
        '2. Item 2 ("Reference mapping of buoy telemetry fields") moves from Q3 2026 to Q1 2027.\n'
    ),
    "new-item-numbered": (
        "- New work item 6, \u201cShared sample archive of buoy records\u201d: target H2 2027.\n"
        "- Work item 2, \u201cReference mapping of buoy telemetry fields\u201d: target moved from Q3 2026 to "
        "Q1 2027 (the OBC telemetry release slipped).\n"
    ),
    "added-on-lines-below": (
        "A.1  A new milestone is added:\n"
        '     "Shared sample archive of buoy records"\n'
        "     - target: H2 2027.\n\n"
        'A.2  Milestone 2, "Reference mapping of buoy telemetry fields", is moved from Q3 2026 to Q1 2027.\n'
    ),
}

ADDENDUM_HEAD = (
    "Addendum 2 to the HMC / OBC Tide Data Work Register\n\n"
    "This addendum to the work register between the Harbour Metrology Council (HMC) and the Open Buoy "
    "Consortium (OBC) records the changes agreed at the joint call.\n\nChanges\n\n"
)


@pytest.mark.parametrize("variant", sorted(CHANGE_VARIANTS))
def test_an_addendum_s_new_and_moved_items_by_their_quoted_titles(tmp_path: Path, variant: str) -> None:
    """A change that quotes the item's title after its number ("New work item 6, \u201cX\u201d: target H2
    2027", "A new item 6 is added: "X", target H2 2027, led by ...") is the quoted item with its target; a
    moved target may be followed by the reason in brackets."""
    record = extracted(tmp_path, ADDENDUM_HEAD + CHANGE_VARIANTS[variant], "addendum.txt")
    assert record.kind == "RegisterAddendum"
    found = {(m.label, m.target.text if m.target else None) for m in record.milestones}
    assert found == NEW_AND_MOVED
