"""The IRTF's research groups, in a text that names the IRTF (or writes an IRTF address or draft name): a
"... Research Group" named in full ("the Crypto Forum Research Group", "Thing-to-Thing Research Group
(T2TRG)") or its acronym ending in "RG" ("the PEARG", "CFRG") is a unit of the IRTF (the gazetteer's body),
not a forum of another body ("Crypto Forum") nor nothing. A research group another body's name opens ("O-RAN
Alliance next Generation Research Group") stays that body's; a text naming no IRTF reads no "...RG" acronym.
A BOF is a meeting, no unit (the dev gold of s33g lists none). Wording and groups' business invented
(issue 12 point 9, session 35, engineer G).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

IRTF = "irtf"


def read(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    """Each unit's label and its organization's (the IRI's last part: the IRTF need not be a party)."""
    record = extracted(tmp_path, text, name)
    return {
        unit.label: str(unit.unit_of).rsplit("/", 1)[-1] if unit.unit_of else None for unit, _ in record.units
    }


@pytest.mark.parametrize(
    ("text", "name", "groups"),
    [
        (
            "IAB liaison report to the ETSI Board\n\nThe IRTF chartered the Thing-to-Thing Research Group "
            "(T2TRG) on constrained devices; ETSI TC SmartM2M follows it under the liaison. The Crypto "
            "Forum Research Group reviews the curves of the ETSI drafts.\n",
            "r.txt",
            ["Thing-to-Thing Research Group", "Crypto Forum Research Group"],
        ),
        (
            "# Liaison update: ETSI and the IETF\n\n"
            "* The PEARG and the ICNRG will meet at the next IETF meeting; the IRTF chair asked ETSI for "
            "input on the liaison.\n",
            "r.md",
            ["PEARG", "ICNRG"],
        ),
        (
            "<html><body><h1>Liaison with ETSI ISG QKD</h1><p>The Quantum Internet Research Group "
            "(QIRG) of the Internet Research Task Force sent its draft to ETSI ISG QKD in liaison; "
            "comments go to qirg@irtf.org.</p></body></html>",
            "r.html",
            ["Quantum Internet Research Group"],
        ),
    ],
)
def test_a_research_group_is_the_irtfs(tmp_path: Path, text: str, name: str, groups: list[str]) -> None:
    units = read(tmp_path, text, name)
    for group in groups:
        assert units.get(group) == IRTF, units
    assert not any(label.endswith(" Forum") for label in units), units


def test_another_bodys_research_group_and_a_text_without_the_irtf(tmp_path: Path) -> None:
    units = read(
        tmp_path,
        "Liaison statement\n\nETSI TC SmartM2M thanks the O-RAN Alliance next Generation Research Group "
        "(nGRG) for its liaison; the SMRG of the alliance will reply.\n",
        "o.txt",
    )
    assert "SMRG" not in units and IRTF not in units.values(), units
