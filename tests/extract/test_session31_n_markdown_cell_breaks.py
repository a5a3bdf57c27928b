"""A `<br>` inside a Markdown table's cell parts the cell's lines as the HTML reader parts a cell's lines
(a comma, a space after a label or a sentence's end): an ITU-style contact card written in a Markdown
table ("| Contact: | Name<br>Org<br>Country | Tel: ...<br>E-mail: ... |") keeps its person apart from
the body (session 31, engineer N, C's request). Names invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document

CARDS = [
    "| Contact: | Hyun-woo Example<br>Tidewater Labs<br>Korea (Republic of) "
    "| Tel: +82 2 555 0100<br>E-mail: hw@tide.example |",
    "| Contact: | Ilse Sample<BR>Harbour Metrology Institute<br/>Italy "
    "| Tel: +39 06 555 0101<br />E-mail: ilse@hmi.example |",
    "|Contact:|Ana Roe<br>OBC<br>Norway|Tel: +47 555 0102<br>E-mail: ana@obc.example|",
]


def read(tmp_path: Path, text: str) -> str:
    path = tmp_path / "card.md"
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


@pytest.mark.parametrize("card", CARDS)
def test_a_cells_br_parts_its_lines(tmp_path: Path, card: str) -> None:
    text = read(
        tmp_path, "# Liaison statement\n\n| | |\n|---|---|\n| Source | Study Group 13 |\n\n" + card + "\n"
    )
    row = next(line for line in text.splitlines() if line.startswith("Contact:"))
    assert "<br" not in row.lower(), row
    cells = row.split("\t")
    assert len(cells) == 3, cells
    person, body, country = cells[1].split(", ", 2)
    assert person.split()[0] in ("Hyun-woo", "Ilse", "Ana") and body and country, cells
    assert cells[2].startswith("Tel: ") and ", E-mail: " in cells[2], cells


def test_a_br_outside_a_table_is_left_to_the_paragraph(tmp_path: Path) -> None:
    text = read(tmp_path, "Contact: Ana Roe<br>OBC\n")
    assert "Ana Roe" in text
