"""A meeting record's parties: the owner of a unit the meeting works with (issue 12 point 9, session 32, N).

Family: a study group's or committee's meeting summary whose head names its own body, and whose list of
accomplishments says who it worked with ("Consented its second text aligned with IEC TC 100", "held a joint
session with ETSI TC ITS", "in collaboration with the OGC"): that body (the owner of the unit) is a party of
the record, wherever the sentence stands, even when the head already named two bodies (a hosted
meeting of another committee) and the parties were read from it. An agenda line naming a body in
passing adds none. Layout: ITU-T study group executive summaries (round 1, engineer G).
Bodies' groups and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BULLETS = """Executive Summary of the ITU-T Study Group 4 Meeting
(Lisbon, 2-11 June 2027)

Highlights

  • Recommendations consented: 6 at this meeting
  • Recommendations approved: 2
  • Supplements agreed: 1
  • SG 4 hosted a meeting of ISO/IEC JTC 1/SC 41 on 8 June 2027.
  • Three new work items were opened on reference clocks.
  • Following its mandate to coordinate with ITU-T SG 15, a joint session was held on Tuesday.
  • Study Group 4 agreed a technical text aligned with IEC TC 57 on substation time transfer.
  • The next meeting is planned for early 2028.

Contact: Orla Vantongeren, SG 4 Counsellor (sg4@itu.example)
"""

MARKDOWN = """# Summary of the ITU-T SG 4 meeting

Lisbon, 2-11 June 2027

## Results

- Six Recommendations were consented.
- Two Recommendations were approved.
- One supplement was agreed.
- ISO/IEC JTC 1/SC 41 met alongside on 8 June 2027.
- New work items on reference clocks were opened.
- A tutorial on timing took place.
- Rapporteurs reported on their interim meetings.
- The work programme was reviewed and updated.
- Work on vehicle time stamps continues in collaboration with ETSI TC ITS, with a common draft due next year.
- The next meeting is planned for early 2028.
"""

PROSE = """ITU-T Study Group 4 - meeting report

Held in Lisbon, 2-11 June 2027.

The study group consented six Recommendations and approved two.

It agreed one supplement on clock holdover and hosted a meeting of ISO/IEC JTC 1/SC 41.

It opened three work items on reference clocks.

A tutorial on timing was held on Tuesday afternoon.

The meeting also reviewed its work programme.

Rapporteurs reported on the interim meetings.

The time transfer text was jointly progressed with IEEE 1588 WG and will be consented in 2028.
"""


@pytest.mark.parametrize(
    ("name", "text", "owner"),
    [("s.txt", BULLETS, "IEC"), ("s.md", MARKDOWN, "ETSI"), ("p.txt", PROSE, "IEEE")],
)
def test_body_worked_with_is_a_party(tmp_path: Path, name: str, text: str, owner: str) -> None:
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    parties = {entity.acronym or entity.label for entity, _ in record.parties}
    assert {"ITU-T", "JTC 1"} <= parties
    assert owner in parties


AGENDA = (
    PROSE
    + """
Agenda:
1. Opening
2. Coordination with IEC TC 57
3. Closing
"""
)


def test_agenda_line_adds_no_party(tmp_path: Path) -> None:
    record = extracted(tmp_path, AGENDA, "a.txt")
    parties = {entity.acronym or entity.label for entity, _ in record.parties}
    assert "IEEE" in parties
    assert "IEC" not in parties
