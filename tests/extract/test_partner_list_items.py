"""An item of a "Partners" list is a party only when it is written as a name: a work item or a date
listed there is not a body (name_shaped). Invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.entities import name_shaped
from kg.pipeline.ingest import extract

PAGE = """<html><body>
<h1>Our Partners: Kestrel Networks Alliance</h1>
<p>Since 2019 the Orbital Data Consortium and the Kestrel Networks Alliance (KNA) have worked together
on telemetry profiles.</p>
<ul><li>Joint workshop on sensor profiles, Q3 2026</li><li>shared test suite for gateways</li></ul>
</body></html>
"""

LIST = """# Liaison partners

The Orbital Data Consortium (ODC) keeps liaisons with these organizations:

- Kestrel Networks Alliance
- Zephyr Interop Network
"""


def parties(tmp_path: Path, name: str, text: str) -> set[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {p.label for p, _ in extract(path).record.parties}


def test_work_items_under_a_partners_heading_are_no_parties(tmp_path: Path) -> None:
    found = parties(tmp_path, "page.html", PAGE)
    assert found == {"Orbital Data Consortium", "Kestrel Networks Alliance"}


def test_names_in_a_partners_list_still_are(tmp_path: Path) -> None:
    found = parties(tmp_path, "list.md", LIST)
    assert {"Orbital Data Consortium", "Kestrel Networks Alliance", "Zephyr Interop Network"} <= found


@pytest.mark.parametrize(
    ("text", "shaped"),
    [
        ("Zephyr Interop Network", True),
        ("Institute of Orbital Engineers", True),
        ("iNEMI", True),
        ("3GPP", True),
        ("Joint workshop on sensor profiles", False),
        ("Q3 2026", False),
        ("March 2026", False),
        ("shared test suite", False),
    ],
)
def test_name_shaped(text: str, shaped: bool) -> None:
    assert name_shaped(text) is shaped
