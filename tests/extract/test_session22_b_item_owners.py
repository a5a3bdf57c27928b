"""Layout invariance of an action's OWNER written where notes tools put it (issue 12, point 9, session 22,
engineer B):

- in brackets before the target's dash ("Draft a joint note on X (Ada Lind) \u2013 by May 15, 2026", two
  owners "(Ada Lind, Ben Odegaard)"): the owner is no part of the item;
- a person whose name opens with an accented capital ("\u00c9lodie Ferreira: draft ...", "\u00c5sa ..."):
  an owner as any other, no part of the item.

Every body and person is invented; the expected (item, target) pairs were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

NOTES = """\
# HMC / OBC joint call -- 2026-03-12

Attendees: Ada Lindqvist (Harbour Metrology Council, HMC), Tomasz Wierzbicki (Open Buoy Consortium, OBC)

## Action items

{lines}
"""


@pytest.mark.parametrize(
    "owners", ["Ada Lindqvist", "Ada Lindqvist, Tomasz Wierzbicki", "Ada Lind and Ben Ode"]
)
@pytest.mark.parametrize("dash", ["\u2013", "-", "\u2014"])
def test_owners_in_brackets_before_the_target_are_no_part_of_it(
    tmp_path: Path, owners: str, dash: str
) -> None:
    line = f"- Draft a joint note on tide gauge datum offsets ({owners}) {dash} by May 15, 2026"
    record = extracted(tmp_path, NOTES.format(lines=line), "tide-call-notes.md")
    pairs = {
        (folded(max([m.label, *m.texts], key=len)), m.target.text if m.target else None)
        for m in record.milestones
    }
    assert ("draft a joint note on tide gauge datum offsets", "May 15, 2026") in pairs


@pytest.mark.parametrize("owner", ["\u00c9lodie Ferreira-Sato", "\u00c5sa Lindgren", "\u00d8ystein Berg"])
def test_an_owner_with_an_accented_capital_is_no_part_of_the_item(tmp_path: Path, owner: str) -> None:
    line = f"- [ ] {owner}: draft the mapping table of tide gauge terms to buoy fields (due 2026-04-02)"
    record = extracted(tmp_path, NOTES.format(lines=line), "tide-call-notes.md")
    labels = {folded(m.label) for m in record.milestones}
    assert "draft the mapping table of tide gauge terms to buoy fields" in labels
