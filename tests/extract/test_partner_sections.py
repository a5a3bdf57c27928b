"""A page with a section per partner (an annual report's alliances part) has each partner a heading
names as a party; "KNA and the Quantum Grid Alliance (QGA)" names the Quantum Grid Alliance after a
body already known. Invented."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REPORT = """# KNA Annual Report 2026 - Alliances

In 2026 the Kestrel Networks Alliance (KNA) worked under alliance agreements with three bodies.

## Quantum Grid Alliance

KNA and the Quantum Grid Alliance (QGA) aligned their energy metrics.

## Orbital Data Consortium

The collaboration with the Orbital Data Consortium (ORDC) centres on telemetry formats.

## Edge Telemetry Consortium

With the Edge Telemetry Consortium (ETC), KNA maintains a shared sensor profile.
"""


def parties(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "report.md"
    path.write_text(text, encoding="utf-8")
    return [p.label for p, _ in extract(path).record.parties]


def test_each_partner_section_names_a_party(tmp_path: Path) -> None:
    found = parties(tmp_path, REPORT)
    assert {"Kestrel Networks Alliance", "Quantum Grid Alliance", "Orbital Data Consortium"} <= set(found)
    assert "Edge Telemetry Consortium" in found


def test_a_body_named_after_a_known_one_and_the(tmp_path: Path) -> None:
    text = REPORT.split("## Orbital Data Consortium")[0]
    assert parties(tmp_path, text) == ["Kestrel Networks Alliance", "Quantum Grid Alliance"]
