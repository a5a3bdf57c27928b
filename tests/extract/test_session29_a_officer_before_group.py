"""Layout invariance of PARTIES and UNITS a statement's source field names after an officer's title and a
comma (issue 12, point 9, session 29, tuner A; the real TSAG and TDAG documents, /work/s29/a-real.md).

"Source: Chairman, WP2/TSAG", "Source: Chairman, Telecommunication Standardization Advisory Group (TSAG)":
the field's value was made a new organization named "Chairman, ..." (a party, the statement's sender and its
contacts' body). The officer speaks for the group after the comma. The sectors' advisory groups (TSAG, TDAG,
the Radiocommunication Advisory Group) are units of the ITU sectors in the reference data. The wording is
invented; each title in three field layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ITU_T = "ITU Telecommunication Standardization Sector"


def statement(layout: str, source: str) -> tuple[str, str]:
    body = "TSAG asks ETSI to comment on the attached draft work programme by 15 November 2027."
    if layout == "md":
        return (
            f"# Liaison statement\n\n**Source:** {source}  \n**To:** ETSI\n**For:** action\n\n{body}\n",
            "a.md",
        )
    if layout == "html":
        rows = f"<tr><td>Source:</td><td>{source}</td></tr><tr><td>To:</td><td>ETSI</td></tr>"
        return (
            f"<html><body><h1>Liaison statement</h1><table>{rows}<tr><td>For:</td><td>action</td></tr>"
            f"</table><p>{body}</p></body></html>\n",
            "a.html",
        )
    return f"Liaison statement\n\nSource: {source}\nTo: ETSI\nFor: action\n\n{body}\n", "a.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "source",
    [
        "Chairman, Telecommunication Standardization Advisory Group (TSAG)",
        "Chairman, TSAG",
        "Vice-Chair, TSAG",
    ],
)
def test_the_officer_speaks_for_the_group(tmp_path: Path, layout: str, source: str) -> None:
    text, name = statement(layout, source)
    record = extracted(tmp_path, text, name)
    parties = {p.label for p, _ in record.parties}
    assert not any(label.lower().startswith(("chair", "vice", "convenor")) for label in parties)
    assert ITU_T in parties
    owners = {p.iri: p.label for p, _ in record.parties}
    units = {u.label: owners.get(u.unit_of) for u, _ in record.units}
    assert units.get("Telecommunication Standardization Advisory Group") == ITU_T


def test_advisory_groups_are_units_of_their_sectors(tmp_path: Path) -> None:
    text = (
        "Liaison statement\n\nSource: Telecommunication Development Advisory Group (TDAG)\n"
        "To: Radiocommunication Advisory Group\nFor: information\n\nTDAG informs the group of its work.\n"
    )
    record = extracted(tmp_path, text, "a.txt")
    owners = {p.iri: p.label for p, _ in record.parties}
    units = {u.label: owners.get(u.unit_of) for u, _ in record.units}
    assert (
        units.get("Telecommunication Development Advisory Group")
        == "ITU Telecommunication Development Sector"
    )
    assert units.get("Radiocommunication Advisory Group") == "ITU Radiocommunication Sector"
