"""A unit listed under a lead-in that names a unit ("The Coordination Group is assisted by:" / "- the Data
Carrier Task Force (DCTF)" / "- an Access Rights Expert Panel") is a unit of that unit's organization, not an
organization of its own nor nothing (a "Task Force" names bodies too; a "Panel" was no unit head). The
lead-in may name the unit by its head alone ("The Coordination Group") when the document names one such unit.
Groups, bodies' work and wording invented; text, Markdown and HTML (issue 12 point 9, session 35, engineer G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CEN = "European Committee for Standardization"
ETSI = "European Telecommunications Standards Institute"

TEXT = (
    "Terms of reference of the Joint Battery Passport Coordination Group\n\n"
    "CEN and ETSI set up the Joint Battery Passport Coordination Group under their cooperation agreement "
    "to align their drafts.\n\n"
    "Mode of working\n\n"
    "The Coordination Group is assisted by:\n"
    "- the Battery Label Task Force (BLTF)\n"
    "- an Access Control Expert Panel.\n"
)
MARKDOWN = (
    "# ETSI Radio Steering Committee\n\n"
    "The ETSI Radio Steering Committee steers the radio work of the institute and its liaison with the "
    "Wireless Broadband Alliance.\n\n"
    "## Support\n\n"
    "The ETSI Radio Steering Committee is supported by:\n\n"
    "* the Spectrum Sharing Task Force (SSTF);\n"
    "* the Market Access Review Panel (MARP).\n"
)
HTML = (
    "<html><body><h1>CEN Digital Steering Board</h1>"
    "<p>The CEN Digital Steering Board guides the digital work of CEN and its partnership with ETSI.</p>"
    "<p>The Steering Board relies on:</p>"
    "<ul><li>the Data Space Task Force</li><li>the Semantic Assets Expert Panel (SAEP)</li></ul>"
    "</body></html>"
)


def owners(tmp_path: Path, text: str, name: str) -> tuple[dict[str, str | None], set[str]]:
    record = extracted(tmp_path, text, name)
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}, set(labels.values())


@pytest.mark.parametrize(
    ("text", "name", "listed", "owner"),
    [
        (TEXT, "t.txt", ["Battery Label Task Force", "Access Control Expert Panel"], CEN),
        (MARKDOWN, "m.md", ["Spectrum Sharing Task Force", "Market Access Review Panel"], ETSI),
        (HTML, "h.html", ["Data Space Task Force", "Semantic Assets Expert Panel"], CEN),
    ],
)
def test_a_unit_listed_under_a_units_lead_in_is_of_its_organization(
    tmp_path: Path, text: str, name: str, listed: list[str], owner: str
) -> None:
    units, parties = owners(tmp_path, text, name)
    for unit in listed:
        assert units.get(unit) == owner, units
        assert unit not in parties, parties


def test_a_list_of_bodies_under_a_units_lead_in_gives_no_unit(tmp_path: Path) -> None:
    text = (
        "# ETSI Radio Steering Committee\n\n"
        "The ETSI Radio Steering Committee steers the radio work of the institute and its liaisons.\n\n"
        "The ETSI Radio Steering Committee works with:\n\n"
        "* the Internet Engineering Task Force\n"
        "* the Wireless Broadband Alliance\n"
    )
    units, parties = owners(tmp_path, text, "g.md")
    assert "Internet Engineering Task Force" in parties, parties
    assert "Internet Engineering Task Force" not in units, units
