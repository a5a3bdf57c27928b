"""Layout invariance of UNITS whose acronym is written in brackets before their head (issue 12, point 9,
session 28, tuner A).

The IETF and OASIS name a group with its acronym in brackets inside the name, before the head: "Limited
Additional Mechanisms for PKIX and SMIME (LAMPS) Working Group", "Open Document Format for Office Applications
(OpenDocument) Technical Committee". The unit phrase stopped at the bracket, so the group was lost, and its
short name written later ("the LAMPS Working Group") became a group of whatever body the sentence named. The
group is one unit, named by its short name ("LAMPS Working Group", as "CSAF TC" is the OASIS committee), as
written and without the bracket, the bracket its acronym. Bodies and groups are invented; each name is
written in prose, a Markdown list and an HTML table.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

NAMES = [
    ("Buoy Telemetry and Mooring (BTM) Working Group", "BTM Working Group"),
    ("Kelp Data Format (KDF) Technical Committee", "KDF Technical Committee"),
    ("Open Sensor Interchange (OSI2) Task Force", "OSI2 Task Force"),
]
LEAD = "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) cooperate on buoy data."


def document(layout: str, full: str, short: str) -> tuple[str, str]:
    first = f"On the KDA side, most of the work is done in the {full}."
    later = f"The FSC sends its drafts to the {short} for review."
    if layout == "md":
        return f"# KDA and FSC cooperation\n\n{LEAD}\n\n- {first}\n- {later}\n", "a.md"
    if layout == "html":
        return (
            f"<html><body><h1>KDA and FSC cooperation</h1><p>{LEAD}</p><table><tr><th>Work</th></tr>"
            f"<tr><td>{first}</td></tr><tr><td>{later}</td></tr></table></body></html>\n",
            "a.html",
        )
    return f"KDA and FSC cooperation\n\n{LEAD} {first}\n{later}\n", "a.txt"


@pytest.mark.parametrize(("full", "short"), NAMES, ids=[n[1] for n in NAMES])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_group_with_its_acronym_before_its_head_is_one_unit(
    tmp_path: Path, layout: str, full: str, short: str
) -> None:
    text, name = document(layout, full, short)
    record = extracted(tmp_path, text, name)
    bodies = {p.iri: p.acronym for p, _ in record.parties}
    units = [u for u, _ in record.units]
    assert len(units) == 1, units
    names = {n.removeprefix("KDA ") for n in (units[0].label, *units[0].names)}
    assert {full, short, full.replace(f" ({short.split()[0]})", "")} <= names, names
    assert bodies.get(units[0].unit_of) == "KDA"
