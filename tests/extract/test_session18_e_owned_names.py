"""A specification written after its body's name is also named so, in every layout (issue 12, point 9,
session 18): a document that cites "TS-0042" and "OBC TS-0042", or "FAN" and "Kelvo FAN", names one
specification both ways, and a reader (or a gold list) may know it by either. Only names found as mixed-case
product names took their body's word before; a numbered document or a coded name did not, so the name
the document gives in full was lost. The bodies OBC and Kelvo and every name are invented; the expected
names were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

HEAD = (
    "# OBC / Kelvo liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Kelvo Alliance\n\n## Work\n\n"
)

LAYOUTS = {
    "prose": (
        "Gauges report over OBC TS-0042 links and Kelvo FAN networks. The register covers TS-0042 "
        "conformance and the FAN profile.\n"
    ),
    "bullets": (
        "- Conformance of OBC TS-0042 links (Q3 2026)\n- Kelvo FAN network trials (Q4 2026)\n"
        "- TS-0042 and FAN test plan (2027)\n"
    ),
    "table": (
        "| Item | Subject | Target |\n|---|---|---|\n| Conformance | OBC TS-0042 | Q3 2026 |\n"
        "| Trials | Kelvo FAN | Q4 2026 |\n| Test plan | TS-0042 and FAN | 2027 |\n"
    ),
    "cells a line": (
        "Item\nSubject\nTarget\nConformance\nOBC TS-0042\nQ3 2026\nTrials\nKelvo FAN\nQ4 2026\n"
        "Test plan\nTS-0042 and FAN\n2027\n"
    ),
}


def specification_names(record: AllianceRecord) -> list[set[str]]:
    """Each specification's names: its label and the others."""
    return [{spec.label, *spec.names} for spec, _ in record.specifications]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_specification_written_after_its_body_is_named_so(tmp_path: Path, layout: str) -> None:
    name = "register.txt" if layout == "cells a line" else "register.md"  # as PDF and Word text give it
    found = specification_names(extracted(tmp_path, HEAD + LAYOUTS[layout], name))
    for bare, full in (("TS-0042", "OBC TS-0042"), ("FAN", "Kelvo FAN")):
        assert any({bare, full} <= names for names in found), (layout, found)


def test_a_body_before_another_word_names_nothing_more(tmp_path: Path) -> None:
    """ "OBC members test FAN": the body's word is not before the specification's name."""
    text = HEAD + "OBC members test FAN devices; Kelvo TS-0042x drafts are no specification.\n"
    found = specification_names(extracted(tmp_path, text, "register.md"))
    assert not any("Kelvo FAN" in names or "OBC FAN" in names for names in found), found
