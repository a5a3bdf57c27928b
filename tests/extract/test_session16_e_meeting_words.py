"""Layout invariance of names in what minutes say about a meeting (issue 12, point 9, session 16): a group
that met "on Zoom" or "on Webex" is that group, not a "Working Group on Zoom" (a committee named after its
subject, "Technical Committee on Tide Data", keeps its subject); a file asked for "in Microsoft Word
Format" names the form of a document, not a specification of the alliance (a format named as the work,
"the Tide Record Format", stays one). In a Markdown page, plain-text minutes and an HTML table. The
expected facts were written before the rules ran; the bodies and groups are invented.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

SENTENCES = (
    "The Joint Tide Data Working Group on Zoom reviewed the glossary of HMC.",
    "The Telemetry Task Force on Microsoft Teams agreed the buoy profile of OBC.",
    "The Technical Committee on Tide Data of HMC accepted the Tide Record Format as its exchange format.",
    "Comments on the draft are due in Microsoft Word Format or as plain text by 2025-04-01.",
)

LAYOUTS = {
    "markdown": (
        "# HMC / OBC joint meeting minutes\n\nDate: 2025-03-04\n\n"
        "Attendees: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)\n\n## Notes\n\n"
        + "\n".join(f"- {s}" for s in SENTENCES)
        + "\n",
        "minutes.md",
    ),
    "plain text": (
        "HMC / OBC JOINT MEETING MINUTES\n\nDate: 2025-03-04\n\n"
        "Attendees: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)\n\nNotes\n\n"
        + " ".join(SENTENCES)
        + "\n",
        "minutes.txt",
    ),
    "html table": (
        "<html><body><h1>HMC / OBC joint meeting minutes</h1><p>Date: 2025-03-04</p>"
        "<p>Attendees: Harbour Metrology Council (HMC), Open Buoy Consortium (OBC)</p>"
        "<table><tr><th>Item</th><th>Note</th></tr>"
        + "".join(f"<tr><td>{i}</td><td>{s}</td></tr>" for i, s in enumerate(SENTENCES, 1))
        + "</table></body></html>",
        "minutes.html",
    ),
}


def folded(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def names(record: AllianceRecord, kind: str) -> set[str]:
    final = {e.iri: e for e in record.new_entities}
    found = record.units if kind == "unit" else record.specifications
    return {folded(n) for e, _ in found for n in (final.get(e.iri, e).label, *final.get(e.iri, e).names)}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_group_that_met_online_is_named_without_the_platform(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, *LAYOUTS[layout])
    units = names(record, "unit")
    assert not {u for u in units if u.endswith((" on zoom", " on microsoft teams", " on microsoft"))}, units
    assert {"joint tide data working group", "telemetry task force"} <= units, units
    assert "technical committee on tide data" in units, units


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_file_format_asked_for_is_no_specification(tmp_path: Path, layout: str) -> None:
    specs = names(extracted(tmp_path, *LAYOUTS[layout]), "specification")
    assert "microsoft word format" not in specs, specs
    assert "tide record format" in specs, specs


ROWS = [
    ("Tide Glossary", "Security Working Group (OBC)", "Q3 2026"),
    ("Buoy Telemetry Release", "Tide Gauge Task Force (HMC)", "2H2027"),
]
REGISTER_HEAD = (
    "HMC / OBC Work Register\n\n"
    "Organizations: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)\n\nWork items\n\n"
)
CELL_LAYOUTS = {
    "markdown table": "| Item | Lead | Target |\n|---|---|---|\n"
    + "".join(f"| {a} | {b} | {c} |\n" for a, b, c in ROWS),
    "tab-separated": "Item\tLead\tTarget\n" + "".join(f"{a}\t{b}\t{c}\n" for a, b, c in ROWS),
    "fixed width": "Item                    Lead                           Target\n"
    + "".join(f"{a:<24}{b:<31}{c}\n" for a, b, c in ROWS),
    "html table": "<table><tr><th>Item</th><th>Lead</th><th>Target</th></tr>"
    + "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>" for a, b, c in ROWS)
    + "</table>",
}


@pytest.mark.parametrize("layout", sorted(CELL_LAYOUTS))
def test_a_unit_is_named_within_its_cell(tmp_path: Path, layout: str) -> None:
    body = CELL_LAYOUTS[layout]
    if layout == "html table":
        text, name = f"<html><body><pre>{REGISTER_HEAD}</pre>{body}</body></html>", "register.html"
    else:
        text, name = REGISTER_HEAD + body, "register.md" if layout == "markdown table" else "register.txt"
    units = names(extracted(tmp_path, text, name), "unit")
    assert {"security working group", "tide gauge task force"} <= units, units
    assert not {u for u in units if u.startswith(("tide glossary", "buoy telemetry"))}, units
