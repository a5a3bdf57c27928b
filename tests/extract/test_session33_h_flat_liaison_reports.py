"""Minutes' liaison reports as a plain text writes them, its nesting flattened by the reader ("8. Reports of
External Liaisons" over "   - Ecma" and "     - Rex Example", both read as items of one depth): the person's
item right after an item naming a body alone is that body's report's presenter, its liaison contact, even
when the body is none of the meeting's parties and another rule would give the person a party (session 33,
H; the layout of an ISO/IEC JTC 1 subcommittee's plenary minutes). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PLAIN = (
    "ISO/IEC JTC 1/SC 34 N 0999\n\nTITLE: Minutes of the plenary meeting - Oslo, 22-24 March 2027\n"
    "SOURCE: SC 34 Secretariat\n\n1. Opening of the plenary meeting\n - the chair opened the meeting\n"
    "{number}. {heading}\n{reports}9. Any other business\n - none\n"
)
REPORTS = {
    "nested": "   - Ecma\n     - Rex Lindqvist\n     - see N0830 for the report\n"
    "   - OASIS\n     - Ana Okafor\n",
    "flat": " - Ecma\n - Rex Lindqvist\n - report N0830 noted\n - OASIS\n - Ana Okafor\n",
}


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("heading", ["Reports of External Liaisons", "Liaison reports"])
@pytest.mark.parametrize("reports", sorted(REPORTS))
def test_the_person_after_the_body_presents_its_report(tmp_path: Path, heading: str, reports: str) -> None:
    text = PLAIN.format(number=8, heading=heading, reports=REPORTS[reports])
    contacts = found(extracted(tmp_path, text, "minutes.txt"))
    assert contacts.get("Rex Lindqvist") == "Ecma International", contacts
    assert contacts.get("Ana Okafor", "").startswith("OASIS"), contacts


def test_markdown_flat_list(tmp_path: Path) -> None:
    text = (
        "# Minutes of the OGC / ISO TC 211 joint meeting\n\nDate: 4 May 2027\n\n## 6. Liaison reports\n\n"
        "- Open Geospatial Consortium\n- Bo Lindqvist\n- the report was noted\n"
    )
    contacts = found(extracted(tmp_path, text, "minutes.md"))
    assert contacts.get("Bo Lindqvist") == "Open Geospatial Consortium", contacts


def test_a_person_not_right_after_the_body_is_not_its_presenter(tmp_path: Path) -> None:
    reports = " - Ecma\n - report N0830 noted\n - Rex Lindqvist\n"
    text = PLAIN.format(number=8, heading="Reports of External Liaisons", reports=reports)
    assert found(extracted(tmp_path, text, "minutes.txt")).get("Rex Lindqvist") != "Ecma International"
