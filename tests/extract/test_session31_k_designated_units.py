"""A unit named by its designation alone ("The Chairman, WP 5D Working Group") takes its body only from
evidence: the same unit named with its body elsewhere in the document, or a known unit so designated;
never the body the document speaks for (issue 12 point 9, session 31, engineer K; class f of
/work/s30/reports/K.md: it became "HMC WP 5D", a unit of the writer).

Bodies real or invented, wording invented; plain-text statements with the unit in the To field, the body
named (or not) in the text below. (A Markdown statement runs its fields into one paragraph, and an officer's
title before a comma is read as a new body by kg.extract.liaison.body_and_group: not this rule's.)
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = """{title}

From: Harbour Metrology Council (HMC)
To: {to}
Title: Tide data over IMT

"""


def statement(layout: str, to: str, body: str) -> tuple[str, str]:
    title = "# Liaison statement" if layout == "md" else "Liaison statement"
    return HEAD.format(title=title, to=to) + body + "\n", f"a.{layout}"


def units(tmp_path: Path, layout: str, to: str, body: str) -> dict[str, str | None]:
    record = extracted(tmp_path, *statement(layout, to, body))
    bodies = {e.iri: e.short_name for e in record.new_entities}
    bodies.update({p.iri: p.short_name for p, _ in record.parties})
    return {u.label: bodies.get(u.unit_of) if u.unit_of else None for u, _ in record.units}


@pytest.mark.parametrize("layout", ["txt"])
@pytest.mark.parametrize(
    "to",
    [
        "The Chairman, WP 5D Working Group",
        "The Chairman, WP 7C Working Group",
        "The Convenor, WG 12 Working Group",
    ],
)
def test_a_designation_alone_is_no_unit_of_the_writer(tmp_path: Path, layout: str, to: str) -> None:
    body = "The Harbour Metrology Council (HMC) thanks the group for its statement."
    found = units(tmp_path, layout, to, body)
    assert "HMC" not in found.values(), found


@pytest.mark.parametrize("layout", ["txt"])
@pytest.mark.parametrize(
    ("to", "named", "owner"),
    [
        ("The Chairman, WP 5D Working Group", "ITU-R Working Party 5D", "ITU-R"),
        ("The Chairman, WP 7C Working Group", "ITU-R WP 7C", "ITU-R"),
        ("The Convenor, WG 12 Working Group", "the OBC WG 12", "OBC"),
    ],
)
def test_the_body_comes_from_the_unit_named_with_it(
    tmp_path: Path, layout: str, to: str, named: str, owner: str
) -> None:
    body = f"The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) thank {named} for it."
    found = units(tmp_path, layout, to, body)
    assert set(found.values()) == {owner}, found
    record = extracted(tmp_path, *statement(layout, to, body))
    assert record.liaison is not None and [
        u.unit_of for u in record.liaison.recipients if u.kind == "unit"
    ], record.liaison


def test_a_body_on_the_units_own_row_is_evidence(tmp_path: Path) -> None:
    text = (
        "# HMC liaisons\n\nThe Harbour Metrology Council (HMC) keeps these liaisons.\n\n"
        "| Body | Group | Category |\n|---|---|---|\n| ISO/IEC JTC 1 | SC 34 | A |\n| OBC | TF 3 | C |\n"
    )
    record = extracted(tmp_path, text, "a.md")
    bodies = {e.iri: e.short_name for e in record.new_entities}
    bodies.update({p.iri: p.short_name for p, _ in record.parties})
    found = {u.acronym or u.label: bodies.get(u.unit_of) for u, _ in record.units}
    assert found.get("SC 34") == "JTC 1", found
