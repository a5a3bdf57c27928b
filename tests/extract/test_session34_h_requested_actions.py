"""A meeting's decision or resolution asking someone to act by a day, as CEN/BT decisions and ITU-T
meeting reports word them ("The CEN/BT asks CCMC to submit X to the ETSI Board, by 30 June 2027", "The
meeting requested the secretariat to circulate X by 15 May 2027", "SG 13 invites TSB to publish X before
1 July 2027"): the action from its verb, due that day. Before, such a sentence gave no action (session 34,
H). A request with no due day, or a day with no cue ("... at its meeting of 3 May 2027"), gives none.
Bodies real, decisions invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import written_milestone_pairs

TEXT = """CEN/BT - ETSI joint session - Summary report

Date: 14 April 2027

2 COOPERATION WITH ETSI

The CEN/BT and the ETSI Board discussed the revised annex on joint working groups.

{sentence}
"""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "BT Decision C 41/2027: the CEN/BT asks CCMC to submit the consolidated agreement to the ETSI "
            "Board for approval, by 30 June 2027.",
            ("submit the consolidated agreement to the etsi board for approval", "30 June 2027"),
        ),
        (
            "The meeting requested the secretariat to circulate the list of joint working groups by 15 May "
            "2027.",
            ("circulate the list of joint working groups", "15 May 2027"),
        ),
        (
            "ISO/TC 211 requests its secretariat to circulate the revised terms of reference of the joint "
            "advisory group with OGC by 31 August 2027.",
            (
                "circulate the revised terms of reference of the joint advisory group with ogc",
                "31 August 2027",
            ),
        ),
        (
            "The joint session invited ETSI CTI to publish the revised test plan before 1 July 2027.",
            ("publish the revised test plan", "1 July 2027"),
        ),
    ],
)
def test_a_request_with_its_due_day(tmp_path: Path, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in written_milestone_pairs(tmp_path, TEXT.format(sentence=sentence), "report.txt")


@pytest.mark.parametrize(
    "sentence",
    [
        "The meeting requested the secretariat to circulate the list of joint working groups.",
        "The CEN/BT asked CCMC to report on the annex at its meeting of 3 May 2027.",
    ],
)
def test_no_due_day_no_action(tmp_path: Path, sentence: str) -> None:
    found = written_milestone_pairs(tmp_path, TEXT.format(sentence=sentence), "report.txt")
    assert not [pair for pair in found if "annex" in pair[0] or "joint working groups" in pair[0]], found
