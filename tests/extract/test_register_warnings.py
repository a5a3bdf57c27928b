"""Warnings name what a partial register lacks: a register that lacks one part only (many have no
approval section) is complete as written and gets none; one that lacks two parts, or whose text is
cut off, gets one for each missing part. Invented bodies."""

from __future__ import annotations

from pathlib import Path

from kg.extract.work_registers import ends_inside_a_sentence
from kg.pipeline.ingest import extract

REGISTER = """# KNA / QGA Work Register

## Alliance Organizations

- Kestrel Networks Alliance (KNA)
- Quantum Grid Alliance (QGA)

## Alliance Scope

The two alliances align their energy metrics.

## Milestones

- Shared energy metrics profile - Q3 2026
{contacts}"""
CONTACTS = "\n## Contacts\n\n- Ada Example, ada@kna.example\n"


def warnings(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "register.md"
    path.write_text(text, encoding="utf-8")
    return extract(path).record.warnings


def test_a_register_without_approval_alone_is_complete(tmp_path: Path) -> None:
    assert warnings(tmp_path, REGISTER.format(contacts=CONTACTS)) == []


def test_a_register_lacking_two_parts_is_partial(tmp_path: Path) -> None:
    assert set(warnings(tmp_path, REGISTER.format(contacts=""))) == {"contacts", "approval"}


def test_a_text_ending_inside_a_sentence_is_cut_off() -> None:
    assert ends_inside_a_sentence("The joint test plan will cover the conformance of the")
    assert not ends_inside_a_sentence("Approved by both boards.\n")
    assert not ends_inside_a_sentence("- Ada Example, ada@kna.example\n")


def test_a_register_cut_off_in_a_table_warns_of_its_one_missing_part(tmp_path: Path) -> None:
    text = REGISTER.format(contacts=CONTACTS).replace(
        "- Shared energy metrics profile - Q3 2026",
        "| # | Work item | Target |\n|---|---|---|\n"
        "| 1 | Shared profile | Q3 2026 |\n| 2 | Align the logs with",
    )
    assert warnings(tmp_path, text) == ["approval"]
