"""A header field read as a heading ("APPROVAL    : Agreed at the meeting", "ACTION: For approval by
...") opens no section for the text after it: the body of a statement that follows is no approval
section (its deadline is no approval date) and the specifications it cites concern the statement.
A heading the format marks as one ("# A and B: Joint Work Register") keeps its section."""

from __future__ import annotations

from pathlib import Path

from kg.extract.structure import FIELD_HEADING
from kg.pipeline.ingest import extract

STATEMENT = """LIAISON STATEMENT

SOURCE      : ITU-T Study Group 5
SUBJECT     : Metrics for harbour sites
TO          : ETSI TC EE
APPROVAL    : Agreed at the Working Party 3/5 meeting
FOR         : ETSI TC EE for action
DEADLINE    : Reply by 15 January 2027

Working Party 3/5 thanks ETSI TC EE for its liaison on the metrics of harbour sites and asks whether
ETSI ES 203 228 could follow the reporting period of the revised ITU-T L.1331.
"""


def test_a_field_heading_is_no_section_heading() -> None:
    assert FIELD_HEADING.match("APPROVAL    : Agreed at the meeting")
    assert FIELD_HEADING.match("ACTION: For approval by the members")
    assert not FIELD_HEADING.match("Approval")
    assert not FIELD_HEADING.match("Approval:")


def test_the_body_after_a_field_heading(tmp_path: Path) -> None:
    path = tmp_path / "ls.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    assert ("approved", "2027-01-15") not in {(d.role, d.value) for d in record.dates}
    assert ("deadline", "2027-01-15") in {(d.role, d.value) for d in record.dates}
    assert {"ITU-T L.1331", "ETSI ES 203 228"} <= {s.label for s, _ in record.specifications}
