"""A committee named by its number after a verb of working together makes its body a party; a standard's
number after "compliant with", "implements", "based on" stays a citation (issue 12 point 9, session 31,
engineer K; class e of /work/s30/reports/K.md: on a page where HMC "works with" OBC "and with IEEE 802.11",
IEEE was a body cited only, no party).

Bodies real or invented, wording invented; prose in three formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) works with the Open Buoy Consortium (OBC) on buoy data"


def written(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# HMC liaisons\n\n- {LEAD} {sentence}\n", "a.md"
    if layout == "html":
        return f"<html><body><h1>HMC liaisons</h1><p>{LEAD} {sentence}</p></body></html>\n", "a.html"
    return f"HMC liaisons\n\n{LEAD} {sentence}\n", "a.txt"


def parties(tmp_path: Path, layout: str, sentence: str) -> set[str]:
    record = extracted(tmp_path, *written(layout, sentence))
    return {p.short_name for p, _ in record.parties}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "and with IEEE 802.11 on buoy telemetry.",
        "and, in cooperation with IEEE 802.3 and IEEE 802.1, on wired links.",
        "only. HMC also liaises closely with IEEE 1588 on timing.",
    ],
)
def test_a_committee_worked_with_makes_its_body_a_party(tmp_path: Path, layout: str, sentence: str) -> None:
    assert "IEEE" in parties(tmp_path, layout, sentence)


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "sentence",
    [
        "only; the gauges are compliant with IEEE 802.11 and implement ISO 8601 dates.",
        "only. The buoy profile is based on IEEE 802.3 and conforms to ISO/IEC 27001.",
    ],
)
def test_a_standard_cited_makes_no_party(tmp_path: Path, layout: str, sentence: str) -> None:
    assert parties(tmp_path, layout, sentence) == {"HMC", "OBC"}
