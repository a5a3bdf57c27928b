"""A liaison statement's To and From fields (engineer K's requests, session 30): a field naming a kind of
body ("Relevant External Organizations (EOs)") makes no organization of it, and the units a plural head lists
("ITU-T Study Groups 13 and 20") are each a recipient. Bodies real, groups' work and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

HEAD = (
    "LIAISON STATEMENT\n\nSource: {source}\nTo: {to}\n"
    "Title: Revised test profiles for {topic}\nFor: Information\n\n"
)
BODY = (
    "{source} thanks the groups for their earlier comments and informs them that the revised profiles "
    "for {topic} were approved at its last meeting. Contact: Ines Valdrada <ines@profiles.example>\n"
)


def statement(tmp_path: Path, source: str, to: str, name: str = "ls.txt") -> AllianceRecord:
    topic = "shared timing tests"
    record = extracted(
        tmp_path,
        HEAD.format(source=source, to=to, topic=topic) + BODY.format(source=source, topic=topic),
        name,
    )
    assert record.kind == "LiaisonStatement" and record.liaison is not None
    return record


@pytest.mark.parametrize(
    "to",
    [
        "Relevant External Organizations (EOs)",
        "All Standards Development Organizations",
        "Interested Industry Fora (IF)",
    ],
)
def test_a_kind_of_body_is_no_recipient(tmp_path: Path, to: str) -> None:
    record = statement(tmp_path, "ITU-R WP 5D", to)
    assert record.liaison is not None
    labels = [e.label for e in record.liaison.recipients] + [p.label for p, _ in record.parties]
    assert not any("Organizations" in label or "Fora" in label for label in labels), labels


@pytest.mark.parametrize(
    ("to", "numbers"),
    [
        ("ITU-T Study Groups 13 and 20", ("13", "20")),
        ("ITU-T Study Groups 9, 16 and 17", ("9", "16", "17")),
        ("IEC Technical Committees 57 and 65", ("57", "65")),
    ],
)
def test_each_unit_a_plural_head_lists_is_a_recipient(
    tmp_path: Path, to: str, numbers: tuple[str, ...]
) -> None:
    record = statement(tmp_path, "ETSI TC ITS", to)
    assert record.liaison is not None
    labels = " | ".join(e.label for e in record.liaison.recipients if e.kind == "unit")
    for number in numbers:
        assert any(e.kind == "unit" and e.label.endswith(f" {number}") for e in record.liaison.recipients), (
            labels
        )
