"""Two costs the session 15 review found in the rules for work items, against the real `kg ingest --dry-run
--workers 0`, judged by the child's CPU seconds (tests/robustness/test_attack_round7_documents.py).

- A target label with a long run after it ("X - y when: . . . . a - Q3 2026"): milestones.LABELLED_MORE
  grew its target one character at a time, each try scanning the rest of the run (64 KB: 21 CPU-s).
- An item with thousands of field lines ("Owner: ...", "Status: ..."): each line joins the item, and each
  join asked the block for spans by a walk of all its pieces (structure.Block.span_of; 96 KB: 19.5 CPU-s,
  130 KB of equally indented lines 59 CPU-s, before this session too). A bisection now.
"""

from __future__ import annotations

from pathlib import Path

from tests.robustness.test_attack_round7_documents import assert_linear, dry_ingest_cpu

HEAD = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of joint work."
    "\n\n"
)


def test_a_target_label_before_a_long_run_is_read_in_linear_time(tmp_path: Path) -> None:
    document = tmp_path / "labelled.md"
    document.write_text(
        "# HMC and OBC joint work register\n\n" + HEAD + "## Work items\n\n"
        "- Tide glossary - buoy when: " + ". " * 32_000 + "a - Q3 2026\n"
    )
    done, cpu = dry_ingest_cpu(document, tmp_path / "store")
    assert_linear(done, cpu, 6, "a 64 KB run after 'when:'")


def test_an_item_with_thousands_of_field_lines_is_read_in_linear_time(tmp_path: Path) -> None:
    for name, fields in (
        ("hanging.txt", "   Owner: HMC\n     Status: open\n" * 3_000),
        ("even.txt", "   Owner: HMC\n" * 10_000),
    ):
        document = tmp_path / name
        document.write_text(
            "HMC and OBC joint work register\n\n"
            + HEAD
            + "Work items\n\n1. Tide glossary - Q3 2026\n"
            + fields
        )
        done, cpu = dry_ingest_cpu(document, tmp_path / "store")
        assert_linear(done, cpu, 10, f"{name}: an item with {fields.count(chr(10))} field lines")
