"""A meeting's hour with its time zone is no subject of the alliance (kg.extract.entities.is_time_zone,
ZONE_AFTER_HEAD): "16:00 Central European Time (CET)" was read as a specification CET, and "09:00 Pacific
Standard Time (PST)" as a standard titled "00 Pacific Standard" (seen on the real opening plenary of an IEEE
working group, session 35). A specification defined with its acronym is still one."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.model.namespaces import AKG
from kg.model.provenance import split_provenance
from kg.pipeline.ingest import extract

ZONES = [
    "Central European Time (CET)",
    "Pacific Standard Time (PST)",
    "Eastern Daylight Time (EDT)",
    "Greenwich Mean Time (GMT)",
    "British Summer Time (BST)",
]
LAYOUTS = {
    "call.md": (
        "# DMTF and SNIA joint call\n\nDate: 4 March 2027\n\n"
        "The DMTF and SNIA liaison call started at 16:00 {zone} and reviewed the joint work on the "
        "Swordfish mapping.\n\nAction: DMTF to send the draft Redfish profile to SNIA by 30 March 2027.\n"
    ),
    "notice.txt": (
        "OGC - W3C joint meeting notice\n\nThe Spatial Data on the Web liaison meeting of OGC and W3C is "
        "held on 12 May 2027 at 09:00 {zone}, by teleconference.\n\n"
        "Agenda: 1. The joint Time Ontology in OWL (OWL-Time) review.\n"
    ),
}


def concerned(path: Path) -> set[str]:
    facts, _ = split_provenance(extract(path).facts)
    return {str(o).rsplit("/", 1)[-1] for o in facts.objects(None, AKG.concerns) if isinstance(o, URIRef)}


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("name", sorted(LAYOUTS))
def test_a_meetings_time_zone_is_no_subject(name: str, zone: str, tmp_path: Path) -> None:
    path = tmp_path / name
    path.write_text(LAYOUTS[name].format(zone=zone), encoding="utf-8")
    acronym = zone[zone.index("(") + 1 : -1].lower()
    found = concerned(path)
    assert acronym not in found and not any("standard" in item or item == "time" for item in found)


def test_a_specification_defined_with_its_acronym_is_still_one(tmp_path: Path) -> None:
    path = tmp_path / "call.md"
    path.write_text(
        LAYOUTS["call.md"]
        .format(zone="UTC")
        .replace("the Swordfish mapping", "the Precision Time Protocol (PTP) profile"),
        encoding="utf-8",
    )
    assert any("precision-time-protocol" in item or item == "ptp" for item in concerned(path))
