"""A working group under a committee named by its code, written head first after its body ("ETSI TC ITS
WG5"), is a unit of that body even where the document names the committee alone too ("ETSI TC ITS#68" in
its header): the committee's name inside the group's does not hide the group (session 31 round 3, engineer
U; dev: two ETSI documents kept "TC ITS" and lost its WG1 and WG5).

Committee codes and wording invented; a liaison statement in plain text and meeting notes in Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAIN = """ETSI TC HARB#12\t\t\tHARB(26)012004

LIAISON STATEMENT

Title:\tLS on buoy reporting
Source:\tETSI TC HARB {group} (Sensors)
To:\tCoastal Data Alliance (CDA)

TC HARB {group} thanks the Coastal Data Alliance for its liaison on buoy reporting.
"""
MARKDOWN = """# ETSI TC HARB - CDA Joint Meeting No. 2

## 1 Reports

### 1.1 ETSI TC HARB {group}

The group has started a revision of its buoy profile, with the Coastal Data Alliance (CDA).

### 1.2 ETSI TC HARB

The committee approved the joint plan.
"""
LAYOUTS = [(PLAIN, "ls.txt"), (MARKDOWN, "notes.md")]


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
@pytest.mark.parametrize("group", ["WG5", "WG12"])
def test_a_group_under_a_named_committee_is_a_unit(
    tmp_path: Path, template: str, name: str, group: str
) -> None:
    record = extracted(tmp_path, template.format(group=group), name)
    units = {e.label: e.unit_of for e in record.new_entities if e.kind == "unit"}
    assert f"TC HARB {group}" in units, units
    assert str(units[f"TC HARB {group}"]).endswith("/organization/etsi"), units
