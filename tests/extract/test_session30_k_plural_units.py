"""Numbered units listed after one plural head, of any kind, are each a unit (issue 12 point 9, session 30,
engineer K; the real probes of session 29: ITU-R statements to "ITU-T Study Groups 13 and 20",
/work/s29/a-real.md, b-real.md).

Session 29 read "Study Groups 13 and 19" and "Working Parties 8A and 8F"; bodies list their working groups,
technical committees and subcommittees so too ("IEC Technical Committees 57 and 65", "ISO/IEC JTC 1 SCs 27
and 42", "HMC Working Groups 2 and 3"), and none of them was a unit. The bodies are real or invented, the
wording invented; in prose, a list item and an HTML paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import led
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) thanks the groups named here for their comments on tide data."


def written(layout: str, sentence: str) -> tuple[str, str]:
    return led(layout, "Liaison statement from HMC", LEAD, sentence)


def units(tmp_path: Path, layout: str, sentence: str) -> dict[str, str]:
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    owners = {p.iri: p.acronym or p.label for p, _ in record.parties}
    found: dict[str, str] = {}
    for unit, _ in record.units:
        for label in (unit.label, *unit.names):
            found[label] = owners.get(unit.unit_of, str(unit.unit_of))
    return found


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "expected", "owner"),
    [
        ("It was sent to IEC Technical Committees 57 and 65.", ["Technical Committee 57", "TC 65"], "IEC"),
        ("It was sent to IEC TCs 57, 65 and 88.", ["TC 57", "TC 65", "TC 88"], "IEC"),
        ("HMC Working Groups 2 and 3 will answer it.", ["Working Group 2", "Working Group 3"], "HMC"),
        ("The HMC WGs 2 & 3 will answer it.", ["WG 2", "WG 3"], "HMC"),
    ],
)
def test_numbered_groups_after_a_plural_head_are_units(
    tmp_path: Path, layout: str, sentence: str, expected: list[str], owner: str
) -> None:
    found = units(tmp_path, layout, sentence)
    assert {found.get(name) for name in expected} == {owner}, found
