"""A body's own officer on its page of liaisons, named by office alone (issue 12 point 9, session 28, B).

A standards body's page of the bodies it liaises with ("Bodies with which the Broadband Forum exchanges
liaisons", "HMC liaisons") names its own officer by office and name, no body beside them: "Requests ...
should be sent to the Liaison Coordinator, Ana Lind", "Ana Lind, Liaison Manager, maintains this list".
The officer is the body's whose page it is: the one party the page's title names. A title naming two
parties says no owner, and the contact keeps no body. Before the rule the contact had no body. Invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

PROSE = (
    "The Harbour Metrology Council (HMC) liaises with the Open Buoy Consortium (OBC) and the Coastal Radar "
    "Alliance (CRA) on tide data exchange."
)
SENTENCES = [
    "Requests to add a body to this list should be sent to the Liaison Coordinator, Ana Lind-Varga.",
    "This list is maintained by the Liaisons Manager, Ana Lind-Varga, on behalf of the board.",
    "Changes to an entry can be proposed to the Liaison Officer, Dr. Ana Lind-Varga.",
]


def page(name: str, title: str, sentence: str) -> str:
    if name.endswith(".html"):
        return f"<html><body><h1>{title}</h1><p>{PROSE}</p><p>{sentence}</p></body></html>"
    if name.endswith(".md"):
        return f"# {title}\n\n{PROSE}\n\n{sentence}\n"
    return f"{title}\n\n{PROSE}\n\n{sentence}\n"


@pytest.mark.parametrize("name", ["page.html", "page.md", "page.txt"])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_the_officer_of_the_body_the_title_names(tmp_path: Path, name: str, sentence: str) -> None:
    text = page(name, "Bodies with which the Harbour Metrology Council (HMC) exchanges liaisons", sentence)
    people = contact_orgs(extracted(tmp_path, text, name))
    assert people.get("ana lind-varga") == "hmc", people


@pytest.mark.parametrize("name", ["page.html", "page.md", "page.txt"])
def test_a_title_naming_two_parties_gives_no_owner(tmp_path: Path, name: str) -> None:
    text = page(name, "HMC and OBC: joint liaison page", SENTENCES[0])
    people = contact_orgs(extracted(tmp_path, text, name))
    assert people.get("ana lind-varga") is None, people
