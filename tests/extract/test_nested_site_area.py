"""A parties list's nested lines (kg.extract.entities.discover_nested_units): a site's "Member Area" under a
party is no unit of it, as it is not elsewhere (is_site_area); a working group nested there is."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REGISTER = """\
DMTF / SNIA Work Register

Version 2.0
Date: 2026-01-15

1. Parties
- DMTF
  - Redfish Forum
- SNIA
  - Storage Management Technical Work Group
  - Member Area

2. Work items
1.1 Redfish and Swordfish mapping [Q2 2026]
"""


def test_a_nested_member_area_is_no_unit(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER, encoding="utf-8")
    units = {e.label for e in extract(path).record.new_entities if e.kind == "unit"}
    assert "Storage Management Technical Work Group" in units and "Member Area" not in units
