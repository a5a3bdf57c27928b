"""Layout invariance of CONTACTS in HTML table cells that hold paragraphs (issue 12, point 9, session 23,
engineer D): real partner and liaison pages (a CMS's rich-text table, a Word page saved as HTML) wrap each
line of a cell in <p> or <div>, or part it with <br>: "<td><p><strong>Name</strong></p><p>Role</p></td>".
The cell is one cell of its row, its lines parts of one text ("Name, Role"), not rows of their own: the
coordinator stays on the row of the body in the first column.

A cell's lines under a label ending in a colon ("<p>From:</p><p>Body</p>") read on as the label's value;
a row written without paragraphs reads as before. Every body and person is invented; the expected facts were
written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>OBC | HMC liaison</title></head>
<body><main>
<h1>Harbour Metrology Council liaison</h1>
<p>The Open Buoy Consortium (OBC) and the Harbour Metrology Council (HMC) have exchanged liaison letters
since September 2021 on tide telemetry and the calibration of tide gauges.</p>
<h2>Liaison coordinators</h2>
<table>
<thead><tr><th>Organization</th><th>Coordinator</th><th>E-mail</th></tr></thead>
<tbody>
<tr><td>{open}Open Buoy Consortium{close}</td><td>{first}</td><td>m.solberg@obc.example</td></tr>
<tr><td>{open}Harbour Metrology Council{close}</td><td>{second}</td><td>t.wierzbicki@hmc.example</td></tr>
</tbody>
</table>
</main></body></html>
"""

CELLS = {
    "paragraphs": (
        "<p><strong>Marit Solberg</strong></p><p>Technical Program Manager</p>",
        "<p>Tomasz Wierzbicki</p><p>Chair, Tide Gauge Working Group</p>",
    ),
    "divs": (
        "<div>Marit Solberg</div><div>Technical Program Manager</div>",
        "<div>Tomasz Wierzbicki</div><div>Chair, Tide Gauge Working Group</div>",
    ),
    "line-breaks": (
        "Marit Solberg<br>Technical Program Manager",
        "Tomasz Wierzbicki<br/>Chair, Tide Gauge Working Group",
    ),
}
WRAPS = {"bare": ("", ""), "paragraph": ("<p>", "</p>")}


def contacts(tmp_path: Path, text: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, "page.html")
    return {
        c.person: (c.organization.acronym if c.organization else None) for c in record.contacts if c.person
    }


@pytest.mark.parametrize("cells", CELLS.values(), ids=CELLS.keys())
@pytest.mark.parametrize("wrap", WRAPS.values(), ids=WRAPS.keys())
def test_a_coordinator_in_a_cell_of_paragraphs_stays_on_the_row_of_the_body(
    tmp_path: Path, cells: tuple[str, str], wrap: tuple[str, str]
) -> None:
    text = PAGE.format(open=wrap[0], close=wrap[1], first=cells[0], second=cells[1])
    assert contacts(tmp_path, text) == {"Marit Solberg": "OBC", "Tomasz Wierzbicki": "HMC"}


def test_the_lines_of_a_cell_are_one_cell_of_its_row(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE.format(open="<p>", close="</p>", first=CELLS["paragraphs"][0], second="x"), "utf-8")
    lines = read_document(path).text.splitlines()
    assert "Open Buoy Consortium\tMarit Solberg, Technical Program Manager\tm.solberg@obc.example" in lines


def test_a_label_in_its_own_paragraph_reads_on_into_its_value(tmp_path: Path) -> None:
    path = tmp_path / "ls.html"
    path.write_text(
        "<html><body><table><tr><td><p>From:</p><p>Open Buoy Consortium</p></td>"
        "<td><p>To:</p><p>Harbour Metrology Council</p></td></tr></table></body></html>",
        "utf-8",
    )
    assert "From: Open Buoy Consortium\tTo: Harbour Metrology Council" in read_document(path).text


def test_words_a_tracked_change_deleted_are_not_read(tmp_path: Path) -> None:
    path = tmp_path / "addendum.html"
    path.write_text(
        "<html><body><table><tr><td><p>2.1</p></td><td><p>Joint glossary of tide terms</p></td>"
        '<td><p>Target: <span><del datetime="2026-07-01">Q3 2026</del></span><ins>Q1 2027</ins></p></td></tr>'
        "</table><p>Status: <del>Draft</del><ins>Approved</ins></p></body></html>",
        "utf-8",
    )
    text = read_document(path).text
    assert "2.1\tJoint glossary of tide terms\tTarget: Q1 2027" in text.splitlines()
    assert "Status: Approved" in text.splitlines()


CARDS_PAGE = """<html><body>
<p>The Open Buoy Consortium (OBC) and the Harbour Metrology Council (HMC) keep a joint work register on tide
telemetry.</p>
<h2>6. Contacts</h2>
<table>
<tr><th>Open Buoy Consortium</th><th>Harbour Metrology Council</th></tr>
<tr><td>Marit Solberg, Telemetry Task Force co-chair<br>m.solberg@obc.example</td>
<td>Tomasz Wierzbicki, Tide Gauge Working Group chair<br>t.wierzbicki@hmc.example</td></tr>
</table>
</body></html>
"""


def test_a_card_in_a_column_of_a_party_is_that_partys_contact(tmp_path: Path) -> None:
    assert contacts(tmp_path, CARDS_PAGE) == {"Marit Solberg": "OBC", "Tomasz Wierzbicki": "HMC"}


FOOTERS = {
    "list": '<footer><ul><li><a href="/privacy/">Privacy Policy</a></li>'
    '<li><a href="/terms/">Terms of Use</a></li><li><a href="/contact/">Contact</a></li></ul></footer>',
    "share-bar": '<div class="share"><span>Share:</span> <a href="#">Facebook</a> <a href="#">X</a> '
    '<a href="#">LinkedIn</a> <a href="#">Email</a></div>',
    "legal": "<footer><p>Contact</p><p>Legal notice</p><p>Imprint</p></footer>",
}


@pytest.mark.parametrize("footer", FOOTERS.values(), ids=FOOTERS.keys())
def test_a_pages_own_links_are_no_contacts(tmp_path: Path, footer: str) -> None:
    page = CARDS_PAGE.replace("</body>", f"<h2>Contact</h2>{footer}</body>")
    assert contacts(tmp_path, page) == {"Marit Solberg": "OBC", "Tomasz Wierzbicki": "HMC"}
