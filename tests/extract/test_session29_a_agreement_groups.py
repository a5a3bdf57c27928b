"""Layout invariance of PARTIES when the text names the group an agreement sets up to run itself (issue 12,
point 9, session 29, tuner A; the real OASIS release on the e-business MoU quotes the "Chair of the MoU
Management Group", /work/s29/a-real.md).

"The MoU Management Group meets twice a year" made "MoU Management Group" a new organization and a party of
the memorandum. A group named after the agreement ("MoU Management Group", "Memorandum Steering Committee",
"Agreement Coordination Group") is the agreement's own group, no body to ally with; a body whose name only
opens with another word of the field ("Alliance for Telecommunications Industry Solutions") is unchanged.
Wording invented; three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "OASIS joined IEC, ISO and ITU in the Memorandum of Understanding on electronic business in 2027."


def written(layout: str, sentence: str) -> tuple[str, str]:
    title = "OASIS joins the MoU on electronic business"
    if layout == "md":
        return f"# {title}\n\n{LEAD} {sentence}\n", "a.md"
    if layout == "html":
        return f"<html><body><h1>{title}</h1><p>{LEAD}</p><p>{sentence}</p></body></html>\n", "a.html"
    return f"{title}\n\n{LEAD}\n\n{sentence}\n", "a.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    "group", ["MoU Management Group", "Memorandum Steering Committee", "Agreement Coordination Group"]
)
def test_the_agreements_own_group_is_no_party(tmp_path: Path, layout: str, group: str) -> None:
    text, name = written(layout, f"The {group} meets twice a year to review the joint work.")
    parties = {p.acronym or p.label for p, _ in extracted(tmp_path, text, name).parties}
    assert parties == {"OASIS", "IEC", "ISO", "ITU"}
