"""Markdown's hard line breaks (a line ending in two blanks or a backslash, CommonMark 6.7) before a
field's label end their line: a header's fields written so stay a line each, as the rendered page shows
them, where a soft-wrapped line still goes on with its paragraph. (A card's lines written so are run into
one line, which the contact rules read as a card: tests/extract/test_session25_b_contact_layouts.py.)
Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

from kg.extract.documents import read_document

HEADER = (
    "# Liaison statement\n\n**From:** HMC Tide Gauge Working Group{br}\nTo: OBC Telemetry Task Force{br}\n"
    "Date: 3 March 2027\n"
)


@pytest.mark.parametrize("br", ["  ", "\\", "   "])
def test_a_hard_line_break_ends_its_line(tmp_path: Path, br: str) -> None:
    path = tmp_path / "ls.md"
    path.write_text(HEADER.format(br=br) + "\nA soft\nwrapped line.\n", encoding="utf-8")
    text = read_document(path).text
    assert "From: HMC Tide Gauge Working Group\nTo: OBC Telemetry Task Force\nDate: 3 March 2027" in text
    assert "A soft wrapped line." in text and "\\" not in text


REGISTER = """\
# HMC / OBC Work Register

## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

## Work items

1. Tide gauge calibration profile - Q4 2027

## Contacts

{block}
"""
FIELDS = "HMC: Jane Roe{br}\nOBC: Lee Park{br}\nSecretariat: secretariat@hmc.example"


@pytest.mark.parametrize("block", [FIELDS], ids=["fields"])
def test_contacts_written_a_line_each_with_hard_breaks_are_found(tmp_path: Path, block: str) -> None:
    record = extracted(tmp_path, REGISTER.format(block=block.format(br="  ")), "register.md")
    assert contact_orgs(record) == {"jane roe": "hmc", "lee park": "obc"}
    soft = extracted(tmp_path, REGISTER.format(block=block.format(br="")), "soft.md")  # one paragraph each
    assert contact_orgs(soft) != contact_orgs(record)
