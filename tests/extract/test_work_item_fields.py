"""Work items written as an identifier and a title, with their fields after dotted leaders on the
next lines ("WI-1  Shared test procedures" / "Owner ....... KNA" / "Target ...... 2026/11"), a
target field's value up to the next field ("Sept. 2026", not "Sept"), and a recurring target tied
to an event ("after each plugfest"). Invented bodies and content."""

from __future__ import annotations

from pathlib import Path

from kg.extract.dates import parse_target, split_target
from kg.pipeline.ingest import extract

REGISTER = """KESTREL NETWORKS ALLIANCE / QUANTUM GRID ALLIANCE
LIAISON WORK REGISTER

PARTIES
  Kestrel Networks Alliance (KNA)
  Quantum Grid Alliance (QGA)

BACKGROUND
The two alliances coordinate interoperability testing of their energy metrics.

WORK ITEMS

  WI-1  Shared test procedures for metering gateways
        Owner ....... KNA
        Target ...... 2026/11
        Status ...... drafting

  WI-2  Feedback of plugfest results to the QGA metrics group
        Owner ....... QGA
        Target ...... after each plugfest
        Status ...... recurring

  WI-3  Alignment of the two metric schemas
        Owner ....... both
        Target ...... Sept. 2026
        Status ...... proposed
"""


def test_work_items_with_their_fields_after_leaders(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER, encoding="utf-8")
    found = {(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones}
    assert found == {
        ("Shared test procedures for metering gateways", "2026/11"),
        ("Feedback of plugfest results to the QGA metrics group", "after each plugfest"),
        ("Alignment of the two metric schemas", "Sept. 2026"),
    }


def test_fields_after_leaders_split_from_their_item() -> None:
    text, target = split_target(
        "Alignment Owner ....... both Target ...... Sept. 2026 Status ...... proposed"
    )
    assert text == "Alignment" and target is not None and target.key == "2026-09"


def test_a_recurring_target_is_a_status() -> None:
    target = parse_target("after each plugfest")
    assert target is not None and target.is_status and not target.known_status
    assert parse_target("after the meeting") is None
