"""Minutes' sentence about their own agenda ("The agenda was approved as circulated on 2 April 2027",
"The revised agenda (BT N 9840) was approved on 29 March 2027", "Agenda circulated on 30 March 2027,
approved without change") dates the agenda: no approval and no issue of the record (they were read as the
minutes' approved and published days, under any heading, in text and Markdown). A sentence approving the
record itself keeps its date (session 34, H2). Bodies real, content invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TEXT = """ETSI TC ESI and CEN/TC 224 joint meeting #12 - Minutes

Date: 2027-05-06

1 Opening

{sentence}

2 Cooperation

ETSI TC ESI and CEN/TC 224 agreed to align the two trust service profiles.
"""

MARKDOWN = """# ETSI TC ESI and CEN/TC 224 joint meeting #12 - Minutes

Date: 2027-05-06

## 1. Opening

{sentence}

## 2. Cooperation

ETSI TC ESI and CEN/TC 224 agreed to align the two trust service profiles.
"""

AGENDA = [
    "The agenda was approved as circulated on 2 April 2027.",
    "The revised agenda (ESI(27)12_001) was approved on 29 March 2027 by correspondence.",
    "Agenda circulated on 30 March 2027, approved without change.",
]


def roles(tmp_path: Path, layout: str, name: str, sentence: str) -> set[tuple[str, str]]:
    record = extracted(tmp_path, layout.format(sentence=sentence), name)
    return {(fact.role, fact.value) for fact in record.dates}


@pytest.mark.parametrize(("layout", "name"), [(TEXT, "minutes.txt"), (MARKDOWN, "minutes.md")])
@pytest.mark.parametrize("sentence", AGENDA)
def test_the_agenda_s_day_is_no_approval_or_issue(
    tmp_path: Path, layout: str, name: str, sentence: str
) -> None:
    found = roles(tmp_path, layout, name, sentence)
    assert ("meeting", "2027-05-06") in found, found
    assert not {role for role, _ in found} & {"approved", "published"}, found


def test_the_record_s_own_approval_stays(tmp_path: Path) -> None:
    sentence = "These minutes were approved by correspondence on 20 May 2027."
    found = roles(tmp_path, TEXT, "minutes.txt", sentence)
    assert ("approved", "2027-05-20") in found, found
