"""Layout invariance of UNITS written in brackets after their body's name (issue 12, point 9, session 28,
tuner A).

A body's table of liaisons names each partner with the group the liaison is with, in brackets in one cell:
"Ecma International (TC39)", "W3C (GPU for the Web Working Group)", "Annotating All Knowledge Coalition
(Steering Committee)". A committee's bare designation in brackets ("(TC39)", "(SC 24)") was read as nothing,
and a bare head ("(Steering Committee)") only after its body's name without the brackets. Both are the
body's unit. The bodies and groups are invented; each row is written in a Markdown table, an HTML table and
plain-text lines.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Coastal Buoy Forum (CBF) keeps liaisons with the Kelp Data Association (KDA) and the Fjordline "
    "Sensor Consortium (FSC). The table lists the group each liaison is with."
)
ROWS = [
    ("Kelp Data Association ({group})", "Buoy data formats", "Ada Lindqvist-Oyelaran"),
    ("Fjordline Sensor Consortium (Mooring Steering Committee)", "Mooring loads", "Tomas Brekke-Adeyemi"),
]
GROUPS = ["TC 12", "TC12", "WG 4", "SC 3"]


def document(layout: str, group: str) -> tuple[str, str]:
    rows = [(cell.format(group=group), work, person) for cell, work, person in ROWS]
    if layout == "md":
        body = "\n".join(f"| {a} | {b} | {c} |" for a, b, c in rows)
        table = f"| Organization | Work affected | Contact |\n|---|---|---|\n{body}"
        return f"# CBF liaisons\n\n{LEAD}\n\n{table}\n", "a.md"
    if layout == "html":
        body = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in rows)
        return (
            f"<html><body><h1>CBF liaisons</h1><p>{LEAD}</p><table><tr><th>Organization</th>"
            f"<th>Work affected</th><th>Contact</th></tr>{body}</table></body></html>\n",
            "a.html",
        )
    lines = "\n".join(f"{a}: {b}; contact {c}" for a, b, c in rows)
    return f"CBF liaisons\n\n{LEAD}\n\n{lines}\n", "a.txt"


def owned_units(tmp_path: Path, layout: str, group: str) -> dict[str, str]:
    text, name = document(layout, group)
    record = extracted(tmp_path, text, name)
    bodies = {p.iri: p.acronym or p.label for p, _ in record.parties}
    return {
        u.label.removeprefix("KDA ").removeprefix("FSC "): bodies.get(u.unit_of, "") for u, _ in record.units
    }


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("layout", ["md", "html", "txt"])
def test_a_group_in_brackets_after_its_body_is_the_bodys_unit(
    tmp_path: Path, layout: str, group: str
) -> None:
    units = owned_units(tmp_path, layout, group)
    spaced = group.replace("TC12", "TC 12")
    assert units.get(spaced) == "KDA" or units.get(group) == "KDA", units
    assert units.get("Mooring Steering Committee") == "FSC", units
