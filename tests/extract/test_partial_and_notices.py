"""General rules shown on small invented documents: a body named by its acronym with its former
name, a committee a document introduces takes part, trademark notices name no party (a brochure
is refused), and a milestone table cut off in its last row yields the rows it holds."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.kinds import NotAnAllianceDocument
from kg.pipeline.ingest import extract

PAGE = """<html><head><title>QRF | Alliances | Orbital Networking Foundation</title></head><body>
<h1>QRF</h1>
<p>QRF (formerly the Quasar Radio Forum) is an industry association of radio operators.</p>
<h2>ONFX and QRF</h2>
<p>The Orbital Networking Foundation (ONFX) and QRF have cooperated since 2019 under a liaison
agreement. The work is carried out by the ONFX Beam Working Group and the QRF Spectrum Planning
Committee.</p>
</body></html>
"""


def test_an_acronym_with_its_former_name_is_a_body_and_its_committee_takes_part(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    record = extract(path).record
    parties = {p.short_name: p for p, _ in record.parties}
    assert set(parties) == {"ONFX", "QRF"}
    assert parties["QRF"].label == "Quasar Radio Forum"
    units = {u.label: u.unit_of for u, _ in record.units}
    assert units.get("QRF Spectrum Planning Committee") == parties["QRF"].iri


BROCHURE = """# Halcyon HX-1 Storage Array | Product Brochure

## Why HX-1?

- 2 PB in 4U, managed over a Redfish interface.

Available from authorised Halcyon partners from Q1 2026.

(c) 2025 Halcyon Systems AS. Redfish is a trademark of DMTF. Swordfish is a trademark of SNIA.
"""


def test_bodies_named_only_in_trademark_notices_make_no_alliance(tmp_path: Path) -> None:
    path = tmp_path / "brochure.md"
    path.write_text(BROCHURE, encoding="utf-8")
    with pytest.raises(NotAnAllianceDocument, match="names 0 organization"):
        extract(path)


TRUNCATED = """# ORDC / ETC Work Register

## Alliance Organizations

- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

## Alliance Scope

The two consortia align their telemetry formats.

## Milestones

| # | Work item | Target |
|---|-----------|--------|
| 1 | Joint glossary of telemetry terms | Q4 2026 |
| 2 | Align the sensor log with
"""


def test_a_table_cut_off_in_its_last_row_keeps_its_whole_rows(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    path.write_text(TRUNCATED, encoding="utf-8")
    milestones = extract(path).record.milestones
    assert [(m.label, m.target.text if m.target else None) for m in milestones] == [
        ("Joint glossary of telemetry terms", "Q4 2026")
    ]


def test_a_status_approved_header_is_approval_enough(tmp_path: Path) -> None:
    title = "# ORDC / ETC Work Register"
    text = TRUNCATED.replace(title, title + "\n\n**Status: approved**")
    path = tmp_path / "register.md"
    path.write_text(text + "\n## Contacts\n\n- Ada Example, ada@ordc.example\n", encoding="utf-8")
    assert "approval" not in extract(path).record.warnings
    path.write_text(TRUNCATED + "\n## Contacts\n\n- Ada Example, ada@ordc.example\n", encoding="utf-8")
    assert "approval" in extract(path).record.warnings


def test_notice_sentences_are_found_per_sentence() -> None:
    """A mention inside a trademark or copyright sentence is left out; one in the next sentence is not."""
    from types import SimpleNamespace

    from kg.extract.alliance import outside_notices

    text = "Redfish is a trademark of DMTF. DMTF works with SNIA. (c) 2024 Example AS. All rights reserved."
    at = {name: text.index(name) for name in ("DMTF.", "DMTF works", "SNIA", "Example")}
    mentions = [SimpleNamespace(start=start) for start in at.values()]
    kept = [m.start for m in outside_notices(text, mentions)]  # type: ignore[arg-type]
    assert kept == [at["DMTF works"], at["SNIA"]]


def test_a_long_line_without_punctuation_is_searched_for_notices_in_linear_time() -> None:
    """One pattern scanning to the end of the sentence from every place it could start took 108 s on a
    40,000-character line without a full stop (a fuzzed document held CI for minutes); sentences found
    first take milliseconds. Run in a child with a bound far above linear and far below quadratic."""
    import subprocess
    import sys

    code = (
        "from kg.extract.alliance import outside_notices\n"
        "outside_notices('word ' * 200_000, [])\n"  # 1 MB: the quadratic scan would take hours
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)
