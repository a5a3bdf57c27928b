"""Layout invariance of the names tuner's facts (issue 12, point 9, session 14): a unit written with its
body in the forms standards bodies use, the sectors and joint committees of the gazetteer, topics written
as versioned names, standard numbers and listed subjects, and a memorandum's parties in its preamble. The
facts of each group were written before the rules ran on the variants; the bodies are real, every unit
name, subject and sentence is invented or generic.

Why: rules tuned to one layout read the facts of that layout only; session 13 covered `OBC Telemetry
WG`-like units, lists and columns of specifications; these are the forms it did not cover.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.model.records import AllianceRecord

# --- a unit written together with its body ----------------------------------------------------

UNIT_HEAD = (
    "# {body} / OBC liaison register\n\nOrganizations: {party} and Open Buoy Consortium (OBC)\n\n## Work\n\n"
)

# (party as written in the header, the unit's phrase, the owner's acronym, the unit's name without it)
UNIT_VARIANTS = {
    "OASIS ODF TC": ("OASIS", "The OASIS ODF TC reviews each OBC draft.", "OASIS", "odf tc"),
    "Ecma TC39": ("Ecma International", "Ecma TC39 reviews each OBC draft.", "Ecma", "tc39"),
    "JTC 1/SC 38": (
        "ISO/IEC JTC 1",
        "ISO/IEC JTC 1/SC 38 reviews each OBC draft.",
        "JTC 1",
        "iso/iec jtc 1/sc 38",
    ),
    "ITU-T SG13": ("ITU-T", "ITU-T SG13 reviews each OBC draft.", "ITU-T", "sg13"),
    "ITU-T Q.16/13": ("ITU-T", "ITU-T Q.16/13 reviews each OBC draft.", "ITU-T", "q.16/13"),
    "IEEE 802.1 WG": ("IEEE", "The IEEE 802.1 WG reviews each OBC draft.", "IEEE", "802.1 wg"),
    "ETSI ISG NFV": ("ETSI", "ETSI ISG NFV reviews each OBC draft.", "ETSI", "isg nfv"),
    "ETSI NFV ISG": ("ETSI", "The ETSI NFV ISG reviews each OBC draft.", "ETSI", "nfv isg"),
    "W3C WoT WG": (
        "W3C",
        "The W3C Web of Things Working Group reviews each OBC draft.",
        "W3C",
        "web of things working group",
    ),
    "interest group, body before": (
        "W3C",
        "The W3C Spatial Data on the Web Interest Group reviews each OBC draft.",
        "W3C",
        "spatial data on the web interest group",
    ),
    "interest group, body after": (
        "W3C",
        "The Spatial Data on the Web Interest Group of the W3C reviews each OBC draft.",
        "W3C",
        "spatial data on the web interest group",
    ),
    "community group": (
        "W3C",
        "The W3C Sensor Data Mapping Community Group reviews each OBC draft.",
        "W3C",
        "sensor data mapping community group",
    ),
    "focus group": (
        "ITU-T",
        "The ITU-T Focus Group on Machine Learning for Networks reviews each OBC draft.",
        "ITU-T",
        "focus group on machine learning for networks",
    ),
    "IETF CORE WG": ("IETF", "The IETF CORE WG reviews each OBC draft.", "IETF", "core wg"),
}


def bare_unit_name(name: str, owner: str) -> str:
    """A unit's name as the evaluator compares it: lower case, without its owner's acronym in front."""
    label = name.lower()
    prefix = owner.lower() + " "
    return label[len(prefix) :] if label.startswith(prefix) else label


def owned_units(record: AllianceRecord) -> dict[str, str | None]:
    """Each of each unit's bare names (label and other names, as the evaluator accepts any) and its
    owner's acronym."""
    known = {p.iri: p for p, _ in record.parties} | {e.iri: e for e in record.new_entities}
    found = {}
    for unit, _ in record.units:
        owner = known.get(unit.unit_of)
        acronym = (owner.acronym or owner.label) if owner is not None else None
        for name in {unit.label, *unit.names}:
            found[bare_unit_name(name, acronym or "")] = acronym
    return found


@pytest.mark.parametrize("layout", sorted(UNIT_VARIANTS))
def test_a_unit_written_with_its_body_is_read_whole_and_is_the_bodys(tmp_path: Path, layout: str) -> None:
    party, sentence, owner, name = UNIT_VARIANTS[layout]
    text = UNIT_HEAD.format(body=owner, party=party) + sentence + "\n"
    record = extracted(tmp_path, text, "register.md")
    units = owned_units(record)
    assert (units.get(name) or "").lower() == owner.lower(), (layout, units)
    cut = [label for label in units if label.endswith("group") and name.endswith(label) and label != name]
    assert not cut, units  # "Interest Group" read whole, not as its last words


# --- sectors and joint committees: organizations in every layout --------------------------------

SECTOR_VARIANTS = {
    "organizations line": "Organizations: {body} and Open Buoy Consortium (OBC)\n",
    "bullet list": "## Organizations\n\n- {body}\n- Open Buoy Consortium (OBC)\n",
    "prose": "This register records the liaison between {body} and the Open Buoy Consortium (OBC).\n",
    "with a unit": "Organizations: {body} and Open Buoy Consortium (OBC)\n\n{body} Study Group 21 leads.\n",
}

SECTORS = ("ITU-T", "ITU-R", "IEEE SA", "ISO/IEC JTC 1")


@pytest.mark.parametrize("body", SECTORS)
@pytest.mark.parametrize("layout", sorted(SECTOR_VARIANTS))
def test_a_sector_or_joint_committee_is_a_party_of_its_own(tmp_path: Path, layout: str, body: str) -> None:
    layout_text = SECTOR_VARIANTS[layout].format(body=body)
    text = "# Liaison register\n\n" + layout_text + "\n## Work\n\nJoint review.\n"
    record = extracted(tmp_path, text, "register.md")
    parties = {p.acronym or p.label for p, _ in record.parties}
    assert parties == {body.removeprefix("ISO/IEC "), "OBC"}, (layout, parties)
    assert all(u.label not in SECTORS for u, _ in record.units), layout


# --- topics: versioned names and standard numbers ------------------------------------------------

TOPIC_HEAD = (
    "# HMC / OBC joint work register\n\n"
    "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\n"
)

NUMBERED = ["ISO/IEC 27001", "ITU-T Y.3172", "RFC 9110", "IEEE 802.1Qbv"]

NUMBERED_VARIANTS = {
    "in the areas of": "## Work\n\nThe parties cooperate in the areas of {a}, {b}, {c} and {d}.\n",
    "topics line": "## Work\n\nTopics: {a}, {b}, {c}, {d}\n",
    "areas of collaboration line": "## Work\n\nAreas of collaboration: {a}; {b}; {c}; {d}\n",
    "work area column": (
        "## Liaisons\n\n| Work area | Lead | Contact |\n|---|---|---|\n| {a} | HMC | Ana Lindqvist |\n"
        "| {b} | OBC | Tomas Okafor |\n| {c} | HMC | Ana Lindqvist |\n| {d} | OBC | Tomas Okafor |\n"
    ),
    "bullets": "## Standards concerned\n\n- {a}\n- {b}\n- {c}\n- {d}\n",
}


@pytest.mark.parametrize("layout", sorted(NUMBERED_VARIANTS))
def test_standard_numbers_are_topics_in_every_layout(tmp_path: Path, layout: str) -> None:
    a, b, c, d = NUMBERED
    record = extracted(tmp_path, TOPIC_HEAD + NUMBERED_VARIANTS[layout].format(a=a, b=b, c=c, d=d), "reg.md")
    found = {label.lower() for label in topic_labels(record)}
    assert found >= {n.lower() for n in NUMBERED}, (layout, found)


VERSIONED = ["Redfish 2025.3", "SMI-S v1.9", "CIM Schema 2.54"]

VERSIONED_VARIANTS = {
    "sentence": "## Work\n\nThe parties align {a}, {b} and {c}.\n",
    "topics line": "## Work\n\nTopics: {a}, {b}, {c}\n",
    "work area column": (
        "## Liaisons\n\n| Work area | Lead |\n|---|---|\n| {a} | HMC |\n| {b} | OBC |\n| {c} | HMC |\n"
    ),
    "bullets": "## Specifications\n\n- {a}\n- {b}\n- {c}\n",
}


@pytest.mark.parametrize("layout", sorted(VERSIONED_VARIANTS))
def test_a_specification_with_its_version_is_a_topic_in_every_layout(tmp_path: Path, layout: str) -> None:
    a, b, c = VERSIONED
    record = extracted(tmp_path, TOPIC_HEAD + VERSIONED_VARIANTS[layout].format(a=a, b=b, c=c), "reg.md")
    found = {label.lower() for label in topic_labels(record)}
    names = {"redfish", "smi-s", "cim schema"}
    assert all(any(label.startswith(n) for label in found) for n in names), (layout, found)


SUBJECTS = {"tide gauge telemetry", "buoy calibration"}

SUBJECT_VARIANTS = {
    "in the areas of": (
        "## Work\n\nThe parties cooperate in the areas of tide gauge telemetry and buoy calibration.\n"
    ),
    "areas of collaboration line": (
        "## Work\n\nAreas of collaboration: tide gauge telemetry, buoy calibration\n"
    ),
    "work area column": (
        "## Liaisons\n\n| Work area | Lead | Contact |\n|---|---|---|\n"
        "| Tide gauge telemetry | HMC | Ana Lindqvist |\n| Buoy calibration | OBC | Tomas Okafor |\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(SUBJECT_VARIANTS))
def test_listed_subjects_are_topics_in_more_layouts(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, TOPIC_HEAD + SUBJECT_VARIANTS[layout], "register.md")
    found = {label.lower() for label in topic_labels(record)}
    assert found >= SUBJECTS, (layout, found)


NOT_TOPICS = {
    "activities line": "## Work\n\nTopics: joint webinar, plugfest, workshop\n",
    "generic words": "## Work\n\nAreas of collaboration: standards, interoperability\n",
    "activity column": (
        "## Liaisons\n\n| Work area | Lead |\n|---|---|\n"
        "| Webinar | HMC |\n| Plugfest | OBC |\n| Standards | OBC |\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(NOT_TOPICS))
def test_activities_and_generic_words_are_no_topics(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, TOPIC_HEAD + NOT_TOPICS[layout], "register.md")
    found = {label.lower() for label in topic_labels(record)}
    words = {"joint webinar", "webinar", "plugfest", "workshop", "standards", "interoperability"}
    assert not found & words, (layout, found)


# --- a memorandum's parties ----------------------------------------------------------------------

MOU_VARIANTS = {
    "preamble with seats": """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is entered into between the Harbour Metrology Council, a non-profit
association organized under the laws of Belgium, having its seat in Ghent ("HMC"), and the Open Buoy
Consortium, a corporation organized under the laws of the State of Oregon, USA (hereinafter "OBC").

1. Purpose

HMC and OBC will cooperate on tide gauge telemetry.
""",
    "hereinafter names": """Memorandum of Understanding

between

Harbour Metrology Council, hereinafter "HMC",

and

Open Buoy Consortium, hereinafter referred to as "OBC".

1. Purpose

The parties will cooperate on tide gauge telemetry.
""",
    "signature table": """# Memorandum of Understanding on tide gauge telemetry

The organizations signing below agree to cooperate on tide gauge telemetry.

## Signatures

| Organization | Name | Title | Date |
|---|---|---|---|
| Harbour Metrology Council (HMC) | Ana Lindqvist | President | 2026-03-02 |
| Open Buoy Consortium (OBC) | Tomas Okafor | Chair | 2026-03-04 |
""",
}


@pytest.mark.parametrize("layout", sorted(MOU_VARIANTS))
def test_a_memorandums_parties_are_read_in_every_layout(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, MOU_VARIANTS[layout], "mou.txt" if "table" not in layout else "mou.md")
    assert record.kind == "MemorandumOfUnderstanding", layout
    parties = {p.acronym or p.label for p, _ in record.parties}
    assert parties == {"HMC", "OBC"}, (layout, parties)
