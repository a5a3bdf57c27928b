"""A numbered study group written "SG 15" is also "Study Group 15" (session 29, E, at B's request).

"ITU-T SG 15" and "ITU-R SG 5" (a blank between the head and the number) gave a unit named "SG 15" only,
while "SG15" run on gave "Study Group 15": a gold or a reader that writes the group in full, as the
reference data names ITU study groups, missed it. The short head "SG" is spelt out as "TC", "SC", "WG" and
"WP" already were. Bodies, people and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CASES = [
    ("ls.txt", "ITU-T SG 15", "Study Group 15"),
    ("ls.md", "ITU-R SG 5", "Study Group 5"),
    ("ls.html", "ITU-T SG 13", "Study Group 13"),
]


def statement(name: str, group: str) -> str:
    lead = (
        f"The Harbour Metrology Council (HMC) thanks {group} for its input on tide gauge timing and sends "
        "it the revised profile for information."
    )
    if name.endswith(".html"):
        return f"<html><body><h1>Liaison statement to {group}</h1><p>{lead}</p></body></html>"
    head = f"# Liaison statement to {group}" if name.endswith(".md") else f"LIAISON STATEMENT TO {group}"
    return f"{head}\n\n{lead}\n"


@pytest.mark.parametrize(("name", "group", "full"), CASES)
def test_the_study_group_is_named_in_full_too(tmp_path: Path, name: str, group: str, full: str) -> None:
    record = extracted(tmp_path, statement(name, group), name)
    names = [set(unit.names) | {unit.label} for unit, *_ in record.units]
    assert any(full in n and group.split(" ", 1)[1] in n for n in names), names
