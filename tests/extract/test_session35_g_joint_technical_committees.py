"""A joint technical committee of two bodies other than ISO/IEC, written with slashes ("CEN/CLC/JTC 24",
"CEN/CLC JTC 13", "CEN/CLC/JTC21"), is a UNIT of the FIRST body it names (the lead's convention of session
35, as for joint teams), with the groups of its path; it is no organization of its own. ISO/IEC JTC 1 keeps
what it has (an organization, its paths its units); so does "CEN-CENELEC JTC 21" (a hyphen: session 32's
test and a dev gold want an organization there; the lead's call). Committees, wording and groups invented;
text, Markdown and HTML (issue 12 point 9, session 35, engineer G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CEN = "European Committee for Standardization"
ETSI = "European Telecommunications Standards Institute"


def page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Liaison note\n\n{sentence}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>Liaison note</h1><p>{sentence}</p></body></html>", "s.html"
    return f"Liaison note\n\n{sentence}\n", "s.txt"


def read(tmp_path: Path, layout: str, sentence: str) -> tuple[dict[str, str | None], set[str]]:
    record = extracted(tmp_path, *page(layout, sentence))
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}, set(labels.values())


@pytest.mark.parametrize(
    ("layout", "sentence", "unit"),
    [
        (
            "txt",
            "ETSI TC SET and CEN/CLC/JTC 24 agreed to share their drafts on the passport's data model.",
            "CEN/CLC/JTC 24",
        ),
        (
            "md",
            "The work of ETSI TC CYBER and CEN/CLC JTC 13 on product security goes on under this agreement.",
            "CEN/CLC JTC 13",
        ),
        (
            "html",
            "ETSI TC SAI sent its draft to CEN/CLC/JTC21 for comment on the risk clauses.",
            "CEN/CLC/JTC 21",
        ),
        (
            "txt",
            "ETSI TC EE asks CEN/CENELEC/JTC 19 whether its circularity drafts may be cited.",
            "CEN/CENELEC/JTC 19",
        ),
    ],
)
def test_a_european_joint_committee_is_a_unit_of_the_first_body(
    tmp_path: Path, layout: str, sentence: str, unit: str
) -> None:
    owners, parties = read(tmp_path, layout, sentence)
    assert owners.get(unit) == CEN, owners
    assert unit not in parties, parties  # no organization of its own


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_the_path_under_a_joint_committee_is_the_same_bodys(tmp_path: Path, layout: str) -> None:
    owners, _ = read(
        tmp_path,
        layout,
        "ETSI TC CYBER thanks CEN/CLC/JTC 13/WG 3 for its draft; JTC 13 will meet in May.",
    )
    assert owners.get("CEN/CLC/JTC 13/WG 3") == CEN, owners


def test_iso_iec_jtc_1_stays_an_organization(tmp_path: Path) -> None:
    owners, parties = read(
        tmp_path, "txt", "ETSI TC SAI sent its draft to ISO/IEC JTC 1/SC 42 for comment on the risk clauses."
    )
    assert owners.get("ISO/IEC JTC 1/SC 42") == "ISO/IEC JTC 1", owners
    assert "ISO/IEC JTC 1" in parties


def test_iso_iec_jtc_1_written_with_slashes_is_the_same_organization(tmp_path: Path) -> None:
    owners, parties = read(
        tmp_path,
        "txt",
        "The W3C asks ISO/IEC/JTC1/SC2/WG2 for a liaison on character names; ISO/IEC JTC 1 agreed.",
    )
    assert owners.get("ISO/IEC JTC 1/SC 2/WG 2") == "ISO/IEC JTC 1", owners
    assert "ISO/IEC/JTC 1" not in parties, parties
