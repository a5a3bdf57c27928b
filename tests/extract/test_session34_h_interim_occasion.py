"""An action due at an IEEE 802 interim session ("... at the May 2027 interim", "... during the January
2028 interim"): the interim is its target, as a plenary is, and the cue before it ("at", "during") no part
of the action. Before, "interim" named no occasion, and the action had no target (session 34, H, from IEEE
802.11 working group minutes). Bodies real, actions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TEXT = """IEEE 802.11 closing plenary - minutes

Date: 2027-03-18

The Wi-Fi Alliance and IETF liaisons reported.

Action items

{line}
"""


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "ACTION: Kwame Asante to report on the IETF MADINAS session at the May 2027 interim.",
            ("report on the ietf madinas session", "the May 2027 interim"),
        ),
        (
            "ACTION: Bo Ek to present the coexistence results to the WFA during the January 2028 interim.",
            ("present the coexistence results to the wfa", "the January 2028 interim"),
        ),
    ],
)
def test_an_interim_is_an_occasion(tmp_path: Path, line: str, expected: tuple[str, str]) -> None:
    assert expected in written_milestone_pairs(tmp_path, TEXT.format(line=line), "minutes.txt")
