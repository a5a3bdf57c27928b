"""A body's name with its acronym never runs across a table's cells (session 31, engineer C2's request): an
agenda row "| 5 min | Liaison status | Yuki | The Alliance for OpenUSD (AOUSD) and ... |" made a party "Yuki
The Alliance" of the presenter's cell and the name after it. The bodies are real, the pages invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ROW = (
    "{presenter}",
    "The Alliance for OpenUSD (AOUSD) and The Khronos Group confirmed their liaison contacts for 2026.",
)
LEAD = "Joint call of the Khronos Group and the Open Geospatial Consortium (OGC) on 3D formats."


def page(layout: str, presenter: str) -> tuple[str, str]:
    cells = ("5 min", "Liaison status", *(c.format(presenter=presenter) for c in ROW))
    if layout == "html":
        row = "".join(f"<td>{c}</td>" for c in cells)
        head = "<tr><th>Time</th><th>Item</th><th>Who</th><th>Notes</th></tr>"
        return (
            "<html><body><h1>AOUSD / Khronos liaison call notes</h1>"
            f"<p>{LEAD}</p><table>{head}<tr>{row}</tr></table></body></html>",
            "notes.html",
        )
    row = "| " + " | ".join(cells) + " |"
    return (
        f"# AOUSD / Khronos liaison call notes\n\n{LEAD}\n\n"
        f"| Time | Item | Who | Notes |\n|---|---|---|---|\n{row}\n",
        "notes.md",
    )


@pytest.mark.parametrize("layout", ["html", "md"])
@pytest.mark.parametrize("presenter", ["Yuki", "Carmen Iturbide", "Dana"])
def test_a_presenter_cell_joins_no_body_name(tmp_path: Path, layout: str, presenter: str) -> None:
    text, name = page(layout, presenter)
    record = extracted(tmp_path, text, name)
    labels = [party.label for party, _ in record.parties]
    assert not [label for label in labels if presenter.split()[0] in label], labels
    assert "The Khronos Group" in labels, labels
