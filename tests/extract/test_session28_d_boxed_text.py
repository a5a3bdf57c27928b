"""Text in boxes drawn in a plain-text file (issue 12, point 9, session 28, engineer D): contact cards, a
statement's header fields, a register's sections framed by "+----+" and "| ... |" lines, or by the box
drawing characters of a word processor's or a terminal's export. Every rule reads lines: a line opening
with a bar was no field, heading, item or name, so everything in a box was lost (a card's officer, a
register's items), and the box's lines, padded to its width, looked wrapped at a margin.

A box one column wide is read as the text inside it: its rules part boxes as blank lines do, the text
between its bars is a line of its own. A table's rule ("+---+---+") and a row of cells ("| a | b |") stay
the table they are. Every person and wording is invented; the bodies and their standards are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document

REGISTER = """Khronos Group and ASAM - Joint Work Register

Khronos Group and ASAM e.V. keep this register of their joint work on
simulation formats for automated driving.

{top}
{side} Work items{pad:41}{side}
{side}{blank:52}{side}
{side} - Mapping of glTF materials to OpenMATERIAL - Q3 2027 {side}
{side} - Shared sensor model test scenes - Q1 2028{pad:8}{side}
{bottom}

{top}
{side} Contacts{pad:43}{side}
{side}{blank:52}{side}
{side} Khronos Group: Annika Feodorova-Walsh{pad:14}{side}
{side} ASAM e.V.: Teodor Marchetti-Oyelaran{pad:16}{side}
{bottom}
"""

# three ways of drawing a box: ASCII, and the light and double box drawing characters
BOXES = {
    "ascii": ("+" + "-" * 52 + "+", "|", "+" + "-" * 52 + "+"),
    "light": ("\u250c" + "\u2500" * 52 + "\u2510", "\u2502", "\u2514" + "\u2500" * 52 + "\u2518"),
    "double": ("\u2554" + "\u2550" * 52 + "\u2557", "\u2551", "\u255a" + "\u2550" * 52 + "\u255d"),
}


def register(box: str) -> str:
    top, side, bottom = BOXES[box]
    return REGISTER.format(top=top, side=side, bottom=bottom, pad="", blank="")


@pytest.mark.parametrize("box", BOXES, ids=list(BOXES))
def test_a_boxed_section_is_its_lines(tmp_path: Path, box: str) -> None:
    (tmp_path / "register.txt").write_text(register(box), encoding="utf-8")
    lines = read_document(tmp_path / "register.txt").text.splitlines()
    assert "Work items" in lines and "Khronos Group: Annika Feodorova-Walsh" in lines
    assert "- Shared sensor model test scenes - Q1 2028" in lines


@pytest.mark.parametrize("box", BOXES, ids=list(BOXES))
def test_a_boxed_register_gives_its_items_and_contacts(tmp_path: Path, box: str) -> None:
    record = extracted(tmp_path, register(box), "register.txt")
    targets = {m.label: m.target.text if m.target else None for m in record.milestones}
    assert targets == {
        "Mapping of glTF materials to OpenMATERIAL": "Q3 2027",
        "Shared sensor model test scenes": "Q1 2028",
    }
    assert {c.person for c in record.contacts} == {"Annika Feodorova-Walsh", "Teodor Marchetti-Oyelaran"}


STATEMENT = """                         LIAISON STATEMENT

{top}
{side} From:      ITU-T Study Group 15{pad:20}{side}
{side} To:        IEEE 802.3 Working Group{pad:16}{side}
{side} Purpose:   For action{pad:30}{side}
{side} Deadline:  15 March 2027{pad:27}{side}
{bottom}

Study Group 15 thanks the IEEE 802.3 Working Group for its liaison on
the coexistence of 50G PON and 25GBASE-PR on the same fibre plant.
"""


@pytest.mark.parametrize("box", ["light", "double"])
def test_a_statement_s_boxed_header_gives_its_fields(tmp_path: Path, box: str) -> None:
    top, side, bottom = BOXES[box]
    text = STATEMENT.format(top=top, side=side, bottom=bottom, pad="")
    record = extracted(tmp_path, text, "statement.txt")
    assert record.liaison is not None and str(record.liaison.deadline) == "2027-03-15"


def test_a_table_s_rules_and_rows_are_no_box(tmp_path: Path) -> None:
    table = (
        "+-----+------------------------------+---------+\n"
        "| No. | Work item                    | Target  |\n"
        "+=====+==============================+=========+\n"
        "| 1   | Joint glossary of terms      | Q3 2027 |\n"
        "+-----+------------------------------+---------+\n"
    )
    (tmp_path / "table.txt").write_text("Register\n\n" + table, encoding="utf-8")
    assert read_document(tmp_path / "table.txt").text == "Register\n\n" + table
