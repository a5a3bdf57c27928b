"""A meeting to come is no meeting of the document (issue 12 point 9, session 26, engineer C):

statements, letters and records name the meeting they come from ("The joint group met on 3 June 2027") and,
often in the same paragraph, meetings ahead: "plans to approve its report at its meeting in October 2027",
"so that the answers can be discussed at the WG 3 meeting in November 2027", "would welcome comments before
its plenary meeting in March 2028", "will be held in ...". The document's meeting date is the one it comes
from; a sentence that puts its meeting ahead (a plan, a wish, a purpose) dates a meeting to come.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

SENTENCES = (
    "The Tide Gauge Working Group plans to approve its output report at its meeting in October 2027.",
    "HMC would appreciate a reply, so that the answers can be discussed at the WG 3 meeting in October 2027.",
    "The two groups will review the code list again at the joint meeting in October 2027.",
)

TEXT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC) Tide Gauge Working Group
To: Open Buoy Consortium (OBC) Telemetry Task Force
Purpose: for information

The Tide Gauge Working Group met on 3 June 2027 and reviewed the common station code list.
{sentence}

Contact: Ada Lind-Okafor (HMC)
"""

MARKDOWN = """# Liaison statement from HMC to OBC

**From:** Harbour Metrology Council (HMC) Tide Gauge Working Group
**To:** Open Buoy Consortium (OBC) Telemetry Task Force
**Purpose:** for information

The Tide Gauge Working Group met on 3 June 2027 and reviewed the common station code list. {sentence}
"""

HTML = """<html><head><title>Liaison statement from HMC to OBC</title></head><body>
<h1>Liaison statement from HMC to OBC</h1>
<p>From: Harbour Metrology Council (HMC) Tide Gauge Working Group<br>
To: Open Buoy Consortium (OBC) Telemetry Task Force<br>Purpose: for information</p>
<p>The Tide Gauge Working Group met on 3 June 2027 and reviewed the common station code list.</p>
<p>{sentence}</p>
</body></html>
"""

FORMATS = {"txt": TEXT, "md": MARKDOWN, "html": HTML}


@pytest.mark.parametrize("extension", sorted(FORMATS))
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_meeting_ahead_dates_no_meeting_of_the_document(
    tmp_path: Path, extension: str, sentence: str
) -> None:
    record = extracted(tmp_path, FORMATS[extension].format(sentence=sentence), f"statement.{extension}")
    meetings = {fact.value for fact in record.dates if fact.role == "meeting"}
    assert "2027-10" not in meetings, record.dates
