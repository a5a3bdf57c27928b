"""A committee's resolution designating its liaison representative, as ISO and IEC committees word them
("ISO/TC 211 designates Ms. Ana Lindqvist (ana@sgu.example) as Liaison Representative", "... appoints Mr Bo
Ekdahl as liaison officer to the OGC", "IEC TC 57 nominated Dr Ugo Bassi as its liaison rapporteur"): the
person is a contact of the committee's organization. Before, such a sentence gave no contact (session 34, H,
from ISO's guide to writing resolutions). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """ISO/TC 211 - Resolutions of the 58th plenary meeting (Busan, 14-18 June 2027)

Resolution 4 - Liaison with the OGC

ISO/TC 211 confirms its Category A liaison with the Open Geospatial Consortium (OGC). {sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "person", "email"),
    [
        (
            "ISO/TC 211 designates Ms. Ana Lindqvist (ana.lindqvist@sgu.example) as Liaison Representative.",
            "Ana Lindqvist",
            "ana.lindqvist@sgu.example",
        ),
        ("ISO/TC 211 appoints Mr Bo Ekdahl as liaison officer to the OGC.", "Bo Ekdahl", None),
        ("The committee re-confirmed Dr Ugo Bassi as its liaison representative.", "Ugo Bassi", None),
    ],
)
def test_a_designated_liaison_representative(
    tmp_path: Path, sentence: str, person: str, email: str | None
) -> None:
    record = extracted(tmp_path, TEXT.format(sentence=sentence), "resolutions.txt")
    found = {(c.person, c.email, c.organization.acronym if c.organization else None) for c in record.contacts}
    assert (person, email, "ISO") in found, found
