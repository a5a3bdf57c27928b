"""Layout invariance of UNITS named after an officer's title (issue 12, point 9, session 28, tuner A).

Liaison letters that several groups send together are signed by their chairs, each over the group: "Chair of
the Architecture Working Group of the 5G Automotive Association", "Convenor of the Buoy Working Group",
"Vice-Chairman of the Telemetry Task Force". A unit phrase read from the title's capital took the title in:
the unit "Chair of the Architecture Working Group", which no document calls so. The group is the unit, its
officer's title no part of its name. Bodies, groups and people are invented; each title is written in a
letter's signature lines (plain text), a table of chairs (HTML) and a Markdown list.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLES = ["Chair of the", "Convenor of the", "Vice-Chairman of the", "Secretary of the"]
LETTER = (
    "Subject: Liaison statement on the new Buoy Interworking Group\n\n"
    "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) inform the Coastal Buoy "
    "Forum (CBF) that their groups have set up a joint group on buoy telemetry, for information.\n\n"
)


def document(layout: str, title: str) -> tuple[str, str]:
    signers = [
        (f"{title} Telemetry Working Group of the KDA", "Ada Lindqvist-Oyelaran"),
        (f"{title} Mooring Task Force of the FSC", "Tomas Brekke-Adeyemi"),
    ]
    if layout == "html":
        rows = "".join(f"<tr><td><b>{role}</b><br>{person}</td></tr>" for role, person in signers)
        body = LETTER.replace("\n\n", "</p><p>")
        return f"<html><body><table>{rows}</table><p>{body}</p></body></html>\n", "a.html"
    if layout == "md":
        items = "\n".join(f"- **{role}**: {person}" for role, person in signers)
        return f"# Liaison statement\n\n{LETTER}Signed by:\n\n{items}\n", "a.md"
    lines = "\n\n".join(f"{person}\n{role}" for role, person in signers)
    return f"{LETTER}Best regards,\n\n{lines}\n", "a.txt"


@pytest.mark.parametrize("title", TITLES)
@pytest.mark.parametrize("layout", ["txt", "html", "md"])
def test_an_officers_title_is_no_part_of_the_groups_name(tmp_path: Path, layout: str, title: str) -> None:
    text, name = document(layout, title)
    labels = {unit.label for unit, _ in extracted(tmp_path, text, name).units}
    assert not [label for label in labels if label.split()[0] in ("Chair", "Convenor", "Vice-Chairman")]
    assert not [label for label in labels if label.startswith(("Secretary", "of the"))], labels
    assert {"Telemetry Working Group", "Mooring Task Force"} <= labels, labels
