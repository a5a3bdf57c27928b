"""A listed phrase holding the acronym of a body the document names is no subject (issue 12 point 9,
session 31, M; class d of /work/s31/prompts/m.md).

"The Parties designate the Coastal Trade Administration (CTA) ..." then "Areas of cooperation: CTA
programmes, wave height records": the body is discovered with its acronym, but the reference data spells
"CTA" for another body, so the acronym alone is no mention of anything and "CTA programmes" became a topic.
The document's parties and discovered bodies and units name whose work it is: no subject. Checked on
subject_name with the document's bodies as extraction leaves them (the discovery is names/entities'); a
document end to end where the acronym is a mention already keeps the old result. Bodies invented.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from rdflib import URIRef
from support.work_items import extracted

from kg.extract.subjects import subject_name
from kg.model.namespaces import TOPIC
from kg.model.records import Entity, Mention


def body(acronym: str, label: str, kind: str = "organization") -> Entity:
    return Entity(URIRef(f"https://example.org/{acronym.lower()}"), kind, label, acronym, needs_review=True)


@dataclass
class Resolver:
    """A resolver to whom no acronym alone is a mention, holding the bodies the document named."""

    new_entities: dict[URIRef, Entity] = field(default_factory=dict)

    def mentions(self, text: str) -> list[Mention]:
        return []


@dataclass
class Ctx:
    resolver: Resolver
    parties: list[Entity] = field(default_factory=list)


DISCOVERED = [
    body("CTA", "Coastal Trade Administration"),
    body("TGWG", "Tide Gauge Working Group", "unit"),
    body("MDES", "Marine Data Exchange Service", "specification"),
]


def ctx() -> Ctx:
    parties = [body("HMC", "Harbour Metrology Council"), body("OBC", "Open Buoy Consortium")]
    return Ctx(Resolver({e.iri: e for e in DISCOVERED}), parties)


@pytest.mark.parametrize(
    "phrase", ["CTA programmes", "the CTA trade portal", "TGWG data services", "HMC calibration work", "OBC"]
)
def test_a_body_s_or_a_unit_s_acronym_makes_no_subject(phrase: str) -> None:
    assert subject_name(ctx(), phrase) is None  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("wave height records", "wave height records"),
        ("MDES profiles", "MDES profiles"),
        ("the CTAs", "CTAs"),
    ],
)
def test_other_phrases_stay_subjects(phrase: str, name: str) -> None:
    assert subject_name(ctx(), phrase) == name  # type: ignore[arg-type]


def test_a_document_s_listed_subjects_around_a_body_s_acronym(tmp_path: Path) -> None:
    text = (
        "Memorandum of Understanding between the Harbour Metrology Council and the Open Buoy Consortium\n\n"
        "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) sign this memorandum.\n\n"
        "Areas of cooperation\n\n- HMC programmes\n- wave height records\n- tide gauge telemetry\n\n"
        "Signed for HMC: Ada Lind\n"
    )
    record = extracted(tmp_path, text, "mou.txt")
    found = {str(t).rsplit("/", 1)[-1] for t in record.topics if str(t).startswith(str(TOPIC))}
    assert found == {"wave-height-records", "tide-gauge-telemetry"}
