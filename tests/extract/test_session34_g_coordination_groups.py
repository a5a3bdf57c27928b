"""A coordination group ("the Joint Coordination Group (JCG)", "Programme Coordination Group of ETSI") is a
unit, of its body, or of the first parent named when several set it up ("Joint Harbour Coordination Group
CEN/CENELEC/ETSI", session 33's convention for joint units) (issue 12 point 9, session 34, engineer G; the
CEN/CENELEC/ETSI Joint Presidents Group's profile page). Groups and wording invented; text, Markdown, HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CEN = "European Committee for Standardization"
ETSI = "European Telecommunications Standards Institute"


def units(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


@pytest.mark.parametrize(
    ("text", "name", "group", "owner"),
    [
        (
            "Joint Harbour Coordination Group CEN/CENELEC/ETSI\n\n1. Role\n\nCoordination between CEN, "
            "CENELEC and ETSI on harbour data.\n",
            "p.txt",
            "Joint Harbour Coordination Group",
            CEN,
        ),
        (
            "# Cooperation of ETSI and CEN\n\nETSI and CEN agreed in their liaison that the Buoy Data "
            "Coordination Group (BDCG) of ETSI will report to both.\n",
            "p.md",
            "Buoy Data Coordination Group",
            ETSI,
        ),
        (
            "<html><body><h1>CEN / ETSI cooperation</h1><p>CEN and ETSI set up the Joint Tide Coordination "
            "Group in 2026 under their cooperation agreement.</p></body></html>",
            "p.html",
            "Joint Tide Coordination Group",
            CEN,
        ),
    ],
)
def test_a_coordination_group_is_a_unit(tmp_path: Path, text: str, name: str, group: str, owner: str) -> None:
    found = units(tmp_path, text, name)
    assert found.get(group) == owner, found
