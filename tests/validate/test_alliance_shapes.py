"""The shapes of alliances and of every kind of alliance document (the end section of
ontology/shapes.ttl): each rule fires on what it forbids, and on nothing else.

tests/fixtures/shapes/valid.ttl plus tests/fixtures/kinds/shapes-valid.ttl conform with no result
at all. Each case breaks one thing with a SPARQL Update and asserts the exact set of (shape, focus
node) pairs that then fire, with their severity, as tests/validate/test_shapes.py does for the
other shapes (whose completeness check counts these cases too).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from rdflib import Graph

from kg.model.namespaces import AKG, AKGSH
from kg.model.rdfio import load_graph
from kg.validate.shacl import ValidationReport, validate

FIXTURES = Path(__file__).parents[1] / "fixtures"
EX = "http://example.org/akg-test/"
PREFIXES = f"""
PREFIX ex: <{EX}>
PREFIX akg: <{AKG}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
KINDS = {
    "RegisterAddendum": "addendum",
    "MemorandumOfUnderstanding": "mou",
    "AlliancePage": "page",
    "LiaisonStatement": "liaison",
    "MeetingRecord": "minutes",
}
DATES = (
    "effectiveDate",
    "dateSigned",
    "initiatedIn",
    "reviewDate",
    "dateApproved",
    "datePublished",
    "responseDeadline",
)


@dataclass(frozen=True)
class Case:
    id: str
    update: str
    fires: frozenset[tuple[str, str]]  # (shape local name, focus local name in ex:)
    severity: str


def drop(subject: str, predicate: str) -> str:
    return f"DELETE WHERE {{ ex:{subject} {predicate} ?value }}"


def add(subject: str, predicate: str, value: str) -> str:
    return f"INSERT DATA {{ ex:{subject} {predicate} {value} }}"


def setv(subject: str, predicate: str, value: str) -> str:
    return f"{drop(subject, predicate)} ;\n{add(subject, predicate, value)}"


def fires(shape: str, focus: str, why: str, update: str) -> Case:
    return Case(f"{shape}:{why}", update, frozenset({(shape, focus)}), "Violation")


def warns(shape: str, focus: str, why: str, update: str) -> Case:
    return Case(f"{shape}:{why}", update, frozenset({(shape, focus)}), "Warning")


def kind_cases(cls: str, node: str) -> list[Case]:
    shape = f"{cls}Shape"
    return [
        fires(f"{shape}-title", node, "missing", drop(node, "dcterms:title")),
        fires(f"{shape}-title", node, "iri", setv(node, "dcterms:title", "ex:title")),
        fires(f"{shape}-primarySource", node, "missing", drop(node, "prov:hadPrimarySource")),
        fires(
            f"{shape}-primarySource", node, "not-a-document", setv(node, "prov:hadPrimarySource", "ex:org-a")
        ),
        fires(f"{shape}-party", node, "unit", add(node, "akg:party", "ex:wg-a")),
        warns(f"{shape}-parties-recommended", node, "one", f"DELETE DATA {{ ex:{node} akg:party ex:org-b }}"),
    ]


def version_cases() -> list[Case]:
    """A document as a work and the links between versions (issue 15): ex:register-work, whose versions
    are ex:page (replaced) and ex:minutes (the latest), amended by ex:addendum."""
    work = "DocumentWorkShape"
    return [
        fires(f"{work}-label", "register-work", "missing", drop("register-work", "rdfs:label")),
        fires(f"{work}-label", "register-work", "iri", setv("register-work", "rdfs:label", "ex:label")),
        fires(f"{work}-hasVersion", "register-work", "missing", drop("register-work", "dcterms:hasVersion")),
        fires(
            f"{work}-hasVersion",
            "register-work",
            "organization",
            add("register-work", "dcterms:hasVersion", "ex:org-a"),
        ),
        fires(
            f"{work}-latestVersion", "register-work", "missing", drop("register-work", "akg:latestVersion")
        ),
        fires(
            f"{work}-latestVersion",
            "register-work",
            "two",
            add("register-work", "akg:latestVersion", "ex:page"),
        ),
        fires(
            f"{work}-latestVersion",
            "register-work",
            "literal",
            setv("register-work", "akg:latestVersion", '"1.1"'),
        ),
        warns(
            f"{work}-title-recommended", "register-work", "missing", drop("register-work", "dcterms:title")
        ),
        fires(
            "AllianceDocumentShape-isVersionOf",
            "page",
            "organization",
            setv("page", "dcterms:isVersionOf", "ex:org-a"),
        ),
        fires(
            "AllianceDocumentShape-isVersionOf",
            "page",
            "two",
            add("page", "dcterms:isVersionOf", "ex:mou-work"),
        ),
        fires(
            "AllianceDocumentShape-wasRevisionOf",
            "minutes",
            "two",
            add("minutes", "prov:wasRevisionOf", "ex:mou"),
        ),
        fires(
            "AllianceDocumentShape-wasRevisionOf",
            "minutes",
            "work",
            setv("minutes", "prov:wasRevisionOf", "ex:register-work"),
        ),
        fires(
            "AllianceDocumentShape-replaces", "minutes", "two", add("minutes", "dcterms:replaces", "ex:mou")
        ),
        fires(
            "AllianceDocumentShape-replaces",
            "minutes",
            "literal",
            setv("minutes", "dcterms:replaces", '"1.0"'),
        ),
        fires(
            "AllianceDocumentShape-isReplacedBy", "page", "two", add("page", "dcterms:isReplacedBy", "ex:mou")
        ),
        fires(
            "AllianceDocumentShape-isReplacedBy",
            "page",
            "organization",
            setv("page", "dcterms:isReplacedBy", "ex:org-b"),
        ),
        fires(
            "RegisterAddendumShape-amends",
            "addendum",
            "version",
            setv("addendum", "akg:amends", "ex:minutes"),
        ),
        fires(
            "RegisterAddendumShape-amends", "addendum", "two", add("addendum", "akg:amends", "ex:mou-work")
        ),
    ]


CASES: list[Case] = [
    fires("AllianceShape-party", "alliance", "unit", add("alliance", "akg:party", "ex:wg-a")),
    fires("AllianceShape-party", "alliance", "literal", add("alliance", "akg:party", '"ASF"')),
    fires(
        "AllianceShape-twoDistinctParties",
        "alliance",
        "one",
        "DELETE DATA { ex:alliance akg:party ex:org-b }",
    ),
    fires("AllianceShape-label", "alliance", "missing", drop("alliance", "rdfs:label")),
    fires(
        "AllianceShape-status", "alliance", "other", setv("alliance", "akg:allianceStatus", "akg:ForAction")
    ),
    fires("AllianceShape-evidencedBy", "alliance", "missing", drop("alliance", "akg:evidencedBy")),
    fires(
        "AllianceShape-earliestEvidence",
        "alliance",
        "string",
        setv("alliance", "akg:earliestEvidence", '"June 2019"'),
    ),
    *[
        fires(f"AllianceDocumentShape-{name}", "mou", "string", setv("mou", f"akg:{name}", '"soon"'))
        for name in DATES
    ],
    fires(
        "AllianceDocumentShape-meetingDate",
        "minutes",
        "datetime",
        setv("minutes", "akg:meetingDate", '"2020-03-04T10:00:00"^^xsd:dateTime'),
    ),
    fires("AllianceDocumentShape-missingPart", "mou", "iri", setv("mou", "akg:missingPart", "ex:contacts")),
    fires(
        "AllianceDocumentShape-contactPerson",
        "mou",
        "organization",
        add("mou", "akg:contactPerson", "ex:org-a"),
    ),
    fires(
        "AllianceDocumentShape-aboutAlliance",
        "page",
        "organization",
        setv("page", "akg:mentionsAlliance", "ex:org-a"),
    ),
    *[case for cls, node in KINDS.items() for case in kind_cases(cls, node)],
    fires(
        "RegisterAddendumShape-amendsTitle", "addendum", "two", add("addendum", "akg:amendsTitle", '"Other"')
    ),
    fires(
        "LiaisonStatementShape-sender", "liaison", "document", setv("liaison", "akg:sender", "ex:document")
    ),
    warns("LiaisonStatementShape-sender-recommended", "liaison", "missing", drop("liaison", "akg:sender")),
    fires("LiaisonStatementShape-addressee", "liaison", "literal", setv("liaison", "akg:addressee", '"BA"')),
    warns(
        "LiaisonStatementShape-addressee-recommended", "liaison", "missing", drop("liaison", "akg:addressee")
    ),
    fires(
        "LiaisonStatementShape-purpose",
        "liaison",
        "other",
        setv("liaison", "akg:liaisonPurpose", "akg:AllianceActive"),
    ),
    fires(
        "LiaisonStatementShape-purpose",
        "liaison",
        "two",
        add("liaison", "akg:liaisonPurpose", "akg:ForInformation"),
    ),
    warns(
        "MeetingRecordShape-meetingDate-recommended", "minutes", "missing", drop("minutes", "akg:meetingDate")
    ),
    *version_cases(),
    fires("AllianceStatusShape-label", "status", "missing", drop("status", "rdfs:label")),
    fires("LiaisonPurposeShape-label", "purpose", "missing", drop("purpose", "rdfs:label")),
]


@pytest.fixture(scope="module")
def baseline() -> Graph:
    return load_graph([FIXTURES / "shapes" / "valid.ttl", FIXTURES / "kinds" / "shapes-valid.ttl"])


@pytest.fixture(scope="module")
def baseline_report(baseline: Graph, shapes: Graph, ontology: Graph) -> ValidationReport:
    return validate(baseline, shapes, ontology)


def mutated(baseline: Graph, update: str) -> Graph:
    graph = Graph()
    graph += baseline
    graph.update(PREFIXES + update)
    return graph


def fired(report: ValidationReport) -> set[tuple[str, str]]:
    return {(r.shape, r.focus_node) for r in report.results}


def test_the_valid_fixture_has_no_result_at_all(baseline_report: ValidationReport) -> None:
    assert baseline_report.results == (), baseline_report.as_text()


@pytest.mark.parametrize("case", [pytest.param(c, id=c.id) for c in CASES])
def test_case_fires_exactly_its_rule(
    case: Case, baseline: Graph, baseline_report: ValidationReport, shapes: Graph, ontology: Graph
) -> None:
    expected = {(str(AKGSH[shape]), EX + focus) for shape, focus in case.fires}
    assert not expected & fired(baseline_report)
    report = validate(mutated(baseline, case.update), shapes, ontology)
    assert fired(report) == expected, report.as_text()
    assert {r.severity for r in report.results} == {case.severity}


def test_every_rule_of_the_section_has_a_case(shapes: Graph) -> None:
    owners = {"AllianceShape", "AllianceDocumentShape", "AllianceStatusShape", "LiaisonPurposeShape"}
    owners |= {"DocumentWorkShape"}
    owners |= {f"{cls}Shape" for cls in KINDS}
    local_names = {
        str(s).removeprefix(str(AKGSH)) for s in shapes.subjects() if str(s).startswith(str(AKGSH))
    }
    section = {name for name in local_names if "-" in name and name.split("-")[0] in owners}
    tested = {shape for case in CASES for shape, _ in case.fires}
    assert section == tested
