"""Names written with a German engineer's degree or a hyphenated first name's initials (issue 12 point 9,
session 26, engineer B).

German documents write "Dr.-Ing. A", "Prof. Dr.-Ing. A", "Dipl.-Ing. A", French ones "J.-P. A": the degree is
a form of address like "Dr." (no part of the name), the initials a first name's.

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
    "page.md": "# HMC and OBC\n\n{bodies}\n\n## Contacts\n\n- HMC liaison: {first} (a@hmc.example)\n"
    "- OBC liaison: {second} (b@obc.example)\n",
    "page.txt": "HMC AND OBC\n\n{bodies}\n\nContact: {first}, Liaison Officer, HMC\n"
    "Contact: {second}, Liaison Officer, OBC\n",
    "page.html": "<html><body><h1>HMC and OBC</h1><p>{bodies}</p><h2>Points of contact</h2>"
    "<p>HMC: {first}, a@hmc.example</p><p>OBC: {second}, b@obc.example</p></body></html>",
}
NAMES = [
    ("Dr.-Ing. Klaus Weber-Lindner", "Klaus Weber-Lindner"),
    ("Prof. Dr.-Ing. Anna Schmidt-Ohl", "Anna Schmidt-Ohl"),
    ("Dipl.-Ing. Hans Berger-Voss", "Hans Berger-Voss"),
    ("J.-P. Martin-Dubois", "J.-P. Martin-Dubois"),
]


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize(("written", "person"), NAMES)
def test_a_degree_or_initials_before_the_name(tmp_path: Path, name: str, written: str, person: str) -> None:
    text = LAYOUTS[name].format(bodies=BODIES, first=written, second="Bo Kristiansen-Oduya")
    found = contact_bodies(extracted(tmp_path, text, name))
    assert found == {person: "HMC", "Bo Kristiansen-Oduya": "OBC"}, found
