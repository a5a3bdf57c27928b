"""Layouts of session 12 (issue 12, point 9), names tuner, each on an invented body: the kind a
hard-wrapped document is read as, parties and units of a nested parties list, units written in
lower case (kg.extract.kinds, entities, names)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import extracted

WRAPPED_MEMORANDUM = """                 MEMORANDUM OF UNDERSTANDING

                           between

               Harbour Metrology Council (HMC)

                             and

                 Open Buoy Consortium (OBC)


1.  Introduction

    Since 2021 the Harbour Metrology Council and the Open Buoy
    Consortium have answered each other's questions about tide gauges
    one at a time. Each liaison statement so far answered a single
    question, and the Parties now wish to cooperate on a standing
    basis, as this Memorandum of Understanding describes.

2.  Term

    This Memorandum takes effect on 1 March 2027.
"""


def test_a_wrapped_memorandum_recalling_liaison_statements_is_no_liaison_statement(tmp_path: Path) -> None:
    record = extracted(tmp_path, WRAPPED_MEMORANDUM, "memorandum.txt")
    assert record.kind == "MemorandumOfUnderstanding"


def test_a_liaison_statement_naming_itself_in_a_field_or_title_line_stays_one(tmp_path: Path) -> None:
    field = "TITLE:\n\nLiaison statement from HMC to OBC on tide gauges\n\n"
    header = "Title:          LS on tide gauge telemetry\nSource:         HMC\nTo:             OBC\n\n"
    body = "HMC thanks OBC for its work with the Harbour Metrology Council on buoys.\n"
    for opening in (field, header):
        record = extracted(tmp_path, opening + body + "The Open Buoy Consortium (OBC) replies.\n", "ls.txt")
        assert record.kind == "LiaisonStatement", opening


PAGE_HEAD = """# HMC and OBC

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a liaison agreement.

"""


def units_of(tmp_path: Path, body: str) -> dict[str, str]:
    """Each unit's label (lower case) and its organization's acronym."""
    record = extracted(tmp_path, PAGE_HEAD + body, "page.md")
    acronyms = {p.iri: p.acronym for p, _ in record.parties}
    return {u.label.lower(): acronyms.get(u.unit_of, "") or "" for u, _ in record.units}


def test_a_unit_written_in_lower_case_with_its_organization_is_one(tmp_path: Path) -> None:
    units = units_of(
        tmp_path,
        "The tide gauge technical work group of HMC reviews OBC drafts, and OBC's telemetry working group "
        "answers; the technical steering committee of the OBC approves each answer.\n",
    )
    assert units["tide gauge technical work group"] == "HMC"
    assert units["telemetry working group"] == "OBC"
    assert any(label.endswith("technical steering committee") and o == "OBC" for label, o in units.items())


def test_a_head_qualified_only_by_common_words_is_no_unit(tmp_path: Path) -> None:
    units = units_of(
        tmp_path,
        "The new working group of HMC will meet OBC; the second task group of OBC and the joint task force "
        "of HMC follow the work of the working group of OBC.\n",
    )
    assert units == {}


def test_a_unit_named_by_its_organization_later_gets_it(tmp_path: Path) -> None:
    letter = (
        "Harbour Metrology Council 77 Tide Working Group\n\n                            14 August 2026\n\n"
        "To:       Open Buoy Consortium (OBC)\n          Attn: Chair, Mooring Data Working Group\n"
        "From:     HMC 77 Working Group\nSubject:  Liaison statement on drift\nPurpose:  For information\n\n"
        "Dear Chair,\n\nThe HMC 77 Working Group notes that the mooring data working group of the OBC is "
        "studying drift.\n"
    )
    record = extracted(tmp_path, letter, "letter.txt")
    obc = next(p.iri for p, _ in record.parties if p.acronym == "OBC")
    assert {u.label.lower(): u.unit_of for u, _ in record.units} == {"mooring data working group": obc}


def test_a_numbered_task_group_belongs_to_the_body_of_the_group_it_is_numbered_under(tmp_path: Path) -> None:
    units = units_of(
        tmp_path,
        "The HMC 77.4 Working Group wrote to OBC.\n\n"
        "At its plenary the 77.4b task group resolved comments.\n",
    )
    assert units.get("hmc 77.4b task group") == "HMC"


NESTED_REGISTER = """# HMC - OBC Work Register

## Parties

- Harbour Metrology Council (HMC)
  - Sensors and Calibration Area
  - Tide Gauge Working Group
  - Contact address: Harbour House, Bergen, Norway
- Open Buoy Consortium (OBC)
  - Telemetry Work Area
  - Halifax, Nova Scotia, Canada

## Scope

The parties align their buoy telemetry formats and work together on calibration.

## Milestones

- Joint calibration note - Q3 2027

## Contacts

HMC: Ada Lindqvist, ada@hmc.example
"""


def test_lines_nested_under_a_party_are_its_units_not_parties(tmp_path: Path) -> None:
    record = extracted(tmp_path, NESTED_REGISTER, "register.md")
    assert sorted(p.acronym or p.label for p, _ in record.parties) == ["HMC", "OBC"]
    acronyms = {p.iri: p.acronym for p, _ in record.parties}
    units = {u.label: acronyms.get(u.unit_of) for u, _ in record.units}
    assert units.get("Sensors and Calibration Area") == "HMC"
    assert units.get("Telemetry Work Area") == "OBC"
    assert not any("Halifax" in label or "Bergen" in label for label in units)


PARTNER_LIST_PAGE = """# HMC Alliances

HMC keeps a separate agreement with each organization below.

## Alliance partners

- **Open Buoy Consortium (OBC)** \u2013 liaison agreement. Telemetry formats are aligned every year.
- **Tidal Data Council (TDC)**: memorandum of understanding on shared reference stations.
- **Coastal Sensor Alliance (CSNA)** \u2014 alliance agreement for calibration data.

## Milestones

- HMC: joint calibration note, Q3 2027
- Marine Grid Foundation (MGF): review of the note, Q4 2027
"""


def test_a_list_of_partner_items_names_each_partner_and_the_writer_is_the_hub(tmp_path: Path) -> None:
    page = PARTNER_LIST_PAGE.replace("HMC", "Harbour Metrology Council (HMC)", 1)
    record = extracted(tmp_path, page, "p.md")
    assert sorted(p.acronym or "" for p, _ in record.parties) == ["CSNA", "HMC", "OBC", "TDC"]
    assert record.hub is not None and record.hub.acronym == "HMC"


def specification_labels(tmp_path: Path, scope: str) -> set[str]:
    register = NESTED_REGISTER.replace(
        "The parties align their buoy telemetry formats and work together on calibration.", scope
    )
    return {s.label for s, _ in extracted(tmp_path, register, "register.md").specifications}


def test_a_coded_name_written_twice_is_a_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "Buoys send BTX4 frames and TGL-NVMe records. The parties map BTX4 onto TGL-NVMe and onto the "
        "HMC TIDE-2 format; TIDE-2 streams are checked twice a year.",
    )
    assert {"BTX4", "TGL-NVMe", "HMC TIDE-2"} <= labels


def test_numbered_items_groups_and_codes_written_once_are_no_specifications(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "AI-12 and AI-16 stay open; SG13 and SG15 were told; the HMC MX-7 Working Group met twice. "
        "AI-12 closes when SG13 replies to the MX-7 Working Group. PQX9 is named once.",
    )
    assert not {"AI-12", "AI-16", "SG13", "SG15", "MX-7", "PQX9"} & labels


def test_an_area_of_two_subjects_is_one_unit_and_a_site_area_none(tmp_path: Path) -> None:
    prose = units_of(
        tmp_path,
        "The OBC Operations and Management Area coordinates the work with HMC. Meetings rotate between "
        "the OBC Member Area and the HMC Service Area.\n",
    )
    assert prose == {"operations and management area": "OBC"}
    register = NESTED_REGISTER.replace(
        "- Open Buoy Consortium (OBC)\n  - Telemetry Work Area",
        "- Open Buoy Consortium (OBC), Security and Privacy Area",
    )
    record = extracted(tmp_path, register, "register.md")
    assert sorted(p.acronym or p.label for p, _ in record.parties) == ["HMC", "OBC"]
    assert "Security and Privacy Area" in {u.label for u, _ in record.units}


def test_a_defined_term_before_a_units_head_names_the_unit_not_a_subject(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "The HMC 77.15 Coastal Specialty Networks (CSN) Working Group and the tide sensing programme use "
        "Buoy Frame Encoding (BFE) for all frames.",
    )
    assert "Buoy Frame Encoding" in labels
    assert "Coastal Specialty Networks" not in labels


PLAN_BODY = """
This {what} lists what the two bodies agreed to do together under their liaison agreement.

## Deliverables

| Deliverable | Owner | Due |
|---|---|---|
| Joint calibration note | HMC | Q3 2027 |

## Contacts

HMC: Ada Lindqvist, ada@hmc.example
"""


def test_a_joint_plan_or_roadmap_is_a_register_and_an_alliance_in_a_bodys_name_no_page(
    tmp_path: Path,
) -> None:
    for title, what in (
        (
            "Harbour Metrology Council (HMC) / Open Buoy Alliance (OBA)\nJoint Work Programme on Tide Gauges",
            "programme",
        ),
        ("# Harbour Metrology Council (HMC) and Open Buoy Alliance (OBA): joint roadmap", "roadmap"),
        ("# Harbour Metrology Council (HMC) - Open Buoy Alliance (OBA) joint plan for buoys", "plan"),
    ):
        record = extracted(tmp_path, title + "\n" + PLAN_BODY.format(what=what), "plan.md")
        assert record.kind == "WorkRegister", title


def test_a_coded_name_of_a_project_is_no_specification(tmp_path: Path) -> None:
    labels = specification_labels(
        tmp_path,
        "HMC follows the OB-RAN project and the OBC BX-ODA Alignment Joint Project. OB-RAN and BX-ODA "
        "report twice a year; buoys still send BTX4 frames, and BTX4 is stable.",
    )
    assert "BTX4" in labels
    assert not {"OB-RAN", "BX-ODA", "OBC BX-ODA"} & labels


COVER_PAGE = """ISO/IEC JTC 1/SC 77

Ocean data platforms

ISO/IEC JTC 1/SC 77 N 512


TITLE:

Liaison statement from ISO/IEC JTC 1/SC 77/WG 3 to the Open Buoy Consortium (OBC) on buoy frames

SOURCE:

ISO/IEC JTC 1/SC 77/WG 3

DUE DATE:

2027-01-29


WG 3 thanks OBC for its comments. WG 3 asks OBC to name an editor, so that WG 3 can go on.
"""


def test_a_cover_pages_title_line_names_the_ends_and_a_path_s_last_group_is_its_unit(tmp_path: Path) -> None:
    record = extracted(tmp_path, COVER_PAGE, "n512.txt")
    assert record.kind == "LiaisonStatement" and record.liaison is not None
    assert {e.label for e in record.liaison.senders} >= {"ISO/IEC JTC 1/SC 77/WG 3"}
    assert {e.acronym for e in record.liaison.recipients} == {"OBC"}
    assert {p.acronym for p, _ in record.parties} == {"JTC 1", "OBC"}
    assert all("/" in u.label for u, _ in record.units)  # "WG 3" alone is the SC 77/WG 3 of the title


MEETING_LS = """HMC TSG TB WG7 Meeting #12                                   T7-260012
Bergen, NO, 2 - 6 March 2026

Title:          LS on buoy frame alignment
Source:         TB7
To:             Open Buoy Consortium (OBC)

For action: OBC is asked to review the frames.
"""


def test_a_source_written_as_a_designation_is_the_group_of_the_body_the_header_names(tmp_path: Path) -> None:
    text = MEETING_LS + "\nThe Harbour Metrology Council (HMC) thanks OBC.\n"
    record = extracted(tmp_path, text, "ls.txt")
    assert record.liaison is not None
    assert {p.acronym for p, _ in record.parties} == {"HMC", "OBC"}
    sender = next(e for e in record.liaison.senders if e.kind == "unit")
    hmc = next(p.iri for p, _ in record.parties if p.acronym == "HMC")
    assert sender.unit_of == hmc and "TB7" in (sender.label, *sender.names)
