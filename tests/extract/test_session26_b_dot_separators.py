"""A middle dot or a bullet between a contact's items (issue 12 point 9, session 26, engineer B).

Web pages and cards part a contact's items with a middle dot or a bullet where others write a bar: "HMC
liaison: A \u00b7 OBC contact: B" (two mail links on one line of a partner page), "A \u2022 Liaison Officer
\u2022 HMC" (a card's line). The dot parts the items as a bar does, and a dot a line's end leaves after a
name ("HMC liaison: A \u00b7") is no part of it.

Every body and person is invented; the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
PAGE = f"""<html><body><h1>Partners</h1><p>{BODIES}</p>
<h3>Open Buoy Consortium</h3><p>Joint work on buoy telemetry.</p>
<p class="contact">HMC liaison: <a href="mailto:ana@hmc.example">Ana Lindqvist-Ahl</a> {{sep}}
OBC contact: <a href="mailto:bo@obc.example">Bo Kristiansen-Oduya</a></p></body></html>"""
CARDS = f"""PARTNERS

{BODIES}

Liaison contacts

Ana Lindqvist-Ahl {{sep}} Liaison Officer {{sep}} HMC
Bo Kristiansen-Oduya {{sep}} Liaison Officer {{sep}} OBC
"""
MD_CARDS = f"""# Partners

{BODIES}

## Liaison contacts

Ana Lindqvist-Ahl {{sep}} Liaison Officer {{sep}} HMC

Bo Kristiansen-Oduya {{sep}} Liaison Officer {{sep}} OBC
"""
LAYOUTS = {"page.html": PAGE, "cards.txt": CARDS, "cards.md": MD_CARDS}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("sep", ["\u00b7", "\u2022"])
def test_a_dot_parts_a_contacts_items(tmp_path: Path, name: str, sep: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(sep=sep), name))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}, found


@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_bar_still_parts_them(tmp_path: Path, name: str) -> None:
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(sep="|"), name))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}, found
