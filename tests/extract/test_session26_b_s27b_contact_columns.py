"""A table with a header row whose contact column has another title (issue 12 point 9, session 27, engineer B,
s27b): "Party | Delegate" and the contact's word in the corpus's other languages ("Organisation |
Ansprechpartner", "Organisme | Interlocuteur", "Organización | Persona de contacto", "Partner | Referente"):
each row's person is a contact, of the body the row names. Markdown, HTML and a plain-text pipe table.

Every body and person is invented; the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data."
ROWS = [("HMC", "Ana Lindqvist-Ahl", "ana@hmc.example"), ("OBC", "Bo Kristiansen-Oduya", "bo@obc.example")]
HEADERS = [
    ("Party", "Delegate"),
    ("Organisation", "Ansprechpartner"),
    ("Organisme", "Interlocuteur"),
    ("Organización", "Persona de contacto"),
    ("Partner", "Referente"),
]


def page(name: str, body_title: str, person_title: str) -> str:
    if name.endswith(".html"):
        rows = "".join(f"<tr><td>{b}</td><td>{p}</td><td>{m}</td></tr>" for b, p, m in ROWS)
        return (
            f"<html><body><h1>HMC and OBC</h1><p>{BODIES}</p><table><tr><th>{body_title}</th>"
            f"<th>{person_title}</th><th>E-mail</th></tr>{rows}</table></body></html>"
        )
    rows = "".join(f"| {b} | {p} | {m} |\n" for b, p, m in ROWS)
    table = f"| {body_title} | {person_title} | E-mail |\n|---|---|---|\n{rows}"
    if name.endswith(".md"):
        return f"# HMC and OBC\n\n{BODIES}\n\n## Overview\n\n{table}"
    return f"HMC AND OBC\n\n{BODIES}\n\n{table}"


@pytest.mark.parametrize("name", ["page.md", "page.html", "page.txt"])
@pytest.mark.parametrize(("body_title", "person_title"), HEADERS)
def test_a_contact_column_under_another_title(
    tmp_path: Path, name: str, body_title: str, person_title: str
) -> None:
    found = contact_bodies(extracted(tmp_path, page(name, body_title, person_title), name))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}, found
