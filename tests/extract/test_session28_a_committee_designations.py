"""Layout invariance of UNITS and PARTIES named by committee designations as committees write them (issue 12,
point 9, session 28, tuner A).

Real liaison papers of ISO and IEC committees (statements of mutual benefits, letter ballots, liaison lists)
write their designations three ways the rules did not read:
- without blanks: "ISO/IEC JTC1/SC22/WG20", "ISO/TC46/SC2" (the unit was made under its spaced name, which no
  name pattern finds in the compact text);
- without the bodies that own a joint committee: "JTC 1/SC 22", "JTC1/SC24/WG9";
- with a blank instead of a slash: "ISO/IEC JTC 1 SC 36".
A title such as "Liaison between ISO/TC46/SC2 and JTC1/SC22/WG20" was then split at its slashes into the
parties "TC46", "SC2", "SC22" and "WG20". The committees are real designations; the consortium and the
wording are invented; each form is written in three layouts (a title line, a bulleted list, a table row).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Kelp Data Association (KDA) keeps a Category C liaison with the committee named below."


def document(layout: str, designation: str) -> tuple[str, str]:
    sentence = f"KDA experts follow the drafts of {designation} on buoy data formats."
    if layout == "md":
        return (
            f"# Liaison between the KDA and {designation}\n\n{LEAD}\n\n- {sentence}\n- Reviewed yearly.\n",
            "a.md",
        )
    if layout == "html":
        return (
            f"<html><body><h1>Liaisons</h1><p>{LEAD}</p><table><tr><th>Committee</th><th>Work</th></tr>"
            f"<tr><td>{designation}</td><td>{sentence}</td></tr></table></body></html>\n",
            "a.html",
        )
    return f"Title: Liaison between the KDA and {designation}\n\n{LEAD} {sentence}\n", "a.txt"


def units_and_parties(tmp_path: Path, layout: str, designation: str) -> tuple[dict[str, set[str]], set[str]]:
    text, name = document(layout, designation)
    record = extracted(tmp_path, text, name)
    owners = {p.iri: p for p, _ in record.parties}
    units = {u.label: {n.casefold() for n in (u.label, *u.names)} for u, _ in record.units}
    parties = {p.label for p in owners.values()}
    for unit, _ in record.units:
        assert unit.unit_of is not None
    return units, parties


LAYOUTS = ["txt", "md", "html"]
# (as written, the unit's name in full, the owner's label)
DESIGNATIONS = [
    ("ISO/IEC JTC1/SC22/WG20", "ISO/IEC JTC 1/SC 22/WG 20"),
    ("JTC1/SC24/WG9", "ISO/IEC JTC 1/SC 24/WG 9"),
    ("JTC 1/SC 41", "ISO/IEC JTC 1/SC 41"),
    ("ISO/IEC JTC 1 SC 36", "ISO/IEC JTC 1/SC 36"),
    ("ISO/TC46/SC2", "ISO/TC 46/SC 2"),
]


@pytest.mark.parametrize(("written", "full"), DESIGNATIONS, ids=[d[0] for d in DESIGNATIONS])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_committee_written_compact_or_bare_is_one_unit_found_as_written(
    tmp_path: Path, layout: str, written: str, full: str
) -> None:
    units, parties = units_and_parties(tmp_path, layout, written)
    assert full in units, units
    assert " ".join(written.split()).casefold() in units[full]
    designations = {"SC22", "SC 22", "WG20", "WG9", "SC24", "TC46", "SC2", "JTC1", "JTC", "SC 41", "SC 36"}
    assert not parties & designations, parties


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_designation_whose_body_the_text_never_says_is_no_party(tmp_path: Path, layout: str) -> None:
    """ "SC22/WG20" alone: some body's group, not a body, and no unit of a body guessed."""
    text, name = document(layout, "SC22/WG20")
    both = "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC)"
    text = text.replace("The Kelp Data Association (KDA)", both)
    record = extracted(tmp_path, text, name)
    assert {p.label for p, _ in record.parties} == {"Kelp Data Association", "Fjordline Sensor Consortium"}
