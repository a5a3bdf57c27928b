"""A page about one body's alliances with several partners is an alliance of that body with each
partner, not one alliance among all of them: the partners do not collaborate with each other through
it (kg.extract.pages.page_hub, kg.model.mapping.Mapper.map_alliance). Invented pages."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF
from rdflib.namespace import Namespace

from kg.pipeline.ingest import extract

AKG = Namespace("https://w3id.org/alliance-kg/ontology#")
KNA, QGA, ORDC = "Kestrel Networks Alliance", "Quantum Grid Alliance", "Orbital Data Consortium"

SECTIONS = """# Partner Organizations

Page owner: Kestrel Networks Alliance (KNA) partnerships office.

The Kestrel Networks Alliance keeps formal agreements with the bodies below.

## Quantum Grid Alliance

KNA and the Quantum Grid Alliance (QGA) align their energy metrics.

## Orbital Data Consortium

The collaboration with the Orbital Data Consortium (ORDC) centres on telemetry formats.
"""

TITLED = """# KNA Liaisons

The Kestrel Networks Alliance (KNA) exchanges liaison statements with the Quantum Grid Alliance (QGA),
the Orbital Data Consortium (ORDC) and the Edge Telemetry Consortium (ETC) on sensor profiles.
"""

BETWEEN_TWO = """# KNA and QGA

The Kestrel Networks Alliance (KNA) and the Quantum Grid Alliance (QGA) have a partnership to align
their energy metrics.
"""


def alliances(tmp_path: Path, text: str) -> tuple[str | None, set[frozenset[str]]]:
    """The record's hub and each alliance of the mapped graph as the set of its parties' names."""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    extraction = extract(path)
    facts, record = extraction.facts, extraction.record
    name = {party.iri: party.label for party, _ in record.parties}
    found = {
        frozenset(name[party] for party in facts.objects(alliance, AKG.party))
        for alliance in facts.subjects(RDF.type, AKG.Alliance)
    }
    return (record.hub.label if record.hub is not None else None), found


def test_a_page_with_a_section_per_partner_is_an_alliance_with_each(tmp_path: Path) -> None:
    hub, found = alliances(tmp_path, SECTIONS)
    assert hub == KNA
    assert found == {frozenset({KNA, QGA}), frozenset({KNA, ORDC})}


def test_a_page_whose_title_names_one_of_several_parties_is_that_party_s(tmp_path: Path) -> None:
    hub, found = alliances(tmp_path, TITLED)
    assert hub == KNA
    assert found == {frozenset({KNA, partner}) for partner in (QGA, ORDC, "Edge Telemetry Consortium")}


def test_a_page_between_two_parties_is_one_alliance(tmp_path: Path) -> None:
    hub, found = alliances(tmp_path, BETWEEN_TWO)
    assert hub is None
    assert found == {frozenset({KNA, QGA})}
