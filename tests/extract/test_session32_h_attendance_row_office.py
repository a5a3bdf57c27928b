"""An attendance table's row whose cell names a liaison office ("Ana Lind | IETF liaison to IEEE 802 |
address | Employer"): the person is the contact of the body the office names, not of the employer's column,
in Markdown, pipe-separated and tab-separated tables (session 32, H). Bodies real, people and employers
invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "Minutes of the IETF / IEEE 802 coordination call\n\nDate: 4 March 2027\n\nThe IETF and IEEE 802 "
    "reviewed the shared work items.\n\n"
)
ROWS = [
    ("Dana Lindqvist", "IETF liaison to IEEE 802", "dana@nordlicht.example", "Nordlicht Networks"),
    ("Jonas Weber", "IEEE 802.1 chair", "jonas@polar.example", "Polar Systems"),
]


def table(layout: str) -> tuple[str, str]:
    if layout == "markdown":
        lines = "".join(f"| {' | '.join(row)} |\n" for row in ROWS)
        return (
            "# "
            + HEAD
            + "## Attendance\n\n| Name | Role | E-mail | Affiliation |\n|---|---|---|---|\n"
            + lines,
            "m.md",
        )
    if layout == "pipes":
        lines = "".join(" | ".join(row) + "\n" for row in ROWS)
        return HEAD + "Attendance\n\nName | Role | E-mail | Affiliation\n" + lines, "m.txt"
    lines = "".join("\t".join(row) + "\n" for row in ROWS)
    return HEAD + "Attendance\n\n" + lines, "m.txt"


@pytest.mark.parametrize("layout", ["markdown", "pipes", "tabs"])
def test_the_office_names_the_body_not_the_employer(tmp_path: Path, layout: str) -> None:
    text, name = table(layout)
    record = extracted(tmp_path, text, name)
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get("Dana Lindqvist") == "Internet Engineering Task Force", found
    assert "Jonas Weber" not in found, found  # an attendee holding no liaison office is no contact
