"""A meeting told with its place between the verb and its days (issue 12 point 9, session 29, engineer C).

Family: a standards body's news item on a meeting with another body says where the representatives met
before when ("met in Brussels, Belgium on 21 and 22 January 2014", "convened at Geneva on 3-4 May 2027"),
two days joined by "and" as often as by a dash. The meeting is dated by its month (the corpus's convention
for a meeting over several days). Real layout: an ETSI news item on CEN, CENELEC, ETSI and ANSI preparing a
memorandum (probed outside the repository, /work/s29/c-real.md). Bodies are invented; the values were
written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.dates import first_date_in

SENTENCE = (
    "Representatives of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) {verb} to"
    " advance their cooperation on tide data standards."
)
TEXT = "HMC and OBC prepare a memorandum\n\n{sentence}\n\nThe two bodies aim to sign it in 2028.\n"
MARKDOWN = "# " + TEXT
HTML = (
    "<html><body><h1>HMC and OBC prepare a memorandum</h1><p>{sentence}</p>"
    "<p>The two bodies aim to sign it in 2028.</p></body></html>\n"
)


@pytest.mark.parametrize(
    "verb",
    [
        "met in Bergen, Norway on 21 and 22 January 2027",
        "gathered in Bergen, Norway on 21 and 22 January 2027",
        "convened at Bergen, Norway on 21 and 22 January 2027",
    ],
)
@pytest.mark.parametrize(("name", "layout"), [("n.txt", TEXT), ("n.md", MARKDOWN), ("n.html", HTML)])
def test_a_meeting_told_with_its_place_is_dated(tmp_path: Path, verb: str, name: str, layout: str) -> None:
    record = extracted(tmp_path, layout.format(sentence=SENTENCE.format(verb=verb)), name)
    assert ("meeting", "2027-01") in {(f.role, f.value) for f in record.dates}, record.dates


def test_two_days_joined_by_and_are_their_month() -> None:
    found = first_date_in("on 21 and 22 January 2027")
    assert found is not None and found[0] == "2027-01", found
