"""A group named in lower case after "its" ("ASAM, acting through its scenario project group", "the NFC
Forum, through its test tools task group") is a unit of the body "its" stands for, the last one its
sentence names before it; "project group" is read as a lower-case head too (issue 12 point 9, session 34,
engineer G; memoranda and register errata naming each party's group so). Groups and wording invented; text,
Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ASAM = "Association for Standardization of Automation and Measuring Systems"


def units(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


@pytest.mark.parametrize(
    ("text", "name", "group", "owner"),
    [
        (
            "ASAM / SAE register\n\nThis register is agreed between ASAM, acting through its TideScenario "
            "project group, and SAE International, acting through its ORAD Committee.\n",
            "r.txt",
            "TideScenario project group",
            ASAM,
        ),
        (
            "# NFC Forum and CCC\n\nThe NFC Forum, through its buoy tools task group, and the Car "
            "Connectivity Consortium agreed a liaison.\n",
            "r.md",
            "buoy tools task group",
            "NFC Forum",
        ),
    ],
)
def test_a_group_after_its(tmp_path: Path, text: str, name: str, group: str, owner: str) -> None:
    found = units(tmp_path, text, name)
    assert any(label.lower().endswith(group.lower()) and body == owner for label, body in found.items()), (
        found
    )


def test_no_body_before_its_no_unit(tmp_path: Path) -> None:
    text = (
        "<html><body><h1>ASAM and SAE</h1><p>The register names no body here; its harbour project group "
        "meets. ASAM and SAE agreed a liaison.</p></body></html>"
    )
    found = units(tmp_path, text, "r.html")
    assert not any("harbour" in label.lower() for label in found), found


def test_a_group_its_code_names_is_not_read_twice(tmp_path: Path) -> None:
    text = (
        "Ecma / Unicode register\n\nEcma International -- Technical Committee 39 (TC39), through its tide "
        "data task group TC39-TG7, works with the Unicode Consortium under this liaison.\n"
    )
    found = units(tmp_path, text, "r.txt")
    assert not any(label.lower().startswith("tide data task group") for label in found), found
