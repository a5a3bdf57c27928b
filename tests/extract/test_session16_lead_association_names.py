"""Two non-profit associations named one after the other, each with its legal form (issue 12 point 9,
session 16): "the Harbour Data Institute AISBL and Tidewater Sensor Network e.V." names two bodies. The
pattern read "Harbour Data Institute AISBL and Tidewater Sensor Network" as one name, covered by the
first body's mention, so the second was never found and a dev change log naming two such bodies was
refused as naming one organization. In a sentence and across a line break; the bodies
are invented and the expected parties were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

LAYOUTS = {
    "sentence": (
        "# Changelog: HDI / TSN work register\n\n"
        "All changes to the work register between the Harbour Data Institute AISBL and Tidewater Sensor "
        "Network e.V. are recorded here.\n\n## [1.1] - 2026-03-02\n\n### Added\n\n"
        "- Joint buoy telemetry profile (target: Q3 2026)\n"
    ),
    "line-break": (
        "# Changelog: HDI / TSN work register\n\n"
        "All changes to the work register between the Harbour Data Institute AISBL and\n"
        "Tidewater Sensor Network e.V. are recorded here.\n\n## [1.1] - 2026-03-02\n\n### Added\n\n"
        "- Joint buoy telemetry profile (target: Q3 2026)\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_each_association_with_its_legal_form_is_a_party(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, LAYOUTS[layout], f"{layout}.md")
    parties = {folded(entity.label) for entity, _ in record.parties}
    assert {"harbour data institute", "tidewater sensor network"} <= parties, parties
