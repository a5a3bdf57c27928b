"""SHACL shapes: each rule fires on what it forbids, and on nothing else.

tests/fixtures/shapes/valid.ttl conforms with no result at all. Each case below
starts from it, breaks one thing with a SPARQL Update, and asserts the exact set of
(shape, focus node) pairs that then fire, with their severity, in pyshacl (Jena SHACL and
rudof must give the same: test_engines.py). Cases marked `quiet`
change the fixture in a way that must stay valid (edge cases of the SPARQL rules).
The SPARQL rules are also run directly on a pyoxigraph Store, the engine used at
scale, and must give the same answers there. Other tests check that the shapes file
is complete and well formed, and that the seed data has no Violation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SH

from kg.model.namespaces import AKG, AKGSH, SHAPES_IRI
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources
from kg.validate.shacl import ValidationReport, validate, validate_with_pyshacl

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


FIXTURES = Path(__file__).parents[1] / "fixtures" / "shapes"
EX = "http://example.org/akg-test/"
PREFIXES = f"""
PREFIX ex: <{EX}>
PREFIX akg: <{AKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX vcard: <http://www.w3.org/2006/vcard/ns#>
"""


# --- Module fixtures: parse the shapes, the ontology and the baseline once ----------


@pytest.fixture(scope="module")
def baseline() -> Graph:
    return load_graph([FIXTURES / "valid.ttl"])


@pytest.fixture(scope="module")
def baseline_report(baseline: Graph, shapes: Graph, ontology: Graph) -> ValidationReport:
    return validate_with_pyshacl(baseline, shapes, ontology)


# --- Cases --------------------------------------------------------------------------


@dataclass(frozen=True)
class Case:
    id: str
    update: str
    fires: frozenset[tuple[str, str]]  # (shape local name, focus local name in ex:)
    severity: str | None  # the severity of every expected result; None when none fires


def drop(subject: str, predicate: str) -> str:
    """Remove every value of `predicate` on ex:`subject`."""
    return f"DELETE WHERE {{ ex:{subject} {predicate} ?value }}"


def add(subject: str, predicate: str, value: str) -> str:
    return f"INSERT DATA {{ ex:{subject} {predicate} {value} }}"


def setv(subject: str, predicate: str, value: str) -> str:
    """Replace every value of `predicate` on ex:`subject` by `value`."""
    return f"{drop(subject, predicate)} ;\n{add(subject, predicate, value)}"


def swap(subject: str, predicate: str, old: str, new: str) -> str:
    """Replace one value of `predicate` on ex:`subject`."""
    return (
        f"DELETE DATA {{ ex:{subject} {predicate} {old} }} ;\n"
        f"INSERT DATA {{ ex:{subject} {predicate} {new} }}"
    )


def fires(shape: str, focus: str, why: str, update: str, *, also: tuple = ()) -> Case:
    """A Violation of akgsh:`shape` on ex:`focus` (plus `also` pairs) after `update`."""
    return Case(f"{shape}:{why}", update, frozenset({(shape, focus), *also}), "Violation")


def warns(shape: str, focus: str, why: str, update: str) -> Case:
    """A Warning of akgsh:`shape` on ex:`focus` after `update`."""
    return Case(f"{shape}:{why}", update, frozenset({(shape, focus)}), "Warning")


def quiet(why: str, update: str) -> Case:
    """`update` keeps the fixture valid: nothing fires."""
    return Case(f"quiet:{why}", update, frozenset(), None)


ORG = "OrganizationShape"
UNIT = "OrganizationalUnitShape"
SPEC = "SpecificationShape"
REG = "WorkRegisterShape"
MS = "MilestoneShape"
CP = "ContactPointShape"

CASES: list[Case] = [
    # Organizations (ex:org-a is a StandardsOrganization, ex:org-b an IndustryAlliance)
    fires(f"{ORG}-prefLabel", "org-a", "missing", drop("org-a", "skos:prefLabel")),
    fires(f"{ORG}-prefLabel", "org-a", "two-english", add("org-a", "skos:prefLabel", '"A"@en')),
    fires(f"{ORG}-prefLabel", "org-c", "iri", setv("org-c", "skos:prefLabel", "ex:label")),
    fires(f"{ORG}-acronym", "org-a", "lang-string", setv("org-a", "akg:acronym", '"ASF"@en')),
    warns(f"{ORG}-acronym-recommended", "org-b", "missing", drop("org-b", "akg:acronym")),
    fires(f"{ORG}-mission", "org-a", "plain-string", setv("org-a", "akg:mission", '"To do."')),
    warns(f"{ORG}-mission-recommended", "org-c", "missing", drop("org-c", "akg:mission")),
    fires(f"{ORG}-domainName", "org-b", "not-a-domain", setv("org-b", "akg:domainName", '"beta"')),
    fires(f"{ORG}-domainName", "org-b", "lang", setv("org-b", "akg:domainName", '"b.org"@en')),
    fires(
        f"{ORG}-variantDomainName",
        "org-a",
        "space",
        setv("org-a", "akg:variantDomainName", '"apha .example"'),
    ),
    fires(
        f"{ORG}-homepage",
        "org-a",
        "literal",
        setv("org-a", "foaf:homepage", '"https://alpha.example/"'),
    ),
    # Units: one case on an instance of each subclass shows that targets reach them
    fires(f"{UNIT}-prefLabel", "twg-b", "missing", drop("twg-b", "skos:prefLabel")),
    fires(f"{UNIT}-prefLabel", "forum-a", "two-english", add("forum-a", "skos:prefLabel", '"F"@en')),
    fires(f"{UNIT}-unitOf", "wg-a", "none", drop("wg-a", "akg:unitOf")),
    fires(f"{UNIT}-unitOf", "unit-c", "two", add("unit-c", "akg:unitOf", "ex:org-b")),
    fires(f"{UNIT}-unitOf", "board-a", "not-an-org", setv("board-a", "akg:unitOf", "ex:topic-x")),
    fires(f"{UNIT}-unitOf", "area-b", "unit", setv("area-b", "akg:unitOf", "ex:committee-b")),
    fires(
        f"{UNIT}-partOfUnit",
        "task-force-a",
        "not-a-unit",
        setv("task-force-a", "akg:partOfUnit", "ex:spec-alpha"),
    ),
    fires(
        f"{UNIT}-partOfUnitSameOrganization",
        "task-force-a",
        "other-org",
        setv("task-force-a", "akg:partOfUnit", "ex:twg-b"),
    ),
    fires(f"{UNIT}-charter", "area-b", "plain", setv("area-b", "akg:charter", '"Groups."')),
    warns(f"{UNIT}-charter-recommended", "committee-b", "missing", drop("committee-b", "akg:charter")),
    fires(f"{UNIT}-acronym", "wg-a", "integer", setv("wg-a", "akg:acronym", "42")),
    fires(f"{UNIT}-topic", "wg-a", "not-a-concept", setv("wg-a", "akg:topic", "ex:org-a")),
    # Specifications (Standard, Schema, Framework and plain Specification)
    fires(f"{SPEC}-prefLabel", "spec-alpha", "missing", drop("spec-alpha", "skos:prefLabel")),
    fires(f"{SPEC}-acronym", "spec-alpha-model", "lang", setv("spec-alpha-model", "akg:acronym", '"AM"@en')),
    fires(
        f"{SPEC}-developedBy",
        "spec-review",
        "concept",
        setv("spec-review", "akg:developedBy", "ex:topic-x"),
    ),
    warns(f"{SPEC}-developedBy-recommended", "spec-beta", "missing", drop("spec-beta", "akg:developedBy")),
    fires(f"{SPEC}-buildsOn", "spec-beta", "extends-org", add("spec-beta", "akg:extends", "ex:org-a")),
    fires(f"{SPEC}-buildsOn", "spec-beta", "uses-unit", add("spec-beta", "akg:uses", "ex:wg-a")),
    fires(f"{SPEC}-buildsOn", "spec-beta", "builds-on-org", add("spec-beta", "akg:buildsOn", "ex:org-b")),
    fires(f"{SPEC}-partOf", "spec-alpha-model", "org", setv("spec-alpha-model", "akg:partOf", "ex:org-a")),
    fires(f"{SPEC}-topic", "spec-alpha", "spec", setv("spec-alpha", "akg:topic", "ex:spec-beta")),
    # Work registers
    fires(f"{REG}-title", "register", "missing", drop("register", "dcterms:title")),
    fires(f"{REG}-title", "register", "two-english", add("register", "dcterms:title", '"T"@en')),
    fires(f"{REG}-primarySource", "register", "missing", drop("register", "prov:hadPrimarySource")),
    fires(
        f"{REG}-primarySource",
        "register",
        "not-a-document",
        setv("register", "prov:hadPrimarySource", "ex:spec-alpha"),
    ),
    fires(f"{REG}-party", "register", "concept", swap("register", "akg:party", "ex:org-b", "ex:topic-x")),
    fires(
        f"{REG}-party",
        "register",
        "blank-node",
        "INSERT DATA { ex:register akg:party _:o . _:o a akg:Organization ;"
        ' skos:prefLabel "O"@en ; akg:acronym "O" ; akg:mission "M"@en }',
    ),
    fires(f"{REG}-twoDistinctParties", "register", "one", "DELETE DATA { ex:register akg:party ex:org-b }"),
    fires(f"{REG}-twoDistinctParties", "register", "none", drop("register", "akg:party")),
    quiet("three-parties", add("register", "akg:party", "ex:org-c")),
    fires(
        f"{REG}-participatingUnit",
        "register",
        "org",
        add("register", "akg:participatingUnit", "ex:org-c"),
    ),
    fires(f"{REG}-concerns", "register", "concept", add("register", "akg:concerns", "ex:topic-x")),
    fires(f"{REG}-topic", "register", "org", setv("register", "akg:topic", "ex:org-a")),
    warns(f"{REG}-topic-recommended", "register", "missing", drop("register", "akg:topic")),
    fires(f"{REG}-version", "register", "two", add("register", "akg:version", '"1.1"')),
    fires(f"{REG}-version", "register", "lang", setv("register", "akg:version", '"1.0"@en')),
    warns(f"{REG}-version-recommended", "register", "missing", drop("register", "akg:version")),
    fires(
        f"{REG}-dateInitiated",
        "register",
        "string",
        setv("register", "akg:dateInitiated", '"2020-01-15"'),
    ),
    fires(
        f"{REG}-dateInitiated",
        "register",
        "ill-typed",
        setv("register", "akg:dateInitiated", '"15/01/2020"^^xsd:date'),
    ),
    *(
        fires(f"{REG}-{p}", "register", "plain", add("register", f"akg:{p}", '"Text."'))
        for p in ("purpose", "scope", "benefit", "goal", "limitation", "assets")
    ),
    fires(f"{REG}-nonExclusive", "register", "string", setv("register", "akg:nonExclusive", '"yes"')),
    fires(f"{REG}-term", "register", "milestone", add("register", "akg:term", "ex:milestone-2")),
    fires(f"{REG}-policy", "register", "term", add("register", "akg:policy", "ex:term-a")),
    fires(f"{REG}-milestone", "register", "term", add("register", "akg:milestone", "ex:term-a")),
    fires(
        f"{REG}-collaboration",
        "register",
        "milestone",
        add("register", "akg:collaboration", "ex:milestone-1"),
    ),
    fires(f"{REG}-contactPoint", "register", "person", add("register", "akg:contactPoint", "ex:alice")),
    warns(f"{REG}-contactPoint-recommended", "register", "none", drop("register", "akg:contactPoint")),
    fires(f"{REG}-nextReview", "register", "two", add("register", "akg:nextReview", "ex:month")),
    fires(f"{REG}-nextReview", "register", "milestone", setv("register", "akg:nextReview", "ex:milestone-1")),
    fires(f"{REG}-reviewCycle", "register", "string", setv("register", "akg:reviewCycle", '"P1Y"')),
    fires(f"{REG}-reviewText", "register", "lang", setv("register", "akg:reviewText", '"Yearly"@en')),
    fires(f"{REG}-reviewProcess", "register", "org", setv("register", "akg:reviewProcess", "ex:org-a")),
    fires(f"{REG}-approval", "register", "status", add("register", "akg:approval", "ex:approved")),
    # Source documents and register graphs
    fires("SourceDocumentShape-path", "document", "missing", drop("document", "akg:path")),
    fires("SourceDocumentShape-path", "document", "two", add("document", "akg:path", '"b.txt"')),
    fires("SourceDocumentShape-sha256", "document", "missing", drop("document", "akg:sha256")),
    fires(
        "SourceDocumentShape-sha256",
        "document",
        "short",
        setv("document", "akg:sha256", '"82d4104f"^^xsd:hexBinary'),
    ),
    fires(
        "SourceDocumentShape-sha256",
        "document",
        "untyped",
        setv("document", "akg:sha256", '"' + "ab" * 32 + '"'),
    ),
    fires("RegisterGraphShape-primaryTopic", "graph", "missing", drop("graph", "foaf:primaryTopic")),
    fires(
        "RegisterGraphShape-primaryTopic",
        "graph",
        "document",
        setv("graph", "foaf:primaryTopic", "ex:document"),
    ),
    fires("RegisterGraphShape-wasDerivedFrom", "graph", "missing", drop("graph", "prov:wasDerivedFrom")),
    fires(
        "RegisterGraphShape-wasDerivedFrom",
        "graph",
        "register",
        setv("graph", "prov:wasDerivedFrom", "ex:register"),
    ),
    # Terms
    fires("RegisterTermShape-text", "term-a", "missing", drop("term-a", "akg:text")),
    fires("RegisterTermShape-text", "term-a", "two", add("term-a", "akg:text", '"More."')),
    fires("RegisterTermShape-termLabel", "term-a", "integer", setv("term-a", "akg:termLabel", "1")),
    fires("RegisterTermShape-ordinal", "term-a", "zero", setv("term-a", "akg:ordinal", "0")),
    fires("RegisterTermShape-ordinal", "term-a", "string", setv("term-a", "akg:ordinal", '"1"')),
    # Policies
    fires("PolicyShape-text", "policy-general", "lang", setv("policy-general", "akg:text", '"T"@en')),
    warns("PolicyShape-text-recommended", "policy-ip", "missing", drop("policy-ip", "akg:text")),
    fires(
        "PolicyShape-appliesTo",
        "policy-access",
        "concept",
        setv("policy-access", "akg:appliesTo", "ex:topic-x"),
    ),
    fires("PolicyShape-ordinal", "policy-licensing", "zero", setv("policy-licensing", "akg:ordinal", "0")),
    fires(
        "AccessPolicyShape-documentStatus",
        "policy-access",
        "lang",
        add("policy-access", "akg:documentStatus", '"Informational"@en'),
    ),
    fires(
        "IntellectualPropertyPolicyShape-contributor",
        "policy-ip",
        "missing",
        drop("policy-ip", "akg:contributor"),
    ),
    fires(
        "IntellectualPropertyPolicyShape-contributor",
        "policy-ip",
        "unit",
        setv("policy-ip", "akg:contributor", "ex:twg-b"),
    ),
    fires(
        "IntellectualPropertyPolicyShape-recipient",
        "policy-ip",
        "missing",
        drop("policy-ip", "akg:recipient"),
    ),
    fires(
        "IntellectualPropertyPolicyShape-channel",
        "policy-ip",
        "lang",
        setv("policy-ip", "akg:channel", '"Portal"@en'),
    ),
    fires(
        "IntellectualPropertyPolicyShape-channelAddress",
        "policy-ip",
        "iri",
        setv("policy-ip", "akg:channelAddress", "<https://alpha.example/feedback>"),
    ),
    fires(
        "IntellectualPropertyPolicyShape-governingAgreement",
        "policy-ip",
        "lang",
        setv("policy-ip", "akg:governingAgreement", '"Agreement"@en'),
    ),
    fires(
        "LicensingPolicyShape-license", "policy-licensing", "none", drop("policy-licensing", "akg:license")
    ),
    fires(
        "LicensingPolicyShape-license",
        "policy-licensing",
        "concept",
        setv("policy-licensing", "akg:license", "ex:topic-x"),
    ),
    fires("LicenseShape-prefLabel", "gpl", "missing", drop("gpl", "skos:prefLabel")),
    fires("LicenseShape-spdxId", "gpl", "space", setv("gpl", "akg:spdxId", '"GPL 2.0"')),
    fires("LicenseShape-spdxId", "gpl", "two", add("gpl", "akg:spdxId", '"GPL-2.0-or-later"')),
    # Milestones and deliverables
    warns(f"{MS}-targetText-recommended", "milestone-2", "missing", drop("milestone-2", "akg:targetText")),
    fires(f"{MS}-targetText", "milestone-2", "two", add("milestone-2", "akg:targetText", '"Now"')),
    warns(
        f"{MS}-targetPeriodOrStatus-recommended",
        "milestone-1",
        "no-period",
        drop("milestone-1", "akg:targetPeriod"),
    ),
    warns(
        f"{MS}-targetPeriodOrStatus-recommended",
        "milestone-2",
        "no-status",
        drop("milestone-2", "akg:targetStatus"),
    ),
    quiet("period-and-status", add("milestone-3", "akg:targetStatus", "ex:on-going")),
    fires(
        f"{MS}-targetPeriod", "milestone-1", "status", setv("milestone-1", "akg:targetPeriod", "ex:on-going")
    ),
    fires(f"{MS}-targetPeriod", "milestone-1", "two", add("milestone-1", "akg:targetPeriod", "ex:month")),
    fires(
        f"{MS}-targetStatus", "milestone-2", "period", setv("milestone-2", "akg:targetStatus", "ex:quarter")
    ),
    fires(f"{MS}-text", "milestone-3", "lang", setv("milestone-3", "akg:text", '"Announce."@en')),
    fires(f"{MS}-deliverable", "milestone-1", "spec", add("milestone-1", "akg:deliverable", "ex:spec-alpha")),
    fires(f"{MS}-responsible", "milestone-1", "concept", add("milestone-1", "akg:responsible", "ex:topic-x")),
    fires(f"{MS}-involves", "milestone-1", "spec", add("milestone-1", "akg:involves", "ex:spec-alpha")),
    fires(f"{MS}-concerns", "milestone-1", "org", add("milestone-1", "akg:concerns", "ex:org-a")),
    fires(f"{MS}-section", "milestone-1", "two", add("milestone-1", "akg:section", '"Other"')),
    fires(f"{MS}-theme", "milestone-1", "lang", setv("milestone-1", "akg:theme", '"Models"@en')),
    fires(f"{MS}-priority", "milestone-1", "zero", setv("milestone-1", "akg:priority", "0")),
    fires(f"{MS}-priority", "milestone-1", "string", setv("milestone-1", "akg:priority", '"high"')),
    fires(f"{MS}-ordinal", "milestone-4", "two", add("milestone-4", "akg:ordinal", "5")),
    fires("DeliverableShape-label", "deliverable", "missing", drop("deliverable", "rdfs:label")),
    fires(
        "DeliverableShape-responsible",
        "deliverable",
        "spec",
        setv("deliverable", "akg:responsible", "ex:spec-alpha"),
    ),
    fires("DeliverableShape-concerns", "deliverable", "unit", setv("deliverable", "akg:concerns", "ex:wg-a")),
    # Target periods and statuses
    fires("TargetPeriodShape-startDate", "review-period", "missing", drop("review-period", "akg:startDate")),
    fires(
        "TargetPeriodShape-startDate",
        "review-period",
        "date-time",
        setv("review-period", "akg:startDate", '"2022-06-01T00:00:00"^^xsd:dateTime'),
        also=(("TargetPeriodShape-order", "review-period"),),
    ),
    fires("TargetPeriodShape-endDate", "quarter", "missing", drop("quarter", "akg:endDate")),
    fires(
        "TargetPeriodShape-endDate",
        "review-period",
        "two",
        add("review-period", "akg:endDate", '"2022-07-31"^^xsd:date'),
    ),
    fires(
        "TargetPeriodShape-order",
        "review-period",
        "end-before-start",
        setv("review-period", "akg:endDate", '"2022-05-31"^^xsd:date'),
    ),
    quiet("one-day-period", setv("review-period", "akg:endDate", '"2022-06-01"^^xsd:date')),
    fires(
        "CalendarQuarterShape-startDate",
        "quarter",
        "mid-quarter",
        setv("quarter", "akg:startDate", '"2011-05-01"^^xsd:date'),
    ),
    fires(
        "CalendarQuarterShape-endDate",
        "quarter",
        "not-last-day",
        setv("quarter", "akg:endDate", '"2011-06-29"^^xsd:date'),
    ),
    fires(
        "CalendarMonthShape-startDate",
        "month",
        "second-day",
        setv("month", "akg:startDate", '"2021-07-02"^^xsd:date'),
    ),
    fires(
        "CalendarMonthShape-endDate",
        "month",
        "thirtieth-of-july",
        setv("month", "akg:endDate", '"2021-07-30"^^xsd:date'),
    ),
    quiet(
        "leap-february",
        setv("month", "akg:startDate", '"2024-02-01"^^xsd:date')
        + " ;\n"
        + setv("month", "akg:endDate", '"2024-02-29"^^xsd:date'),
    ),
    fires(
        "MonthSpanShape-startDate",
        "span",
        "mid-month",
        setv("span", "akg:startDate", '"2021-06-15"^^xsd:date'),
    ),
    fires(
        "MonthSpanShape-endDate",
        "span",
        "mid-month",
        setv("span", "akg:endDate", '"2021-07-15"^^xsd:date'),
    ),
    fires("TargetStatusShape-prefLabel", "on-going", "missing", drop("on-going", "skos:prefLabel")),
    fires("ApprovalStatusShape-prefLabel", "approved", "missing", drop("approved", "skos:prefLabel")),
    # Approval
    fires("ApprovalShape-approvedBy", "approval", "missing", drop("approval", "akg:approvedBy")),
    fires("ApprovalShape-approvedBy", "approval", "org", setv("approval", "akg:approvedBy", "ex:org-a")),
    fires("ApprovalShape-approvedBy", "approval", "two", add("approval", "akg:approvedBy", "ex:committee-b")),
    fires("ApprovalShape-approvalStatus", "approval", "missing", drop("approval", "akg:approvalStatus")),
    fires(
        "ApprovalShape-approvalStatus",
        "approval",
        "target-status",
        setv("approval", "akg:approvalStatus", "ex:on-going"),
    ),
    fires(
        "ApprovalShape-approvalDate",
        "approval",
        "string",
        setv("approval", "akg:approvalDate", '"2021-05-20"'),
    ),
    fires(
        "ApprovalShape-approvalDate",
        "approval",
        "two",
        add("approval", "akg:approvalDate", '"2021-05-21"^^xsd:date'),
    ),
    fires(
        "ApprovalShape-approvalBeforeReview",
        "approval",
        "after-review",
        setv("approval", "akg:approvalDate", '"2022-06-02"^^xsd:date'),
    ),
    quiet("approval-on-review-day", setv("approval", "akg:approvalDate", '"2022-06-01"^^xsd:date')),
    quiet("pending-approval-without-date", drop("approval", "akg:approvalDate")),
    quiet(
        "late-approval-of-register-without-next-review",
        drop("register", "akg:nextReview")
        + " ;\n"
        + setv("approval", "akg:approvalDate", '"2023-01-01"^^xsd:date'),
    ),
    fires("ApprovalShape-resolutionId", "approval", "integer", setv("approval", "akg:resolutionId", "7")),
    fires("ApprovalShape-text", "approval", "lang", setv("approval", "akg:text", '"Approved."@en')),
    # Points of contact
    fires(f"{CP}-contactFor", "contact-a", "missing", drop("contact-a", "akg:contactFor")),
    fires(f"{CP}-contactFor", "contact-a", "two", add("contact-a", "akg:contactFor", "ex:org-b")),
    fires(f"{CP}-contactFor", "contact-b", "unit", setv("contact-b", "akg:contactFor", "ex:twg-b")),
    fires(f"{CP}-hasEmail", "contact-b", "missing", drop("contact-b", "vcard:hasEmail")),
    *(
        fires(f"{CP}-emailForm", "contact-a", why, setv("contact-a", "vcard:hasEmail", email))
        for why, email in (
            ("literal", '"alice.smith@alpha.example"'),
            ("mailto-literal", '"mailto:alice.smith@alpha.example"'),
            ("http-iri", "<http://alpha.example/alice>"),
            ("no-at", "<mailto:alice.smith.alpha.example>"),
            ("two-ats", "<mailto:alice@smith@alpha.example>"),
            ("no-local-part", "<mailto:@alpha.example>"),
            ("no-tld", "<mailto:alice@alpha>"),
            ("numeric-tld", "<mailto:alice@alpha.123>"),
            ("upper-case-scheme", "<MAILTO:alice@alpha.example>"),
        )
    ),
    quiet("second-valid-email", add("contact-a", "vcard:hasEmail", "<mailto:OFA-alliance@a-b.example>")),
    warns(
        f"{CP}-emailDomain",
        "contact-a",
        "variant-domain",
        setv("contact-a", "vcard:hasEmail", "<mailto:alice@apha.example>"),
    ),
    warns(
        f"{CP}-emailDomain",
        "contact-a",
        "variant-domain-upper-case",
        setv("contact-a", "vcard:hasEmail", "<mailto:alice@APHA.example>"),
    ),
    quiet(
        "variant-domain-of-another-organization",
        setv("contact-b", "vcard:hasEmail", "<mailto:list@apha.example>"),
    ),
    quiet("sub-domain-of-variant", setv("contact-a", "vcard:hasEmail", "<mailto:a@lists.apha.example>")),
    quiet("contact-without-person", drop("contact-a", "akg:person")),
    fires(f"{CP}-person", "contact-a", "org", setv("contact-a", "akg:person", "ex:org-a")),
    fires(
        f"{CP}-person",
        "contact-a",
        "two",
        add("contact-a", "akg:person", "ex:bob") + " ;\n" + add("bob", "a", "foaf:Person"),
    ),
    fires(f"{CP}-role", "contact-b", "lang", setv("contact-b", "akg:role", '"List"@en')),
    fires(f"{CP}-ordinal", "contact-b", "zero", setv("contact-b", "akg:ordinal", "0")),
    # Collaborations
    fires(
        "CollaborationShape-collaboratingUnit",
        "collaboration",
        "one",
        setv("collaboration", "akg:collaboratingUnit", "ex:wg-a"),
    ),
    fires(
        "CollaborationShape-collaboratingUnit",
        "collaboration",
        "org",
        swap("collaboration", "akg:collaboratingUnit", "ex:twg-b", "ex:org-b"),
    ),
    fires(
        "CollaborationShape-establishedBy",
        "collaboration",
        "term",
        setv("collaboration", "akg:establishedBy", "ex:term-a"),
    ),
    fires(
        "CollaborationShape-establishedBy",
        "collaboration",
        "two",
        add("collaboration", "akg:establishedBy", "ex:milestone-2"),
    ),
]


def mutated(baseline: Graph, update: str) -> Graph:
    graph = Graph()
    graph += baseline
    graph.update(PREFIXES + update)
    return graph


def pairs(case: Case) -> set[tuple[str, str]]:
    return {(str(AKGSH[shape]), EX + focus) for shape, focus in case.fires}


# --- The rules fire exactly where expected ---------------------------------------


def test_valid_fixture_has_no_result_at_all(baseline_report: ValidationReport) -> None:
    assert baseline_report.results == (), baseline_report.as_text()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_case_fires_exactly_its_rule(
    case: Case,
    baseline: Graph,
    baseline_report: ValidationReport,
    shapes: Graph,
    ontology: Graph,
) -> None:
    expected = pairs(case)
    # The valid counterpart: on the untouched fixture the pair does not fire.
    assert not expected & baseline_report.fired()

    # pyshacl alone, SHACL-SPARQL included: one of the three engines whose verdicts must agree (Jena's
    # and rudof's are in test_engines.py, with kg's own validate, which runs SHACL-SPARQL on Oxigraph).
    report = validate_with_pyshacl(mutated(baseline, case.update), shapes, ontology)

    assert report.fired() == expected, report.as_text()
    for result in report.results:
        assert result.severity == case.severity, report.as_text()
        assert result.message and result.message != "constraint not met"


def test_every_constraint_has_an_invalid_case(shapes: Graph) -> None:
    """Each property shape and each rule shape (so each SPARQL constraint, hosted by one) is made to fire."""
    from test_alliance_shapes import CASES as ALLIANCE_CASES  # the alliance section's own cases

    tested = {shape for case in [*CASES, *ALLIANCE_CASES] for shape, _focus in case.fires}
    declared = {_local(s) for s in shapes.subjects(RDF.type, SH.PropertyShape)}
    declared |= {_local(s) for s in _rule_shapes(shapes)}
    assert declared - tested == set()
    assert tested - declared == set()


# --- The shapes file is well formed ----------------------------------------------


def _local(node: URIRef) -> str:
    return str(node).removeprefix(str(AKGSH))


def _node_shapes(shapes: Graph) -> list[URIRef]:
    """The shape of each class, akgsh:<Class>Shape."""
    return sorted(s for s in shapes.subjects(RDF.type, SH.NodeShape) if "-" not in _local(s))


def _rule_shapes(shapes: Graph) -> list[URIRef]:
    """The node shapes of one rule each, akgsh:<Class>Shape-<rule> (those that need SPARQL)."""
    return sorted(s for s in shapes.subjects(RDF.type, SH.NodeShape) if "-" in _local(s))


def _property_shapes(shapes: Graph) -> list[URIRef]:
    return sorted(set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property)))


def test_shapes_graph_header(shapes: Graph) -> None:
    assert (SHAPES_IRI, RDF.type, OWL.Ontology) in shapes
    assert shapes.value(SHAPES_IRI, URIRef("http://purl.org/dc/terms/title")) is not None
    assert shapes.value(SHAPES_IRI, URIRef("http://purl.org/dc/terms/description")) is not None
    declared = {
        str(shapes.value(d, SH.prefix)): str(shapes.value(d, SH.namespace))
        for d in shapes.objects(SHAPES_IRI, SH.declare)
    }
    assert declared["akg"] == str(AKG)


def test_every_node_shape_is_named_and_targeted(shapes: Graph) -> None:
    for shape in _node_shapes(shapes):
        assert isinstance(shape, URIRef) and str(shape).startswith(str(AKGSH)), shape
        assert _local(shape).endswith("Shape"), shape
        assert shapes.value(shape, SH.name) is not None, f"{shape} has no sh:name"
        assert shapes.value(shape, SH.targetClass) is not None, f"{shape} has no sh:targetClass"
        assert (shapes.value(shape, SH.description) or shapes.value(shape, RDFS.comment)) is not None, (
            f"{shape} has no sh:description"
        )


def test_every_rule_shape_belongs_to_its_class_shape(shapes: Graph) -> None:
    """A rule on a node shape of its own: named after its class shape, same target, with name and message."""
    rule_shapes = _rule_shapes(shapes)
    assert rule_shapes
    for shape in rule_shapes:
        owner = AKGSH[_local(shape).split("-", 1)[0]]
        assert owner in _node_shapes(shapes), shape
        assert shapes.value(shape, SH.targetClass) == shapes.value(owner, SH.targetClass), shape
        assert not any(shapes.subject_predicates(shape)), f"{shape} is used inside another shape"
        for required in (SH.name, SH.message, SH.severity, SH.description):
            assert shapes.value(shape, required) is not None, f"{shape} has no {required}"
        expected = SH.Warning if _local(shape) == "ContactPointShape-emailDomain" else SH.Violation
        assert shapes.value(shape, SH.severity) == expected, shape


def test_every_property_shape_is_named_with_message_and_severity(shapes: Graph) -> None:
    property_shapes = _property_shapes(shapes)
    assert property_shapes
    for shape in property_shapes:
        assert isinstance(shape, URIRef), f"anonymous property shape {shape}"
        assert (shape, RDF.type, SH.PropertyShape) in shapes, shape
        owner = shapes.value(predicate=SH.property, object=shape)
        assert owner is not None and _local(shape).startswith(_local(owner) + "-"), shape
        assert shapes.value(shape, SH.path) is not None, f"{shape} has no sh:path"
        assert shapes.value(shape, SH.name) is not None, f"{shape} has no sh:name"
        assert shapes.value(shape, SH.message) is not None, f"{shape} has no sh:message"
        severity = shapes.value(shape, SH.severity)
        assert severity in (SH.Violation, SH.Warning), f"{shape} has no severity"
        # Warnings are the recommendations (a minCount) and the variant e-mail domain rule.
        is_recommendation = _local(shape).endswith("-recommended")
        if is_recommendation:
            assert shapes.value(shape, SH.minCount) is not None, shape
        expected = is_recommendation or _local(shape) == "ContactPointShape-emailDomain"
        assert (severity == SH.Warning) == expected, f"{shape} has severity {severity}"


def test_every_class_has_exactly_one_shape(shapes: Graph) -> None:
    core = load_graph([default_sources().root / "ontology" / "alliance.ttl"])
    classes = {c for c in core.subjects(RDF.type, OWL.Class) if str(c).startswith(str(AKG))}
    targets = [shapes.value(s, SH.targetClass) for s in _node_shapes(shapes)]
    assert sorted(map(str, targets)) == sorted(map(str, classes))
    for cls in classes:
        shape = AKGSH[str(cls).removeprefix(str(AKG)) + "Shape"]
        assert shapes.value(shape, SH.targetClass) == cls


# The rules SHACL Core cannot say; every other rule is SHACL Core (all engines agree on it).
SPARQL_RULES = {
    "ApprovalBeforeReviewConstraint": "ApprovalShape-approvalBeforeReview",
    "VariantEmailDomainConstraint": "ContactPointShape-emailDomain",
    "PartOfUnitSameOrganizationConstraint": "OrganizationalUnitShape-partOfUnitSameOrganization",
}


def test_sparql_constraints_are_named_and_hosted_by_one_shape(shapes: Graph) -> None:
    constraints = set(shapes.subjects(RDF.type, SH.SPARQLConstraint))
    assert {_local(c) for c in constraints} == set(SPARQL_RULES)
    for constraint in constraints:
        hosts = list(shapes.subjects(SH.sparql, constraint))
        assert [_local(h) for h in hosts] == [SPARQL_RULES[_local(constraint)]]
        host = hosts[0]
        # On a node shape: Jena runs a property shape's SPARQL constraint once per value, so never on
        # a node without values; every engine runs a node shape's once per focus node.
        assert (host, RDF.type, SH.NodeShape) in shapes and shapes.value(host, SH.path) is None
        assert isinstance(shapes.value(constraint, RDFS.label), Literal)
        assert shapes.value(constraint, SH.prefixes) == SHAPES_IRI
        # pyshacl reports the host's severity; a differing message would be reported twice.
        assert shapes.value(constraint, SH.severity) == shapes.value(host, SH.severity)
        assert shapes.value(constraint, SH.message) == shapes.value(host, SH.message)
    assert shapes.value(AKGSH.VariantEmailDomainConstraint, SH.severity) == SH.Warning


@pytest.mark.parametrize("constraint", sorted(SPARQL_RULES))
def test_sparql_queries_are_written_to_scale(shapes: Graph, constraint: str) -> None:
    query = " ".join(str(shapes.value(AKGSH[constraint], SH.select)).split())
    assert "NOT EXISTS" not in query.upper() and "MINUS" not in query.upper()
    # The first triple pattern (possibly inside an OPTIONAL) starts from $this.
    first = re.search(r"WHERE \{ (?:OPTIONAL \{ )?(\S+)", query)
    assert first is not None and first.group(1) == "$this", query
    # A regular expression only ever runs behind a cheap STRSTARTS test.
    if "REGEX(" in query.upper():
        assert query.upper().index("STRSTARTS(") < query.upper().index("REGEX(")
    # Results name the property the rule is about.
    assert re.search(r"BIND \((\w+):\w+ AS \?path\)", query), query
    # Every prefix the query uses is declared on the shapes graph.
    declared = {str(shapes.value(d, SH.prefix)) for d in shapes.objects(SHAPES_IRI, SH.declare)}
    used = set(re.findall(r"\b([a-z]+):[A-Za-z]", query)) - {"mailto"}
    assert used <= declared


# --- The seed data ----------------------------------------------------------------


def test_seed_data_has_no_violations(shapes: Graph, ontology: Graph) -> None:
    sources = default_sources()
    files = [*sources.ontology_files, *sources.reference_files, *sources.curated_registers.values()]
    report = validate(load_graph(files), shapes, ontology)
    assert report.violations == [], report.as_text()


# --- The SPARQL rules give the same answers on Oxigraph (the engine used at scale) ---


def _oxigraph_hits(graph: Graph, shapes: Graph, ontology: Graph) -> set[tuple[str, str]]:
    """(host shape, focus node) for each SPARQL rule run on a pyoxigraph Store, $this pre-bound."""
    store = pyoxigraph.Store()
    store.load((graph + ontology).serialize(format="nt"), format=pyoxigraph.RdfFormat.N_TRIPLES)
    prologue = "".join(
        f"PREFIX {shapes.value(d, SH.prefix)}: <{shapes.value(d, SH.namespace)}>\n"
        for d in shapes.objects(SHAPES_IRI, SH.declare)
    )
    hits = set()
    for constraint, host in SPARQL_RULES.items():
        target = shapes.value(AKGSH[host], SH.targetClass)
        query = prologue + str(shapes.value(AKGSH[constraint], SH.select))
        focus_nodes = store.query(
            f"SELECT DISTINCT ?focus WHERE {{ ?focus a/<{RDFS.subClassOf}>* <{target}> }}"
        )
        for row in focus_nodes:
            this = {pyoxigraph.Variable("this"): row["focus"]}
            if any(True for _ in store.query(query, substitutions=this)):
                hits.add((str(AKGSH[host]), row["focus"].value))
    return hits


SPARQL_CASES = [c for c in CASES if not c.fires or {s for s, _ in c.fires} & set(SPARQL_RULES.values())]


def test_sparql_rules_stay_quiet_on_the_valid_fixture_on_oxigraph(
    baseline: Graph, shapes: Graph, ontology: Graph
) -> None:
    assert _oxigraph_hits(baseline, shapes, ontology) == set()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in SPARQL_CASES])
def test_sparql_rules_agree_on_oxigraph(case: Case, baseline: Graph, shapes: Graph, ontology: Graph) -> None:
    hosts = {str(AKGSH[h]) for h in SPARQL_RULES.values()}
    expected = {(shape, focus) for shape, focus in pairs(case) if shape in hosts}
    assert _oxigraph_hits(mutated(baseline, case.update), shapes, ontology) == expected
