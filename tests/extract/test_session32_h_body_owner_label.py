"""A work item or action opening with the body that owns it and "to" ("OBC to confirm the pilot stations by 2
July 2027", "HMC and OBC to agree ..."): the work without its owner is one of the milestone's texts, the
owner is its responsible body, and the label stays as written (session 18's rule) (session 32, H). Bodies
and people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import TIDE_REGISTER_MD_HEAD, extracted

MINUTES = """# HMC / OBC joint call minutes, 3 March 2027

Attendees: Ada Lind (HMC), Bruno Keller (OBC)

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) reviewed the pilot.

## Actions

{items}
"""


def labelled(record) -> dict[str, tuple[str, ...]]:
    """Each text of a milestone, with the milestone's label and its responsible bodies."""
    return {text: (m.label, *(e.label for e in m.responsible)) for m in record.milestones for text in m.texts}


@pytest.mark.parametrize(
    ("layout", "items", "label", "written", "owner"),
    [
        (
            "register",
            "## Work items\n\n- OBC to confirm the pilot stations by 2 July 2027\n",
            "Confirm the pilot stations",
            "OBC to confirm the pilot stations",
            "Open Buoy Consortium",
        ),
        (
            "register",
            "## Milestones\n\n1. HMC to publish the calibration report - Q3 2027\n",
            "Publish the calibration report",
            "HMC to publish the calibration report",
            "Harbour Metrology Council",
        ),
        (
            "minutes",
            "- OBC to circulate the revised buoy profile by 15 April 2027",
            "Circulate the revised buoy profile",
            "OBC to circulate the revised buoy profile",
            "Open Buoy Consortium",
        ),
        (
            "minutes",
            "- HMC and OBC to agree the test schedule by 30 May 2027",
            "Agree the test schedule",
            "HMC and OBC to agree the test schedule",
            "Harbour Metrology Council",
        ),
    ],
)
def test_the_work_without_its_body_owner_is_a_text(
    tmp_path: Path, layout: str, items: str, label: str, written: str, owner: str
) -> None:
    text = TIDE_REGISTER_MD_HEAD + items if layout == "register" else MINUTES.format(items=items)
    found = labelled(extracted(tmp_path, text, f"{layout}.md"))
    assert label in found, found
    assert written in found[label] and owner in found[label], found


@pytest.mark.parametrize(
    ("item", "label"),
    [
        ("- Guidance to operators on buoy moorings by 2 July 2027", "Guidance to operators on buoy moorings"),
        ("- Migration to the OBC buoy format by 2 July 2027", "Migration to the OBC buoy format"),
    ],
)
def test_other_openings_keep_their_label(tmp_path: Path, item: str, label: str) -> None:
    found = labelled(extracted(tmp_path, TIDE_REGISTER_MD_HEAD + "## Work items\n\n" + item + "\n", "r.md"))
    assert label in found, found
