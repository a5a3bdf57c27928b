"""A body, unit or specification introduced as "Full Name (ACR)" (or "ACR (Full Name)") is named by the
words the acronym's letters support, whatever those words look like: function words inside it, a digit
or mixed case opening it ("5G", "eXtensible", "IoT", "3rd"), and never the sentence words before it.
All names are invented (or are the public names of specifications, used as examples of a shape); the
expected names were written before the rules were run."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.names import name_before_acronym
from kg.model.records import AllianceRecord

# (text holding "Name (ACR)", expected name, acronym)
NAME_FIRST = [
    # specifications and defined terms in sentences
    (
        "The group aligns its work with the Security Protocol and Data Model (SPDM).",
        "Security Protocol and Data Model",
        "SPDM",
    ),
    ("Trials of 5G Media Streaming (5GMS) start in May.", "5G Media Streaming", "5GMS"),
    (
        "Both bodies use the eXtensible Markup Language (XML) for the schema.",
        "eXtensible Markup Language",
        "XML",
    ),
    ("Gateways for the Internet of Things (IoT) are in scope.", "Internet of Things", "IoT"),
    (
        "Images follow Digital Imaging and Communications in Medicine (DICOM) rules.",
        "Digital Imaging and Communications in Medicine",
        "DICOM",
    ),
    (
        "Handsets of the 3rd Generation Tide Telemetry (3GTT) are tested.",
        "3rd Generation Tide Telemetry",
        "3GTT",
    ),
    ("Trials of Buoy Telemetry over Satellite (BToS) continue.", "Buoy Telemetry over Satellite", "BToS"),
    ("Research on Wave Energy Conversion (WEC) continues.", "Wave Energy Conversion", "WEC"),
    (
        "Members adopted Harbour Time-Sensitive Networking (HTSN) for the cranes.",
        "Harbour Time-Sensitive Networking",
        "HTSN",
    ),
    (
        "The pilot adds Identity & Access Management (IAM) to the portal.",
        "Identity & Access Management",
        "IAM",
    ),
    ("Its Input/Output Buoy Virtualisation (IOBV) draft is out.", "Input/Output Buoy Virtualisation", "IOBV"),
    ("In 2025, Harbour Acoustic Sensing (HAS) trials began.", "Harbour Acoustic Sensing", "HAS"),
    ("Sensor Markup, Ocean Data Catalogue (ODC) and tide tables are shared.", "Ocean Data Catalogue", "ODC"),
    ("Joint Work on Ocean Data Catalogue (ODC) is planned.", "Ocean Data Catalogue", "ODC"),
    (
        "The report, which Harbour Ice Monitoring (HIM) teams wrote, is final.",
        "Harbour Ice Monitoring",
        "HIM",
    ),
    ("The IoT Harbour Profile (IoTHP) is the first deliverable.", "IoT Harbour Profile", "IoTHP"),
    # bodies
    ("We met with the Open Compute Project (OCP) in May.", "Open Compute Project", "OCP"),
    ("The Quantum Grid Alliance (QGA) joined in 2024.", "Quantum Grid Alliance", "QGA"),
    ("Members of the Coastal Radar Consortium (CRC) attend.", "Coastal Radar Consortium", "CRC"),
    (
        "The 5G Harbour Automation Association (5GHAA) hosts the plugfest.",
        "5G Harbour Automation Association",
        "5GHAA",
    ),
    (
        "A liaison with the Association for Tide and Wave Research (ATWR) is open.",
        "Association for Tide and Wave Research",
        "ATWR",
    ),
    (
        "Experts of the Institute of Buoy and Mooring Engineers (IBME) review it.",
        "Institute of Buoy and Mooring Engineers",
        "IBME",
    ),
    ("Next Wave Mobile Networks Alliance (NWMN) members vote.", "Next Wave Mobile Networks Alliance", "NWMN"),
    ("The eXtended Buoy Alliance (XBA) signed.", "eXtended Buoy Alliance", "XBA"),
    # units
    ("The Tide Gauge Working Group (TGWG) of HMC meets monthly.", "Tide Gauge Working Group", "TGWG"),
    ("HMC Wave Modelling Task Force (WMTF) drafts the note.", "Wave Modelling Task Force", "WMTF"),
    ("Comments go to the Buoy Data Quality Study Group (BDQSG).", "Buoy Data Quality Study Group", "BDQSG"),
    # list items, table cells, headings
    ("- Coastal Sensor Markup Language (CSML), version 2", "Coastal Sensor Markup Language", "CSML"),
    ("| Harbour Data Interchange Format (HDIF) | 2.0 |", "Harbour Data Interchange Format", "HDIF"),
    ("## 3. Ocean Observation Information Model (OOIM)", "Ocean Observation Information Model", "OOIM"),
    ("1.2 Marine Sensor Web Enablement (MSWE)", "Marine Sensor Web Enablement", "MSWE"),
    ("Scope: Tide Prediction Service Interface (TPSI)", "Tide Prediction Service Interface", "TPSI"),
]


@pytest.mark.parametrize(("text", "name", "acronym"), NAME_FIRST)
def test_the_acronym_s_letters_decide_where_the_name_starts(text: str, name: str, acronym: str) -> None:
    end = text.index(f" ({acronym})")
    start = name_before_acronym(text, end, acronym)
    assert start is not None and text[start:end] == name


@pytest.mark.parametrize(
    ("text", "acronym"),
    [
        ("We met with them (OCP) in May.", "OCP"),  # no name-like word before the bracket
        ("The draft (v2) is out.", "v2"),
        ("Harbour Acoustic Sensing (XYZ) trials began.", "XYZ"),  # the letters spell none of the words
    ],
)
def test_letters_that_spell_no_run_of_words_decide_nothing(text: str, acronym: str) -> None:
    assert name_before_acronym(text, text.index(f" ({acronym})"), acronym) is None


def labelled(record: AllianceRecord) -> dict[str, set[str]]:
    """Each acronym the extraction found, with the labels of the entities it names."""
    entities = [p for p, _ in record.parties] + list(record.new_entities)
    entities += [u for u, _ in record.units] + [s for s, _ in record.specifications]
    found: dict[str, set[str]] = {}
    for entity in entities:
        if entity.acronym:
            found.setdefault(entity.acronym, set()).add(entity.label)
    return found


HEAD = (
    "# HMC / OBC joint work register\n\n"
    "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n## Work\n\n"
)
# (name, acronym): names the extraction makes an entity of, each written in four layouts
EXTRACTED = [
    ("Security Protocol and Data Model", "SPDM"),
    ("5G Media Streaming", "5GMS"),
    ("eXtensible Markup Language", "XML"),
    ("Digital Imaging and Communications in Medicine", "DICOM"),
    ("5G Harbour Automation Association", "5GHAA"),
    ("Coastal Sensor Markup Language", "CSML"),
]
LAYOUTS = [
    "Both bodies align their work with the {name} ({acronym}) this year.\n",
    "- {name} ({acronym})\n- Tide tables\n",
    "| Item | Status |\n|---|---|\n| {name} ({acronym}) | open |\n",
    "### {name} ({acronym})\n\nA joint review is planned.\n",
]


@pytest.mark.parametrize(("name", "acronym"), EXTRACTED)
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_name_with_its_acronym_is_read_whole_in_every_layout(
    tmp_path: Path, name: str, acronym: str, layout: str
) -> None:
    record = extracted(tmp_path, HEAD + layout.format(name=name, acronym=acronym), "register.md")
    assert labelled(record).get(acronym) == {name}, labelled(record)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "Members reviewed the SPDM (Security Protocol and Data Model) specification.",
            "Security Protocol and Data Model",
            "SPDM",
        ),
        ("| HDIF (Harbour Data Interchange Format) | 2.0 |", "Harbour Data Interchange Format", "HDIF"),
        (
            "Both bodies use CSML (Coastal Sensor Markup Language) for buoys.",
            "Coastal Sensor Markup Language",
            "CSML",
        ),
        ("Both use XML (eXtensible Markup Language) for the schema.", "eXtensible Markup Language", "XML"),
        ("Gateways for IoT (Internet of Things) are in scope.", "Internet of Things", "IoT"),
        (
            "The 5GHAA (5G Harbour Automation Association) hosts it.",
            "5G Harbour Automation Association",
            "5GHAA",
        ),
        ("The QGA (Quantum Grid Alliance) joined.", "Quantum Grid Alliance", "QGA"),
    ],
)
def test_an_acronym_before_its_name_names_the_same_entity(
    tmp_path: Path, text: str, name: str, acronym: str
) -> None:
    record = extracted(tmp_path, HEAD + text + "\n", "register.md")
    assert labelled(record).get(acronym) == {name}, labelled(record)
    names = {e.label for e in record.new_entities}  # and no second entity from a part of the name
    assert not {n for n in names if n != name and n in name}, names


def test_sentence_words_before_a_name_are_not_part_of_it(tmp_path: Path) -> None:
    text = HEAD + "Research on Wave Energy Conversion (WEC) continues in both bodies.\n"
    labels = labelled(extracted(tmp_path, text, "register.md"))
    assert labels.get("WEC") == {"Wave Energy Conversion"}, labels
    assert not any(re.match(r"(?:Research|on)\b", label) for names in labels.values() for label in names)


@pytest.mark.parametrize(
    "line",
    [
        "Scope: Security Protocol and Data Model (SPDM) alignment, buoy telemetry and tide gauges",
        "Topics: buoy telemetry; Security Protocol and Data Model (SPDM); tide gauges",
    ],
)
def test_a_subjects_list_is_not_cut_inside_a_name_its_acronym_spells(tmp_path: Path, line: str) -> None:
    record = extracted(tmp_path, HEAD + line + "\n", "register.md")
    topics = {e.label for e in record.new_entities if e.kind == "topic"}
    assert topics == {"buoy telemetry", "tide gauges"}, topics
    assert labelled(record).get("SPDM") == {"Security Protocol and Data Model"}


def test_a_unit_s_acronym_may_open_with_a_number_but_a_year_is_none(tmp_path: Path) -> None:
    text = (
        HEAD
        + "Comments go to the 5G Buoy Working Group (5GBWG) of OBC.\n\nThe Tide Working Group (2025) met.\n"
    )
    units = {u.label: u.acronym for u, _ in extracted(tmp_path, text, "register.md").units}
    assert [a for label, a in units.items() if label.endswith("5G Buoy Working Group")] == ["5GBWG"], units
    assert units.get("Tide Working Group", "absent") is None, units
