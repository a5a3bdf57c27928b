"""A standard's number written with its edition, a colon and the year ("ISO/IEC 27001:2022"), is a name of
the standard as well as its bare number: a topic list may write either (session 31, engineer T; a dev annex
lists "ISO/IEC 27001:2022", other golds the bare number). A time of day or a longer code after a colon is no
edition. Wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, extracted


@pytest.mark.parametrize(
    ("sentence", "number", "edition"),
    [
        ("Gauge labs are audited against ISO/IEC 27001:2022 before data is shared.", "ISO/IEC 27001", "2022"),
        ("| 3 | Buoy radios tested to EN 55032:2015 | OBC | Q3 2027 |", "EN 55032", "2015"),
        ("The buoy controller follows IEC 61508-1:2010, as the annex says.", "IEC 61508-1", "2010"),
    ],
)
def test_an_edition_names_the_standard(tmp_path: Path, sentence: str, number: str, edition: str) -> None:
    text = f"# HMC / OBC Tide Data Work Register\n\n{ORGS}## Scope\n\n{sentence}\n"
    record = extracted(tmp_path, text, "hmc-obc-register.md")
    names = {n for e, _ in record.specifications if e.label == number for n in e.names}
    assert {number, f"{number}:{edition}"} <= names, names


def test_a_colon_and_a_longer_code_is_no_edition(tmp_path: Path) -> None:
    text = f"# HMC / OBC Tide Data Work Register\n\n{ORGS}## Scope\n\nGauges follow ISO 19115:20230 fields.\n"
    record = extracted(tmp_path, text, "hmc-obc-register.md")
    names = {n for e, _ in record.specifications for n in e.names}
    assert "ISO 19115" in names and not any(":" in n for n in names), names
