"""A committee's liaison role stated as vacant in title case ("The Liaison Officer is Not Yet Appointed",
"Its Liaison Representative: Position Vacant", "The liaison rapporteur remains Currently Vacant"): a
placeholder, no person; before, "Not Yet Appointed" was a contact of the committee's body. A named person
in the same sentence still is one (session 34, H2, from ISO's resolution templates, whose liaison sentence
holds a placeholder until the person is named). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """ISO/TC 211 - Resolutions of the 59th plenary meeting (Oslo, 8-12 November 2027)

Resolution 7 - Liaison with the OGC

ISO/TC 211 confirms its Category A liaison with the Open Geospatial Consortium (OGC). {sentence}
"""

MARKDOWN = """# ISO/TC 211 - Resolutions of the 59th plenary meeting

**Resolution 7 - Liaison with the OGC.** ISO/TC 211 confirms its Category A liaison with the Open Geospatial
Consortium (OGC). {sentence}
"""

VACANT = [
    "The Liaison Officer is Not Yet Appointed.",
    "Its liaison representative is Currently Vacant.",
    "The liaison rapporteur will be Yet To Be Nominated.",
    "The liaison officer to the OGC is Position Vacant.",
]


@pytest.mark.parametrize(("layout", "name"), [(TEXT, "resolutions.txt"), (MARKDOWN, "resolutions.md")])
@pytest.mark.parametrize("sentence", VACANT)
def test_a_vacant_role_is_no_contact(tmp_path: Path, layout: str, name: str, sentence: str) -> None:
    record = extracted(tmp_path, layout.format(sentence=sentence), name)
    assert not record.contacts, record.contacts


@pytest.mark.parametrize(("layout", "name"), [(TEXT, "resolutions.txt"), (MARKDOWN, "resolutions.md")])
def test_a_named_liaison_officer_stays(tmp_path: Path, layout: str, name: str) -> None:
    record = extracted(tmp_path, layout.format(sentence="The liaison officer is Ana Lindqvist."), name)
    assert [c.person for c in record.contacts] == ["Ana Lindqvist"]
