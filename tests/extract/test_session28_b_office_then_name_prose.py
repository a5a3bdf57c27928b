"""A liaison office, a comma, then its holder, in running prose (issue 12 point 9, session 28, B).

A body's page or letter names the person who keeps its liaisons by office first: "Requests ... should be
made by the relevant chair to the Liaisons Coordinator, Ana Lind" (a real 3GPP page), "Questions go to the
External Relations Manager, Dr. Ana Lind, who keeps the list", "Incoming statements are registered by the
Liaison Co-ordinator, Ana Lind." The holder is a contact wherever the sentence stands (not only under a
heading naming the role); "the Liaison Coordinator, who keeps the list" names no one. Before the rule the
person was lost. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

LEAD = "The Harbour Metrology Council (HMC) liaises with the Open Buoy Consortium (OBC) on tide data."
SENTENCES = [
    "Requests for changes should be made by the relevant chair to the Liaisons Coordinator, Ana Lind-Varga.",
    "Questions can be sent to the External Relations Manager, Dr. Ana Lind-Varga, who keeps the list.",
    "Incoming statements are registered by the Liaison Co-ordinator, Ana Lind-Varga.",
]


def page(name: str, sentence: str) -> str:
    if name.endswith(".html"):
        return f"<html><body><h1>HMC and OBC</h1><p>{LEAD}</p><h2>Actions</h2><p>{sentence}</p></body></html>"
    if name.endswith(".md"):
        return f"# HMC and OBC\n\n{LEAD}\n\n## Actions\n\n{sentence}\n"
    return f"HMC and OBC\n\n{LEAD}\n\nActions:\n{sentence}\n"


@pytest.mark.parametrize("name", ["page.html", "page.md", "page.txt"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_holder_after_a_liaison_office(tmp_path: Path, name: str, sentence: str) -> None:
    people = contact_orgs(extracted(tmp_path, page(name, sentence), name))
    assert "ana lind-varga" in people, people


@pytest.mark.parametrize("name", ["page.html", "page.md", "page.txt"])
def test_an_office_with_no_holder_names_no_one(tmp_path: Path, name: str) -> None:
    sentence = "Questions can be sent to the Liaison Coordinator, who keeps the list."
    people = contact_orgs(extracted(tmp_path, page(name, sentence), name))
    assert not people, people
