"""Contacts labelled in other languages, and the people a sentence names as running the relationship
(issue 12 point 9, session 26, engineer B).

- A contact's label in the languages of the corpus's other documents ("Ansprechpartner:", "Kontakt:",
  "Contacto:", "Contato:", "Contatto:", "Personne de contact :") is a contact's label as "Contact:" is, and
  the word "and" of those languages ("et", "und", "y", "e") joins two people as "and" does, also on a line
  a reader took for the heading of a contacts section ("Contacts : A (HMC) et B (OBC)").
- "The liaison is managed by A (HMC) and B (OBC)", "The joint work will be coordinated by A for HMC and B
  for OBC", "A (HMC) and B (OBC) act as liaison officers", "A of HMC and B of OBC serve as the points of
  contact", "A (HMC) and B (OBC) lead the liaison": both people are contacts, each with their body.

Every body and person is invented; the expected contacts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
LAYOUTS = {
    "page.md": "# HMC and OBC partnership\n\n{bodies}\n\n{line}\n",
    "page.txt": "HMC AND OBC PARTNERSHIP\n\n{bodies}\n\n{line}\n",
    "page.html": "<html><body><h1>HMC and OBC partnership</h1><p>{bodies}</p><p>{line}</p></body></html>",
}
LABELLED = [
    "Ansprechpartner: Ana Lindqvist-Ahl (HMC); Bo Kristiansen-Oduya (OBC)",
    "Kontakt: Ana Lindqvist-Ahl (HMC) und Bo Kristiansen-Oduya (OBC)",
    "Contacto: Ana Lindqvist-Ahl (HMC) y Bo Kristiansen-Oduya (OBC)",
    "Contato: Ana Lindqvist-Ahl (HMC) e Bo Kristiansen-Oduya (OBC)",
    "Contatti: Ana Lindqvist-Ahl (HMC), Bo Kristiansen-Oduya (OBC)",
    "Contacts : Ana Lindqvist-Ahl (HMC) et Bo Kristiansen-Oduya (OBC)",
]
SENTENCES = [
    "The liaison is managed by Ana Lindqvist-Ahl (HMC) and Bo Kristiansen-Oduya (OBC).",
    "The joint work will be coordinated by Ana Lindqvist-Ahl for HMC and Bo Kristiansen-Oduya for OBC.",
    "Ana Lindqvist-Ahl (HMC) and Bo Kristiansen-Oduya (OBC) act as liaison officers.",
    "Ana Lindqvist-Ahl of HMC and Bo Kristiansen-Oduya of OBC serve as the points of contact.",
    "Ana Lindqvist-Ahl (HMC) and Bo Kristiansen-Oduya (OBC) lead the liaison.",
]
BOTH = {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("line", LABELLED)
def test_a_contact_label_of_another_language(tmp_path: Path, name: str, line: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name))
    assert found == BOTH, found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("line", SENTENCES)
def test_the_people_running_the_relationship(tmp_path: Path, name: str, line: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name))
    assert found == BOTH, found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_groups_that_lead_the_work_name_no_one(tmp_path: Path, name: str) -> None:
    line = "The joint work is coordinated by the Tide Gauge Working Group and the Telemetry Task Force."
    assert contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name)) == {}
