"""Every kind of alliance document: the kind it is read as, its parties, and what only it states.

The documents in tests/fixtures/kinds/ were written for these tests (invented content, in the
layouts such documents have): a memorandum with numbered terms and an exhibit, a liaison
statement, an alliance page, meeting minutes with register items and their status, a register
addendum, a partial register, and minutes of a bake sale that are about no alliance.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.cli.main import main
from kg.extract.alliance import extract_document
from kg.extract.documents import read_document
from kg.extract.kinds import NotAnAllianceDocument
from kg.extract.names import Resolver
from kg.extract.registers import extract_register
from kg.model.records import AllianceRecord
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs

KINDS = Path(__file__).parents[1] / "fixtures" / "kinds"


def extract(name: str) -> AllianceRecord:
    reference, ontology = reference_graphs(default_sources().root)
    return extract_document(read_document(KINDS / name), Resolver(reference, ontology))


def acronyms(record: AllianceRecord) -> list[str]:
    return [party.short_name for party, _ in record.parties]


def dates(record: AllianceRecord) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in record.dates}


@pytest.mark.parametrize(
    ("name", "kind", "parties"),
    [
        ("dmtf-snia-mou.md", "MemorandumOfUnderstanding", ["DMTF", "SNIA"]),
        ("ogf-liaison-statement.txt", "LiaisonStatement", ["OGF", "DMTF"]),
        ("snia-alliance-page.html", "AlliancePage", ["SNIA", "OFA"]),
        ("dmtf-ogf-minutes.txt", "MeetingRecord", ["DMTF", "OGF"]),
        ("ogf-dmtf-addendum.txt", "RegisterAddendum", ["OGF", "DMTF"]),
        ("partial-register.txt", "WorkRegister", ["OGF", "SNIA"]),
    ],
)
def test_each_kind_is_recognised_with_its_parties(name: str, kind: str, parties: list[str]) -> None:
    record = extract(name)
    assert record.kind == kind
    assert acronyms(record) == parties


def test_a_memorandum_has_its_numbered_terms_exhibit_items_and_dates() -> None:
    record = extract("dmtf-snia-mou.md")
    assert [t.text[:30] for t in record.terms] == [
        "Each Party may review drafts o",
        "The Parties will hold a joint ",
        "Neither Party is bound to adop",
    ]
    assert [(m.texts[0], m.target.text if m.target else None) for m in record.milestones] == [
        ("Publish a joint storage mapping guide", "Q3 2020"),
        ("Align the Swordfish schema with Redfish releases", "On-going"),
    ]
    assert {("effective", "2020-03-01"), ("signed", "2020-02-14")} <= dates(record)
    assert record.warnings == []


def test_a_liaison_statement_has_its_groups_purpose_and_deadline() -> None:
    record = extract("ogf-liaison-statement.txt")
    assert record.liaison is not None
    assert [e.short_name for e in record.liaison.senders] == ["OGF", "GLUE-WG"]
    assert [e.short_name for e in record.liaison.recipients] == ["DMTF", "CMWG"]
    assert (record.liaison.purpose, record.liaison.deadline) == ("action", "2021-05-31")
    assert ("published", "2021-03-15") in dates(record)
    assert [c.person for c in record.contacts] == ["Jane Example"]


def test_an_alliance_page_says_since_when() -> None:
    record = extract("snia-alliance-page.html")
    assert {("initiated", "2015"), ("published", "2023-06")} <= dates(record)


def test_minutes_list_register_items_with_their_status() -> None:
    record = extract("dmtf-ogf-minutes.txt")
    assert [(m.texts[0][:24], m.target.text if m.target else None) for m in record.milestones] == [
        ("Publish a comparison of ", "Complete"),
        ("Joint presentation at OG", "In progress"),
        ("Common use cases documen", "Deferred"),
    ]
    assert {("meeting", "2012-02-07"), ("review", "2012-06")} <= dates(record)


def test_an_addendum_names_the_register_it_amends() -> None:
    record = extract("ogf-dmtf-addendum.txt")
    assert record.amends is not None and record.amends.value == "OGF / DMTF Work Register"
    assert [m.target.text for m in record.milestones if m.target] == ["Q4 2012", "1H2013"]
    assert ("effective", "2012-06-01") in dates(record)


def test_a_partial_register_yields_what_it_holds_and_names_what_it_lacks() -> None:
    record = extract("partial-register.txt")
    assert len(record.milestones) == 1 and record.statements
    assert record.warnings == ["contacts", "approval"]


def test_a_document_about_no_alliance_is_refused_with_its_own_exit_code(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(NotAnAllianceDocument, match="not an alliance document"):
        extract("bake-sale.txt")
    assert main(["ingest", str(KINDS / "bake-sale.txt"), "--dry-run"]) == NotAnAllianceDocument.exit_code == 3
    assert "bake-sale.txt: not an alliance document" in capsys.readouterr().err


def test_the_former_entry_point_is_the_same() -> None:
    assert extract_register is extract_document


def test_a_list_read_as_one_item_gives_each_dated_part(tmp_path: Path) -> None:
    from kg.extract.milestones import dated_sub_items
    from kg.extract.structure import Block

    text = (
        "Deliverables. a. A joint glossary - target 2Q2023; b. Meetings twice a year; "
        "c. A report - target Q4 2023."
    )
    block = Block("item", text, ((0, 100, 100 + len(text)),))
    parts = dated_sub_items(block)
    assert [(p.label, p.text) for p in parts] == [
        ("a", "A joint glossary - target 2Q2023"),
        ("c", "A report - target Q4 2023"),
    ]
    assert parts[0].start == 100 + text.index("A joint")


def test_the_first_title_line_that_names_a_kind_decides(tmp_path: Path) -> None:
    page = tmp_path / "liaisons.md"
    page.write_text(
        "# Liaisons: DMTF\n\n| Organization | MoU | Contact |\n|---|---|---|\n"
        "| DMTF | Yes | Ann Example |\n\n"
        "The Open Grid Forum (OGF) and DMTF have a liaison relationship since 2009.\n",
        encoding="utf-8",
    )
    reference, ontology = reference_graphs(default_sources().root)
    record = extract_document(read_document(page), Resolver(reference, ontology))
    assert record.kind == "AlliancePage"
