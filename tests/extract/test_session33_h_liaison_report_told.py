"""Under minutes' liaison-reports heading, a report told with its presenter first or after its body and a
dash or colon ("Bo Example (ISO/TC 211) gave the liaison report", "Bo Example presented the ISO/TC 211
liaison report", "ISO/TC 211 \u2014 Bo Example: ...", "Liaison report \u2013 ISO/TC 211 \u2013 Bo Example.",
"ISO/TC 211: Bo Example reported that ..."): the presenter is the body's liaison contact (session 33, H;
probed on ten invented variants of an OGC closing plenary's minutes). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "{h}Minutes of the OGC Technical Committee closing plenary, 12 March 2027\n\n{h2}1. Opening\n\nThe chair "
    "opened the plenary.\n\n{h2}{section}\n\n{line}\n\n{h2}6. Any other business\n\nNone.\n"
)
REST = "the joint work on ISO 19115 continues."
LINES = [
    f"Bo Okafor (ISO/TC 211) gave the liaison report; {REST}",
    f"Bo Okafor presented the ISO/TC 211 liaison report; {REST}",
    f"Liaison report \u2013 ISO/TC 211 \u2013 Bo Okafor. {REST}",
    f"- ISO/TC 211 \u2014 Bo Okafor: {REST}",
    "ISO/TC 211: Bo Okafor reported that the joint work on ISO 19115 continues.",
]


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("name", ["minutes.md", "minutes.txt"])
@pytest.mark.parametrize("section", ["5. Liaison reports", "5. Reports of external liaisons"])
@pytest.mark.parametrize("line", LINES)
def test_the_presenter_is_the_bodys_contact(tmp_path: Path, name: str, section: str, line: str) -> None:
    md = name.endswith(".md")
    text = HEAD.format(h="# " if md else "", h2="## " if md else "", section=section, line=line)
    iso = "International Organization for Standardization"
    assert found(extracted(tmp_path, text, name)).get("Bo Okafor") == iso


@pytest.mark.parametrize("line", LINES[:2])
def test_not_under_another_heading(tmp_path: Path, line: str) -> None:
    text = HEAD.format(h="# ", h2="## ", section="5. Projects", line=line)
    assert "Bo Okafor" not in found(extracted(tmp_path, text, "minutes.md"))
