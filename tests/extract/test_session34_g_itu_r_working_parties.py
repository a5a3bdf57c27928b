"""An ITU-R statement for two working parties ("Working Parties 4C and 5A thank ...") gives both as units of
ITU-R even when the plural comes before any working party is read with its body: a working party numbered
as ITU-R numbers them (its study group's number and a letter, "5A"; ITU-T writes "WP 1/13") is ITU-R's in
a text of the Radiocommunication Sector. The copy line under an ITU statement's title, in brackets ("(COPY
TO WP 4A AND WP 7B)"), is a copy field: the groups only copied are no units of the statement (issue 12
point 9, session 34, engineer G; an ITU-R WP 8A statement to external organizations). Numbers and wording
invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

STATEMENT = """\
RADIOCOMMUNICATION STUDY GROUPS                  Document {first}/40-E
                                                 2 May 2027

Source: Document {second}/TEMP/12

{body}Working Party {second}

LIAISON STATEMENT TO EXTERNAL ORGANIZATIONS AND ITU-T STUDY GROUP 15
(COPY TO WP 6A AND WP 7C)

Working Parties {first} and {second} thank ITU-T Study Group 15 for the material it sent on the draft
new Report ITU-R M.[BUOY.LINKS].
"""


def units(tmp_path: Path, layout: str, first: str, second: str, body: str = "") -> dict[str, str | None]:
    text = STATEMENT.format(first=first, second=second, body=body)
    if layout == "md":
        text = text.replace("LIAISON STATEMENT", "# LIAISON STATEMENT", 1)
    record = extracted(tmp_path, text, "ls.md" if layout == "md" else "ls.txt")
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


@pytest.mark.parametrize(("layout", "first", "second"), [("txt", "4C", "5A"), ("md", "1A", "6B")])
def test_both_working_parties_of_itu_r(tmp_path: Path, layout: str, first: str, second: str) -> None:
    found = units(tmp_path, layout, first, second)
    for number in (first, second):
        assert found.get(f"Working Party {number}") == "ITU Radiocommunication Sector", found


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_copied_working_parties_are_no_units(tmp_path: Path, layout: str) -> None:
    found = units(tmp_path, layout, "4C", "5A", body="ITU-R ")
    assert "Working Party 6A" not in found and "Working Party 7C" not in found, found
