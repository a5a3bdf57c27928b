"""A register whose background describes the work has its scope (no "scope" warning when it lacks
only an approval as well); an ITU-style statement's "For action to:" field names its addressee."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REGISTER = """ORDC / ETC LIAISON WORK REGISTER

PARTIES
  Orbital Data Consortium (ORDC)
  Edge Telemetry Consortium (ETC)

BACKGROUND
ETC holds a liaison with ORDC. The work below concerns interoperability testing of orbit report
gateways and the exchange of feedback on test results.

WORK ITEMS
- Joint orbit report test event - Q3 2026

CONTACTS
ORDC: Ada Lindqvist, ada@ordc.example
ETC: Bo Tanaka, bo@etc.example
"""


def test_a_background_section_gives_a_register_its_scope(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER, encoding="utf-8")
    assert extract(path).record.warnings == []


def test_without_background_or_scope_and_approval_a_register_warns_of_both(tmp_path: Path) -> None:
    text = REGISTER.replace(REGISTER[REGISTER.index("BACKGROUND") : REGISTER.index("WORK ITEMS")], "")
    path = tmp_path / "register.txt"
    path.write_text(text, encoding="utf-8")
    assert set(extract(path).record.warnings) == {"scope", "approval"}


def test_for_action_to_names_the_addressee(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(
        """LIAISON STATEMENT

Source:        Orbital Data Consortium (ORDC) Gateway Working Group
Title:         LS on orbit report gateways
For action to: Edge Telemetry Consortium (ETC)
Deadline:      31 March 2027

The Gateway Working Group asks ETC to review the attached profile.
""",
        encoding="utf-8",
    )
    record = extract(path).record
    assert record.liaison is not None
    assert {e.label for e in record.liaison.recipients} == {"Edge Telemetry Consortium"}
    assert {p.label for p, _ in record.parties} == {"Orbital Data Consortium", "Edge Telemetry Consortium"}
