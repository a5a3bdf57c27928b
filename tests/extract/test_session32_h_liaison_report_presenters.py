"""Minutes' section of liaison reports ("8. Reports of external liaisons", "Liaison reports"): the person in
brackets after the body reported on ("Ecma International (Rex Lindqvist): report N0830 presented", "8.1 Ecma
liaison report (Rex Lindqvist)") presents that body's liaison report, its liaison contact (an ISO/IEC JTC 1
plenary's layout), as does the person's item under an item naming the body alone ("- Ecma" over "  - Rex
Lindqvist") (session 32, H). Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "# Minutes of the ISO/IEC JTC 1/SC 34 plenary, Oslo, 22 March 2027\n\n## 1. Opening\n\nThe chair opened "
    "the meeting.\n\n{heading}\n\n"
)
REPORTS = {
    "items": "- Ecma International (Rex Lindqvist): liaison report N0830 presented.\n"
    "- OASIS (Ana Okafor): the ODF TC liaison report.\n",
    "numbered": "8.1 Ecma liaison report (Rex Lindqvist)\n\nThe report was noted.\n",
    "nested": "- Ecma\n  - Rex Lindqvist\n  - project editor of record for 29500\n- OASIS\n  - Ana Okafor\n",
}


def found(record) -> dict[str, str | None]:
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize("heading", ["## 8. Reports of external liaisons", "## Liaison reports"])
@pytest.mark.parametrize("reports", sorted(REPORTS))
def test_the_presenter_is_the_bodys_contact(tmp_path: Path, heading: str, reports: str) -> None:
    record = extracted(tmp_path, HEAD.format(heading=heading) + REPORTS[reports], "minutes.md")
    assert found(record).get("Rex Lindqvist") == "Ecma International", record.contacts


def test_not_under_another_heading(tmp_path: Path) -> None:
    text = HEAD.format(heading="## 9. Projects") + REPORTS["items"]
    assert "Rex Lindqvist" not in found(extracted(tmp_path, text, "minutes.md"))
