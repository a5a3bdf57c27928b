"""One test per kind of fact, on the two seed registers (kg.extract_* rules through kg.extract.registers)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.names import Resolver
from kg.extract.registers import extract_register
from kg.model.records import RegisterRecord
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs

SEEDS = Path(__file__).parents[2] / "data" / "registers"


def extract(name: str) -> RegisterRecord:
    reference, ontology = reference_graphs(default_sources().root)
    return extract_register(read_document(SEEDS / name), Resolver(reference, ontology))


@pytest.fixture(scope="module")
def ogf() -> RegisterRecord:
    return extract("ogf-dmtf-work-register.txt")


@pytest.fixture(scope="module")
def ofa() -> RegisterRecord:
    return extract("dmtf-snia-ofa-work-register.txt")


def local(entity) -> str:
    return str(entity.iri).rsplit("/", 1)[-1]


def names(entities) -> list[str]:
    return [local(e) for e in entities]


def texts(record: RegisterRecord, kind: str) -> list[str]:
    return [s.text for s in record.statements if s.kind == kind]


def test_title_version_and_slug(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert (ogf.slug, ogf.title.value, ogf.version.value) == (
        "ogf-dmtf-work-register-v1-3d",
        "OGF / DMTF Work Register",
        "1.3d",
    )
    assert (ofa.slug, ofa.title.value, ofa.version) == (
        "work-register-between-dmtf-snia-and-the-ofa-638f5c1d",  # no version, no date: a content hash
        "Work Register between DMTF, SNIA, and the OFA",
        None,
    )
    assert ofa.title_note.startswith("The document has no title line; this title is derived from its opening")
    assert ofa.title_note.endswith("The document states no version and no date of its own.")


def test_parties_from_the_organizations_part(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert names(e for e, _ in ogf.parties) == ["ogf", "dmtf"]
    assert names(e for e, _ in ofa.parties) == ["snia", "ofa", "dmtf"]


def test_missions(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    missions = {local(d.subject): d.text for d in ofa.descriptions if d.kind == "mission"}
    assert set(missions) == {"snia", "ofa", "dmtf"}
    assert missions["dmtf"].startswith("DMTF is an industry standards organization")
    assert {local(d.subject) for d in ogf.descriptions if d.kind == "mission"} == {"ogf", "dmtf"}


def test_charters_of_working_groups(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    charters = {local(d.subject): d.text for d in ogf.descriptions if d.kind == "charter"}
    assert charters["dmtf-cmwg"] == "The primary focus for collaborative work on cloud management standards."
    assert charters["ogf-glue-wg"].startswith("Has identified the base set of grid resources")
    ofa_charters = {local(d.subject): d.text for d in ofa.descriptions if d.kind == "charter"}
    assert len(ofa_charters) == 8
    assert ofa_charters["dmtf-fabrics-task-force"].startswith(
        "The Redfish Forum has chartered a Fabrics Task Force"
    )


def test_units_taking_part(ogf: RegisterRecord) -> None:
    assert set(names(u for u, _ in ogf.units)) == {"ogf-occi-wg", "dmtf-cmwg", "ogf-glue-wg"}


def test_specifications_and_who_develops_what_extends_what(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert len(ogf.specifications) == 13 and "dmtf-cloud-management" in names(
        s for s, _ in ogf.specifications
    )
    facts = {(local(r.subject), r.predicate, local(r.object)) for r in ofa.relations}
    assert {
        ("swordfish", "extends", "redfish"),
        ("ofmf", "uses", "redfish"),
        ("ofmf", "uses", "swordfish"),
        ("redfish", "developedBy", "dmtf-redfish-forum"),
        ("ofmf", "developedBy", "ofa-ofmfwg"),
        ("dmtf-fabrics-task-force", "partOfUnit", "dmtf-redfish-forum"),
    } <= facts
    ogf_facts = {(local(r.subject), r.predicate, local(r.object)) for r in ogf.relations}
    assert ogf_facts == {
        ("occi", "developedBy", "ogf"),
        ("ovf", "developedBy", "dmtf"),
        ("dmtf-cloud-management", "developedBy", "dmtf"),
    }


def test_topics_of_what_takes_part(ofa: RegisterRecord) -> None:
    assert [str(t).rsplit("/", 1)[-1] for t in ofa.topics] == ["fabrics", "non-volatile-memory", "storage"]


def test_benefits_scope_goals_limitations_assets(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert len(texts(ogf, "benefit")) == 5
    assert "Extensions to their respective specifications may be pursued by the DMTF and OGF." in texts(
        ogf, "scope"
    )
    assert len(texts(ogf, "scope")) == 5 and ogf.non_exclusive is not None
    assert texts(ofa, "goal")[0] == "Extend fabrics management for existing and future fabrics technologies."
    assert texts(ofa, "scope")[0].endswith("The goals of OFMF are to")
    assert len(texts(ofa, "limitation")) == 3 and len(texts(ofa, "assets")) == 1
    assert texts(ofa, "purpose")[0].startswith("The Work Register is created between DMTF, SNIA, and the OFA")


def test_lettered_terms(ogf: RegisterRecord) -> None:
    assert [(t.ordinal, t.label) for t in ogf.terms] == [(1, "a"), (2, "b"), (3, "c"), (4, "d"), (5, "e")]


def test_milestones_from_lists_with_sections_themes_and_sub_items(ogf: RegisterRecord) -> None:
    first, schema, exchange = ogf.milestones[0], ogf.milestones[3], ogf.milestones[4]
    assert (first.section, first.theme, first.priority, first.target.key) == (
        "Point-in-time activities",
        "Collaboration on Cloud Standards",
        1,
        "2011-q2",
    )
    assert names(first.involves) == ["ogf-occi-wg", "dmtf-cmwg"] and names(first.concerns) == ["occi"]
    assert schema.label == "Schema" and len(schema.texts) == 2 and schema.target.text == "4Q2011"
    assert (exchange.theme, exchange.target.text, exchange.target.key) == (None, "On-going", "on-going")
    assert names(ogf.milestones[2].responsible) == ["ogf", "dmtf"] and names(ogf.milestones[2].involves) == [
        "ietf",
        "iso",
    ]


def test_milestones_from_the_two_column_table(ofa: RegisterRecord) -> None:
    assert [(m.label, m.target.text) for m in ofa.milestones][:2] == [
        ("DMTF, SNIA, and OFA approves of Work Register", "June/July 2021"),
        ("DMTF, SNIA, and OFA announce the new trilateral agreement as appropriate", "July 2021"),
    ]
    assert [m.target.key for m in ofa.milestones] == [
        "2021-06-2021-07",
        "2021-07",
        "on-going",
        "on-going",
        "as-scheduled",
        "on-going",
    ]
    assert names(ofa.milestones[0].responsible) == ["dmtf", "snia", "ofa"]


def test_deliverables_and_collaborations(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    labels = [d.label for m in ogf.milestones for d in m.deliverables]
    assert labels == [
        "OCCI draft standards",
        "OGF Information Document extending or modifying DMTF CIM",
        "DMTF change requests reflecting OGF's advertised models",
    ]
    assert [d.responsible for d in ogf.milestones[3].deliverables][1] == ()
    assert ogf.collaborations[0].label == "OGF OCCI-WG and DMTF CMWG work relationship"
    assert len([d for m in ofa.milestones for d in m.deliverables]) == 2


def test_access_licensing_and_ip_policies(ofa: RegisterRecord) -> None:
    assert [p.name for p in ofa.policies] == [
        "policy-access-exchange",
        "policy-access-dmtf",
        "policy-access-snia",
        "policy-access-ofa",
        "policy-licensing-ofa",
        "policy-ip-ofa-to-dmtf",
        "policy-ip-ofa-to-snia",
        "policy-ip-dmtf-snia-to-ofa",
    ]
    dmtf, licensing, ip = ofa.policies[1], ofa.policies[4], ofa.policies[5]
    assert dmtf.document_statuses == ("Work-in-Progress", "Informational", "Standard")
    assert (
        names(licensing.licenses) == ["gpl-2.0", "bsd"]
        and licensing.text == "Existing code is dual licensed GPLv2 and BSD."
    )
    assert (ip.channel, ip.channel_address, ip.governing_agreement) == (
        "DMTF Technology Submission Portal",
        "dmtf.org/standards/feedback",
        "DMTF Intellectual Property Rights Agreement",
    )
    assert ofa.policies[7].channel == "OFA working group"


def test_points_of_contact(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    first = ogf.contacts[0]
    assert (first.person, first.role, first.email, local(first.organization)) == (
        "Joel Replogle",
        "Executive Director, Open Grid Forum",
        "replogle@ogf.org",
        "ogf",
    )
    mailing_list = ogf.contacts[4]
    assert (mailing_list.person, local(mailing_list.organization)) == (None, "dmtf")  # ogf-alliance@dmtof.org
    assert (ofa.contacts[2].person, ofa.contacts[2].role) == ("Jim Ryan", "OFA Executive Director, Treasurer")
    assert len(ofa.contacts) == 10


def test_review_cycle_next_review_and_process(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert ogf.review.cycle == "P1Y" and "approximately once per year" in ogf.review.text
    assert ofa.review.next_review.key == "2022-06" and local(ofa.review.process) == "dmtf-ds4003"


def test_approvals_given_and_pending(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    given = ogf.approvals[0]
    assert (local(given.body), given.status, given.resolution_id, given.date) == (
        "dmtf-board",
        "approved",
        "2011-04-10",
        dt.date(2011, 4, 28),
    )
    assert [(local(a.body), a.status) for a in ofa.approvals] == [
        ("snia-strategic-alliances-committee", "pending"),
        ("snia-board", "pending"),
        ("ofa-board", "pending"),
        ("dmtf-board", "pending"),
    ]
    placeholder = ofa.approvals[3]
    assert placeholder.resolution_id is None and placeholder.date is None
    assert placeholder.texts == ("Board Resolution <resolution ID>, on <date>.",)


def test_nothing_unknown_in_the_seed_registers(ogf: RegisterRecord, ofa: RegisterRecord) -> None:
    assert ogf.new_entities == [] and ofa.new_entities == []
