"""A subject the document defines with its acronym, "Coastal Buoy Telemetry Exchange (CBTE)", is one
subject under both names (session 21, dev's topics): when the acronym alone was read first as a
specification ("CBTE 2.0", "CBTE conformance tests"), the definition was skipped as covered by it, and the
subject was known only as "CBTE"; and a subject defined in the background a document gives of a party ("Its
Data Distribution Service (DDS) family of specifications") was no subject at all, though the parties name
their work there. The bodies, subjects and layouts are invented; the expected facts were written before the
rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "# Harbour Metrology Council and Open Buoy Consortium: Memorandum of Understanding\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to work together.\n\n"
)

ACRONYM_FIRST = {
    "bold list item": (
        "## Work packages\n\n"
        "1. **Coastal Buoy Telemetry Exchange (CBTE):** OBC will offer CBTE 2.0 for adoption by HMC"
        " - Q4 2027.\n"
        "2. **Shared tide glossary:** HMC will draft it - Q2 2027.\n"
    ),
    "table row before the definition": (
        "## Work items\n\n| Item | Target |\n|---|---|\n| CBTE 2.0 conformance tests | Q4 2027 |\n\n"
        "## Scope\n\nThe parties align the Coastal Buoy Telemetry Exchange (CBTE) with HMC calibration"
        " rules.\n"
    ),
    "definition list": (
        "Shared work\n: CBTE 2.0 profiles, such as the Coastal Buoy Telemetry Exchange (CBTE) for moored"
        " buoys.\n"
    ),
}


def subject_names(record: AllianceRecord) -> list[set[str]]:
    """Every name of each specification or topic the document brought."""
    new = {e.iri: e for e in record.new_entities}
    entities = [s for s, _ in record.specifications] + [new[t] for t in record.topics if t in new]
    return [{folded(n) for n in (e.label, *e.names)} for e in entities]


@pytest.mark.parametrize("layout", sorted(ACRONYM_FIRST))
def test_a_subject_defined_after_its_acronym_has_both_names(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, HEAD + ACRONYM_FIRST[layout], "mou.md")
    names = subject_names(record)
    assert any("coastal buoy telemetry exchange" in found for found in names), (layout, names)
    assert {"cbte"} not in names, (layout, names)


BACKGROUND = {
    "numbered background": (
        "2. Background and Mission\n\nThe Open Buoy Consortium is a not-for-profit consortium.\n"
        "Its Coastal Buoy Telemetry Exchange (CBTE) family of specifications defines how buoys report.\n\n"
        "3. Work items\n\n3.1 Joint test plan - Q4 2027\n"
    ),
    "html background": (
        "<h2>1. Background</h2>\n<p>1.1 OBC develops buoy standards, including the Coastal Buoy Telemetry "
        "Exchange (CBTE) and Tide Gauge Calibration (TGC).</p>\n<h2>2. Work items</h2>\n"
        "<p>2.1 Joint test plan - Q4 2027</p>\n"
    ),
}


REGISTER_HEAD = (
    "# Harbour Metrology Council / Open Buoy Consortium Joint Work Register\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register.\n\n"
)


@pytest.mark.parametrize("layout", sorted(BACKGROUND))
def test_a_subject_defined_in_a_party_s_background_is_a_subject(tmp_path: Path, layout: str) -> None:
    """(In a register: a memorandum's background says what one party does, test_table_and_indent_layouts.)"""
    name = "register.html" if layout.startswith("html") else "register.txt"
    record = extracted(tmp_path, REGISTER_HEAD + BACKGROUND[layout], name)
    names = subject_names(record)
    assert any("coastal buoy telemetry exchange" in found for found in names), (layout, names)
