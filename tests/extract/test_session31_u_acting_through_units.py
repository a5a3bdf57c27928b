"""A group a body is said to act through, named after it ("FIRST, through its PSIRT Special Interest Group
(PSIRT SIG)", "... acting through the CVSS Special Interest Group"), is that body's unit, not a body of its
own: its head ("Special Interest Group", "Project", "Programme") names bodies as often, but "through its"
after a body says whose group it is (session 31 round 3, engineer U; dev: two FIRST work registers read the
SIG as a body and kept only its short form "PSIRT SIG"/"CVSS SIG").

Bodies and wording invented; a party list in plain text and in Markdown, and prose in HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAIN = """Joint Work Plan of HMC and CDA

Organizations:
  Harbour Metrology Council (HMC),
    through its Tide Gauge Technical Committee (TG TC)
  Coastal Data Alliance (CDA),
    through its {unit}

Work items
 1. Review of the gauge profile, due May 2027.
"""
MARKDOWN = """# Joint Work Plan of HMC and CDA

## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Technical Committee (TG TC)
- Coastal Data Alliance (CDA), acting through the {unit}

## Work items

1. Review of the gauge profile, due May 2027.
"""
HTML = """<html><head><title>Joint Work Plan of HMC and CDA</title></head><body>
<h1>Joint Work Plan of HMC and CDA</h1>
<p><b>Harbour Metrology Council (HMC)</b>, acting through its Tide Gauge Technical Committee (TG TC)</p>
<p><b>Coastal Data Alliance (CDA)</b>, acting through the {unit}</p>
<h2>Work items</h2><p>Review of the gauge profile, due May 2027.</p>
</body></html>
"""
LAYOUTS = [(PLAIN, "plan.txt"), (MARKDOWN, "plan.md"), (HTML, "plan.html")]


def units(tmp_path: Path, template: str, name: str, unit: str) -> dict[str, str | None]:
    record = extracted(tmp_path, template.format(unit=unit), name)
    bodies = {e.iri: e for e in record.new_entities}
    bodies.update({p.iri: p for p, _ in record.parties})
    found: dict[str, str | None] = {}
    for entity in (e for e in record.new_entities if e.kind == "unit"):
        owner = bodies.get(entity.unit_of)
        found[entity.label] = owner.short_name if owner is not None else None
    return found


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
@pytest.mark.parametrize(
    ("written", "unit"),
    [
        ("Buoy Telemetry Special Interest Group (BT SIG)", "Buoy Telemetry Special Interest Group"),
        ("Sensor Calibration Special Interest Group", "Sensor Calibration Special Interest Group"),
    ],
)
def test_a_group_a_body_acts_through_is_its_unit(
    tmp_path: Path, template: str, name: str, written: str, unit: str
) -> None:
    found = units(tmp_path, template, name, written)
    assert found.get(unit) == "CDA", found


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
def test_the_group_is_no_party(tmp_path: Path, template: str, name: str) -> None:
    record = extracted(tmp_path, template.format(unit="Buoy Telemetry Special Interest Group (BT SIG)"), name)
    assert {p.label for p, _ in record.parties} == {"Harbour Metrology Council", "Coastal Data Alliance"}


@pytest.mark.parametrize(("template", "name"), LAYOUTS)
def test_a_head_alone_before_a_number_is_no_unit(tmp_path: Path, template: str, name: str) -> None:
    # "through its Working Group 4.2 Buoy Sensors": "Working Group" alone names no group of CDA
    assert "Working Group" not in units(tmp_path, template, name, "Working Group 4.2 Buoy Sensors")
