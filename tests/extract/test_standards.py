"""Standards cited by number become specifications (kg.extract.standards)."""

from __future__ import annotations

import pytest

from kg.extract.standards import STANDARD_NUMBERS


@pytest.mark.parametrize(
    "cited",
    [
        "3GPP TS 28.312",
        "ETSI GS MEC 030",
        "ETSI GS NFV-IFA 046",
        "ETSI GR NFV-EVE 022",
        "ISO/IEC 27017",
        "ITU-T G.709",
        "G.872",
        "IEEE 802.3",
        "IEEE P1680.x",
        "RFC 8795",
        "draft-ietf-ccamp-otn-topo-yang-14",
    ],
)
def test_each_body_s_numbering_is_read(cited: str) -> None:
    text = f"The groups will align their work with {cited}, as agreed."
    assert [m.group() for m in STANDARD_NUMBERS.finditer(text)] == [cited]


@pytest.mark.parametrize(
    "plain",
    [
        "Version 2.0 of the register",
        "approved on 2019-04-23",
        "room G.1",
        "ISO 9",
        "Q3 2020",
        "RFC editor",
        "the IEEE 802.1 WG is kept informed",  # a unit named after its standard, not a citation
    ],
)
def test_other_numbers_are_no_standard(plain: str) -> None:
    assert STANDARD_NUMBERS.search(plain) is None


def test_a_body_acronym_with_a_long_number_is_a_standard_but_not_a_year() -> None:
    from kg.extract.standards import STANDARD_NUMBERS

    text = "Align IEC 61850-7-4 and OPC 10000-5 with EN 50600 in FY 2026; the DMTF 2025 plan and SG 1700."
    assert [m.group() for m in STANDARD_NUMBERS.finditer(text)] == [
        "IEC 61850-7-4",
        "OPC 10000-5",
        "EN 50600",
    ]
