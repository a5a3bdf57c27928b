"""A group of people written with its acronym under a head no unit rule reads alone ("the Joint Coordination
Group (JCG)", "the ICT Steering Board (ICTSB)", "the Access Rights Expert Panel (AREP)") is never a defined
subject, a specification or a topic of the text (issue 12 point 9, session 34, engineer G; the CEN/CENELEC
/ETSI Joint Presidents Group's profile page). Groups and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def profile(layout: str, line: str) -> tuple[str, str]:
    opening = (
        "Coordination group between CEN, CENELEC and ETSI on common matters of European standardization."
    )
    if layout == "md":
        return f"# Joint Group CEN/CENELEC/ETSI\n\n{opening}\n\nThe group is assisted by {line}.\n", "p.md"
    if layout == "html":
        return (
            f"<html><body><h1>Joint Group CEN/CENELEC/ETSI</h1><p>{opening}</p>"
            f"<p>The group is assisted by {line}.</p></body></html>",
            "p.html",
        )
    return f"Joint Group CEN/CENELEC/ETSI\n\n{opening}\n\nThe group is assisted by {line}.\n", "p.txt"


@pytest.mark.parametrize(
    ("layout", "line", "group"),
    [
        ("txt", "the Joint Harbour Coordination Group (JHCG)", "Joint Harbour Coordination Group"),
        ("md", "the Buoy Data Steering Board (BDSB)", "Buoy Data Steering Board"),
        ("html", "the Access Rights Expert Panel (AREP)", "Access Rights Expert Panel"),
    ],
)
def test_a_group_of_people_is_no_subject(tmp_path: Path, layout: str, line: str, group: str) -> None:
    record = extracted(tmp_path, *profile(layout, line))
    labels = {entity.label for entity, _ in record.specifications}
    assert group not in labels, labels


def test_a_defined_term_is_still_a_subject(tmp_path: Path) -> None:
    record = extracted(tmp_path, *profile("txt", "work on the Harbour Data Exchange Protocol (HDEP)"))
    assert "Harbour Data Exchange Protocol" in {entity.label for entity, _ in record.specifications}
