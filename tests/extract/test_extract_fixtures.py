"""Generalisation: registers we wrote in other layouts (numbered sections, Markdown with an addendum
and three parties, HTML, PDF) and other date styles; each with the facts it must yield, as triples."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import RDF, XSD, Graph, Literal, Namespace
from rdflib.namespace import FOAF, SKOS

from kg.model.namespaces import AKG, ID, ORG, PERIOD, PERSON, REG, SPEC, WG
from kg.pipeline.ingest import Extraction, check, extract

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
STATUS = Namespace(ID + "target-status/")


@pytest.fixture(scope="module")
def extracted() -> dict[str, Extraction]:
    # Each under a fixed slug, so that the facts read the same whatever the identity scheme
    # (test_identity.py tests the slugs the documents get of their own).
    names = {
        "dmtf-etc-numbered.txt": "dmtf-etc",
        "snia-ogf-pif-addendum.md": "snia-ogf-pif",
        "ogf-ofa-register.html": "ogf-ofa",
        "dmtf-ofa-register.pdf": "dmtf-ofa",
    }
    return {name.split(".")[1]: extract(FIXTURES / name, slug=slug) for name, slug in names.items()}


def has(graph: Graph, *triples) -> None:
    missing = [t for t in triples if t not in graph]
    assert not missing, missing


def date(text: str) -> Literal:
    return Literal(text, datatype=XSD.date)


def test_every_fixture_validates(extracted: dict[str, Extraction]) -> None:
    for name, extraction in extracted.items():
        report = check(extraction)
        assert not report.violations, (name, report.as_text())


def test_numbered_sections_new_entities_and_date_styles(extracted: dict[str, Extraction]) -> None:
    graph, register = extracted["txt"].facts, REG["dmtf-etc"]
    etc, iwg, txf = ORG.etc, WG["etc-iwg"], SPEC.txf
    has(
        graph,
        (register, AKG.version, Literal("0.9")),
        (register, AKG.dateInitiated, date("2010-04-01")),  # "Date Initiated: April 1 2010"
        (register, AKG.party, ORG.dmtf),
        (register, AKG.party, etc),
        (etc, AKG.needsReview, Literal(True)),
        (etc, SKOS.prefLabel, Literal("Edge Telemetry Consortium", lang="en")),
        (iwg, AKG.unitOf, etc),
        (iwg, AKG.needsReview, Literal(True)),
        (register, AKG.participatingUnit, iwg),
        (txf, RDF.type, AKG.Specification),
        (txf, AKG.developedBy, iwg),
        (txf, AKG.developedBy, etc),
        (register, AKG["term"], REG["dmtf-etc/term-a"]),
        (register, AKG.nonExclusive, Literal(True)),
        (REG["dmtf-etc/milestone-1"], AKG.targetPeriod, PERIOD["2012-q3"]),  # "Q3 2012"
        (PERIOD["2012-q3"], AKG.startDate, date("2012-07-01")),
        (REG["dmtf-etc/milestone-2"], AKG.targetPeriod, PERIOD["2012-09"]),  # "2012-09"
        (REG["dmtf-etc/milestone-2"], AKG.responsible, etc),
        (REG["dmtf-etc/milestone-3"], AKG.targetStatus, STATUS.tbd),
        (STATUS.tbd, AKG.needsReview, Literal(True)),
        (register, AKG.reviewCycle, Literal("P2Y", datatype=XSD.duration)),
        (REG["dmtf-etc/contact-2"], AKG.person, PERSON["maria-okafor"]),
        (REG["dmtf-etc/approval-dmtf-board"], AKG.approvalDate, date("2010-04-01")),
    )


def test_markdown_three_parties_table_and_addendum(extracted: dict[str, Extraction]) -> None:
    graph, register = extracted["md"].facts, REG["snia-ogf-pif"]
    pif = ORG.pif
    has(
        graph,
        (register, AKG.party, ORG.snia),
        (register, AKG.party, ORG.ogf),
        (register, AKG.party, pif),
        (pif, AKG.needsReview, Literal(True)),
        (register, AKG.version, Literal("2.0")),
        (register, AKG.dateInitiated, date("2012-11-15")),
        (register, AKG.goal, Literal("Define a common inventory model for optical links.", lang="en")),
        (REG["snia-ogf-pif/milestone-1"], AKG.targetPeriod, PERIOD["2012-12"]),
        (REG["snia-ogf-pif/milestone-2"], AKG.targetPeriod, PERIOD["2013-h1"]),
        (REG["snia-ogf-pif/milestone-3"], AKG.targetStatus, STATUS["on-going"]),
        (REG["snia-ogf-pif/milestone-4"], AKG.targetPeriod, PERIOD["2013-q1"]),  # from the addendum
        (REG["snia-ogf-pif/milestone-4"], AKG.responsible, ORG.ogf),
        (REG["snia-ogf-pif/milestone-4"], AKG.concerns, SPEC.glue),
        (REG["snia-ogf-pif/contact-3"], AKG.role, Literal("Vice President of Standards, Open Grid Forum")),
        (REG["snia-ogf-pif/approval-snia-board"], AKG.approvalStatus, ID["approval-status/pending"]),
    )
    assert len(list(graph.objects(register, AKG.milestone))) == 4
    assert graph.value(pif, AKG.mission).startswith("The Photonic Interconnect Forum (PIF) mission")


def test_html_register(extracted: dict[str, Extraction]) -> None:
    graph, register = extracted["html"].facts, REG["ogf-ofa"]
    collaboration = REG["ogf-ofa/collaboration-1"]
    has(
        graph,
        (register, AKG.dateInitiated, date("2013-03-01")),  # "1 March 2013"
        (register, AKG.benefit, Literal("Shared testing of fabric interfaces & grid schedulers.", lang="en")),
        (register, AKG.participatingUnit, WG["ofa-ofiwg"]),
        (register, AKG.participatingUnit, WG["ogf-glue-wg"]),
        (collaboration, AKG.collaboratingUnit, WG["ofa-ofiwg"]),
        (collaboration, AKG.establishedBy, REG["ogf-ofa/milestone-1"]),
        (REG["ogf-ofa/milestone-2"], AKG.targetPeriod, PERIOD["2013-09"]),
        (register, AKG.nextReview, PERIOD["2014-03"]),
        (REG["ogf-ofa/approval-ofa-board"], AKG.approvalDate, date("2013-04-02")),
        (REG["ogf-ofa/contact-1"], AKG.person, PERSON["thijs-metsch"]),
    )


def test_pdf_register(extracted: dict[str, Extraction]) -> None:
    graph, register = extracted["pdf"].facts, REG["dmtf-ofa"]
    has(
        graph,
        (register, AKG.version, Literal("3.1")),
        (register, AKG.dateInitiated, date("2014-01-20")),
        (register, AKG.concerns, SPEC.ofmf),
        (register, AKG.participatingUnit, WG["ofa-ofmfwg"]),
        (REG["dmtf-ofa/milestone-1"], AKG.targetPeriod, PERIOD["2014-q4"]),
        (REG["dmtf-ofa/milestone-2"], AKG.targetStatus, STATUS["as-scheduled"]),
        (REG["dmtf-ofa/approval-dmtf-board"], AKG.approvalStatus, ID["approval-status/pending"]),
        (PERSON["doug-ledford"], RDF.type, FOAF.Person),
    )
    scope = str(graph.value(register, AKG.scope))
    assert "Management Framework so that fabric managers" in scope  # the wrapped PDF line was joined
