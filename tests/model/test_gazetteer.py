"""data/reference/organizations.ttl is a gazetteer of the field: enough standards bodies, consortia and
alliances, each named, with an acronym (or the reason it has none), its domain and the public addresses
its facts were read at; labels unique, former names dated where known, and SHACL-valid."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, SKOS

from kg.extract.names import Resolver
from kg.model.namespaces import AKG, ORG
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources
from kg.validate.shacl import load_ontology, load_shapes, validate

MINIMUM = 150  # issue 12 asks for at least 150 sourced standards bodies, consortia and alliances
DOMAIN = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$")
WIKIDATA = re.compile(r"^http://www\.wikidata\.org/entity/Q[1-9][0-9]*$")


@pytest.fixture(scope="module")
def gazetteer() -> Graph:
    return load_graph([default_sources().root / "data" / "reference" / "organizations.ttl"])


@pytest.fixture(scope="module")
def organizations(gazetteer: Graph) -> list[URIRef]:
    ontology = load_graph(default_sources().ontology_files)
    classes = {AKG.Organization, *ontology.transitive_subjects(RDFS.subClassOf, AKG.Organization)}
    found = {s for c in classes for s in gazetteer.subjects(RDF.type, c) if isinstance(s, URIRef)}
    return sorted(found)


def test_the_gazetteer_holds_enough_organizations(organizations: list[URIRef]) -> None:
    assert len(organizations) >= MINIMUM
    assert all(str(iri).startswith(str(ORG)) for iri in organizations)


def test_each_organization_has_a_name_an_acronym_or_a_reason_a_domain_and_sources(
    gazetteer: Graph, organizations: list[URIRef]
) -> None:
    for iri in organizations:
        labels = list(gazetteer.objects(iri, SKOS.prefLabel))
        assert len(labels) == 1 and labels[0].language == "en", iri
        acronyms = list(gazetteer.objects(iri, AKG.acronym))
        reasons = [n for n in gazetteer.objects(iri, SKOS.editorialNote) if str(n).startswith("No acronym: ")]
        assert (len(acronyms) == 1 and not reasons) or (not acronyms and len(reasons) == 1), iri
        domains = [str(d) for d in gazetteer.objects(iri, AKG.domainName)]
        assert domains and all(DOMAIN.match(d) for d in domains), iri
        sources = list(gazetteer.objects(iri, DCTERMS.source))
        assert sources and all(
            isinstance(s, URIRef) and str(s).startswith(("http://", "https://")) for s in sources
        )


def test_no_two_organizations_share_a_preferred_label(gazetteer: Graph, organizations: list[URIRef]) -> None:
    labels = Counter(str(gazetteer.value(iri, SKOS.prefLabel)).casefold() for iri in organizations)
    assert [label for label, count in labels.items() if count > 1] == []


def test_former_names_are_labelled_dated_as_years_and_also_alternative_labels(
    gazetteer: Graph, organizations: list[URIRef]
) -> None:
    dated = 0
    for iri in organizations:
        for node in gazetteer.objects(iri, AKG.formerName):
            name = gazetteer.value(node, RDFS.label)
            assert isinstance(name, Literal) and name.language == "en", iri
            assert name in set(gazetteer.objects(iri, SKOS.altLabel)), (iri, name)
            for year in gazetteer.objects(node, AKG.nameChangedIn):
                assert isinstance(year, Literal) and year.datatype == XSD.gYear, (iri, year)
                dated += 1
    assert (ORG.dmtf, AKG.formerName, None) in gazetteer and dated >= 10


def test_an_acronym_several_bodies_share_never_gives_one_of_them_its_iri(
    gazetteer: Graph, organizations: list[URIRef]
) -> None:
    by_acronym: dict[str, list[URIRef]] = {}
    for iri in organizations:
        for acronym in gazetteer.objects(iri, AKG.acronym):
            by_acronym.setdefault(str(acronym), []).append(iri)
    shared = {acronym: iris for acronym, iris in by_acronym.items() if len(iris) > 1}
    assert len(shared["CSA"]) == 3
    for acronym, iris in shared.items():
        assert ORG[acronym.lower()] not in iris, acronym


def test_wikidata_matches_are_wikidata_entities_read_at_a_source(
    gazetteer: Graph, organizations: list[URIRef]
) -> None:
    for iri in organizations:
        for match in gazetteer.objects(iri, SKOS.exactMatch):
            assert WIKIDATA.match(str(match)), (iri, match)
            qid = str(match).rsplit("/", 1)[-1]
            assert any(qid in str(s) for s in gazetteer.objects(iri, DCTERMS.source)), (iri, qid)


def test_the_gazetteer_is_shacl_valid() -> None:
    sources = default_sources()
    data = load_graph(sources.reference_files)
    report = validate(data, shapes=load_shapes(sources), ontology=load_ontology(sources))
    assert report.violations == [], report.as_text()


@pytest.fixture(scope="module")
def resolver(gazetteer: Graph) -> Resolver:
    return Resolver(gazetteer, load_graph(default_sources().ontology_files))


def names_of(gazetteer: Graph, iri: URIRef) -> list[str]:
    labels = [gazetteer.value(iri, SKOS.prefLabel), *gazetteer.objects(iri, SKOS.altLabel)]
    return [str(label) for label in labels if label is not None]


def test_every_name_of_an_organization_resolves_to_it_alone(
    gazetteer: Graph, organizations: list[URIRef], resolver: Resolver
) -> None:
    """Two entries sharing a name would make that name resolve to neither (a curator's merge to do)."""
    unresolved = []
    for iri in organizations:
        for name in names_of(gazetteer, iri):
            entity = resolver.resolve(name, "organization")
            if entity is None or entity.iri != iri:
                unresolved.append((str(iri), name))
    assert unresolved == []


def test_a_sentence_naming_an_organization_mentions_it(
    gazetteer: Graph, organizations: list[URIRef], resolver: Resolver
) -> None:
    missed = []
    for iri in organizations:
        label = str(gazetteer.value(iri, SKOS.prefLabel))
        mentioned = {m.entity.iri for m in resolver.mentions(f"A liaison with {label} was agreed.")}
        if iri not in mentioned:
            missed.append((str(iri), label))
    assert missed == []


def test_a_technology_word_that_is_no_acronym_of_the_body_is_not_taken_for_it(
    gazetteer: Graph, organizations: list[URIRef], resolver: Resolver
) -> None:
    """An entry without an acronym says why (often: the short word names the technology, as in "O-RAN
    fronthaul" or "NFC tag"); that word alone must not become the body in a document."""
    taken = []
    for iri in organizations:
        if (iri, AKG.acronym, None) in gazetteer:
            continue
        words = [w for w in str(gazetteer.value(iri, SKOS.prefLabel)).split() if w.lower() != "the"]
        if len(words) < 2 or words[0] in names_of(gazetteer, iri):  # "buildingSMART" is a name of its own
            continue
        mentioned = {m.entity.iri for m in resolver.mentions(f"Profiles of the {words[0]} specification.")}
        if iri in mentioned:
            taken.append((str(iri), words[0]))
    assert taken == []
    assert {m.entity.iri for m in resolver.mentions("An O-RAN fronthaul link and an NFC tag.")} == set()
