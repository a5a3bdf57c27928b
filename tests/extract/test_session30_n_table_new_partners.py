"""A page's table of partners, one row each: a row whose body cell names a body nobody knew is a party
too (session 30, N, L's request).

A body's liaisons page lists its partners in a table ("Organization | MOU | Activities | Contact"); the
rows naming known bodies gave parties, a row naming a body the reference data lacks ("Coastal Data Trust",
"Hollis Storage Guild (HSG)") gave none. Under a column whose header names no bodies ("Activity") the same
capitalised cells are no parties. Bodies, people and activities invented (DMTF and OCP are real bodies the
reference data knows, named for the known rows).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Storage Networking Industry Association (SNIA) keeps liaisons with other organizations whose work"
    " touches storage. Each liaison has a contact on both sides."
)
ROWS = [
    ("DMTF", "yes", "Systems management", "Ana Lindqvist", "Eli Varga"),
    ("Open Compute Project (OCP)", "", "Computational storage", "Bo Haraldsen", "Fay Osei"),
    ("Coastal Data Trust", "", "Long-term retention", "Cy Moreau", "Gus Tanaka"),
    ("Hollis Storage Guild (HSG)", "yes", "Object drive interfaces", "Di Okonkwo", "Hal Petrov"),
]
NEW = {"Coastal Data Trust", "HSG"}


def markdown(header: str) -> str:
    rows = "".join(f"| {a} | {b} | {c} | {d} | {e} |\n" for a, b, c, d, e in ROWS)
    head = f"| {header} | MOU | Activities | SNIA contact | Partner's contact |\n|---|---|---|---|---|\n"
    return f"# SNIA liaisons\n\n{LEAD}\n\n{head}{rows}"


def html(header: str) -> str:
    rows = "".join(f"<tr><td>{c}</td><td>{a}</td><td>{d}</td><td>{e}</td></tr>" for a, _, c, d, e in ROWS)
    head = f"<tr><th>Activity</th><th>{header}</th><th>SNIA liaison</th><th>Their liaison</th></tr>"
    return f"<html><body><h1>SNIA liaisons</h1><p>{LEAD}</p><table>{head}{rows}</table></body></html>"


def names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {party.acronym or party.label for party, _ in record.parties}


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("liaisons.md", markdown("Organization")),
        ("partners.md", markdown("Partner")),
        ("liaisons.html", html("Partner organization")),
        ("bodies.html", html("Body")),
    ],
)
def test_a_new_body_in_a_partners_column_is_a_party(tmp_path: Path, name: str, text: str) -> None:
    found = names(tmp_path, text, name)
    assert found >= NEW, found
    assert {"DMTF", "OCP", "SNIA"} <= found, found


def test_capitalised_cells_under_another_header_are_no_parties(tmp_path: Path) -> None:
    text = html("Partner").replace("<th>Activity</th>", "<th>Work area</th>")
    found = names(tmp_path, text.replace("Systems management", "Systems Management Forum Work"), "p.html")
    assert "Systems Management Forum Work" not in found, found
