"""A group's designation before a unit's head is no subject (issue 12 point 9, session 29, B).

An ITU-R contact signs "Chairman, WP 5D Working Group Technology Aspects": a working group of Working
Party 5D. A unit's name was read as its subject and a head ("Vulkan Working Group": Vulkan), and where the
text also wrote the words before the head alone ("WP 5D thanks ..."), they became a topic: "WP 5D". The
words before the head that are a group's designation (WP 5D, SG 13, TG 3, ISG 2) name the group the unit
belongs to, not what it works on. Bodies and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

GROUPS = ["WP 5D", "TG 3B", "WP 3C"]


def statement(name: str, group: str) -> str:
    lead = (
        f"{group} of the Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its input."
    )
    contact = (
        "Contact:   Ana Lind-Okafor                  E-mail: a.lind@hmc.example\n"
        f"           Chairman, {group} Working Group Telemetry Aspects"
    )
    if name.endswith(".html"):
        card = contact.replace("\n", "<br>")
        return f"<html><body><h1>Liaison statement to OBC</h1><p>{lead}</p><p>{card}</p></body></html>"
    head = "# Liaison statement to OBC" if name.endswith(".md") else "LIAISON STATEMENT TO OBC"
    return f"{head}\n\n{lead}\n\n{contact}\n"


@pytest.mark.parametrize(("name", "group"), list(zip(["ls.md", "ls.txt", "ls.txt"], GROUPS, strict=True)))
def test_the_designation_is_no_topic(tmp_path: Path, name: str, group: str) -> None:
    record = extracted(tmp_path, statement(name, group), name)
    names = {e.label for e, _ in record.specifications}
    assert group not in names, names
