"""A body named with the legal form of a non-profit association (e.V., AISBL, ASBL, VZW) is discovered
whatever its name's last word; a company's form (Inc., Ltd.) is not such evidence. Invented."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

RELEASE = """Joint press release

Bremen, 12 February 2026 -- The Orbital Data Consortium and the Vireo Mobility Network e.V. today
announced a collaboration on charging data profiles. The first joint profile is planned for Q3 2026.
Lumen Data Spaces AISBL will review the profile. Test equipment comes from Acme Widgets Inc.

Media contact: Anna Example, Orbital Data Consortium
"""


def test_an_association_s_legal_form_marks_a_body(tmp_path: Path) -> None:
    path = tmp_path / "release.txt"
    path.write_text(RELEASE, encoding="utf-8")
    record = extract(path).record
    discovered = {entity.label for entity in record.new_entities}
    assert {"Vireo Mobility Network", "Lumen Data Spaces"} <= discovered
    assert not any("Acme" in label for label in discovered)
    assert {"Orbital Data Consortium", "Vireo Mobility Network"} <= {p.label for p, _ in record.parties}
