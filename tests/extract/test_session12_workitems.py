"""Layouts of work items, contacts and document dates of session 12 (issue 12, point 9), each on
invented bodies: targets in brackets, of two quarters, of a short fiscal year or a named meeting;
numbered and owned actions of minutes; a quarter grid with a number column; review paragraphs that
open by approving; an approval on a later call; a renewal recalling its first signing; contacts as
liaison-officer labels and sentences, cards a reader ran together, and a datatracker's To Contacts."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, extracted, milestone_pairs

from kg.extract.dates import parse_target, split_target

# --- Targets (kg.extract.dates) ----------------------------------------------------------------


def test_two_quarters_of_one_year_are_their_months() -> None:
    target = parse_target("Q3/Q4 2025")
    assert target is not None and (target.kind, target.key) == ("months", "2025-07-2025-12")
    assert parse_target("Q3-Q4 2026").key == "2026-07-2026-12"  # type: ignore[union-attr]
    assert parse_target("Q4/Q3 2025") is None  # backwards: no span


def test_a_fiscal_year_of_two_digits_is_that_year() -> None:
    target = parse_target("FY26")
    assert target is not None and (target.kind, target.key, target.text) == ("year", "2026", "FY26")
    assert parse_target("CY'27").key == "2027"  # type: ignore[union-attr]


def test_a_meeting_named_by_when_it_is_is_an_open_target() -> None:
    for text in ("the March plenary", "the next plenary meeting", "the autumn summit"):
        target = parse_target(text)
        assert target is not None and target.is_status and target.text == text
    dated = parse_target("the Q2 2026 member meeting")  # its date given: that period
    assert dated is not None and (dated.kind, dated.key, dated.text) == (
        "quarter",
        "2026-q2",
        "the Q2 2026 member meeting",
    )
    assert parse_target("the meeting") is None  # which one?
    assert parse_target("Plenary meeting") is None  # a column's name, not a target


def test_a_target_in_square_brackets_is_any_target() -> None:
    assert split_target("Gap analysis of the buoy formats [Q3/Q4 2025]")[1].text == "Q3/Q4 2025"  # type: ignore[union-attr]
    assert split_target("Joint plugfest [TBD]") == ("Joint plugfest", parse_target("TBD"))
    text, target = split_target("Compare the tide formats [end of 2025]")
    assert text == "Compare the tide formats" and target is not None and target.key == "2025"


def test_round_brackets_hold_a_target_after_a_target_word() -> None:
    text, target = split_target("Publish a guidance note (by the March plenary)")
    assert text == "Publish a guidance note" and target is not None and target.text == "the March plenary"
    assert split_target("Publish a guidance note (see annex B)")[1] is None


def test_a_reference_in_square_brackets_is_no_target() -> None:
    assert split_target("Align with the buoy profile [RFC9019]")[1] is None
    assert split_target("Align with the buoy profile [3]")[1] is None


# --- Actions of minutes and a quarter grid (kg.extract.milestones) --------------------------------

MINUTES = (
    """# HMC / OBC Joint Call #4 - Minutes

Date: 12 November 2025

"""
    + ORGS
    + """Present: Ada Lind (HMC), Bo Ekdahl (OBC)

1. Actions from call #3
   AI-9 closed: the buoy samples were shared on 30 October.

ACTIONS
AI-12: Ada Lind to send the tide gauge samples to the Telemetry Task Force by 28 November 2025.
AI-13: Bo Ekdahl and Cleo Marsh to check the buoy schema by the March plenary.
AI-15: All to review the draft guidelines by 2026-01-16.
AI-16 (Bo Ekdahl): set up a shared folder for test data - TBD.
"""
)


def test_numbered_and_owned_actions_are_work_items_without_their_owner(tmp_path: Path) -> None:
    pairs = milestone_pairs(tmp_path, MINUTES, "minutes.md")
    assert pairs == {
        ("Send the tide gauge samples to the Telemetry Task Force", "28 November 2025"),
        ("Check the buoy schema", "the March plenary"),
        ("Review the draft guidelines", "2026-01-16"),
        ("Set up a shared folder for test data", "TBD"),
    }


def test_a_liaison_statements_action_field_is_no_work_item(tmp_path: Path) -> None:
    text = (
        "LIAISON STATEMENT\n\nFrom: Harbour Metrology Council (HMC)\nTo: Open Buoy Consortium (OBC)\n\n"
        "Actions:\nACTION: HMC kindly asks OBC to review the attached table by 10 November 2025.\n"
    )
    assert milestone_pairs(tmp_path, text, "statement.txt") == set()


def test_a_quarter_grid_with_a_number_column_takes_the_named_item_column(tmp_path: Path) -> None:
    text = (
        ORGS + "## Plan by quarter\n\n| # | Work item | Lead | 2026-Q1 | 2026-Q2 | 2026-Q3 | Status |\n"
        "|---|---|---|---|---|---|---|\n"
        "| 1 | Tide gauge data model | HMC | ● | ● |  | In progress |\n"
        "| 2 | Joint buoy test plan | OBC |  |  | ● | Planned |\n"
    )
    assert milestone_pairs(tmp_path, text, "plan.md") == {
        ("Tide gauge data model", "2026-Q2"),
        ("Joint buoy test plan", "2026-Q3"),
    }


def test_numbered_sub_items_with_bracketed_and_dashed_targets(tmp_path: Path) -> None:
    text = (
        "HMC / OBC Joint Work Programme\nRev. 3, 2025-11-02\n\n1  Parties\n\n"
        "Harbour Metrology Council (HMC): Tide Gauge Working Group\n"
        "Open Buoy Consortium (OBC): Telemetry Task Force\n\n2  Work items\n\n"
        "1.  Data formats\n1.1  Compare the tide and buoy formats [end of 2025]\n"
        "1.2  Agree one sample package - H1 2026\n"
        "1.3  Publish a note for laboratories (by the March plenary)\n"
    )
    pairs = milestone_pairs(tmp_path, text, "programme.txt")
    assert {
        ("Compare the tide and buoy formats", "end of 2025"),
        ("Agree one sample package", "H1 2026"),
        ("Publish a note for laboratories", "the March plenary"),
    } <= pairs


# --- Document dates (kg.extract.document_dates) ----------------------------------------------------


def date_pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(d.role, d.value) for d in extracted(tmp_path, text, name).dates}


def test_a_review_paragraph_that_opens_by_approving_dates_no_review(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n## Approval and review\n\n"
        "Approved by HMC on 14 October 2025 and by OBC on 21 October 2025. This plan will be "
        "reviewed annually in Q1.\n"
    )
    found = date_pairs(tmp_path, text, "plan.md")
    assert {("approved", "2025-10-14"), ("approved", "2025-10-21")} <= found
    assert not any(role == "review" for role, _ in found)


def test_a_review_sentence_after_approvals_still_dates_the_review(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n## Approval and review\n\n"
        "Approved by HMC on 14 October 2025. The next review is planned for June 2026.\n"
    )
    assert ("review", "2026-06") in date_pairs(tmp_path, text, "plan.md")


def test_minutes_approved_on_a_later_call_are_approved_then(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Joint Call #4 - Minutes\n\nDate: 12 November 2025\n"
        "Status: Approved on the call of 10 December 2025\n\n"
        "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) met.\n"
    )
    found = date_pairs(tmp_path, text, "minutes.md")
    assert ("approved", "2025-12-10") in found and ("meeting", "2025-12-10") not in found
    assert ("meeting", "2025-11-12") in found


def test_a_renewal_is_not_dated_by_the_first_signing_it_recalls(tmp_path: Path) -> None:
    text = (
        "RENEWAL OF THE MEMORANDUM OF UNDERSTANDING BETWEEN HMC AND OBC\n\n"
        "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) first signed a Memorandum of "
        "Understanding on 9 March 2016. The parties renew it; this renewal is effective as of 1 January "
        "2026. It was signed on 4 December 2025.\n"
    )
    found = date_pairs(tmp_path, text, "renewal.txt")
    assert ("signed", "2016-03-09") not in found
    assert {("effective", "2026-01-01"), ("signed", "2025-12-04")} <= found


# --- Contacts (kg.extract.contacts, kg.extract.structure) -------------------------------------------


def contacts_of(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    return {c.person: c.organization.label if c.organization else None for c in record.contacts if c.person}


def test_a_liaison_officer_label_naming_its_body_in_brackets(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n## Liaison officers\n\n"
        "Liaison officer (HMC): Ada Lind\n\nLiaison officer (OBC): Bo Ekdahl\n"
    )
    assert contacts_of(tmp_path, text, "plan.md") == {
        "Ada Lind": "Harbour Metrology Council",
        "Bo Ekdahl": "Open Buoy Consortium",
    }


def test_a_sentence_naming_two_liaison_officers_with_their_bodies(tmp_path: Path) -> None:
    text = ORGS + "Liaison officers: Ada Lind (OBC) and Bo Ekdahl (HMC).\n"
    assert contacts_of(tmp_path, text, "page.md") == {
        "Ada Lind": "Open Buoy Consortium",
        "Bo Ekdahl": "Harbour Metrology Council",
    }


def test_two_liaison_officer_lines_are_two_fields(tmp_path: Path) -> None:
    text = (
        ORGS + "## Terms\n\nLiaison officer for HMC: Ada Lind-Warrender, ada.lind@hmc.example\n"
        "Liaison officer for OBC: Bo Ekdahl, bo.ekdahl@obc.example\n"
    )
    assert contacts_of(tmp_path, text, "terms.txt") == {
        "Ada Lind-Warrender": "Harbour Metrology Council",
        "Bo Ekdahl": "Open Buoy Consortium",
    }


def test_a_card_run_together_is_a_name_then_its_title(tmp_path: Path) -> None:
    text = (
        ORGS + "## Contacts\n\nFor HMC:\nAda Lind\nDirector of Technical Liaisons\nada@hmc.example\n\n"
        "For OBC:\nBo Ekdahl\nTTF-2 liaison\nbo@obc.example\n"
    )
    record = extracted(tmp_path, text, "plan.md")
    found = {c.person: (c.organization.label if c.organization else None, c.role) for c in record.contacts}
    assert found == {
        "Ada Lind": ("Harbour Metrology Council", "Director of Technical Liaisons"),
        "Bo Ekdahl": ("Open Buoy Consortium", "TTF-2 liaison"),
    }


def test_a_bodys_name_before_an_address_is_no_person(tmp_path: Path) -> None:
    text = (
        ORGS
        + "## Milestones\n- Joint test plan - Q3 2026\n\n"
        + "## Contacts\n\nFor HMC:\nTide Gauge Working Group chairs\ntgwg@hmc.example\n"
    )
    assert contacts_of(tmp_path, text, "plan.md") == {}


def test_a_datatracker_to_contact_is_of_the_receiving_body(tmp_path: Path) -> None:
    text = (
        "Liaison statement\nBuoy telemetry formats\n\nSubmitted Date: 2026-02-17\n"
        "From Group: Harbour Metrology Council (HMC) Tide Gauge Working Group\n"
        "From Contact: Ada Lind <ada@hmc.example>\n"
        "To Group: Open Buoy Consortium (OBC) Telemetry Task Force\n"
        "To Contacts: Bo Ekdahl <bo@tides.example>\n"
        "Technical Contacts: Cleo Marsh <cleo@tides.example>\n"
        "Purpose: For action\nDeadline: 2026-05-15\n\nBody:\nPlease review the attached formats.\n"
    )
    found = contacts_of(tmp_path, text, "statement.txt")
    assert found["Bo Ekdahl"] == "Open Buoy Consortium"
    assert found["Cleo Marsh"] == found["Ada Lind"] == "Harbour Metrology Council"


# --- More layouts tried ad hoc (second round) ---------------------------------------------------------


def test_a_target_in_square_brackets_may_open_the_item() -> None:
    assert split_target("[Q2 2026] Shared registry of station codes") == (
        "Shared registry of station codes",
        parse_target("Q2 2026"),
    )
    assert split_target("[Draft] Shared registry")[1] is None  # a status tag, no target


def test_an_open_target_in_round_brackets() -> None:
    assert split_target("Conversion tool (TBD)") == ("Conversion tool", parse_target("TBD"))


def test_fields_before_the_target_field_are_no_part_of_the_item() -> None:
    text, target = split_target("Calibration guide \u2014 Owner: HMC \u2014 Due: Q4 2026")
    assert text == "Calibration guide" and target is not None and target.text == "Q4 2026"


def test_minutes_take_a_bare_action_and_an_action_read_as_a_heading(tmp_path: Path) -> None:
    text = (
        "HMC / OBC LIAISON CALL - MINUTES\nDate: 3 March 2026\n\n"
        "Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) held their liaison call.\n\n"
        "Actions\nACTION: Ada Lind to circulate the buoy profile draft (due 2026-03-31).\n"
        "ACTION (Bo Ekdahl): update the station code list - 15 April 2026\n"
    )
    assert milestone_pairs(tmp_path, text, "minutes.txt") == {
        ("Circulate the buoy profile draft", "2026-03-31"),
        ("Update the station code list", "15 April 2026"),
    }


def test_a_contact_label_naming_what_it_is_for(tmp_path: Path) -> None:
    text = (
        ORGS
        + "## Milestones\n- Joint test plan - Q3 2026\n\n"
        + "Contact for this liaison: Ada Lind <ada@hmc.example>\n"
    )
    assert contacts_of(tmp_path, text, "plan.md") == {"Ada Lind": "Harbour Metrology Council"}


def test_plain_text_cards_end_at_the_next_party_and_at_a_sentence(tmp_path: Path) -> None:
    text = (
        "JOINT WORK PLAN HMC - OBC\n\nHarbour Metrology Council (HMC) and Open Buoy Consortium (OBC) agree "
        "the following work plan.\n\nWORK PLAN\n1. Common tide record format - Q3 2026\n\nCONTACTS\n"
        "For HMC:\nAda Lind\nLiaison Officer\nada@hmc.example\n\nFor OBC:\nBo Ekdahl\nTechnical Director\n"
        "bo@obc.example\n\nThis register will be reviewed annually in Q1.\n"
    )
    record = extracted(tmp_path, text, "plan.txt")
    found = {c.person: (c.organization.label if c.organization else None, c.role) for c in record.contacts}
    assert found == {
        "Ada Lind": ("Harbour Metrology Council", "Liaison Officer"),
        "Bo Ekdahl": ("Open Buoy Consortium", "Technical Director"),
    }


def test_the_opening_of_a_wrapped_document_is_counted_in_characters() -> None:
    from kg.extract.document_dates import dates_from_opening

    joined = "LIAISON STATEMENT\nFrom: HMC\nTo: OBC\n\n" + "The group thanks you. " * 30
    deep = joined + "It reviewed the draft at its workshop of 14-18 September 2026.\n"
    assert dates_from_opening(deep) == []  # one joined paragraph: its end is no heading's date
    near = "Joint workshop, 14-18 September 2026\nFrom: HMC\n"
    assert [(f.role, f.value) for f in dates_from_opening(near)] == [("meeting", "2026-09")]


def test_a_bare_work_plan_heading_under_the_title_heads_the_items(tmp_path: Path) -> None:
    text = (
        "# HMC \u2013 OBC joint work plan\n\nHarbour Metrology Council (HMC) and Open Buoy Consortium (OBC) "
        "cooperate on tide and buoy data.\n\n## Work plan\n\n| Item | Status | Target quarter | Owner |\n"
        "|---|---|---|---|\n| Tide record format | Done | Q1 2026 | HMC |\n"
        "| Joint trial | Planned | TBD | both |\n"
    )
    # the target is the column its header names, not the status before it
    assert milestone_pairs(tmp_path, text, "plan.md") == {
        ("Tide record format", "Q1 2026"),
        ("Joint trial", "TBD"),
    }


def test_a_pasted_vcard_is_one_contact(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n"
        "BEGIN:VCARD\nFN:Bo Ekdahl\nORG:Open Buoy Consortium\nTITLE:Rapporteur\n"
        "EMAIL:bo@obc.example\nEND:VCARD\n"
    )
    record = extracted(tmp_path, text, "plan.txt")
    found = [
        (c.person, c.organization.label if c.organization else None, c.role, c.email) for c in record.contacts
    ]
    assert found == [("Bo Ekdahl", "Open Buoy Consortium", "Rapporteur", "bo@obc.example")]


def test_a_contact_table_row_opening_with_the_name_is_one_contact(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n## Contacts\n\n"
        "| Name | Organization | Role | E-mail |\n|---|---|---|---|\n"
        "| Ada Lind | HMC | Liaison officer | ada@hmc.example |\n"
    )
    record = extracted(tmp_path, text, "plan.md")
    assert [(c.person, c.email) for c in record.contacts] == [("Ada Lind", "ada@hmc.example")]


def test_an_approval_at_a_bodys_meeting_dates_the_approval(tmp_path: Path) -> None:
    text = (
        ORGS + "## Milestones\n- Joint test plan - Q3 2026\n\n"
        "Approved by the HMC Board of Directors at its meeting of 14 May 2026.\n"
    )
    found = date_pairs(tmp_path, text, "plan.md")
    assert ("approved", "2026-05-14") in found and (
        "meeting",
        "2026-05-14",
    ) not in found  # the Board's meeting


def test_revision_lines_under_the_title_date_the_issue() -> None:
    from kg.extract.document_dates import issue_date, role_of_field

    for text in ("Plan\nRevision 4 (2026-01-12)\n", "Plan\nv1.2 \u2013 12 January 2026\n"):
        assert [(f.role, f.value) for f in issue_date(text, "WorkRegister")] == [("published", "2026-01-12")]
    assert issue_date("Plan\nvisit 2026-01-12\n", "WorkRegister") == []
    assert role_of_field("date of last revision", "WorkRegister") == "published"


def test_an_occasion_after_its_date_is_the_dates_period() -> None:
    target = parse_target("March 2026 plenary")
    assert target is not None and (target.kind, target.key, target.text) == (
        "month",
        "2026-03",
        "March 2026 plenary",
    )
    assert parse_target("Q2 2026 member meeting").key == "2026-q2"  # type: ignore[union-attr]
    assert parse_target("Annual meeting") is None and parse_target("2026 meeting") is None


def test_an_action_opening_with_its_verb_keeps_it() -> None:
    from kg.extract.milestones import without_action_label

    assert (
        without_action_label("AI-3: Review DVB-I to check the schema") == "Review DVB-I to check the schema"
    )
    assert without_action_label("AI-4: Ada Lind to check the schema") == "check the schema"
