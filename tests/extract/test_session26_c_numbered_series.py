"""Standards cited by a body's numbering in forms the rules did not read (issue 12 point 9, session 26,
engineer C):

each body writes its numbers in one fixed form, and a document citing one names a specification the
alliance is about: a 3GPP specification by its number alone ("TS 38.473", "TR 26.957"), SNIA's "SFF-TA-1009",
GSMA's "SGP.33", ATSC's "ATSC A/331", IHO's product specifications "S-104", China's sector standards "YD/T
3709", the UN's vehicle regulations "UN Regulation No. 155". Each is a specification, as written; a 3GPP
number written with "3GPP" is the same specification as the bare number later in the text.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected names were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

NUMBERS = ("TS 38.473", "SFF-TA-1009", "SGP.33", "ATSC A/331", "S-104", "YD/T 3709", "UN Regulation No. 155")

STATEMENT = """LIAISON STATEMENT

From: Harbour Metrology Council (HMC) Tide Gauge Working Group
To: Open Buoy Consortium (OBC) Telemetry Task Force
Purpose: for information

HMC thanks OBC for its information. Our telemetry work now refers to TS 38.473 for the radio link, to
SFF-TA-1009 for the connector, to SGP.33 for the embedded SIM tests, to ATSC A/331 for broadcast delivery,
to S-104 for water levels, to YD/T 3709 for the message layer and to UN Regulation No. 155 for the vehicles
that carry mobile gauges.
"""

NOTES_MD = """# HMC / OBC joint call, 3 May 2027

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC).

## Specifications discussed

- TS 38.473 (radio link)
- SFF-TA-1009 (connector)
- SGP.33 (embedded SIM tests)
- ATSC A/331 (broadcast delivery)
- S-104 (water levels)
- YD/T 3709 (message layer)
- UN Regulation No. 155 (vehicles carrying mobile gauges)
"""

PAGE_HTML = """<html><head><title>HMC and OBC</title></head><body>
<h1>HMC and OBC: the standards we follow</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) align their telemetry work.</p>
<table><tr><th>Area</th><th>Standard</th></tr>
<tr><td>Radio link</td><td>TS 38.473</td></tr><tr><td>Connector</td><td>SFF-TA-1009</td></tr>
<tr><td>Embedded SIM</td><td>SGP.33</td></tr><tr><td>Broadcast</td><td>ATSC A/331</td></tr>
<tr><td>Water levels</td><td>S-104</td></tr><tr><td>Message layer</td><td>YD/T 3709</td></tr>
<tr><td>Vehicles</td><td>UN Regulation No. 155</td></tr></table>
</body></html>
"""

VARIANTS = {"statement.txt": STATEMENT, "notes.md": NOTES_MD, "page.html": PAGE_HTML}


@pytest.mark.parametrize("name", sorted(VARIANTS))
def test_a_body_s_numbered_series_names_a_specification(tmp_path: Path, name: str) -> None:
    labels = topic_labels(extracted(tmp_path, VARIANTS[name], name))
    assert set(NUMBERS) <= labels, labels


def test_a_3gpp_number_with_and_without_its_body_is_one_specification(tmp_path: Path) -> None:
    text = STATEMENT.replace("refers to TS 38.473", "refers to 3GPP TS 38.473 (and TS 38.473 Annex B)")
    record = extracted(tmp_path, text, "statement.txt")
    labels = [s.label for s, _ in record.specifications if "38.473" in s.label]
    assert labels == ["3GPP TS 38.473"], labels


SMPTE = {
    "statement.txt": STATEMENT.replace("to S-104 for water levels", "to SMPTE ST 2067 for the masters"),
    "notes.md": NOTES_MD.replace("- S-104 (water levels)", "- SMPTE ST 2067 (masters)"),
    "page.html": PAGE_HTML.replace("<td>S-104</td>", "<td>SMPTE ST 2067</td>"),
}


@pytest.mark.parametrize("name", sorted(SMPTE))
def test_a_typed_number_like_a_year_is_a_standard(tmp_path: Path, name: str) -> None:
    labels = topic_labels(extracted(tmp_path, SMPTE[name], name))
    assert "SMPTE ST 2067" in labels, labels
