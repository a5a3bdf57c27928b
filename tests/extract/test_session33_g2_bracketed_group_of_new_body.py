"""A liaisons list's row opening with a body no reference data knows, named by its head, and its group in
brackets ("Annotating All Knowledge Coalition (Steering Committee)", "Harbour Data Consortium (Technical
Council)") names that body, a party, and its own group: never a group of the page's body ("W3C Steering
Committee") (issue 12 point 9, session 33, engineer G2; a real W3C liaisons page). Bodies invented; rows
flattened to lines and tab-separated.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "Several organizations besides W3C write standards for the Web. To keep the Web whole, W3C engages in "
    "liaisons with a number of them.\n\nWrite to W3C about a new or existing liaison.\n\n"
    "Organization W3C Activities affected W3C contact Liaison contact\n"
)

FIRST_ROW = (
    "3GPP 3rd Generation Partnership Project Multimodal Interaction, SVG, Timed Text Multimodal: Ivo Hart\n\n"
    "SVG: Mara Lund\nTimed Text: Ivo Hart\n\n"
)


@pytest.mark.parametrize(
    ("row", "body", "group"),
    [
        (
            "Open Tide Coalition (Steering Committee) Digital Publishing Ivo Hart Mara Lund",
            "Open Tide Coalition",
            "steering committee",
        ),
        (
            "Open Tide Coalition (Steering Committee)\tDigital Publishing\tIvo Hart\tMara Lund",
            "Open Tide Coalition",
            "steering committee",
        ),
        (
            "Harbour Data Consortium (Technical Committee) Web of Things Ivo Hart Mara Lund",
            "Harbour Data Consortium",
            "technical committee",
        ),
    ],
)
def test_the_bracketed_group_is_the_new_bodys(tmp_path: Path, row: str, body: str, group: str) -> None:
    text = f"{HEAD}{FIRST_ROW}{row}\n"
    record = extracted(tmp_path, text, "liaisons.txt")
    parties = {p.iri: p.label for p, _ in record.parties}
    assert body in parties.values(), parties
    units = {(u.label.lower(), parties.get(u.unit_of)) for u, _ in record.units}
    assert any(label.endswith(group) and owner == body for label, owner in units), units
    assert not any(label.endswith(group) and owner != body for label, owner in units), units
