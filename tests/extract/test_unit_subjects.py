"""A unit written after "its" in a sentence that opens with its body named by one word the resolver
does not read alone ("O-RAN works through its ... Work Group"): the body the sentence opens with,
not the party named in the sentence before."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

TEXT = """# Memorandum of Understanding between ETSI and the O-RAN ALLIANCE

This Memorandum is entered into by the European Telecommunications Standards Institute ("ETSI") and
the O-RAN ALLIANCE e.V. ("O-RAN").

## 2 Bodies of the Parties

ETSI works through its Technical Committee on Access Planning. O-RAN works through its Interop
Planning Work Group.

## 3 Term

This Memorandum enters into force on 1 May 2026.
"""


def test_the_unit_of_a_sentence_opening_with_its_body(tmp_path: Path) -> None:
    path = tmp_path / "mou.md"
    path.write_text(TEXT, encoding="utf-8")
    record = extract(path).record
    owners = {u.label: str(u.unit_of).rsplit("/", 1)[-1] if u.unit_of else None for u, _ in record.units}
    assert owners.get("Interop Planning Work Group") == "o-ran-alliance"  # not ETSI, named before


PAGE = """# IETF and ETSI: liaison relationship

The IETF and ETSI exchange liaison statements on network automation.

## Groups that meet most often

| ETSI | IETF |
|---|---|
| ETSI ISG Harbour Automation | Harbour Routing Working Group |
| ETSI TC Harbour Metrics | Buoy Telemetry Working Group (Operations Area) |
"""


def test_units_in_a_table_with_a_column_per_body(tmp_path: Path) -> None:
    path = tmp_path / "page.md"
    path.write_text(PAGE, encoding="utf-8")
    record = extract(path).record
    owners = {u.label: str(u.unit_of).rsplit("/", 1)[-1] if u.unit_of else None for u, _ in record.units}
    assert owners.get("Harbour Routing Working Group") == "ietf"
    assert owners.get("Buoy Telemetry Working Group") == "ietf"  # not the body of the column before


def test_a_work_area_written_after_its_body(tmp_path: Path) -> None:
    text = """# Broadband Forum and IETF: liaison relationship

The Broadband Forum and the IETF coordinate their YANG work through the BBF Harbour Access Work Area
and the IETF NETMOD Working Group. The Work Area of each body is listed on its pages.
"""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    record = extract(path).record
    owners = {u.label: str(u.unit_of).rsplit("/", 1)[-1] if u.unit_of else None for u, _ in record.units}
    assert owners.get("Harbour Access Work Area") == "broadband-forum"
    assert "Work Area" not in owners  # a head alone is no unit
