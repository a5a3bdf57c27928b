"""Milestone lists as registers indent them: a list indented as a whole is a list of milestones, each
with its own target; an item indented under a less indented one is its sub-item."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

REGISTER = """DMTF / OGF Work Register

1. Alliance Organizations

DMTF and OGF

2. Alliance Scope

The two organizations align their schemas in this collaboration.

3. Milestones

{items}

4. Contacts

- Di Example, di@example.org
"""


def milestones(tmp_path: Path, items: str) -> list[tuple[str, str | None]]:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER.format(items=items), encoding="utf-8")
    return [(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones]


def test_a_list_indented_as_a_whole_is_a_list_of_milestones(tmp_path: Path) -> None:
    items = (
        "   1. Shared glossary - June/July 2027\n   2. Joint review. Target: 4Q2027\n   3. Joint demo - 2028"
    )
    assert milestones(tmp_path, items) == [
        ("Shared glossary", "June/July 2027"),
        ("Joint review", "4Q2027"),
        ("Joint demo", "2028"),
    ]


def test_an_item_indented_under_another_is_its_sub_item(tmp_path: Path) -> None:
    items = "- Schema\n   - Draft schema - Q1 2027\n   - Final schema - Q3 2027\n- Joint demo - 2028"
    assert [label for label, _ in milestones(tmp_path, items)] == ["Schema", "Joint demo"]
