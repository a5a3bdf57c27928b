"""The work-item rules of session 14 (issue 12, point 9), each on an invented example: target styles,
an arrow before a target, a memorandum's list joints and bracketed labels, a status sub-bullet, roman
items run into one paragraph, an amendment's instructions."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, extracted, milestone_pairs

from kg.extract.dates import parse_target, split_target


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("FY27 H1", "half", "2027-h1"),
        ("CY26-Q3", "quarter", "2026-q3"),
        ("by FY2027 Q1", "quarter", "2027-q1"),
        ("Spring 2026", "season", "2026-spring"),
        ("fall 2025", "season", "2025-autumn"),
        ("W14 2026", "week", "2026-w14"),
        ("2026-W01", "week", "2026-w01"),
        ("TBC", "status", "tbc"),
        ("to be confirmed", "status", "to-be-confirmed"),
        ("n/a", "status", "n-a"),
    ],
)
def test_more_target_styles(text: str, kind: str, key: str) -> None:
    target = parse_target(text)
    assert target is not None and (target.kind, target.key) == (kind, key)


def test_a_week_and_a_season_are_their_days() -> None:
    week, season = parse_target("W14 2026"), parse_target("Spring 2026")
    assert week is not None and season is not None
    assert (str(week.start), str(week.end)) == ("2026-03-30", "2026-04-05")
    assert (str(season.start), str(season.end)) == ("2026-03-01", "2026-05-31")


@pytest.mark.parametrize("text", ["W54 2026", "Winter 2026", "FY27 H3", "Season 2026"])
def test_no_target_of_what_is_no_period(text: str) -> None:
    assert parse_target(text) is None


@pytest.mark.parametrize("arrow", ["->", "\u2192", "=>", "-->"])
def test_an_arrow_before_a_target(arrow: str) -> None:
    text, target = split_target(f"Shared test suite {arrow} H2 2027")
    assert text == "Shared test suite" and target is not None and target.key == "2027-h2"


@pytest.mark.parametrize("joint", [";", "; and", "; or", ","])
def test_a_list_joint_after_a_target(joint: str) -> None:
    text, target = split_target(f"Joint test plan, target Q3 2026{joint}")
    assert text == "Joint test plan" and target is not None and target.key == "2026-q3"


def test_a_status_sub_bullet_is_a_field_of_its_item(tmp_path: Path) -> None:
    text = (
        "# A / B Joint Session\n\n"
        + ORGS
        + (
            "## Work items\n\n- Shared test suite -> H2 2027\n  - Status: scoping\n"
            "- Joint webinar for tool vendors\n  - Status: ongoing\n  - Owner: HMC\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "s.md") == {
        ("Shared test suite", "H2 2027"),
        ("Joint webinar for tool vendors", "ongoing"),
    }


def test_a_sub_item_that_is_no_field_still_makes_its_parent_a_heading(tmp_path: Path) -> None:
    items = "## Milestones\n\n- Schema\n  - Part 1: Q3 2025\n  - Part 2: Q1 2026\n"
    text = "# A / B Work Register\n\n" + ORGS + items
    assert milestone_pairs(tmp_path, text, "r.md") == {("Schema", "Q1 2026")}  # as before this session


def test_roman_items_a_markdown_reader_ran_together(tmp_path: Path) -> None:
    text = (
        "# Memorandum between HMC and OBC\n\n"
        + ORGS
        + (
            "## Annex 1\n\ni. Shared glossary of gauge terms (Q3 2026)\nii. Joint test plan (1H2027)\n"
            "iii. Common station registry (Q2 2027)\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "m.md") == {
        ("Shared glossary of gauge terms", "Q3 2026"),
        ("Joint test plan", "1H2027"),
        ("Common station registry", "Q2 2027"),
    }


def test_bracketed_letters_open_items(tmp_path: Path) -> None:
    text = (
        "MEMORANDUM BETWEEN HMC AND OBC\n\n"
        + ORGS.replace("## ", "")
        + (
            "EXHIBIT A - WORK ITEMS\n\n(a) Shared glossary of gauge terms, target Q3 2026;\n\n"
            "(b) Joint test plan, target H1 2027; and\n\n(c) Common station registry, target Q2 2027.\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "m.txt") == {
        ("Shared glossary of gauge terms", "Q3 2026"),
        ("Joint test plan", "H1 2027"),
        ("Common station registry", "Q2 2027"),
    }


def test_an_amendment_s_instructions_are_no_work_items(tmp_path: Path) -> None:
    text = (
        "AMENDMENT 1 TO THE HMC / OBC WORK REGISTER\n\n"
        + ORGS.replace("## ", "")
        + (
            "Changes to clause 5 (Milestones)\n\n(a) Item 5.2 is replaced by the following:\n"
            '    "5.2  Joint test plan - target Q4 2026"\n\n'
            "(b) Item 5.4 is deleted; its work continues under item 5.2.\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "a.txt") == {("Joint test plan", "Q4 2026")}


def test_a_lead_in_ending_on_a_colon_heads_its_sub_items(tmp_path: Path) -> None:
    """Found by the session's review: a lead-in ending on a colon was taken for an instruction and dropped,
    and its sub-items ran into the item before it, whose own target was lost."""
    items = (
        "## Work items\n\n- Joint cloud profile - target Q2 2026\n- Phase 2 deliverables:\n"
        "  - Storage glossary - target Q3 2026\n  - Interop report - target Q4 2026\n"
    )
    text = "# A / B Work Register\n\n" + ORGS + items
    pairs = milestone_pairs(tmp_path, text, "r.md")
    assert ("Joint cloud profile", "Q2 2026") in pairs
    assert {item for item, _ in pairs} == {"Joint cloud profile", "Phase 2 deliverables"}


class CountedText(str):
    """A text that counts the characters its slices copy."""

    copied = 0

    def __getitem__(self, key):  # type: ignore[no-untyped-def, override]
        part = str.__getitem__(self, key)
        CountedText.copied += len(part)
        return part


def test_the_lines_after_a_closing_are_read_without_copying_the_rest() -> None:
    """Found by the session's review: each closing ("Regards,") split the whole rest of the text to read
    the few lines after it, quadratic in a letter of many closings (180 KB: 35 s)."""
    from kg.extract.contacts import text_lines

    text = CountedText("Regards,\n" * 20_000)
    CountedText.copied = 0
    assert text_lines(text, 9, 3) == [("Regards,", 9), ("Regards,", 18), ("Regards,", 27)]
    assert CountedText.copied < 100


def test_actions_numbered_with_their_year(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC liaison call - minutes\n\n"
        + ORGS
        + (
            "## Actions\n\nAI-2026-07: HMC to publish the station glossary by Q3 2026 (open)\n"
            "AI-2026-08: OBC and HMC to host the test event by Q2 2027 (new)\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "m.md") == {
        ("Publish the station glossary", "Q3 2026"),
        ("Host the test event", "Q2 2027"),
    }


def test_a_raci_chart_with_a_target_column(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Work Register\n\n"
        + ORGS
        + (
            "## Responsibilities\n\n"
            "| Deliverable | Responsible | Accountable | Consulted | Informed | Target |\n"
            "|---|---|---|---|---|---|\n| Station glossary | HMC | HMC | OBC | both | Q3 2026 |\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "r.md") == {("Station glossary", "Q3 2026")}


def test_a_change_history_is_no_schedule(tmp_path: Path) -> None:
    text = (
        "# HMC / OBC Work Register\n\n"
        + ORGS
        + ("## History\n\n| Version | Date | Change |\n|---|---|---|\n| 1.0 | 2025-03-02 | First issue |\n")
    )
    assert milestone_pairs(tmp_path, text, "r.md") == set()


def test_a_plain_text_table_is_read_by_the_ruler_under_its_header(tmp_path: Path) -> None:
    text = (
        "HMC / OBC JOINT WORK PLAN\n\nThe liaison between HMC and OBC.\n\n"
        + ORGS.replace("## ", "")
        + (
            "Work area                  Reference           Target\n"
            "-------------------------  ------------------  --------\n"
            "Station glossary           HMC-12 edition 2    Q2 2027\n"
            "Telemetry field mapping    OBC-4               Q3 2027\n"
        )
    )
    assert milestone_pairs(tmp_path, text, "p.txt") == {
        ("Station glossary", "Q2 2027"),
        ("Telemetry field mapping", "Q3 2027"),
    }


@pytest.mark.parametrize("suffix", ["md", "txt"])
def test_an_addendum_that_lists_its_changed_rows(tmp_path: Path, suffix: str) -> None:
    text = (
        "# Addendum 1 to the HMC / OBC Work Register\n\n"
        + ORGS
        + (
            "## Milestones (changed rows)\n\n"
            "Row 2 (revised): Telemetry field mapping - target moved to 1H2027\n"
            "Row 3 (revised): Test event - target moved to Q2 2027\n"
        )
    )
    text = text if suffix == "md" else text.replace("#", "")
    assert milestone_pairs(tmp_path, text, f"a.{suffix}") == {
        ("Telemetry field mapping", "1H2027"),
        ("Test event", "Q2 2027"),
    }


PAGE = "# The HMC and OBC alliance\n\n" + ORGS + "## About the partnership\n\n{}\n"


@pytest.mark.parametrize(
    ("sentence", "pairs"),
    [
        (
            "Together the two bodies published the Station glossary in March 2024 and are now working on "
            "a Telemetry field mapping, expected in 2027.",
            {("Station glossary", "March 2024"), ("Telemetry field mapping", "2027")},
        ),
        ("In June 2025, HMC released the Tide data profile.", {("Tide data profile", "June 2025")}),
        (
            "Work on the Tide data profile is under way and expected to complete in Q2 2027.",
            {("Tide data profile", "Q2 2027")},
        ),
        ("In 2024 the joint team published a revised mapping and started work on telemetry.", set()),
        ("In March 2022 the two bodies published a memorandum of understanding.", set()),
        ("HMC published its first report in May 2019.", set()),
        ("The two bodies have cooperated since March 2011, when their boards first met.", set()),
    ],
)
def test_work_told_in_a_page_s_sentences(tmp_path: Path, sentence: str, pairs: set[tuple[str, str]]) -> None:
    assert milestone_pairs(tmp_path, PAGE.format(sentence), "page.md") == pairs


# --- Contacts ----------------------------------------------------------------------------------

LETTER = (
    "HARBOUR METROLOGY COUNCIL\n\nTo: Open Buoy Consortium\nSubject: Liaison on the station glossary\n\n"
    + ORGS.replace("## ", "")
    + "Dear colleagues,\n\nThe council thanks the consortium for its liaison on the glossary.\n\n{}"
)


def people(tmp_path: Path, text: str, name: str = "letter.txt") -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    return {c.person: c.organization.acronym if c.organization else None for c in record.contacts if c.person}


def test_a_signature_under_a_letter_s_closing(tmp_path: Path) -> None:
    close = "Kind regards,\n\nIngrid Fossheim\nSecretary, Telemetry Task Force\n"
    close += "Open Buoy Consortium\ni@x.example\n"
    assert people(tmp_path, LETTER.format(close)) == {"Ingrid Fossheim": "OBC"}


def test_a_copy_line_names_a_contact_only_with_an_address(tmp_path: Path) -> None:
    close = (
        "Best regards,\n\nIngrid Fossheim\nChair\nHarbour Metrology Council\n\n"
        "cc: Per Olsen (OBC), Ada Lind <ada@obc.example>\n"
    )
    assert people(tmp_path, LETTER.format(close)) == {"Ingrid Fossheim": "HMC", "Ada Lind": "OBC"}


def test_a_vcard_s_lines_are_one_contact(tmp_path: Path) -> None:
    card = (
        "Contacts\n\nBEGIN:VCARD\nFN:Ingrid Fossheim\nTITLE:Secretary\nEMAIL:ingrid@hmc.example\nEND:VCARD\n"
    )
    assert people(tmp_path, LETTER.format(card)) == {"Ingrid Fossheim": "HMC"}


def test_a_body_named_in_a_mail_domain_by_its_words(tmp_path: Path) -> None:
    text = LETTER.replace("Open Buoy Consortium (OBC)", "Open Buoy Consortium").format(
        "Points of contact\n\n- Technical lead - Per Olsen <per@open-buoy-consortium.example>\n"
    )
    record = extracted(tmp_path, text, "letter.txt")
    assert {(c.person, c.organization.label if c.organization else None) for c in record.contacts} == {
        ("Per Olsen", "Open Buoy Consortium")
    }


def test_a_contact_sentence_with_the_address_in_brackets(tmp_path: Path) -> None:
    close = "The contact for this liaison is Per Olsen (per.olsen@obc.example).\n"
    assert people(tmp_path, LETTER.format(close)) == {"Per Olsen": "OBC"}


# --- Document dates ----------------------------------------------------------------------------

REGISTER = "{}\n\n" + ORGS + "## Milestones\n\n- Station glossary: Q3 2026\n{}"


def published(tmp_path: Path, top: str, bottom: str = "") -> set[str]:
    record = extracted(tmp_path, REGISTER.format(top, bottom), "r.md")
    return {d.value for d in record.dates if d.role == "published"}


@pytest.mark.parametrize(
    ("top", "value"),
    [
        ("# HMC / OBC Work Register, Version 1.2 - 2026-10-19", "2026-10-19"),
        ("# HMC / OBC Work Register (Rev. B, Oct 2026)", "2026-10"),
        ("# HMC / OBC Work Register\n\nEdition 3, September 2026", "2026-09"),
    ],
)
def test_a_version_s_date_on_a_title_line(tmp_path: Path, top: str, value: str) -> None:
    assert published(tmp_path, top) == {value}


def test_a_version_in_a_table_row_dates_the_document_it_names(tmp_path: Path) -> None:
    top = "# Addendum 1 to the HMC / OBC Work Register\n\n| | |\n|---|---|\n"
    top += "| Base | Register, version 1.2 (March 2025) |"
    assert published(tmp_path, top) == set()


@pytest.mark.parametrize("newest_first", [False, True])
def test_the_latest_row_of_a_change_history(tmp_path: Path, newest_first: bool) -> None:
    rows = ["| 1.0 | 2025-03-02 | First issue |", "| 1.1 | 2026-10-19 | Targets moved |"]
    rows = rows[::-1] if newest_first else rows
    history = "\n## Change history\n\n| Version | Date | Change |\n|---|---|---|\n" + "\n".join(rows) + "\n"
    assert published(tmp_path, "# HMC / OBC Work Register\n\nRev. B (Oct 2026)", history) == {"2026-10-19"}


def test_a_table_of_dates_without_a_version_column_is_no_history(tmp_path: Path) -> None:
    table = "\n## Meetings\n\n| Meeting | Date |\n|---|---|\n| Kick-off | 2025-03-02 |\n"
    assert published(tmp_path, "# HMC / OBC Work Register", table) == set()


def test_a_contact_sentence_gives_each_person_the_address_after_their_title(tmp_path: Path) -> None:
    close = (
        "The primary contact is Per Olsen, Director of Programs (per@obc.example), and the secondary "
        "contact is Ada Lind, Vice-Chair (ada@hmc.example).\n"
    )
    assert people(tmp_path, LETTER.format(close)) == {"Per Olsen": "OBC", "Ada Lind": "HMC"}
