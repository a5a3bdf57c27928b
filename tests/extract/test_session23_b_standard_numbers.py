"""Standards cited in the numbering forms of European bodies (issue 12 point 9, session 23, engineer B,
dev's topics): a European Norm's part after its two groups of digits ("EN 318 402-2" read as "EN 318
402"), the same number written without the body's name in front ("revises EN 318 402"), and a
European adoption of an IEC standard ("EN IEC 60177", read as "IEC 60177", as "EN ISO" was read whole).
The bodies, the numbers and the sentences are invented; the expected names were written before the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "Liaison statement\n\nFrom: Harbour Metrology Council (HMC)\nTo: Open Buoy Consortium (OBC)\n"
    "For: information\n\n"
)
CITATIONS = {
    "a part after the number": (
        "HMC has started a revision of ETSI EN 318 402-2 so that buoy gateways can be tested.\n",
        "etsi en 318 402-2",
    ),
    "the number without its body": (
        "HMC asks OBC to take its telemetry needs into account when it revises EN 304 117.\n",
        "en 304 117",
    ),
    "a European adoption of an IEC standard": (
        "HMC asks OBC to cite EN IEC 60177 for the calibration of tide gauges.\n",
        "en iec 60177",
    ),
}


def specification_names(record: AllianceRecord) -> list[set[str]]:
    return [{folded(n) for n in (s.label, *s.names)} for s, _ in record.specifications]


@pytest.mark.parametrize("layout", sorted(CITATIONS))
def test_a_european_standard_is_cited_whole(tmp_path: Path, layout: str) -> None:
    sentence, expected = CITATIONS[layout]
    names = specification_names(extracted(tmp_path, HEAD + sentence, "liaison.txt"))
    assert any(expected in found for found in names), (layout, names)


def test_the_number_with_and_without_its_body_is_one_standard(tmp_path: Path) -> None:
    text = HEAD + (
        "HMC has published ETSI EN 304 117 on buoy radio links.\n\n"
        "OBC will refer to EN 304 117 in its own telemetry profile.\n"
    )
    names = specification_names(extracted(tmp_path, text, "liaison.txt"))
    citing = [found for found in names if "en 304 117" in found or "etsi en 304 117" in found]
    assert len(citing) == 1 and {"en 304 117", "etsi en 304 117"} <= citing[0], names


def test_an_adopted_standard_is_also_its_bare_number(tmp_path: Path) -> None:
    text = HEAD + "HMC asks OBC to cite EN IEC 60177 for the calibration of tide gauges.\n"
    names = specification_names(extracted(tmp_path, text, "liaison.txt"))
    assert any({"en iec 60177", "iec 60177"} <= found for found in names), names


def test_a_year_after_the_adoption_mark_is_no_standard(tmp_path: Path) -> None:
    text = HEAD + "HMC will present the EN 2026 review plan to OBC.\n"
    names = specification_names(extracted(tmp_path, text, "liaison.txt"))
    assert not any(any("2026" in name for name in found) for found in names), names
