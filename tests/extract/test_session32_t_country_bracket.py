"""A country written in brackets after a body's name ("Access Board (US)") is where the body is, never its
acronym (issue 12 point 9, session 32, engineer T): on a real list of a consortium's liaisons, written one
row a line, "Access Board (US)" became a unit of the consortium with the acronym "US", and in its tables a
body whose acronym was "US". A unit phrase with a country in brackets and no body of its own written is a
body of that country; no body's or unit's acronym is a country code. Bodies, people and wording invented.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

INTRO = (
    "W3C works with many organizations on the Web's standards; the liaisons below are reviewed each year.\n\n"
)
ROWS = [
    ("Tide Access Board (US)", "Accessibility", "Ilse Marchetti-Obi", "Dagny Fairweather"),
    ("Harbour Standards Council (UK)", "Web of Things", "Pavel Lindqvist", "Tomas Reyna"),
    ("Coastal Sensor Guild (CSG)", "Web of Things", "Pavel Lindqvist", "Amaru Castellanos"),
]


def lines() -> str:
    return "W3C Liaisons\n\n" + INTRO + "".join(f"{b} {a} {w} {p}\n" for b, a, w, p in ROWS)


def markdown() -> str:
    rows = "".join(f"| {b} | {a} | {w} | {p} |\n" for b, a, w, p in ROWS)
    return (
        f"# W3C Liaisons\n\n{INTRO}| Organization | Activities | W3C contact | Liaison contact |\n"
        f"|---|---|---|---|\n{rows}"
    )


def html() -> str:
    rows = "".join(f"<tr><td>{b}</td><td>{a}</td><td>{w}</td><td>{p}</td></tr>" for b, a, w, p in ROWS)
    return (
        f"<html><head><title>Liaisons | W3C</title></head><body><h1>Liaisons</h1><p>{INTRO}</p><table>"
        f"<tr><th>Organization</th><th>Activities</th><th>W3C contact</th><th>Liaison contact</th></tr>"
        f"{rows}</table></body></html>"
    )


def acronyms(record: AllianceRecord) -> dict[str, str | None]:
    """Each new body's or unit's label and its acronym."""
    return {e.label: e.acronym for e in record.new_entities if e.kind in ("organization", "unit")}


@pytest.mark.parametrize(
    ("name", "write"), [("liaisons.txt", lines), ("liaisons.md", markdown), ("l.html", html)]
)
def test_a_country_in_brackets_is_no_acronym_nor_a_unit(
    tmp_path: Path, name: str, write: Callable[[], str]
) -> None:
    record = extracted(tmp_path, write(), name)
    found = acronyms(record)
    assert not {"US", "UK"} & set(found.values()), found
    units = [e.label for e in record.new_entities if e.kind == "unit"]
    assert not any("Board" in u or "Council" in u for u in units), units
