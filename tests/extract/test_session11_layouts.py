"""Layouts of session 11 (issue 12, point 9), each on an invented body: specifications a document
names without a head noun (kg.extract.bare_specifications)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import ORGS, milestone_pairs

from kg.extract.names import UNIT_PHRASE
from kg.pipeline.ingest import extract

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
    path = tmp_path / "register.md"
    path.write_text(REGISTER_HEAD + "## Scope\n" + scope + "\n" + REGISTER_TAIL, encoding="utf-8")
    return {s.label for s, _ in extract(path).record.specifications}


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
