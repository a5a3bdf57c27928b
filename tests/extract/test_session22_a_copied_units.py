"""Layout invariance of UNITS in a liaison statement's copy field (issue 12, point 9, session 22, tuner A):
a group only copied ("Cc: ...", "Copy to: ...") is kept informed, it does not do the work, as a body only in
Cc is no party (SOURCES.md, how the gold was decided, 1 and 2). The groups that send and receive stay units;
a group named in Cc and again in the body's request stays one.

Every body is invented; the statement is written in three layouts (plain header fields, Jekyll front matter,
an HTML field table), with the expected units written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

BODY = (
    "The Tide Gauge Working Group of the Harbour Metrology Council (HMC) thanks the Telemetry Task Force "
    "of the Open Buoy Consortium (OBC) for its review of the tide record format. We ask the Telemetry Task "
    "Force to confirm the frame interval table by 15 July 2026."
)


def plain(cc: str) -> str:
    return (
        "LIAISON STATEMENT\n\nFrom: HMC Tide Gauge Working Group\nTo: OBC Telemetry Task Force\n"
        f"Cc: {cc}\nDate: 8 May 2026\nPurpose: For action\nDeadline: 15 July 2026\n\n{BODY}\n"
    )


def front_matter(cc: str) -> str:
    return (
        '---\nlayout: liaison\ntitle: "Liaison statement: tide record frames"\ndate: 2026-05-08\n'
        "from: HMC Tide Gauge Working Group\nto: OBC Telemetry Task Force\n"
        f"cc: {cc}\npurpose: For action\nreply_by: 2026-07-15\n---\n\n{BODY}\n"
    )


def html_table(cc: str) -> str:
    rows = [
        ("From", "HMC Tide Gauge Working Group"),
        ("To", "OBC Telemetry Task Force"),
        ("Copy to", cc),
        ("Date", "8 May 2026"),
        ("For", "Action"),
    ]
    cells = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    return f"<html><body><p><b>LIAISON STATEMENT</b></p><table>{cells}</table><p>{BODY}</p></body></html>"


def unit_names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {folded(unit.label) for unit, *_ in record.units}


@pytest.mark.parametrize(
    ("writer", "name"), [(plain, "ls.txt"), (front_matter, "ls.md"), (html_table, "ls.html")]
)
def test_a_group_only_copied_is_no_unit(tmp_path: Path, writer, name: str) -> None:
    units = unit_names(tmp_path, writer("OBC Security Working Group"), name)
    assert {"tide gauge working group", "telemetry task force"} <= units
    assert "security working group" not in units


@pytest.mark.parametrize(
    ("writer", "name"), [(plain, "ls.txt"), (front_matter, "ls.md"), (html_table, "ls.html")]
)
def test_a_copied_group_asked_in_the_body_stays_a_unit(tmp_path: Path, writer, name: str) -> None:
    text = writer("OBC Security Working Group").replace(
        "by 15 July 2026.", "by 15 July 2026, and the OBC Security Working Group to review its signing."
    )
    assert "security working group" in unit_names(tmp_path, text, name)
