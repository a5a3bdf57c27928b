"""A generic plural phrase with an acronym names no body (issue 12 point 9, session 30, engineer K; the real
probe of session 29: an ITU-R statement sent to "Relevant External Organizations (EOs)", /work/s29/b-real.md).

"External Organizations (EOs)", "Standards Development Organizations (SDOs)", "Industry Fora (IF)": a kind
of party, not one. Session 29 kept them from the subjects; in a table of partners or after an acronym's
expansion they still became organizations (and parties). A body's name with a particle ("Conference of
... Administrations") is a name. The bodies and wording are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.errors import InputError

GENERIC = [
    "Standards Development Organizations (SDOs)",
    "External Organizations (EOs)",
    "Market Representation Partners (MRPs)",
    "Industry Fora (IF)",
]


def table(layout: str, generic: str) -> tuple[str, str]:
    rows = [
        ("Open Buoy Consortium (OBC)", "buoy telemetry"),
        (generic, "tide data"),
        ("Fjord Sensor Alliance (FSA)", "sensor calibration"),
    ]
    if layout == "md":
        lines = "".join(f"| {a} | {b} |\n" for a, b in rows)
        return f"# HMC partners\n\n| Partner | Area |\n|---|---|\n{lines}", "a.md"
    cells = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in rows)
    return (
        f"<html><body><h1>HMC partners</h1><table><tr><th>Partner</th><th>Area</th></tr>{cells}</table>"
        "</body></html>\n",
        "a.html",
    )


def prose(generic: str, other: str) -> tuple[str, str]:
    return (
        f"HMC liaison page\n\nThe Harbour Metrology Council (HMC) liaises with {other}the {generic} on tide "
        "data and will inform them.\n",
        "a.txt",
    )


def body_names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    found = {e.label for e in record.new_entities if e.kind == "organization"}
    found |= {e.acronym or "" for e in record.new_entities if e.kind == "organization"}
    return found | {p.label for p, _ in record.parties}


@pytest.mark.parametrize("layout", ["md", "html"])
@pytest.mark.parametrize("generic", GENERIC[:3])
def test_a_generic_plural_in_a_partners_table_is_no_body(tmp_path: Path, layout: str, generic: str) -> None:
    text, name = table(layout, generic)
    found = body_names(tmp_path, text, name)
    assert "Open Buoy Consortium" in found
    assert not found & {generic.split(" (")[0], generic.split("(")[1].rstrip(")")}, found


@pytest.mark.parametrize("generic", GENERIC)
def test_a_generic_plural_in_prose_is_no_body(tmp_path: Path, generic: str) -> None:
    text, name = prose(generic, "the Open Buoy Consortium (OBC) and ")
    found = body_names(tmp_path, text, name)
    assert {"Harbour Metrology Council", "Open Buoy Consortium"} <= found
    assert not found & {generic.split(" (")[0], generic.split("(")[1].rstrip(")")}, found


@pytest.mark.parametrize("generic", GENERIC)
def test_a_body_and_a_generic_plural_name_one_body(tmp_path: Path, generic: str) -> None:
    text, name = prose(generic, "")
    with pytest.raises(InputError, match="names 1 organization"):
        extracted(tmp_path, text, name)


def test_a_name_with_a_particle_and_a_plural_head_is_a_body(tmp_path: Path) -> None:
    text, name = table("md", "Conference of Northern Harbour Administrations (CNHA)")
    assert "Conference of Northern Harbour Administrations" in body_names(tmp_path, text, name)
