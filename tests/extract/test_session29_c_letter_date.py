"""A plain-text letter's place and day at the right margin (issue 12 point 9, session 29, engineer C, s29c).

Family: a body's letter to another (a letter agreement, a liaison letter) sets its place and day at the
right margin above the salutation ("                    Reading, 3 February 2026", "Geneva, 12 March
2027"). That line dates the letter: published. Only so far to the right: slides write their place and
meeting day with a comma at the left or centred. Real layouts: liaison letters on ITU and ETSI letterheads
(probed outside the repository, /work/s29/c-real.md). Bodies and people are invented; the values were
written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LETTER = """                      HARBOUR METROLOGY COUNCIL
                    Office of the Secretary General | hmc.example


Open Buoy Consortium
Attn.: Ms Ilse Brandvold, Head of Liaisons

{place_line}
Our ref.: HMC/SG/2027/014


Dear Ms Brandvold,

Re: Letter agreement (memorandum of understanding) on cooperation for tide data services

I write to set out the terms on which the Harbour Metrology Council (HMC) and the Open Buoy Consortium
(OBC) propose to cooperate on tide data. If these terms suit the OBC, please countersign this letter.

1. The two bodies will publish a joint guide to tide datum identifiers by 30 September 2027.

Yours sincerely,
Maren Quist, Secretary General, HMC
"""


@pytest.mark.parametrize("place", ["Reading, 3 February 2027", "Bergen, Norway, 3 February 2027"])
def test_a_letters_place_and_day_at_the_right_margin_date_it(tmp_path: Path, place: str) -> None:
    record = extracted(tmp_path, LETTER.format(place_line=" " * 50 + place), "letter.txt")
    assert record.kind == "MemorandumOfUnderstanding", record.kind  # a letter agreement: no page's date rule
    assert ("published", "2027-02-03") in {(f.role, f.value) for f in record.dates}, record.dates
    # at the left margin, "Place, day" is how slides give their meeting: not read as the day of publishing
    left = extracted(tmp_path, LETTER.format(place_line=place), "left.txt")
    assert ("published", "2027-02-03") not in {(f.role, f.value) for f in left.dates}, left.dates
