"""A team written with its acronym ("Joint Video Experts Team (JVET)", "Joint Collaborative Team on Video
Coding (JCT-VC)", "Joint Team on Audio Codecs (JTAC)") is a group of people two bodies set up, never a
specification or a topic of the text (issue 12 point 9, session 33, engineer G; ITU-T SG 16's meeting
summaries). Teams invented but JVET and JCT-VC; wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels


def summary(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# SG 16 meeting results\n\n{sentence}\n", "s.md"
    if layout == "html":
        return f"<html><body><h1>SG 16 meeting results</h1><p>{sentence}</p></body></html>", "s.html"
    return f"SG 16 meeting results\n\n{sentence}\n", "s.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "team"),
    [
        (
            "The Joint Video Experts Team (JVET) of ITU-T SG 16 and ISO/IEC JTC 1/SC 29 met in Geneva, "
            "in liaison with both.",
            "Joint Video Experts Team",
        ),
        (
            "ITU-T SG 16 and ISO/IEC JTC 1/SC 29 agreed in liaison that the Joint Audio Codec Team (JACT) "
            "will meet in May.",
            "Joint Audio Codec Team",
        ),
    ],
)
def test_a_team_with_its_acronym_is_no_topic(tmp_path: Path, layout: str, sentence: str, team: str) -> None:
    record = extracted(tmp_path, *summary(layout, sentence))
    assert team not in topic_labels(record), topic_labels(record)
