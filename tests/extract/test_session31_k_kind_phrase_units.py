"""A unit named by its body, its number and a long kind phrase ending on "Advisory Group" is a unit of that
body, and a name alone in a table's column of bodies is no unit of the page's writer nor of the row above
(issue 12 point 9, session 31, engineer K; class d of /work/s30/reports/L.md: "The IEEE 802.18 Radio
Regulatory Technical Advisory Group reviewed ..." gave no unit; "Access Board (US)" under "Organization"
became a unit of the body in the first row).

Bodies real or invented, wording invented; prose in three formats, tables in Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import led
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) thanks the groups named here for their comments on tide data."


def written(layout: str, sentence: str) -> tuple[str, str]:
    return led(layout, "Liaison statement from HMC", LEAD, sentence)


def units(tmp_path: Path, text: str, name: str) -> dict[str, str]:
    record = extracted(tmp_path, text, name)
    bodies = {e.iri: e for e in record.new_entities}
    bodies.update({p.iri: p for p, _ in record.parties})
    found = {}
    for unit in (e for e in record.new_entities if e.kind == "unit"):
        owner = bodies.get(unit.unit_of)
        found[unit.label] = owner.short_name if owner is not None else str(unit.unit_of)
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "unit", "owner"),
    [
        (
            "The IEEE 802.18 Radio Regulatory Technical Advisory Group reviewed the draft.",
            "IEEE 802.18 Radio Regulatory Technical Advisory Group",
            "IEEE",
        ),
        ("The HMC Tide Sensor Technical Advisory Group met.", "Tide Sensor Technical Advisory Group", "HMC"),
    ],
)
def test_an_advisory_group_is_a_unit_of_its_body(
    tmp_path: Path, layout: str, sentence: str, unit: str, owner: str
) -> None:
    found = units(tmp_path, *written(layout, sentence))
    assert found.get(unit) == owner, found


ROWS = [
    ("DMTF", "2019", "Ana Example"),
    ("Open Compute Project (OCP)", "2020", "Ben Example"),
    ("Access Board (US)", "2021", "Cara Example"),
    ("Coastal Survey Committee", "2022", "Eve Example"),
]


def table(layout: str) -> tuple[str, str]:
    columns = ["Organization", "Since", "HMC contact"]
    if layout == "html":
        head = "".join(f"<th>{c}</th>" for c in columns)
        body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
        return (
            f"<html><body><h1>HMC Liaisons</h1><p>{LEAD}</p>"
            f"<table><tr>{head}</tr>{body}</table></body></html>\n",
            "a.html",
        )
    lines = ["| " + " | ".join(columns) + " |", "|---|---|---|", *("| " + " | ".join(r) + " |" for r in ROWS)]
    return "# HMC Liaisons\n\n" + LEAD + "\n\n" + "\n".join(lines) + "\n", "a.md"


@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_name_alone_in_a_column_of_bodies_is_no_unit(tmp_path: Path, layout: str) -> None:
    found = units(tmp_path, *table(layout))
    assert not [u for u in found if "Access Board" in u or "Coastal Survey" in u], found
