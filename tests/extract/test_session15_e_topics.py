"""Topics read the same whatever the layout (issue 12, point 9, session 15): a specification written with
its version is named without the verb a work item opens with ("Map BuoyML 3.2 to ..."), a table's header
row names columns, not a specification ("| Deliverable | Specification | Target |"), and a document a
liaison or a meeting exchanges, numbered as it is revised ("Requirements Document v0.7"), is no topic.
The bodies OBC and HMC and every name are invented; the expected topics were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.model.records import AllianceRecord

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

VERSIONED = {"buoyml 3.2", "tidelink 2.0", "opentide v1.4"}

LAYOUTS = {
    "work items": ("- Map BuoyML 3.2 to TideLink 2.0 (Q3 2026)\n- Review OpenTide v1.4 profiles (Q4 2026)\n"),
    "numbered items": "1. Align BuoyML 3.2 with TideLink 2.0 - Q3 2026\n2. Publish OpenTide v1.4 - Q4 2026\n",
    "table": (
        "| Deliverable | Specification | Target |\n|---|---|---|\n| Mapping | BuoyML 3.2 | Q3 2026 |\n"
        "| Profile | TideLink 2.0 | Q4 2026 |\n| Profile | OpenTide v1.4 | Q4 2026 |\n"
    ),
    "prose": "The parties map BuoyML 3.2 to TideLink 2.0 and review OpenTide v1.4 together.\n",
    "slide bullets": "* Update OpenTide v1.4\n* Extend TideLink 2.0\n* Validate BuoyML 3.2\n",
}


def lower_topic_labels(record: AllianceRecord) -> set[str]:
    """The lower-case labels of the record's specifications and of the topics the document brought."""
    return {label.lower() for label in topic_labels(record)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_versioned_specifications_are_read_without_the_items_verb(tmp_path: Path, layout: str) -> None:
    found = lower_topic_labels(extracted(tmp_path, HEAD + LAYOUTS[layout], "register.md"))
    assert found == VERSIONED, (layout, found)


@pytest.mark.parametrize(
    "header",
    [
        "| Deliverable | Specification | Target |",
        "| Work item | Standard | Due |",
        "| Item | Profile | Lead |",
    ],
)
def test_a_header_rows_column_names_are_no_specification(tmp_path: Path, header: str) -> None:
    text = HEAD + header + "\n|---|---|---|\n| Mapping | BuoyML 3.2 | Q3 2026 |\n"
    found = lower_topic_labels(extracted(tmp_path, text, "register.md"))
    assert found == {"buoyml 3.2"}, found


LIAISON = """LIAISON STATEMENT

From: Open Buoy Consortium (OBC)
To: Harbour Metrology Council (HMC)
For: Information

OBC thanks HMC for the {document} on buoy time synchronisation and will align TideLink 2.0 with it.
"""


@pytest.mark.parametrize(
    "document", ["Requirements Document v0.7", "Gap Analysis Report 1.1", "Joint Work Plan 2.0"]
)
def test_a_numbered_document_exchanged_is_no_topic(tmp_path: Path, document: str) -> None:
    found = lower_topic_labels(extracted(tmp_path, LIAISON.format(document=document), "statement.txt"))
    assert found == {"tidelink 2.0"}, found


# --- an API family's parts: "OGC API - Features" --------------------------------------------------

PARTS_HEAD = (
    "# OGC / HMC joint work\n\n"
    "Organizations: Open Geospatial Consortium (OGC) and Harbour Metrology Council (HMC)\n\n"
)

PART_LAYOUTS = {
    "sentence": "## Work\n\nThe parties test OGC API - Tides and OGC API - Moorings with buoy data.\n",
    "en dash": "## Work\n\nThe parties test OGC API \u2013 Tides and OGC API \u2013 Moorings together.\n",
    "table": (
        "## Work\n\n| # | Work item | Target |\n|---|---|---|\n"
        "| 1 | Code sprint on OGC API - Tides | Q3 2026 |\n"
        "| 2 | Profile of OGC API - Moorings for buoys | Q4 2026 |\n"
    ),
    "bullets": "## Standards concerned\n\n- OGC API - Tides\n- OGC API - Moorings\n",
}


@pytest.mark.parametrize("layout", sorted(PART_LAYOUTS))
def test_an_api_familys_part_is_named_whole(tmp_path: Path, layout: str) -> None:
    found = lower_topic_labels(extracted(tmp_path, PARTS_HEAD + PART_LAYOUTS[layout], "register.md"))
    expected = {"ogc api - tides", "ogc api - moorings"}
    assert {label.replace("\u2013", "-") for label in found} >= expected, (layout, found)
    assert not any(label.endswith(("tides q3", "for buoys")) for label in found), found


MOU = """MEMORANDUM OF UNDERSTANDING

between the Open Geospatial Consortium ("OGC") and the Harbour Metrology Council ("HMC")

Article 1 - Purpose

The purpose of this Memorandum is to establish cooperation between OGC and HMC.

Article 2 - Areas of Cooperation

The Parties intend to cooperate in the following areas:

a) joint testing of OGC API - Tides and OGC API - Moorings;
b) a common vocabulary for tide gauge metadata.

Article 3 - Term

This Memorandum remains in force for three years.
"""


def test_a_lead_in_naming_the_parties_over_subjects_is_no_parties_list(tmp_path: Path) -> None:
    """'The Parties intend to cooperate in the following areas:' heads a list of what they work on: its
    items name no organizations ('Moorings' was made a body of its own)."""
    record = extracted(tmp_path, MOU, "mou.txt")
    bodies = {e.label for e in record.new_entities if e.kind == "organization"}
    assert bodies <= {"Harbour Metrology Council"}, bodies
    assert {"ogc api - tides", "ogc api - moorings"} <= lower_topic_labels(record)


# --- titles ending on a format, a dictionary, a syntax or an implementation guide --------------------

TITLES = {
    "tide record format",
    "buoy metadata dictionary",
    "harbour query syntax",
    "tide gauge implementation guide",
}

TITLE_LAYOUTS = {
    "items": (
        "- Align the Tide Record Format with the Buoy Metadata Dictionary (Q3 2026)\n"
        "- Publish the Harbour Query Syntax and the Tide Gauge Implementation Guide (Q4 2026)\n"
    ),
    "prose": (
        "OBC maintains the Tide Record Format and the Harbour Query Syntax; HMC maintains the Buoy Metadata "
        "Dictionary and the Tide Gauge Implementation Guide.\n"
    ),
    "table": (
        "| Specification | Lead |\n|---|---|\n| Tide Record Format | OBC |\n"
        "| Buoy Metadata Dictionary | HMC |\n"
        "| Harbour Query Syntax | OBC |\n| Tide Gauge Implementation Guide | HMC |\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(TITLE_LAYOUTS))
def test_titles_of_formats_dictionaries_and_guides_are_topics(tmp_path: Path, layout: str) -> None:
    found = lower_topic_labels(extracted(tmp_path, HEAD + TITLE_LAYOUTS[layout], "register.md"))
    assert found == TITLES, (layout, found)


def test_a_format_of_one_word_is_no_title(tmp_path: Path) -> None:
    text = (
        HEAD
        + "| Data Format | Owner |\n|---|---|\n| CSV | OBC |\n\n"
        + "The Common Format and the File Format are agreed.\n"
    )
    assert not lower_topic_labels(extracted(tmp_path, text, "register.md"))
