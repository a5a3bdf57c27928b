"""Specifications named without a capitalised head or a number, as documents name products: a
versioned name also written without its version ("YANG 1.1" and "YANG data models") is the
specification itself too; a name written in mixed case twice or more ("LoRaWAN", "ArchiMate") is a
specification, unless it is a body's or a unit's name ("OpenStack Foundation", "TC SmartGrid"), a
short abbreviation ("MoU") or a name used once ("Follow us on LinkedIn")."""

from __future__ import annotations

from pathlib import Path

from kg.extract.standards import names_unversioned, product_names
from kg.pipeline.ingest import extract


def test_a_versioned_name_also_written_bare() -> None:
    assert names_unversioned("YANG data models, in particular YANG 1.1 (RFC 7950).", "YANG")
    assert not names_unversioned("It uses YANG 1.1 and YANG 1.0.", "YANG")


def test_mixed_case_names_used_twice() -> None:
    text = (
        "The MoU compares LoRaWAN and ArchiMate. LoRaWAN gateways and ArchiMate views; see the MoU. "
        "The OpenStack Foundation hosts OpenStack. OpenStack is used. TC SmartGrid and TC SmartGrid. "
        "Follow us on LinkedIn. Mail ada@LoRaWAN.example."
    )
    assert sorted(product_names(text)) == ["ArchiMate", "LoRaWAN"]


def test_product_names_become_topics(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    path.write_text(
        """# ORDC / ETC Work Register

## Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

## Scope
The consortia align OrbitLink gateways with the ETC telemetry models; OrbitLink frames carry the
reports. Both use YANG data models, in particular YANG 1.1.

## Milestones
- Joint OrbitLink profile - Q3 2026

## Contacts
ORDC: Ada Lindqvist, ada@ordc.example
""",
        encoding="utf-8",
    )
    labels = {s.label for s, _ in extract(path).record.specifications}
    assert {"OrbitLink", "YANG", "YANG 1.1"} <= labels


def test_a_title_with_the_language_it_is_written_in(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    path.write_text(
        """# ORDC / ETC Work Register

## Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

## Scope
The consortia align the Orbit Time Ontology in OWL with the Gateway Information Model in ETC
service definitions.

## Milestones
- Joint orbit report profile - Q3 2026

## Contacts
ORDC: Ada Lindqvist, ada@ordc.example
""",
        encoding="utf-8",
    )
    labels = {s.label for s, _ in extract(path).record.specifications}
    assert "Orbit Time Ontology in OWL" in labels
    assert "Gateway Information Model" in labels  # "in ETC" names a body, not a language
