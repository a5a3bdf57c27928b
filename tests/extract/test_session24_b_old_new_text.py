"""An addendum that quotes, for each amendment, the text it replaces and the new text (issue 12 point 9,
session 24, engineer B): "Old text:" / "New text:" (or "Existing text:" / "Amended text:", "Was:" / "Is:"),
each over a quoted item of the register ("> 4.3 X - target: Q4 2027"). The new text's items are the
register's work items as amended, wherever the layout put the quote (no list item); the replaced text states
none, and its contact is no contact any more.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected facts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, written_milestone_pairs

ADDENDUM = """# Addendum 1 to the HMC / OBC Work Register on Tide Data

| | |
|---|---|
| Register | HMC / OBC Work Register on Tide Data, version 2.0 |
| Agreed | Harbour Metrology Council (HMC), 22 April 2027 |
| Agreed | Open Buoy Consortium (OBC), 29 April 2027 |

This addendum changes the register where shown below. Clauses not named are unchanged.

### Amendment 1 - Clause 4 (Work items), item 4.3

**{old}**

{quote}4.3 Joint station code list for tide gauges - target: Q2 2027

**{new}**

{quote}4.3 Joint station code list for tide gauges - target: Q4 2027

### Amendment 2 - Clause 4 (Work items), new item 4.6

**{old}** none.

**{new}**

{quote}4.6 Alignment of buoy record types with the station archive - target: March 2028

### Amendment 3 - Clause 6 (Contacts)

**{old}**

{quote}OBC: Renata Oyelaran-Fisk

**{new}**

{quote}OBC: Jun-seo Halloran, Telemetry Task Force chair (jun-seo.halloran@obc.example)
"""
LABELS = {
    "old-new": ("Old text:", "New text:"),
    "existing-amended": ("Existing text:", "Amended text:"),
    "was-is": ("Was:", "Is:"),
}


@pytest.mark.parametrize("quote", ["> ", ""], ids=["quoted", "bare"])
@pytest.mark.parametrize("labels", sorted(LABELS))
def test_the_new_text_s_items_are_the_register_s(tmp_path: Path, labels: str, quote: str) -> None:
    old, new = LABELS[labels]
    text = ADDENDUM.format(old=old, new=new, quote=quote)
    # the corpus compares an item without the punctuation that ends it ("X -" is X)
    pairs = {
        (item.rstrip(" -"), target) for item, target in written_milestone_pairs(tmp_path, text, "addendum.md")
    }
    targets = dict(pairs)
    assert targets.get("joint station code list for tide gauges") == "Q4 2027", pairs
    assert targets.get("alignment of buoy record types with the station archive") == "March 2028", pairs
    assert ("joint station code list for tide gauges", "Q2 2027") not in pairs, pairs


@pytest.mark.parametrize("quote", ["> ", ""], ids=["quoted", "bare"])
@pytest.mark.parametrize("labels", sorted(LABELS))
def test_the_replaced_contact_is_no_contact(tmp_path: Path, labels: str, quote: str) -> None:
    old, new = LABELS[labels]
    record = extracted(tmp_path, ADDENDUM.format(old=old, new=new, quote=quote), "addendum.md")
    people = {c.person for c in record.contacts}
    assert "Renata Oyelaran-Fisk" not in people, people
    assert "Jun-seo Halloran" in people, people
