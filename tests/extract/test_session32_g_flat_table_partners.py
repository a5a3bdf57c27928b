"""A liaisons table a text reader flattened, a row a line with its cells run together by blanks, under a
header line opening with "Organization" ("Organization W3C Activities affected W3C contact Liaison
contact"): each line after the header opens with a partner, and the partners are the bodies the lines open
with (issue 12 point 9, session 32, engineer G; W3C's liaisons table saved as text, /work/s32/g-real.md:
one partner of nine was read, as a text reader runs such lines together into paragraphs).

Bodies real, activities, people and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = """Liaisons

The {writer} works with many other organizations; this table lists its liaisons.

{header}
European Committee for Standardization (CEN) Accessibility Ana Example Ben Example
Association of Radio Industries and Businesses (ARIB) Timed Text Carl Example
Advanced Television Systems Committee (ATSC) Web and TV,
Timed Text
Dana Example (Web and TV)
The Alliance for Internet of Things Innovation (AIOTI) Web of Things Eve Example
"""


@pytest.mark.parametrize(
    ("writer", "header"),
    [
        (
            "World Wide Web Consortium (W3C)",
            "Organization W3C Activities affected W3C contact Liaison contact",
        ),
        ("Open Geospatial Consortium (OGC)", "Organizations OGC groups OGC contact Their contact"),
        ("OASIS Open", "Partner Technical committees Contacts"),
    ],
)
def test_the_lines_of_a_flattened_table_open_with_its_partners(
    tmp_path: Path, writer: str, header: str
) -> None:
    record = extracted(tmp_path, PAGE.format(writer=writer, header=header), "liaisons.txt")
    parties = {p.short_name for p, _ in record.parties}
    assert {"CEN", "ARIB", "ATSC", "AIOTI"} <= parties, parties


def test_lines_without_the_header_are_no_table(tmp_path: Path) -> None:
    text = PAGE.format(writer="World Wide Web Consortium (W3C)", header="Our liaisons are listed below.")
    parties = {p.short_name for p, _ in extracted(tmp_path, text, "liaisons.txt").parties}
    assert not {"CEN", "ARIB", "ATSC", "AIOTI"} <= parties, parties
