"""Standards numbered by two or three bodies together, or by their document type, read whole in every
layout (issue 12, point 9, session 18): a standard published jointly is cited with both bodies' acronyms
before its number ("ISA/IEC 62443", "IEC/IEEE 60802", "ISO/ASTM 52900", "ISO/IEC/IEEE 42010"), and an ISO
or IEC deliverable that is no International Standard with its type ("ISO/TR 28380-1", "ISO/IEC TS 27034",
"IEC TR 61850-90-1"). Read as "IEC 62443" or not at all, the topic the document names was lost. A
committee's path ("ISO/TC 211/WG 4", "CEN/TC 442") is no standard. The bodies HMC and OBC and the numbers
are invented; the expected topics were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.extract.standards import STANDARD_NUMBERS

HEAD = (
    "# OBC / HMC liaison register\n\n"
    "Organizations: Open Buoy Consortium (OBC) and Harbour Metrology Council (HMC)\n\n## Work\n\n"
)

JOINT = {"ISA/IEC 64411", "IEC/IEEE 61777", "ISO/ASTM 59120", "ISO/IEC/IEEE 41999", "ISO/TR 27311-2"}

LAYOUTS = {
    "prose": (
        "The Council follows ISA/IEC 64411 and IEC/IEEE 61777 for the buoys, and ISO/ASTM 59120 for "
        "printed housings. OBC maps ISO/IEC/IEEE 41999 onto ISO/TR 27311-2.\n"
    ),
    "bullets": (
        "- Align the buoy profile with ISA/IEC 64411 (Q3 2026)\n- Review IEC/IEEE 61777 (Q4 2026)\n"
        "- Comment on ISO/ASTM 59120 (2027)\n- Map ISO/IEC/IEEE 41999 to ISO/TR 27311-2 (2027)\n"
    ),
    "table": (
        "| Item | Standard | Target |\n|---|---|---|\n| Profile | ISA/IEC 64411 | Q3 2026 |\n"
        "| Review | IEC/IEEE 61777 | Q4 2026 |\n| Comments | ISO/ASTM 59120 | 2027 |\n"
        "| Mapping | ISO/IEC/IEEE 41999 | 2027 |\n| Report | ISO/TR 27311-2 | 2027 |\n"
    ),
    "cells a line": (
        "Item\nStandard\nTarget\nProfile\nISA/IEC 64411\nQ3 2026\nReview\nIEC/IEEE 61777\nQ4 2026\n"
        "Comments\nISO/ASTM 59120\n2027\nMapping\nISO/IEC/IEEE 41999\n2027\nReport\nISO/TR 27311-2\n2027\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_jointly_numbered_standards_are_read_whole(tmp_path: Path, layout: str) -> None:
    found = topic_labels(extracted(tmp_path, HEAD + LAYOUTS[layout], "register.md"))
    assert found >= JOINT, (layout, found)
    assert not {"IEC 64411", "IEEE 61777", "ASTM 59120", "TR 27311-2"} & found, (layout, found)


@pytest.mark.parametrize(
    "cited",
    [
        "ISA/IEC 64411-3-3",
        "ISO/SAE 21777",
        "ISO/IEC TS 27999",
        "IEC TR 61999-90-1",
        "ISO/PAS 21777",
        "ISO/TS 19777",
    ],
)
def test_a_typed_or_joint_number_is_one_standard(cited: str) -> None:
    assert [m.group() for m in STANDARD_NUMBERS.finditer(f"aligned with {cited} this year")] == [cited]


@pytest.mark.parametrize("path", ["ISO/TC 2111/WG 4", "CEN/TC 4420", "ISO/IEC JTC 1/SC 2700", "DKE/AK 9310"])
def test_a_committees_path_is_no_standard(path: str) -> None:
    assert [m.group() for m in STANDARD_NUMBERS.finditer(f"the work of {path} this year")] == []
