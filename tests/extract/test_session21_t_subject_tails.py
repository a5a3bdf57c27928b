"""A subject is not the last word of a longer name (session 21, dev's topics). Two rules read a subject
from part of a name and lost the rest of it: the subject a unit is named after ("Ledger" of the "Ledger
Working Group") was taken as written alone where the text wrote it as the tail of a longer name ("the KDC
Ledger", "the OBC Buoy Certification levels"), and a versioned name lost the words before a document's
word inside it ("Presentation Exchange 2.1" read as "Exchange 2.1", as "Presentation 1.2" is no
specification). The bodies, subjects and layouts are invented; the expected facts were written before the
rules."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "# Kelp Data Council / Open Buoy Consortium Work Register\n\n"
    "The Kelp Data Council (KDC) and the Open Buoy Consortium (OBC) cooperate on buoy data.\n\n"
    "## Units\n\n- KDC: Ledger Working Group\n- OBC: Certification Working Group\n\n"
)

LONGER_NAMES = {
    "prose": (
        "## Scope\n\nThe KDC Ledger and the OBC scheme refer to the protocol, so both sides need one plan.\n"
        "The parties map the OBC Buoy Certification levels onto the KDC tiers.\n"
    ),
    "table cells": (
        "## Work items\n\n| Item | Owner | Target |\n|---|---|---|\n"
        "| Alignment of the KDC Ledger with the protocol release | KDC | Q3 2027 |\n"
        "| Map the OBC Buoy Certification levels onto the KDC tiers | OBC | Q4 2027 |\n"
    ),
    "numbered items": (
        "## Work items\n\n1. Alignment of the KDC Ledger with the protocol release - Q3 2027\n"
        "2. Map the OBC Buoy Certification levels onto the KDC tiers - Q4 2027\n"
    ),
}


def subject_names(record: AllianceRecord) -> list[set[str]]:
    """Every name of each specification or topic the document brought."""
    new = {e.iri: e for e in record.new_entities}
    entities = [s for s, _ in record.specifications] + [new[t] for t in record.topics if t in new]
    return [{folded(n) for n in (e.label, *e.names)} for e in entities]


@pytest.mark.parametrize("layout", sorted(LONGER_NAMES))
def test_a_unit_s_subject_inside_a_longer_name_is_that_name(tmp_path: Path, layout: str) -> None:
    names = subject_names(extracted(tmp_path, HEAD + LONGER_NAMES[layout], "register.md"))
    assert {"ledger"} not in names and {"certification"} not in names, (layout, names)
    assert any("kdc ledger" in found for found in names), (layout, names)


VERSIONED = {
    "minutes line": "Ana_Lind: Presentation Exchange 2.1 still shows the old examples.\n",
    "table cell": (
        "| Item | Target |\n|---|---|\n| Update the Presentation Exchange 2.1 examples | Q3 2027 |\n"
    ),
    "heading": "## Presentation Exchange 2.1 and the Tide Record Format 1.0\n\nBoth are reviewed in 2027.\n",
}


@pytest.mark.parametrize("layout", sorted(VERSIONED))
def test_a_document_s_word_opening_a_versioned_name_is_part_of_it(tmp_path: Path, layout: str) -> None:
    text = HEAD + "## Discussion\n\n" + VERSIONED[layout]
    names = subject_names(extracted(tmp_path, text, "minutes.md"))
    assert any("presentation exchange 2.1" in found for found in names), (layout, names)
    assert not any(found & {"exchange 2.1", "exchange"} for found in names), (layout, names)
