"""A measure of time opening a group's words ("a 10-day WG letter ballot", "a 15-day Working Group ballot",
"the 2-hour TF call") says how long something of the group lasts: it is no unit ("IEEE 10-day WG" was one,
of the body named before it) (issue 12 point 9, session 33, engineer G; an IEEE 802 EC email ballot on a
reply liaison to ITU-R). Groups and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def mail(layout: str, body: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Reply liaison to ITU-R WP 5D\n\n{body}\n", "m.md"
    if layout == "html":
        return f"<html><body><h1>Reply liaison to ITU-R WP 5D</h1><p>{body}</p></body></html>", "m.html"
    return f"Reply liaison to ITU-R WP 5D\n\n{body}\n", "m.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "body",
    [
        "The IEEE 802.11 Working Group held a 10-day WG letter ballot on the reply to ITU-R WP 5D.",
        "IEEE 802.16 is conducting a 15-day Working Group ballot on its reply to ITU-R WP 5D.",
        "After a 30-day TF review, IEEE 802.3 sends this reply to ITU-R WP 5D.",
    ],
)
def test_a_measure_of_time_is_no_unit(tmp_path: Path, layout: str, body: str) -> None:
    record = extracted(tmp_path, *mail(layout, body))
    labels = [u.label for u, _ in record.units]
    assert not any("-day" in label for label in labels), labels


def test_a_numbered_group_stays_a_unit(tmp_path: Path) -> None:
    body = "The IEEE 802.11 Working Group and its TG 11 held a 10-day WG letter ballot on the reply."
    record = extracted(tmp_path, *mail("txt", body))
    labels = [u.label for u, _ in record.units]
    assert "IEEE 802.11 Working Group" in labels, labels
