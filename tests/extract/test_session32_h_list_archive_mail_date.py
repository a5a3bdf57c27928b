"""A list archive's mail whose subject is its first line ("[group] Timeline ...") over "From:", "Date:" and
"To:" (or "Message-Id:", "Cc:") fields: its "Date:" is the day the mail was sent (published), in a work
register's mail too, not the start of the joint work a register's bare "Date:" is (session 32, H).
Addresses invented.
"""

from __future__ import annotations

import pytest

from kg.extract.document_dates import dates_from_fields
from kg.extract.headers import HeaderField

FROM = HeaderField("from", "Noor Lindqvist <noor@w3-team.example>", 0, 40)
DATE = HeaderField("date", "Tue, 9 Mar 2027 10:12:44 +0100", 41, 77)


@pytest.mark.parametrize(
    "second",
    [
        HeaderField("to", "webtransport-coord@lists.example", 78, 115),
        HeaderField("message-id", "<c41e@w3-team.example>", 78, 115),
        HeaderField("cc", "chairs@lists.example", 78, 115),
    ],
)
@pytest.mark.parametrize("kind", ["WorkRegister", "MeetingRecord"])
def test_the_mails_date_is_its_sending(second: HeaderField, kind: str) -> None:
    found = {(d.role, d.value) for d in dates_from_fields([FROM, DATE, second], kind)}
    assert found == {("published", "2027-03-09")}, found


def test_a_registers_own_date_field_stays_its_start() -> None:
    found = {(d.role, d.value) for d in dates_from_fields([DATE], "WorkRegister")}
    assert found == {("initiated", "2027-03-09")}, found
