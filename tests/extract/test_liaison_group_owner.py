"""A liaison's group written by its bare acronym (`From Group: CORE`) is a unit of the body that owns
it: the body of the mail domain of an address named after the group, else the one written right before
the group's name as the field writes it or in capitals; a lower-case word of the same letters elsewhere
("the OGC core model", the review's finding) says nothing about it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline.ingest import extract

HEAD = """Liaison statement

From Group: CORE
To Group: OGC Connected Systems SWG
Title: Liaison on constrained resource descriptions
Submission Date: 2026-10-02
Purpose: For information
"""
MAILED = (
    HEAD
    + """Contacts: core-chairs@ietf.org

Changes to the OGC core model may affect the CoRE Link Format registry.
"""
)
WRITTEN = (
    HEAD
    + """
The IETF CORE working group informs OGC that changes to the OGC core model may affect the CoRE Link
Format registry.
"""
)


@pytest.mark.parametrize("body", [MAILED, WRITTEN], ids=["mail-domain", "written-before"])
def test_the_group_is_the_ietf_s_not_the_body_of_a_lower_case_word(body: str, tmp_path: Path) -> None:
    (tmp_path / "ls.txt").write_text(body, encoding="utf-8")
    record = extract(tmp_path / "ls.txt").record
    assert record.liaison is not None
    senders = [entity for entity in record.liaison.senders if "core" in str(entity.iri)]
    assert [(entity.kind, str(entity.unit_of).rsplit("/", 1)[-1]) for entity in senders] == [("unit", "ietf")]
