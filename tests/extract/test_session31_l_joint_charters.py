"""A joint group's charter with a timeline is the register of the group's joint work (issue 12 point 9,
session 31, engineer L; dev's charters of joint task forces and working groups, read as pages): its title
names a charter and a joint group ("X / Y Joint Task Force ...: Charter", "Joint Working Group Charter"),
and a section headed by its milestones, timeline or timetable lists what is due when. A charter of one
body's group (its liaisons listed) stays a page, and so does a joint charter without a timeline. Bodies
real, charters invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLES = [
    "DMTF / SNIA Joint Task Force on Storage Telemetry: Charter",
    "Storage Telemetry Joint Working Group Charter",
    "Charter of the DMTF-SNIA Joint Telemetry Group",
]
HEADINGS = ["Milestones", "Timeline", "Expected timetable", "3. Deliverables and schedule"]
BODY = """The joint task force of DMTF and SNIA defines one telemetry profile that both bodies publish.

{h2}Scope

The group works on the telemetry profile and its test suite, in cooperation between the two bodies.

{h2}{heading}

- First draft of the telemetry profile in March 2027
- Test suite complete in September 2027
- Profile published by both bodies in December 2027
"""


def charter(layout: str, title: str, heading: str) -> tuple[str, str]:
    if layout == "md":
        return f"# {title}\n\n" + BODY.format(h2="## ", heading=heading), "charter.md"
    return f"{title}\n\n" + BODY.format(h2="", heading=heading), "charter.txt"


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("heading", HEADINGS)
@pytest.mark.parametrize("title", TITLES)
def test_a_joint_groups_charter_with_a_timeline_is_a_register(
    tmp_path: Path, layout: str, title: str, heading: str
) -> None:
    text, name = charter(layout, title, heading)
    assert extracted(tmp_path, text, name).kind == "WorkRegister"


@pytest.mark.parametrize("layout", ["txt", "md"])
def test_one_bodys_charter_stays_a_page(tmp_path: Path, layout: str) -> None:
    text, name = charter(layout, "Storage Telemetry Working Group Charter", "Milestones")
    text = text.replace("joint task force of DMTF and SNIA", "DMTF working group, in liaison with SNIA,")
    assert extracted(tmp_path, text, name).kind == "AlliancePage"


def test_a_joint_charter_without_a_timeline_stays_a_page(tmp_path: Path) -> None:
    text, name = charter("md", TITLES[0], "Liaisons")
    text = (
        text.replace(" in March 2027", "").replace(" in September 2027", "").replace(" in December 2027", "")
    )
    assert extracted(tmp_path, text, name).kind == "AlliancePage"
