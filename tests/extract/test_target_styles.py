"""Targets in the styles roadmaps, charters, joint work plans and annual reports write them: calendar
and fiscal years ("CY2025 H1", "Q4 CY2025"), two-digit years ("Oct '25", "1H26", "Q4'25"), a month
joined by a hyphen ("Dec-2025"), an occasion named with its date ("R25.5 (Aug 2025)", "Plugfest
Summit, October 2025"); dotted leaders before a target and a status column; the target after a cue
word inside a tail ("- comments due 15 May 2026"); a status between an item and its target; and a
table whose first column is an identifier ("D1") and whose item column is named."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.dates import parse_target, split_target
from kg.pipeline.ingest import extract


@pytest.mark.parametrize(
    ("text", "kind", "key"),
    [
        ("CY2026 H1", "half", "2026-h1"),
        ("Q3 CY2026", "quarter", "2026-q3"),
        ("2026 H2", "half", "2026-h2"),
        ("Nov '26", "month", "2026-11"),
        ("2H27", "half", "2027-h2"),
        ("Q1'27", "quarter", "2027-q1"),
        ("Mar-2026", "month", "2026-03"),
        ("by the end of Q2 2026", "quarter", "2026-q2"),
        ("R7.1 (Sept 2026)", "month", "2026-09"),
        ("Spring plenary (May 2026)", "month", "2026-05"),
        ("Plugfest Summit, October 2026", "month", "2026-10"),
    ],
)
def test_target_styles_are_periods(text: str, kind: str, key: str) -> None:
    target = parse_target(text)
    assert target is not None and (target.text, target.kind, target.key) == (text, kind, key)


@pytest.mark.parametrize(
    "text",
    ["Jane Smith, 2026", "Geneva (2026)", "an occasion with far too many words before it (May 2026)"],
)
def test_a_name_with_a_year_or_a_long_phrase_is_no_target(text: str) -> None:
    assert parse_target(text) is None


@pytest.mark.parametrize(
    ("line", "text", "target"),
    [
        (
            "2. Shared test vectors for the codec ........ 14 Mar 2026    in progress",
            "2. Shared test vectors for the codec",
            "14 Mar 2026",
        ),
        (
            "Upkeep of the shared samples .......... continuous   running",
            "Upkeep of the shared samples",
            "continuous",
        ),
        (
            "Review of the draft profile by the forum \u2014 comments due 15 May 2026",
            "Review of the draft profile by the forum",
            "15 May 2026",
        ),
        (
            "Joint catalogue entry \u2014 targeted for the autumn meeting (October 2026)",
            "Joint catalogue entry",
            "autumn meeting (October 2026)",
        ),
        (
            "Telemetry profile aligned with the fabric spec \u2013 expected 2H 2026",
            "Telemetry profile aligned with the fabric spec",
            "2H 2026",
        ),
        ("Sample scene \u2014 in progress \u2014 expected Q3 2026", "Sample scene", "Q3 2026"),
    ],
)
def test_split_target_reads_leaders_cues_and_statuses(line: str, text: str, target: str) -> None:
    before, found = split_target(line)
    assert found is not None and (before, found.text) == (text, target)


def test_dotted_leaders_without_a_target_are_no_milestone() -> None:
    assert split_target("3. Table of contents ........ 7")[1] is None


REGISTER = """Orbital Data Consortium / Edge Telemetry Consortium Work Register

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Milestones

| # | Deliverable | Owner | Due | Status |
|---|---|---|---|---|
| D1 | Gap analysis of the two telemetry schemas | ORDC | R3.0 (March 2026) | Done |
| D2 | Joint schema profile | ETC | Dec-2026 | In progress |

Roadmap

| Work item | Owner | When | Status |
|---|---|---|---|
| Shared sample archive | both | CY2026 H2 | on track |
"""


def test_a_table_with_an_identifier_column_takes_its_item_and_due_columns(tmp_path: Path) -> None:
    path = tmp_path / "register.md"
    path.write_text(REGISTER, encoding="utf-8")
    found = {(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones}
    assert found == {
        ("Gap analysis of the two telemetry schemas", "R3.0 (March 2026)"),
        ("Joint schema profile", "Dec-2026"),
        ("Shared sample archive", "CY2026 H2"),
    }
