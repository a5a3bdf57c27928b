"""A meeting still ahead makes no minutes (issue 12 point 9, session 31, engineer L; session 30 M's
workshop-agreement timeline): a plan or agreement whose lead sentence says its kick-off meeting or workshop
"will be held" or "is planned for", with dated steps listed below, is a plan of work (a WorkRegister), even
when its title names a workshop. A record of a meeting held (its attendees, agenda, actions) stays minutes.
The bodies are real, the documents and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLES = [
    "DMTF and SNIA joint workshop agreement on storage telemetry",
    "OGF / DMTF workshop on network profiles: plan",
    "Joint Workshop of DMTF and SNIA - timeline",
]
LEADS = [
    "The kick-off meeting will be held on 14 April 2027 and the closing workshop in October 2027.",
    "A kick-off workshop is planned for 3 March 2027; the steps below follow it.",
    "The first meeting of the project team is scheduled for 9 February 2027 (online).",
    "The opening workshop will take place in Geneva on 20 May 2027.",
]
STEPS = [
    "Draft scope circulated to both secretariats on 1 March 2027",
    "Call for experts open until 30 April 2027",
    "First working draft shared by 15 June 2027",
    "Comments collected until 31 August 2027",
    "Final text agreed November 2027",
]


def plan(layout: str, title: str, lead: str) -> tuple[str, str]:
    if layout == "md":
        steps = "".join(f"{n}. {s}\n" for n, s in enumerate(STEPS, 1))
        return f"# {title}\n\n{lead}\n\n{steps}", "plan.md"
    steps = "".join(f"{n}. {s}\n" for n, s in enumerate(STEPS, 1))
    return f"{title}\n\nSteps agreed between DMTF and SNIA\n\n{lead}\n\n{steps}", "plan.txt"


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("lead", LEADS)
@pytest.mark.parametrize("title", TITLES)
def test_a_plan_whose_meeting_is_ahead_is_no_minutes(
    tmp_path: Path, layout: str, title: str, lead: str
) -> None:
    text, name = plan(layout, title, lead)
    assert extracted(tmp_path, text, name).kind == "WorkRegister"


MINUTES = """{title}

Attendees: Jane Roe (DMTF), Li Wei (SNIA)

The kick-off meeting was held on 14 April 2027. The next workshop will be held on 20 May 2027.

Actions:
1. Jane Roe to circulate the scope by 1 May 2027
2. Li Wei to collect comments by 15 May 2027
"""


@pytest.mark.parametrize("title", TITLES[:2])
def test_a_record_of_a_meeting_held_stays_minutes(tmp_path: Path, title: str) -> None:
    assert extracted(tmp_path, MINUTES.format(title=title), "minutes.txt").kind == "MeetingRecord"


def test_a_meeting_announced_without_dated_steps_keeps_its_title(tmp_path: Path) -> None:
    text = (
        "DMTF and SNIA joint workshop on storage telemetry\n\n"
        "The workshop will be held on 14 April 2027 in Portland. DMTF and SNIA members attend it "
        "to present their liaison work.\n"
    )
    assert extracted(tmp_path, text, "workshop.txt").kind == "MeetingRecord"


@pytest.mark.parametrize(
    "title",
    [
        "DMTF and SNIA joint storage note: plan of work",
        "Steps towards the second edition of the joint DMTF and SNIA storage note",
        "DMTF / SNIA storage glossary - how we get there",
    ],
)
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_plan_whose_title_names_no_kind_is_a_plan_too(tmp_path: Path, title: str, layout: str) -> None:
    text, name = plan(layout, title, LEADS[0])
    assert extracted(tmp_path, text, name).kind == "WorkRegister"


def test_a_page_naming_its_partnership_keeps_its_title(tmp_path: Path) -> None:
    text, name = plan("txt", "DMTF partnership with SNIA", LEADS[0])
    assert extracted(tmp_path, text, name).kind == "AlliancePage"
