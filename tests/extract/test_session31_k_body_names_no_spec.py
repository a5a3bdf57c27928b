"""A "Name (ACR)" in a table's column of bodies, or whose head only a body has (Guild, Trust, Chamber ...),
names a body, never a specification or a topic (issue 12 point 9, session 31, engineer K; class c of
/work/s30/reports/N.md: "Hollis Storage Guild (HSG)" under "Organization" became spec/hsg beside the new
organization, and an extra topic).

Variants: Markdown and HTML tables under "Organization", "Partner" and "Member organization", a name with no
body's head in the column, and prose with a body-only head; a "Topic" column keeps its specification.
Bodies and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Harbour Metrology Council (HMC) keeps liaisons with other organizations on tide data."
ROWS = [
    ("DMTF", "2019", "Ana Example"),
    ("Open Compute Project (OCP)", "2020", "Ben Example"),
    ("Fjord Sensor Network (FSN)", "2021", "Cara Example"),
    ("Baltic Tide Guild (BTG)", "2022", "Dan Example"),
]


def table(layout: str, header: str) -> tuple[str, str]:
    columns = [header, "Since", "HMC contact"]
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


def kinds(tmp_path: Path, text: str, name: str) -> dict[str, str]:
    record = extracted(tmp_path, text, name)
    return {e.label: e.kind for e in record.new_entities}


@pytest.mark.parametrize("layout", ["md", "html"])
@pytest.mark.parametrize("header", ["Organization", "Partner", "Member organization"])
def test_a_name_in_a_column_of_bodies_is_no_specification(tmp_path: Path, layout: str, header: str) -> None:
    found = kinds(tmp_path, *table(layout, header))
    assert "specification" not in {found.get("Fjord Sensor Network"), found.get("Baltic Tide Guild")}, found


@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_column_of_topics_keeps_its_specification(tmp_path: Path, layout: str) -> None:
    found = kinds(tmp_path, *table(layout, "Topic"))
    assert found.get("Fjord Sensor Network") == "specification", found


@pytest.mark.parametrize(
    "sentence",
    [
        "The Baltic Tide Guild (BTG) reviewed the draft.",
        "Comments came from the Coastal Survey Data Trust (CSDT).",
        "The Nordic Chamber of Shipping (NCS) hosts the meeting.",
    ],
)
def test_a_body_only_head_in_prose_is_no_specification(tmp_path: Path, sentence: str) -> None:
    text = f"Liaison statement from HMC\n\n{LEAD}\n{sentence}\n"
    found = kinds(tmp_path, text, "a.txt")
    assert "specification" not in found.values(), found
    assert "organization" in {k for n, k in found.items() if n != "Harbour Metrology Council"}, found
