"""Specifications named by a body's document number ("TR-369", "TS-0012", "TMF622", "MEF 10.3",
"ITU-R M.2083", a draft Recommendation's working name "Y.ml-nfv") or by their name and version
("Kestrel Link 2.1", "OpenWidget Core 1.0", "GRID v4.0", "WDX R5", "kTF 2.0"); numbers after words
that name no specification ("Section 3.2", "Release 1.1", "TC 9.9") are none, and neither is a body
with a version ("KNA 1.0 Specification" is the body's). Invented names."""

from __future__ import annotations

import pytest

from kg.extract.standards import STANDARD_NUMBERS, versioned_names


@pytest.mark.parametrize(
    "number",
    ["TR-369", "TS-0012", "TMF622", "MEF 10.3", "ITU-R M.2083", "Y.ml-nfv", "X.zt-5gc", "ITU-T Y.4480.1"],
)
def test_document_numbers_are_standards(number: str) -> None:
    assert [m.group() for m in STANDARD_NUMBERS.finditer(f"aligned with {number} this year")] == [number]


@pytest.mark.parametrize("text", ["WG-20 meets", "UTF-8 text", "FY-2025 budget"])
def test_other_hyphenated_numbers_are_none(text: str) -> None:
    assert list(STANDARD_NUMBERS.finditer(text)) == []


def test_names_with_versions_are_specifications() -> None:
    text = (
        "Devices support Kestrel Link 2.1 and OpenWidget Core 1.0; scores use GRID v4.0; records follow "
        "WDX R5; scenes use kTF 2.0. See Section 3.2, Release 1.1 and TC 9.9."
    )
    assert versioned_names(text) == [
        "Kestrel Link 2.1",
        "OpenWidget Core 1.0",
        "GRID v4.0",
        "WDX R5",
        "kTF 2.0",
    ]


def test_a_temporary_document_number_is_no_standard() -> None:
    assert list(STANDARD_NUMBERS.finditer("see TD 2231 and IEC 61850-7-4")) != []
    assert [m.group() for m in STANDARD_NUMBERS.finditer("see TD 2231 and IEC 61850-7-4")] == [
        "IEC 61850-7-4"
    ]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Item\tTarget\tStatus\nSPDM 1.3 attestation profile\t2Q2025\tdone", ["SPDM 1.3"]),
        ("Owner\tMatter 1.4 test plan", ["Matter 1.4"]),
        ("the new CVSS\n4.0 review is due", []),
        ("OpenID\u00a0Connect Core 1.0", ["OpenID Connect Core 1.0"]),  # a no-break space joins words
    ],
)
def test_a_versioned_name_stays_on_its_line_and_in_its_cell(text: str, names: list[str]) -> None:
    """A table's header row ("Item Target Status") is no part of the next row's first cell."""
    assert versioned_names(text) == names
