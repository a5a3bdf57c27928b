"""A liaisons table's contact columns, with blank cells and people led by their subject (issue 12 point 9,
session 29, B).

A standards body's liaisons page tables its partners: "Organization | MOU | Activities | <Body> contact |
Liaison contact". Two things were lost. A blank cell (no MOU) was left out of the row by the reader, so
every cell after it took the title of the column before: the partner's liaison contact was read under
"<Body> contact" and given the page's body. And a cell naming one person a subject ("Web and TV: Ana
Lind" over "Timed Text: Bo Example", a page's <br>) was read as one person. The cells keep their columns,
and each person of such a cell is read with the subject as their role. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

INTRO = "The Harbour Metrology Council (HMC) keeps liaisons with the organizations below."
HEADER = ["Organization", "MOU", "HMC activities affected", "HMC contact", "Liaison contact"]
TGA_CONTACTS = "TGA liaison alias|Dmitri Valk-Ansah|Tides: Eira Nyhus"  # a mailbox's name among the people
ROWS = [
    [
        "Open Buoy Consortium (OBC)",
        "",
        "Telemetry, Tides",
        "Telemetry: Ana Lind-Okafor|Tides: Bo Ekdahl",
        "Cyra Moss",
    ],
    [
        "Tide Gauge Alliance (TGA)",
        "yes",
        "Tides",
        "Bo Ekdahl",
        "TGA liaison alias|Dmitri Valk-Ansah|Tides: Eira Nyhus",
    ],
]


def page(name: str) -> str:
    if name.endswith(".html"):
        head = "".join(f"<th>{t}</th>" for t in HEADER)
        rows = "".join(
            "<tr>" + "".join(f"<td>{c.replace('|', '<br>')}</td>" for c in row) + "</tr>" for row in ROWS
        )
        return (
            f"<html><body><h1>Liaisons</h1><p>{INTRO}</p><table><tr>{head}</tr>{rows}</table></body></html>"
        )
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    lines += ["| " + " | ".join(c.replace("|", ", ") for c in row) + " |" for row in ROWS]
    return "# Liaisons\n\n" + INTRO + "\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", ["liaisons.html", "liaisons.md"])
def test_each_contact_of_its_column_body(tmp_path: Path, name: str) -> None:
    record = extracted(tmp_path, page(name), name)
    people = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert people.get("Cyra Moss") == "Open Buoy Consortium", people
    assert people.get("Dmitri Valk-Ansah") == "Tide Gauge Alliance", people
    assert people.get("Eira Nyhus") == "Tide Gauge Alliance", people
    assert people.get("Ana Lind-Okafor") == "Harbour Metrology Council", people
    assert people.get("Bo Ekdahl") == "Harbour Metrology Council", people


OUR_ROWS = [
    ["Open Buoy Consortium", "OBC", "Buoy telemetry", "Ana Lind-Okafor"],
    ["Tide Gauge Alliance", "", "Tide records", "Bo Ekdahl"],
]


OUR_INTRO = "The Harbour Metrology Council (HMC) works with the organizations below."


def our_page(name: str) -> str:
    header = ["Organization", "Acronym", "Working together on", "Our contact"]
    if name.endswith(".html"):
        head = "".join(f"<th>{t}</th>" for t in header)
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in OUR_ROWS)
        return (
            "<html><head><title>Partners | Harbour Metrology Council</title></head><body><h1>Partners of "
            f"the Harbour Metrology Council</h1><p>{OUR_INTRO}</p>"
            f"<table><tr>{head}</tr>{rows}</table></body></html>"
        )
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in OUR_ROWS]
    return f"# Partners of the Harbour Metrology Council\n\n{OUR_INTRO}\n\n" + "\n".join(lines) + "\n"


@pytest.mark.parametrize("name", ["partners.html", "partners.md"])
def test_our_contact_is_the_page_body(tmp_path: Path, name: str) -> None:
    """A column titled "Our contact" holds the page's own body's people, whatever the row's partner."""
    record = extracted(tmp_path, our_page(name), name)
    people = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert people.get("Ana Lind-Okafor") == "Harbour Metrology Council", people
    assert people.get("Bo Ekdahl") == "Harbour Metrology Council", people
