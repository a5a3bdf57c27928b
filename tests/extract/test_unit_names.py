"""Unit names that join their words ("Biomedical Research and Regulation Work Group", "Security
Protocols and Data Models Working Group") and numbered committees with a dotted number ("QGA TC 9.9",
not a "Technical Committee" without its number). Invented bodies."""

from __future__ import annotations

from pathlib import Path

from kg.extract.names import ACRONYM_UNIT, UNIT_PHRASE
from kg.pipeline.ingest import extract


def test_a_unit_name_may_join_its_words() -> None:
    text = "the Energy Research and Metrics Work Group of KNA"
    assert [m.group("name") for m in UNIT_PHRASE.finditer(text)] == ["Energy Research and Metrics Work Group"]


def test_a_numbered_committee_keeps_its_dotted_number() -> None:
    assert [m.group("name") for m in ACRONYM_UNIT.finditer("the QGA TC 9.9 liaison")] == ["QGA TC 9.9"]
    assert list(UNIT_PHRASE.finditer("QGA Technical Committee 9.9 (Cooling)")) == []


def test_units_of_a_register(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(
        """Kestrel Networks Alliance / Quantum Grid Alliance Work Register

Alliance Organizations
- Kestrel Networks Alliance (KNA), through its Energy Research and Metrics Work Group
- Quantum Grid Alliance (QGA), through QGA TC 9.9

Alliance Scope
The two groups coordinate their work on energy metrics.

Milestones
- Shared energy metrics profile - Q3 2026
""",
        encoding="utf-8",
    )
    labels = {u.label for u, _ in extract(path).record.units}
    assert "Energy Research and Metrics Work Group" in labels
    assert any(label.endswith("TC 9.9") for label in labels)
