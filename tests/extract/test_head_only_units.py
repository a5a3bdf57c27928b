"""Units named only by a head that every body may have ("Technical Committee"): each is the unit of
the organization written right before it, also when that organization's name opens with "The"
("The Quantum Grid Technical Committee"), and one body's "Technical Committee" does not take the
mentions of another's. Invented bodies."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REGISTER = """Kestrel Networks Alliance / The Quantum Grid Work Register

Alliance Organizations
- Kestrel Networks Alliance (KNA)
- The Quantum Grid (TQG)

Alliance Scope
(a) KNA will make metric drafts available to the TQG Technical Committee.
(b) TQG will send requirements to the KNA Technical Committee.
(c) The Quantum Grid Technical Committee reviews the drafts each quarter.

Milestones
- Shared energy metrics profile - Q3 2026
"""


def test_each_body_has_its_own_technical_committee(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER, encoding="utf-8")
    record = extract(path).record
    owners = {p.iri: p.short_name for p, _ in record.parties}
    committees = [e for e in record.new_entities if e.kind == "unit" and "Technical Committee" in e.label]
    assert sorted(owners.get(e.unit_of) for e in committees) == ["KNA", "TQG"]
    assert not any("Technical Committee" in e.names for e in committees)  # a bare head finds no one
