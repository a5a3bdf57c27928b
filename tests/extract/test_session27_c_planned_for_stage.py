"""Work items told as planned for a stage on a date, and actions numbered with a colon (issue 12 point 9,
session 27, engineer C, tag s27c).

Family 1: minutes' or a page's work items written as sentences that give the stage the item is due for
before its date ("X is planned for approval in July 2027", "Y is expected for publication by Q3 2027", "Z
are scheduled for ballot in H1 2028"): the item is X, the target the date; the verb, the cue and the
stage are none of them.

Family 2: actions numbered by the meeting and a colon before their owner ("A10-3-1: Ada Lind to draft ...",
"ACT-4: Tomas Brekke to ..."), as "A4.1 Ada Lind to ..." already was: number and owner are no part of the
action.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TEXT = """HARBOUR METROLOGY COUNCIL
Tide Gauge Working Group - Minutes of the virtual meeting of 9 March 2027

Chair: Ada Lind
Harbour Metrology Council (HMC) with the Open Buoy Consortium (OBC)

1. Liaison with the Open Buoy Consortium (OBC)
The OBC Telemetry Task Force reported on its drift corrections.

2. Work items
2.1 The joint tide gauge code list is planned for approval in July 2027.
2.2 The telemetry profile update is expected for publication by Q3 2027.

3. Actions
A10-3-1: Ines Varga to draft the reply to the OBC, due 20 April 2027.
A10-3-2: Tomas Brekke to circulate the drift study when received.
"""

MARKDOWN = """# HMC Tide Gauge Working Group - minutes, 9 March 2027

Harbour Metrology Council (HMC) with the Open Buoy Consortium (OBC).

## Work items

- The joint tide gauge code list is planned for approval in July 2027.
- The telemetry profile update is expected for publication by Q3 2027.

## Actions

- ACT-4: Ines Varga to draft the reply to the OBC, due 20 April 2027.
"""

HTML = """<html><head><title>HMC / OBC joint call</title></head><body>
<h1>HMC / OBC joint call, 9 March 2027</h1>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Status of the joint work</h2>
<p>The joint tide gauge code list is planned for approval in July 2027. The telemetry profile update is
expected for publication by Q3 2027.</p>
<h2>Actions</h2>
<p>B2-1: Ines Varga to draft the reply to the OBC, due 20 April 2027.</p>
</body></html>
"""

VARIANTS = {"minutes.txt": TEXT, "minutes.md": MARKDOWN, "minutes.html": HTML}
EXPECTED = {
    ("the joint tide gauge code list", "July 2027"),
    ("the telemetry profile update", "Q3 2027"),
    ("draft the reply to the obc", "20 April 2027"),
}


def without_article(pairs: set[tuple[str, str | None]]) -> set[tuple[str, str | None]]:
    """The pairs with no leading "the": a sentence's subject is read with or without it (not this family)."""
    return {(item.removeprefix("the "), target) for item, target in pairs}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_items_planned_for_a_stage_and_coded_actions(tmp_path: Path, name: str) -> None:
    pairs = written_milestone_pairs(tmp_path, VARIANTS[name], name)
    assert without_article(pairs) == without_article(EXPECTED), pairs
