"""A committee named by its number and worked with ("works with IEEE 802.11") names its body among the
organizations a document names, as the parties already read it (session 31, engineer N, K's request 2); a
standard a text only follows ("based on IEEE 802.3") still counts its body only when fewer than two are
named outright. Bodies real, the wording invented."""

from __future__ import annotations

import pytest
from support.named_bodies import named

WORKED = [
    "DMTF and SNIA work closely with IEEE 802.11 on the wireless management profile.\n",
    "The DMTF, together with SNIA, liaises with IEEE 802.3 on link telemetry.\n",
    "Minutes. DMTF and SNIA agreed to continue in cooperation with IEEE 802.1 and the OGF.\n",
]


@pytest.mark.parametrize("text", WORKED)
def test_a_committee_worked_with_names_its_body(text: str) -> None:
    assert "IEEE" in named(text)


def test_the_markdown_page_counts_the_same() -> None:
    md = "# Profiles\n\n- DMTF and SNIA share a test suite.\n- Both collaborate with IEEE 802.11 on radios.\n"
    assert "IEEE" in named(md, "page.md")


@pytest.mark.parametrize(
    "text",
    [
        "DMTF and SNIA publish profiles based on IEEE 802.3 links.\n",
        "DMTF and SNIA test suites are compliant with ISO/IEC 17025.\n",
    ],
)
def test_a_standard_only_followed_still_does_not_count(text: str) -> None:
    found = named(text)
    assert "IEEE" not in found and "ISO" not in found, found
