"""A liaison statement's "Contact:" header field opens no contacts section for the body after it: the
specifications the body cites concern the statement (they were lost as "contact" text). Invented."""

from __future__ import annotations

from pathlib import Path

from support.work_items import extracted

STATEMENT = """LIAISON STATEMENT
Source:     Kestrel Networks Alliance (KNA)
To:         Quantum Grid Alliance (QGA)
Title:      LS on energy metrics for metering gateways
Purpose:    Action
Deadline:   30 June 2027
Contact:    Nadia Oyelowo-Brandt       E-mail: nadia@kna.example

KNA has started work on draft Recommendation ITU-T Y.em-gw and asks QGA to review its alignment with
ETSI TS 103 999 and with 3GPP TS 23.501 before the deadline given above, so that both can progress.
"""


def test_the_body_after_a_contact_field_is_no_contact_text(tmp_path: Path) -> None:
    record = extracted(tmp_path, STATEMENT, "statement.txt")
    labels = {s.label for s, _ in record.specifications}
    assert {"ITU-T Y.em-gw", "ETSI TS 103 999", "3GPP TS 23.501"} <= labels
