"""A body's technical council ("SNIA Technical Council", "the OPC Foundation Technical Advisory Council") is
a unit of the body written before it; a bare "Technical Council" with no body is none, and a council that is
a body's own name ("Standards Council of Canada") stays the body (issue 12 point 9, session 34, engineer G;
consortia's approval lines and roll calls). Bodies real, wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def units(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


@pytest.mark.parametrize(
    ("text", "name", "council", "owner"),
    [
        (
            "DMTF / SNIA register addendum\n\nApproved: DMTF Board, 2 March 2027; SNIA Technical Council, "
            "9 March 2027\n\nThe alliance between DMTF and SNIA continues.\n",
            "a.txt",
            "SNIA Technical Council",
            "Storage Networking Industry Association",
        ),
        (
            "# OPC Foundation and MTConnect Institute\n\nThe joint working group reports to the OPC "
            "Foundation Technical Advisory Council under the alliance agreement with the MTConnect "
            "Institute.\n",
            "a.md",
            "OPC Foundation Technical Advisory Council",
            "OPC Foundation",
        ),
    ],
)
def test_a_technical_council_is_a_unit(
    tmp_path: Path, text: str, name: str, council: str, owner: str
) -> None:
    found = units(tmp_path, text, name)
    assert found.get(council) == owner, found


def test_a_bare_council_is_no_unit(tmp_path: Path) -> None:
    text = (
        "<html><body><h1>DMTF and SNIA</h1><p>The Technical Council met. DMTF and SNIA renewed their "
        "alliance.</p></body></html>"
    )
    assert "Technical Council" not in units(tmp_path, text, "a.html")
