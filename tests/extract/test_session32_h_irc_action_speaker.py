"""A W3C chat log's minutes: an "ACTION:" line and the bot's line after it ("<trackbot> Created ACTION-123 -
... [on Name - due 2027-04-30].") that a plain-text reader runs together: the action ends before the next
speaker's mark, its due day its own ("by 30 April 2027") (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LOG = """WoT WG and OPC Foundation joint call

15 Mar 2027

Present
Kaz_Lindqvist, Ana_Okafor

Liaison with the OPC Foundation

{action}

{bot} Created ACTION-123 - Send the liaison letter to the opc foundation [on Kaz Lindqvist - due 2027-04-30].

The OPC Foundation and W3C agreed to continue the liaison.
"""


@pytest.mark.parametrize("bot", ["<trackbot>", "<RRSAgent>", "<kaz>"])
@pytest.mark.parametrize(
    ("action", "target"),
    [
        ("ACTION: kaz to send the liaison letter to the OPC Foundation by 30 April 2027", "30 April 2027"),
        (
            "<kaz> ACTION: kaz to send the liaison letter to the OPC Foundation by 30 April 2027",
            "30 April 2027",
        ),
    ],
)
def test_the_action_ends_before_the_next_speaker(tmp_path: Path, bot: str, action: str, target: str) -> None:
    record = extracted(tmp_path, LOG.format(action=action, bot=bot), "minutes.txt")
    found = {(m.label, m.target.text if m.target else None) for m in record.milestones}
    assert found == {("Send the liaison letter to the OPC Foundation", target)}, found
