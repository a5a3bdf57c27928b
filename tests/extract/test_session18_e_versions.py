"""A specification's version written as a bare major number ("v2", "v4") or with a letter after its
number ("2.0b") is part of its name, in every layout (issue 12, point 9, session 18): "BuoyLink Plus v2",
"TideADR 2.0b", "CCX v4". Only dotted versions were read ("v4.0", "2.1"), so these names were cut to the
name without its version, or lost. Words that name no specification keep their numbers ("Draft v2",
"Milestone v1"). The bodies HMC and OBC and every name are invented; the expected topics were written
before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.extract.standards import versioned_names

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

VERSIONED = {"BuoyLink Plus v2", "TideADR 2.0b", "CCX v4"}

LAYOUTS = {
    "prose": (
        "Gauges are tested against BuoyLink Plus v2; OBC maps TideADR 2.0b events onto CCX v4 controls.\n"
    ),
    "bullets": "- Test plan for BuoyLink Plus v2 (Q3 2026)\n- Map TideADR 2.0b to CCX v4 (Q4 2026)\n",
    "table": (
        "| Item | Specification | Target |\n|---|---|---|\n| Test plan | BuoyLink Plus v2 | Q3 2026 |\n"
        "| Mapping | TideADR 2.0b | Q4 2026 |\n| Controls | CCX v4 | 2027 |\n"
    ),
    "cells a line": (
        "Item\nSpecification\nTarget\nTest plan\nBuoyLink Plus v2\nQ3 2026\nMapping\nTideADR 2.0b\nQ4 2026\n"
        "Controls\nCCX v4\n2027\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_versions_major_number_or_letter_is_part_of_the_name(tmp_path: Path, layout: str) -> None:
    name = "register.txt" if layout == "cells a line" else "register.md"  # as PDF and Word text give it
    found = topic_labels(extracted(tmp_path, HEAD + LAYOUTS[layout], name))
    assert found >= VERSIONED, (layout, found)


def test_words_that_name_no_specification_keep_their_numbers() -> None:
    assert versioned_names("See Draft v2, Milestone v1 and Section 2.0b; the Joint Plan v3.") == []
