"""Units named by a number their body also uses for its standards ("IEEE 802.1 WG"), written with
the head short and in full, a bare "Working Group" that names no unit, and liaison header fields
written in the plural ("To Groups"): general rules, shown on an invented liaison statement."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

STATEMENT = """# Liaison statement: Status of IEEE 802.77 Orbit Timing projects, May 2026

| Field | Value |
|---|---|
| **From Group** | IEEE 802.77 WG |
| **From Contact** | Ada Example |
| **To Groups** | ORBIT (IETF Orbit Timing Working Group) |
| **Purpose** | For information |

The IEEE 802.77 Working Group informs you of its projects.

- IEEE P802.77Qzz (Timing for Bursty Orbits) is in Working Group ballot.
"""


def test_a_numbered_unit_is_one_unit_and_the_plural_to_field_names_the_recipients(tmp_path: Path) -> None:
    path = tmp_path / "statement.md"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    units = [u for u, _ in record.units]
    numbered = [u for u in units if "802.77" in u.label]
    assert len(numbered) == 1
    assert {"IEEE 802.77 WG", "IEEE 802.77 Working Group"} <= {numbered[0].label, *numbered[0].names}
    assert "Working Group" not in {u.label for u in units}  # "in Working Group ballot"
    assert "IEEE P802.77Qzz" in {s.label for s, _ in record.specifications}
    assert "IEEE 802.77" not in {s.label for s, _ in record.specifications}  # the unit's designation
    assert record.liaison is not None
    assert {e.short_name for e in record.liaison.recipients} & {"IETF", "Orbit Timing Working Group", "ORBIT"}


def test_markdown_header_lines_with_bold_labels_are_fields_of_their_own(tmp_path: Path) -> None:
    text = """**IEEE 802.77 Working Group**

**To:** Bo Example, Wireless Orbit Alliance (WOA)
**From:** Ada Example, Chair, IEEE 802.77 Working Group
**Subject:** Liaison response on IEEE Std 802.77be-2026
**For:** Information

The IEEE 802.77 Working Group reports that IEEE Std 802.77be-2026 was published.
"""
    path = tmp_path / "ls.md"
    path.write_text(text, encoding="utf-8")
    record = extract(path).record
    assert record.kind == "LiaisonStatement"
    assert record.liaison is not None and record.liaison.purpose == "information"
    assert "IEEE Std 802.77be-2026" in {s.label for s, _ in record.specifications}
