"""Rules of session 13 for work items, contacts and document dates (issue 12, point 9), each on invented
bodies: a target after a typed double dash, numbered items a Markdown reader ran together, records of
`Label: value` fields, quarters and halves in words, work items told in sentences of plans."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, extracted, milestone_pairs

from kg.extract.dates import parse_target, split_target
from kg.extract.milestones import planned_item

HEAD = "# HMC / OBC Tide Data Work Register\n\n" + ORGS

# --- Targets (kg.extract.dates) ----------------------------------------------------------------


def test_a_dash_typed_twice_opens_the_target() -> None:
    text, target = split_target("Joint glossary of tide gauge terms -- target Q3 2025 (planned)")
    assert text == "Joint glossary of tide gauge terms" and target is not None and target.key == "2025-q3"
    assert split_target("Joint glossary -- see annex B")[1] is None  # a dash before no target


def test_a_quarter_or_half_in_words_is_that_period() -> None:
    third = parse_target("the third quarter of 2026")
    assert third is not None and (third.kind, third.key, third.text) == (
        "quarter",
        "2026-q3",
        "the third quarter of 2026",
    )
    assert parse_target("2nd half of 2027").key == "2027-h2"  # type: ignore[union-attr]
    assert parse_target("the fifth quarter of 2026") is None
    assert parse_target("the third half of 2026") is None


def test_two_iso_months_of_one_year_are_a_span() -> None:
    span = parse_target("2025-04 to 2025-06")
    assert span is not None and (span.kind, span.key) == ("months", "2025-04-2025-06")
    assert parse_target("2025-06 to 2025-04") is None  # backwards
    assert parse_target("2025-04 to 2026-06") is None  # two years: no span of one year


def test_a_timeline_with_the_period_before_its_leaders() -> None:
    text, target = split_target("Meeting #49 (June 2025) ........ working document towards a report")
    assert text == "working document towards a report" and target is not None and target.text == "June 2025"
    text, target = split_target("Q3 2026 ..... Joint white paper")
    assert text == "Joint white paper" and target is not None and target.key == "2026-q3"
    assert split_target("Annex A ........ page 12")[1] is None


# --- Work items (kg.extract.milestones) ----------------------------------------------------------


def test_a_roadmap_line_opening_with_its_iso_date(tmp_path: Path) -> None:
    body = "## Roadmap\n\n2025-03-04 Joint kick-off call of the two groups\n\n2025-04 to 2025-06\n\n"
    body += "Collection of use cases from gauge vendors\n"
    assert milestone_pairs(tmp_path, HEAD + body, "r.md") == {
        ("Joint kick-off call of the two groups", "2025-03-04"),
        ("Collection of use cases from gauge vendors", "2025-04 to 2025-06"),
    }


def test_lines_with_leaders_a_reader_joined_are_each_an_item(tmp_path: Path) -> None:
    body = "Work plan:\n\n  Meeting #49 (June 2025) ........ first working document\n"
    body += "  Meeting #50 (October 2025) ..... coexistence scenarios complete\n"
    text = "HMC / OBC WORK REGISTER\n\n" + ORGS.replace("## ", "") + body
    assert milestone_pairs(tmp_path, text, "r.txt") == {
        ("First working document", "June 2025"),
        ("Coexistence scenarios complete", "October 2025"),
    }


def test_numbered_items_run_together_are_each_an_item(tmp_path: Path) -> None:
    body = "## Milestones\n\n1.1 Glossary of gauge terms -- target Q3 2025 (done)\n"
    body += "1.2 Mapping of buoy fields -- target Q1 2026\n"
    assert milestone_pairs(tmp_path, HEAD + body, "r.md") == {
        ("Glossary of gauge terms", "Q3 2025"),
        ("Mapping of buoy fields", "Q1 2026"),
    }


def test_a_record_of_fields_is_one_item_with_its_target(tmp_path: Path) -> None:
    body = "## Deliverables\n\nWork item: Calibration guide for harbour terms\nOwner: HMC\nDue: Q4 2026\n\n"
    body += "Work item: Shared station registry\nDue: mid-2027\n"
    assert milestone_pairs(tmp_path, HEAD + body, "r.txt") == {
        ("Calibration guide for harbour terms", "Q4 2026"),
        ("Shared station registry", "mid-2027"),
    }


def test_a_record_read_as_one_line_ends_its_item_at_the_next_field(tmp_path: Path) -> None:
    body = "## Deliverables\n\n; Deliverable : Calibration guide\n; Advocate : Ana Ruiz\n; Due : Q4 2026\n"
    assert milestone_pairs(tmp_path, HEAD + body, "r.md") == {("Calibration guide", "Q4 2026")}


def test_a_record_field_opens_no_section_by_the_words_of_its_value(tmp_path: Path) -> None:
    body = "## Deliverables\n\nDeliverable: Glossary of harbour terms\nDue: Q3 2025\n\n"
    body += "Deliverable: Buoy access profile\nDue: Q1 2026\n"  # 'terms', 'access': section words
    assert milestone_pairs(tmp_path, HEAD + body, "r.md") == {
        ("Glossary of harbour terms", "Q3 2025"),
        ("Buoy access profile", "Q1 2026"),
    }


def test_a_sentence_of_plans_is_a_work_item() -> None:
    item, target = planned_item(
        "The two groups expect to complete a joint note on tide datums in the third quarter of 2026"
    )  # type: ignore[misc]
    assert (item, target.key) == ("joint note on tide datums", "2026-q3")
    item, target = planned_item("A plugfest for buoy gateways is planned for June 2027")  # type: ignore[misc]
    assert (item, target.key) == ("plugfest for buoy gateways", "2027-06")
    item, _ = planned_item("HMC will host a Calibration workshop in the second half of 2026")  # type: ignore[misc]
    assert item == "Calibration workshop"


def test_a_sentence_that_reports_or_points_back_plans_no_work_item() -> None:
    assert planned_item("The group published a joint note on tide datums in March 2024") is None
    assert planned_item("The parties will review this memorandum in 2027") is None
    assert planned_item("The next review of the register is due in June 2012") is None
    assert planned_item("The group will continue its work in 2026") is None


def test_sentences_of_plans_are_read_under_a_heading_about_work_only(tmp_path: Path) -> None:
    plan = "HMC and OBC expect to publish a joint note on tide datums in the third quarter of 2026.\n"
    assert milestone_pairs(tmp_path, HEAD + "## Current joint work\n\n" + plan, "a.md") == {
        ("Joint note on tide datums", "the third quarter of 2026")
    }
    assert milestone_pairs(tmp_path, HEAD + "## About HMC\n\n" + plan, "b.md") == set()


# --- Contacts (kg.extract.contacts) --------------------------------------------------------------


def people(tmp_path: Path, body: str) -> set[tuple[str, str | None]]:
    record = extracted(tmp_path, HEAD + body, "r.md")
    return {
        (c.person, c.organization.acronym if c.organization else None) for c in record.contacts if c.person
    }


def test_a_contact_column_without_a_body_belongs_to_the_rows_body(tmp_path: Path) -> None:
    body = "## Liaisons\n\n| Partner | HMC contact | Liaison contact |\n|---|---|---|\n"
    body += "| Open Buoy Consortium (OBC) | Ana Ruiz | Bo Lindqvist |\n"
    assert people(tmp_path, body) == {("Ana Ruiz", "HMC"), ("Bo Lindqvist", "OBC")}


def test_a_liaison_manager_column_is_a_column_of_contacts(tmp_path: Path) -> None:
    body = "## Relations\n\n| Organization | Liaison manager | Since |\n|---|---|---|\n"
    body += "| OBC | Bo Lindqvist | 2021 |\n"
    assert people(tmp_path, body) == {("Bo Lindqvist", "OBC")}


def test_a_contact_cell_of_people_parted_by_semicolons(tmp_path: Path) -> None:
    body = "## Liaisons\n\n| Partner | HMC contact |\n|---|---|\n"
    body += "| OBC | Ana Ruiz; Bo Lindqvist (liaison shepherd, HMC board) |\n"
    assert people(tmp_path, body) == {("Ana Ruiz", "HMC"), ("Bo Lindqvist", "HMC")}


def test_a_table_with_one_column_per_party_and_no_role_column(tmp_path: Path) -> None:
    body = "## Contacts\n\n| HMC | OBC |\n|---|---|\n| Ana Ruiz | Bo Lindqvist |\n"
    assert people(tmp_path, body) == {("Ana Ruiz", "HMC"), ("Bo Lindqvist", "OBC")}


def test_a_signature_table_with_a_blank_role_column_names_no_contacts(tmp_path: Path) -> None:
    body = "## Signatures\n\n|  | HMC | OBC |\n|---|---|---|\n| By | Ana Ruiz | Bo Lindqvist |\n"
    body += "| Date | 7 June 2026 | 9 June 2026 |\n"
    assert people(tmp_path, body) == set()


# --- Document dates (kg.extract.document_dates) ------------------------------------------------------


def published(tmp_path: Path, text: str) -> set[str]:
    return {d.value for d in extracted(tmp_path, text, "r.md").dates if d.role == "published"}


def test_a_footer_with_a_page_mark_dates_the_document(tmp_path: Path) -> None:
    text = HEAD + "## Milestones\n\n- Glossary: Q3 2025\n\nHMC-WR-07 | Page 1 of 1 | 19 Oct. 2026\n"
    assert published(tmp_path, text) == {"2026-10-19"}


def test_a_footer_without_a_page_mark_or_under_a_dated_header_adds_no_date(tmp_path: Path) -> None:
    text = HEAD + "## Milestones\n\n- Glossary: Q3 2025\n\nHMC-WR-07 | 19 Oct. 2026\n"
    assert published(tmp_path, text) == set()  # a line with a date is no footer without its page mark
    dated = HEAD.replace("\n\n", "\n\nLast updated: 2026-11-02\n\n", 1) + "\nPage 1 of 1 | 19 Oct. 2026\n"
    assert published(tmp_path, dated) == {"2026-11-02"}  # the header's date, not the footer's


def test_a_roadmap_documents_dated_lines_under_phase_headings(tmp_path: Path) -> None:
    text = "HMC / OBC tide data roadmap\n\n" + ORGS.replace("## ", "")
    text += "PURPOSE\n\nThe two bodies keep this roadmap of their joint work.\n\nPHASE 1: SET-UP\n\n"
    text += "2025-03-04 Joint kick-off call of the two groups\n2025-03-18 Call for gauge use cases\n\n"
    text += "PHASE 2: PROPOSAL\n\n2025-09\nJoint proposal for a station model\n"
    assert milestone_pairs(tmp_path, text, "r.txt") == {
        ("Joint kick-off call of the two groups", "2025-03-04"),
        ("Call for gauge use cases", "2025-03-18"),
        ("Joint proposal for a station model", "2025-09"),
    }
    plain = text.replace("tide data roadmap", "tide data register")  # no plan: the phases are no work items
    assert milestone_pairs(tmp_path, plain, "r.txt") == set()
