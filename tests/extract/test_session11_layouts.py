"""Layouts of session 11 (issue 12, point 9), each on an invented body: specifications a document
names without a head noun (kg.extract.bare_specifications)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, extracted, milestone_pairs

from kg.extract.document_dates import dates_from_sentences
from kg.extract.names import UNIT_PHRASE

REGISTER_HEAD = """# ORDC / ETC Work Register

## Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

"""
REGISTER_TAIL = """
## Milestones
- Joint test plan - Q3 2026

## Contacts
ORDC: Ada Lindqvist, ada@ordc.example
"""


def specification_labels(tmp_path: Path, scope: str) -> set[str]:
    record = extracted(tmp_path, REGISTER_HEAD + "## Scope\n" + scope + "\n" + REGISTER_TAIL, "register.md")
    return {s.label for s, _ in record.specifications}


def test_a_name_after_a_word_only_a_specification_follows(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "Chargers are tested against Zephyr and against Orbit Power Link separately; the parties count "
        "implementations of ORDC Release 5 and ask for support for Kestrel.",
    )
    assert {"Zephyr", "Orbit Power Link", "ORDC Release 5", "Kestrel"} <= labels


def test_a_name_before_a_noun_only_a_specification_takes(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "The work starts with the Zephyr specification and maps objects to the GLX UA information model; "
        "the HALO Secure profiles are aligned.",
    )
    assert {"Zephyr", "GLX UA", "HALO Secure"} <= labels


def test_a_capitalised_adjective_before_such_a_noun_is_no_name(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "ETC is a European standards body. Power profiles are compared. A joint REST protocol is "
        "drafted for the Open API Program.",
    )
    assert not {"European", "Power", "REST", "Open"} & labels


def test_the_subject_a_unit_is_named_after_when_written_alone(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "The ETC Zephyr Working Group and the ORDC Executive Committee review how shaders written for "
        "Zephyr behave. Executive decisions are made by the board.",
    )
    assert "Zephyr" in labels
    assert "Executive" not in labels


def test_names_joined_to_a_known_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "A mapping between SkyGL and YANG 1.1 is drafted, and the translation of NWSL to YANG 1.1, "
        "with the Client to YANG 1.1 Protocol left out.",
    )
    assert {"SkyGL", "NWSL"} <= labels
    assert "Client" not in labels


def test_no_person_date_or_body_joined_to_a_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "YANG 1.1 and Fatima Al-Sayed review it; YANG 1.1 and Q3 2026 are noted; ORDC and YANG 1.1.",
    )
    assert not {"Fatima Al-Sayed", "Q3 2026", "Q3", "ORDC"} & labels


# --- Work items under a period written alone (kg.extract.milestones.period_line) ------------------


def test_a_timeline_of_periods_each_over_its_item(tmp_path: Path) -> None:
    html = (
        "<html><body><h1>HMC and OBC: Joint Work Register</h1>"
        "<h2>Parties</h2><p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>"
        "<h2>Timeline</h2><dl><dt>Q2 2026</dt><dd>Shared buoy telemetry profile</dd>"
        "<dt>June 2027</dt><dd>Joint calibration guide for tide gauges</dd></dl>"
        "<h2>Contacts</h2><ul><li>HMC: Ada Lindqvist, chair</li></ul></body></html>"
    )
    pairs = milestone_pairs(tmp_path, html, "register.html")
    assert {
        ("Shared buoy telemetry profile", "Q2 2026"),
        ("Joint calibration guide for tide gauges", "June 2027"),
    } <= pairs


def test_a_heading_period_gives_its_list_its_target(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Joint Work Register\n\n"
        + ORGS
        + "## Roadmap\n\n### Q3 2026\n\n- Shared buoy telemetry profile\n- Joint glossary of tide terms\n\n"
        "### H1 2027\n\n- Joint calibration guide for tide gauges\n"
    )
    pairs = milestone_pairs(tmp_path, text, "register.md")
    assert {
        ("Shared buoy telemetry profile", "Q3 2026"),
        ("Joint glossary of tide terms", "Q3 2026"),
        ("Joint calibration guide for tide gauges", "H1 2027"),
    } <= pairs


def test_a_period_inside_a_sentence_is_no_line_of_its_own(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Joint Work Register\n\n"
        + ORGS
        + "## Milestones\n\n- Shared buoy telemetry profile - Q3 2026\n\nCompleted\n\n"
        "The parties met in June 2026 to review the plan.\n"
    )
    pairs = milestone_pairs(tmp_path, text, "register.md")
    assert ("Shared buoy telemetry profile", "Q3 2026") in pairs
    assert not any(label.startswith("The parties met") for label, _ in pairs)


# --- A change table's removed row (kg.extract.milestones.row_draft) --------------------------------


def test_a_change_table_row_that_removes_an_item_is_no_milestone(tmp_path: Path) -> None:
    text = (
        "# Addendum 1 to the HMC / OBC Work Register\n\n" + ORGS + "## Changes to the work items\n\n"
        "| Change | Work item | Previous target | New target |\n|---|---|---|---|\n"
        "| modified | Shared buoy telemetry profile | Q4 2025 | Q3 2026 |\n"
        "| added | Joint calibration guide | \u2013 | H1 2027 |\n"
        "| removed | Survey of buoy radios | Q2 2025 | \u2013 |\n"
    )
    pairs = milestone_pairs(tmp_path, text, "addendum.md")
    assert {("Shared buoy telemetry profile", "Q3 2026"), ("Joint calibration guide", "H1 2027")} <= pairs
    assert not any(label.startswith("Survey of buoy radios") for label, _ in pairs)


# --- Unit names (kg.extract.names.UNIT_PHRASE) -----------------------------------------------------


def test_a_numbered_group_at_the_end_of_a_sentence() -> None:
    match = UNIT_PHRASE.search("Both bodies share their work with Study Group 20.")
    assert match is not None and match.group("name") == "Study Group 20"
    assert UNIT_PHRASE.search("See Technical Committee 9.9 for this.") is None or (
        UNIT_PHRASE.search("See Technical Committee 9.9 for this.").group("name") != "Technical Committee 9"
    )


def test_heads_other_bodies_give_their_groups() -> None:
    for name in (
        "Home Network Task Group",
        "Information Modeling Expert Group",
        "OPC UA for Devices Project Team",
        "Test and Integration Focus Group",
    ):
        match = UNIT_PHRASE.search(f"The work is done by the {name} of the body.")
        assert match is not None and match.group("name") == name


# --- Pages listing separate agreements (kg.extract.pages) ------------------------------------------

AGREEMENT_LIST = """<html><body><h1>Memoranda of Understanding</h1>
<p>The Harbour Metrology Council (HMC) concludes memoranda with other bodies, each a separate agreement.</p>
<ul>
<li><strong>2 April 2025:</strong> The MoU between HMC and the Open Buoy Consortium (OBC) covers buoy
telemetry.</li>
<li><strong>9 May 2024:</strong> The MoU between HMC, the Tide Data Association (TDA) and the Coastal
Sensor Forum (CSF) covers the exchange of tide records.</li>
</ul></body></html>
"""


def test_a_list_of_agreements_names_the_partners_of_each(tmp_path: Path) -> None:
    record = extracted(tmp_path, AGREEMENT_LIST, "mous.html")
    labels = {party.label for party, _ in record.parties}
    assert {"Open Buoy Consortium", "Tide Data Association", "Coastal Sensor Forum"} <= labels
    # each agreement is the writer's own: one alliance of the writer with each partner, not one of all
    assert record.hub is not None and record.hub.label == "Harbour Metrology Council"


def test_a_liaison_table_with_one_row_per_partner_has_the_writer_as_hub(tmp_path: Path) -> None:
    record = extracted(
        tmp_path,
        "<html><body><h1>Liaison relationships</h1>"
        "<p>The Harbour Metrology Council (HMC) keeps liaisons with the Open Buoy Consortium (OBC), the "
        "Tide Data Association (TDA) and the Coastal Sensor Forum (CSF).</p>"
        "<table><tr><th>Organization</th><th>Since</th><th>Joint work</th></tr>"
        "<tr><td>Open Buoy Consortium</td><td>2019</td><td>Buoy telemetry</td></tr>"
        "<tr><td>Tide Data Association</td><td>2021</td><td>Tide records</td></tr>"
        "<tr><td>Coastal Sensor Forum</td><td>2023</td><td>Sensor calibration</td></tr></table>"
        "</body></html>",
        "liaisons.html",
    )
    assert len(record.parties) == 4
    assert record.hub is not None and record.hub.label == "Harbour Metrology Council"


def test_a_page_between_two_bodies_has_no_hub(tmp_path: Path) -> None:
    page = (
        "<html><body><h1>HMC and OBC</h1><p>The Harbour Metrology Council (HMC) and the Open Buoy "
        "Consortium (OBC) have had a liaison since 2019 on buoy telemetry.</p></body></html>"
    )
    assert extracted(tmp_path, page, "page.html").hub is None


# --- A body the parties work in is no party (kg.extract.parties.without_venues) --------------------


def venue_news(tmp_path: Path, sentence: str) -> set[str]:
    news = (
        "# New memorandum strengthens cooperation on tide data\n\n*News | 3 March 2026*\n\n"
        + sentence
        + "\n\nThe two bodies will align their contributions and share test results.\n"
    )
    return {party.label for party, _ in extracted(tmp_path, news, "news.md").parties}


def test_the_body_the_parties_cooperate_in_is_no_party(tmp_path: Path) -> None:
    labels = venue_news(
        tmp_path,
        "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have signed an MoU to "
        "cooperate in the Tide Data Association (TDA), in which HMC and OBC are two of six partners.",
    )
    assert labels == {"Harbour Metrology Council", "Open Buoy Consortium"}


def test_the_body_whose_members_the_parties_are_is_no_party(tmp_path: Path) -> None:
    labels = venue_news(
        tmp_path,
        "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC), both members of the "
        "Tide Data Association (TDA), have signed a memorandum of understanding on buoy telemetry.",
    )
    assert "Tide Data Association" not in labels
    assert {"Harbour Metrology Council", "Open Buoy Consortium"} <= labels


def test_a_third_party_of_the_memorandum_stays(tmp_path: Path) -> None:
    labels = venue_news(
        tmp_path,
        "The Harbour Metrology Council (HMC), the Open Buoy Consortium (OBC) and the Tide Data "
        "Association (TDA) have signed a memorandum of understanding to cooperate on tide data.",
    )
    assert labels == {"Harbour Metrology Council", "Open Buoy Consortium", "Tide Data Association"}


# --- A numbered parties clause ends at the next numbered clause (kg.extract.structure) -------------


def test_the_next_numbered_clause_is_no_party(tmp_path: Path) -> None:
    plan = (
        "HARBOUR METROLOGY COUNCIL / OPEN BUOY CONSORTIUM\nJOINT WORK REGISTER ON BUOY TELEMETRY\n\n"
        "1. PARTIES\n\n   Harbour Metrology Council (HMC)\n   Open Buoy Consortium (OBC)\n\n"
        "2. SUBJECT\n\n   The parties will write one telemetry profile for tide buoys.\n\n"
        "3. DELIVERABLES\n\n   - Joint telemetry profile - Q3 2026\n"
    )
    labels = {party.label for party, _ in extracted(tmp_path, plan, "plan.txt").parties}
    assert labels == {"Harbour Metrology Council", "Open Buoy Consortium"}


# --- A sentence sending readers to a person (kg.extract.contacts.ADDRESSED_TO) ---------------------


def contact_names(tmp_path: Path, sentence: str) -> dict[str, str | None]:
    record = extracted(
        tmp_path,
        "# HMC and OBC\n\nThe Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have had a "
        "liaison since 2019 on buoy telemetry.\n\n## Contact\n\n" + sentence + "\n",
        "page.md",
    )
    return {c.person: c.organization.label if c.organization else None for c in record.contacts if c.person}


def test_questions_go_to_a_person_with_role_and_body(tmp_path: Path) -> None:
    found = contact_names(tmp_path, "Questions about the liaison go to Ada Lindqvist, Liaison Manager, OBC.")
    assert found.get("Ada Lindqvist") == "Open Buoy Consortium"


def test_please_contact_a_person_with_body_in_brackets(tmp_path: Path) -> None:
    found = contact_names(tmp_path, "For more information, please contact Bo Ekdahl (HMC).")
    assert found.get("Bo Ekdahl") == "Harbour Metrology Council"


def test_questions_to_a_mailbox_name_no_person(tmp_path: Path) -> None:
    assert contact_names(tmp_path, "Questions should be sent to the liaison secretariat.") == {}


# --- A page's "Last reviewed" and a news item's dateline (kg.extract.document_dates) ---------------


def date_roles(text: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in dates_from_sentences(text)}


def test_last_reviewed_without_a_colon_is_when_the_page_was_put_out() -> None:
    assert ("published", "2026-02-02") in date_roles("Last reviewed 2 February 2026.")


def test_a_news_item_dateline_is_its_publication() -> None:
    assert ("published", "2026-05-14") in date_roles("News | Seoul, 14 May 2026")
    assert ("published", "2026-05-14") in date_roles(
        "SEOUL, 14 May 2026 \u2013 The two bodies signed a memorandum."
    )


def test_a_city_and_date_inside_a_sentence_is_no_dateline() -> None:
    assert not any(
        role == "published" for role, _ in date_roles("They met in SEOUL, 14 May 2026 - a Thursday.")
    )
