"""Layout invariance of the PARTIES of a table with a column of short names beside a column of names (issue
12, point 9, session 26, tuner A).

A committee's liaisons table ("Acronym | Organization | Category"), a project's partners table ("No. |
Participant | Short name | Country") or a directory ("Abbreviation | Full name | Since") gives each body's
acronym in a cell of its own. When some rows' acronyms were known (a body the text named before with its
acronym), the table's first column was read as its partners' and a row whose acronym no rule knew lost its
body. The header says the cell is the short name of the body beside it: so it is, as "Full Name (ACR)" is in
a sentence. Every body is invented; each table is written in several formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Kelp Data Association (KDA) keeps liaisons with the organizations below. The oldest, with the "
    "Fjordline Sensor Consortium (FSC), dates from 2019."
)
ROWS = [
    ("FSC", "Fjordline Sensor Consortium", "A"),
    ("NMDF", "Nordic Marine Data Federation", "C"),
    ("OBTA", "Open Buoy Telemetry Alliance", "C"),
]
EXPECTED = {
    "Kelp Data Association",
    "Fjordline Sensor Consortium",
    "Nordic Marine Data Federation",
    "Open Buoy Telemetry Alliance",
}
HEADERS = [("Acronym", "Organization"), ("Abbreviation", "Full name"), ("Short name", "Partner")]


def table(layout: str, short: str, name: str) -> str:
    header = [short, name, "Category"]
    rows = [header, *([a, n, c] for a, n, c in ROWS)]
    if layout == "html":
        tags = ["th", *["td"] * len(ROWS)]
        cells = "".join(
            "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"
            for tag, row in zip(tags, rows, strict=True)
        )
        return (
            "<html><body><h1>KDA liaisons</h1>\n"
            f"<p>{LEAD}</p>\n<table>{cells}</table>\n<p>Page updated 2 March 2027.</p></body></html>\n"
        )
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|---|---|---|")
    return "# KDA liaisons\n\n" + LEAD + "\n\n" + "\n".join(lines) + "\n\nPage updated 2 March 2027.\n"


@pytest.mark.parametrize("header", HEADERS, ids=["acronym", "abbreviation", "short-name"])
@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_row_whose_short_name_no_rule_knew_keeps_its_body(
    tmp_path: Path, layout: str, header: tuple[str, str]
) -> None:
    record = extracted(tmp_path, table(layout, *header), f"liaisons.{layout}")
    assert {entity.label for entity, _ in record.parties} == EXPECTED


def test_the_short_name_then_names_the_body_in_prose(tmp_path: Path) -> None:
    text = table("md", "Acronym", "Organization") + "\nNMDF and KDA will review the buoy profile in 2027.\n"
    record = extracted(tmp_path, text, "liaisons.md")
    federation = next(e for e, _ in record.parties if e.label == "Nordic Marine Data Federation")
    assert "NMDF" in federation.names


def test_a_short_name_column_without_names_beside_it_names_nothing(tmp_path: Path) -> None:
    text = (
        "# KDA liaisons\n\n" + LEAD + "\n\n| Acronym | Category | Since |\n|---|---|---|\n"
        "| FSC | A | 2019 |\n| NMDF | C | 2021 |\n"
    )
    record = extracted(tmp_path, text, "liaisons.md")
    assert "NMDF" not in {name for entity, _ in record.parties for name in entity.names}
