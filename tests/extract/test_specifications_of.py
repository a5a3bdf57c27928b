"""kg.extract.names.Resolver.specifications_of: the specifications a body or unit develops, from an index
kept up to date as the document adds developers (with_developer), where a unit named after its
specification ("GLUE Working Group" -> GLUE) scanned every known entity for each mention of it (a
document of thousands of units cost their square: docs/reliability.md section 17)."""

from __future__ import annotations

import pytest

from kg.extract.names import Resolver
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


@pytest.fixture
def resolver() -> Resolver:
    reference, ontology = reference_graphs(default_sources().root)
    return Resolver(reference, ontology)


def scanned(resolver: Resolver, developer: object) -> list[object]:
    """What the scan of every entity found: the index must find the same."""
    return [
        e.iri for e in resolver.entities.values() if e.kind == "specification" and developer in e.developed_by
    ]


def test_the_reference_data_s_developers_are_indexed(resolver: Resolver) -> None:
    developers = {d for e in resolver.entities.values() if e.kind == "specification" for d in e.developed_by}
    assert len(developers) > 5  # the gazetteer names who develops its specifications
    for developer in developers:
        assert sorted(e.iri for e in resolver.specifications_of(developer)) == sorted(
            scanned(resolver, developer)
        )


def test_a_developer_the_document_adds_is_found_after_the_index_was_built(resolver: Resolver) -> None:
    body = resolver.new_organization("Harbour Metrology Council", "HMC")
    unit = resolver.new_unit("Tide Gauge Working Group", None, body)
    assert resolver.specifications_of(unit.iri) == []  # the index is built here
    spec = resolver.new_specification("Tide Gauge Profile")
    developed = resolver.with_developer(spec, unit)
    assert resolver.specifications_of(unit.iri) == [developed]
    assert resolver.with_developer(developed, unit) is developed  # once, not twice
    assert resolver.specifications_of(unit.iri) == [developed]
    renamed = resolver.with_names(developed, "TGP")
    assert resolver.specifications_of(unit.iri) == [renamed]  # the entity as it is now


def test_two_developers_given_in_turn_from_one_held_entity_are_both_kept(resolver: Resolver) -> None:
    # entities.developers_of gives one specification the unit, then its body, from the object it holds:
    # the second call replaced the first developer (the session 17 review)
    body = resolver.new_organization("Harbour Metrology Council", "HMC")
    unit = resolver.new_unit("Tide Gauge Working Group", None, body)
    spec = resolver.new_specification("Tide Gauge Profile")
    resolver.with_developer(spec, unit)
    both = resolver.with_developer(spec, body)  # `spec` as the caller held it, without the unit
    assert set(both.developed_by) == {unit.iri, body.iri}
    assert resolver.specifications_of(unit.iri) == resolver.specifications_of(body.iri) == [both]
    assert scanned(resolver, unit.iri) == scanned(resolver, body.iri) == [both.iri]
