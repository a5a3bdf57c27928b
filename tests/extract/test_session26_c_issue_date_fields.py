"""The field that dates a document's issue, named in more words (issue 12 point 9, session 26, engineer C):

registers, plans, amendments and pages give the day they were put out in a header field named by what the
document is or by the copy's making: "Plan date:", "Amendment date:", "Version date:", "This revision:",
"Last update:", "Date of last update", "Exported:". Each is the document's published date; a field of the
next issue ("Next update: October 2027") dates no issue of this one.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected dates were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """HMC / OBC Joint Work {noun}

{label}: 3 March 2027
Next update: October 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

Work items

1. Common station code list for tide gauges - target Q4 2027
2. Shared quality flags for buoy records - target H1 2028
"""

MARKDOWN = """# HMC / OBC Joint Work {noun}

**{label}:** 2027-03-03
**Next update:** October 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Work items

| # | Work item | Target |
|---|---|---|
| 1 | Common station code list for tide gauges | Q4 2027 |
| 2 | Shared quality flags for buoy records | H1 2028 |
"""

HTML = """<html><head><title>HMC / OBC Joint Work {noun}</title></head><body>
<h1>HMC / OBC Joint Work {noun}</h1>
<table><tr><th>{label}</th><td>03.03.2027</td></tr><tr><th>Next update</th><td>October 2027</td></tr></table>
<p>Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).</p>
<h2>Work items</h2>
<ul><li>Common station code list for tide gauges - target Q4 2027</li>
<li>Shared quality flags for buoy records - target H1 2028</li></ul>
</body></html>
"""

LABELS = (
    ("Plan", "Plan date"),
    ("Register Amendment", "Amendment date"),
    ("Register", "This revision"),
    ("Register", "Last update"),
    ("Register", "Date of last update"),
    ("Plan", "Version date"),
)
FORMATS = {"txt": TEXT, "md": MARKDOWN, "html": HTML}


@pytest.mark.parametrize("extension", sorted(FORMATS))
@pytest.mark.parametrize(("noun", "label"), LABELS)
def test_a_field_named_for_the_issue_dates_the_document(
    tmp_path: Path, extension: str, noun: str, label: str
) -> None:
    text = FORMATS[extension].format(noun=noun, label=label)
    record = extracted(tmp_path, text, f"register.{extension}")
    published = {fact.value for fact in record.dates if fact.role == "published"}
    assert "2027-03-03" in published, record.dates
    assert "2027-10" not in published, record.dates
