"""AsciiDoc's block markup read as plain text (kg.extract.formats_asciidoc): ordered lists written
". item", nested ones, description lists "Term:: definition", block titles, delimiters, attribute and
comment lines; every character still at its source offset; wiki pages and plain text left alone; and
what a register written in AsciiDoc yields. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted, item_keys

from kg.extract.documents import SUPPORTED_SUFFIXES, md_lines, read_document
from kg.extract.formats_asciidoc import asciidoc_markup, is_asciidoc
from kg.model.records import AllianceRecord

LISTS = """\
= Joint Work Plan of the Harbour Metrology Council and the Open Buoy Consortium
:revdate: 2027-05-02

== Work items

. Tide gauge calibration profile -- target: Q4 2027
.. Draft for comment
.. Final text
. Buoy telemetry vocabulary -- target: 2Q2028

* Reviewed by both boards
** Council board
** Consortium board
"""


def read(tmp_path: Path, text: str, name: str = "plan.adoc") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_document(path).text


def test_ordered_items_are_numbered_and_nested_ones_lettered_under_them(tmp_path: Path) -> None:
    text = read(tmp_path, LISTS)
    assert "\n1. Tide gauge calibration profile -- target: Q4 2027\n" in text
    assert "\n  a. Draft for comment\n  b. Final text\n" in text
    assert "\n2. Buoy telemetry vocabulary -- target: 2Q2028\n" in text
    assert "\n  - Council board\n  - Consortium board\n" in text


def test_each_character_keeps_its_source_offset(tmp_path: Path) -> None:
    path = tmp_path / "plan.adoc"
    path.write_text(LISTS, encoding="utf-8")
    document = read_document(path)
    for words in ("Tide gauge calibration profile", "Final text", "Consortium board"):
        at = document.text.index(words)
        source = document.offsets[at]
        assert LISTS[source : source + len(words)] == words
    label = document.text.index("2. Buoy")
    assert LISTS[document.offsets[label]] == "."  # the made-up number points at the marker it stands for


def test_a_list_numbers_from_one_again_after_a_paragraph() -> None:
    text = "= Plan\n\n. First\n. Second\n\nSome text.\n\n. Again first\n"
    rewritten = asciidoc_markup(md_lines(text))
    assert [cells[0][0] for cells in rewritten.values() if cells] == [
        "1. First",
        "2. Second",
        "1. Again first",
    ]


def test_description_lists_read_as_labelled_lines() -> None:
    text = "= Contacts\n\nOGC:: Jane Roe, jroe@ogc.example\nOpen Buoy Consortium;; Lee Park +\nNotes::\n"
    rewritten = asciidoc_markup(md_lines(text))
    lines = [cells[0][0] for cells in rewritten.values() if cells]
    assert lines == ["OGC: Jane Roe, jroe@ogc.example", "Open Buoy Consortium: Lee Park", "Notes:"]


def test_delimiters_attributes_and_comments_are_no_text_but_a_literal_block_stays_as_written(
    tmp_path: Path,
) -> None:
    text = read(
        tmp_path,
        "= Plan\n\n// an editor's note\n[NOTE]\n====\nKept in the register.\n====\n\n"
        "////\nHidden comment block\n////\n\n"
        ".Milestones\n[source,text]\n----\n. not an item\nA:: not a label\n----\n",
    )
    assert "an editor's note" not in text and "[NOTE]" not in text and "====" not in text
    assert "Hidden comment block" not in text and "----" not in text
    assert "Kept in the register." in text
    assert "\nMilestones\n" in text  # the block's title alone
    assert "\n. not an item\nA:: not a label\n" in text


@pytest.mark.parametrize(
    "text",
    [
        "====== Joint register ======\n\n===== Items =====\n\n. one\nA:: b\n",  # DokuWiki
        "== Items ==\n\n== Contacts ==\n\n. one\n",  # MediaWiki
        "Joint register\n\n. one\nA:: b\n== Items\n",  # one section title: plain text
    ],
)
def test_wiki_pages_and_plain_text_are_no_asciidoc(text: str) -> None:
    assert not is_asciidoc(md_lines(text))


def test_a_document_title_after_comments_and_attribute_entries_makes_it_asciidoc() -> None:
    assert is_asciidoc(md_lines("// generated\n:doctype: book\n\n= Register\n\ntext\n"))
    assert is_asciidoc(md_lines("Register\n\n== Scope\n\ntext\n\n== Items\n"))


def test_asciidoc_and_other_text_formats_are_found_in_folders() -> None:
    assert {".adoc", ".asciidoc", ".rst"} <= SUPPORTED_SUFFIXES
    assert not {".csv", ".tex", ".org"} & SUPPORTED_SUFFIXES  # read when named, not gathered from folders


REGISTER = """\
= Work Register between the Harbour Metrology Council and the Open Buoy Consortium
Jane Roe <jroe@hmc.example>
v1.0, 2027-05-02

== Parties

{parties}

== Work items

{items}

== Contacts

{contacts}
"""
# Each layout in AsciiDoc, and as the page it renders to reads (the plain text the rules were written for)
PARTIES = (
    ". Harbour Metrology Council (HMC), through its Tide Gauge Working Group\n"
    ". Open Buoy Consortium (OBC), through its Telemetry Task Force",
    "1. Harbour Metrology Council (HMC), through its Tide Gauge Working Group\n"
    "2. Open Buoy Consortium (OBC), through its Telemetry Task Force",
)
ITEMS = {
    "ordered": (
        ". Tide gauge calibration profile (target: Q4 2027)\n. Buoy telemetry vocabulary (target: 2Q2028)",
        "1. Tide gauge calibration profile (target: Q4 2027)\n2. Buoy telemetry vocabulary (target: 2Q2028)",
    ),
    "titled": (
        ".Joint items\n. Tide gauge calibration profile: Q4 2027\n. Buoy telemetry vocabulary: 2Q2028",
        "Joint items\n1. Tide gauge calibration profile: Q4 2027\n2. Buoy telemetry vocabulary: 2Q2028",
    ),
    "nested": (
        ". Profiles\n.. Tide gauge calibration profile: Q4 2027\n.. Buoy telemetry vocabulary: 2Q2028",
        "1. Profiles\n  a. Tide gauge calibration profile: Q4 2027\n  b. Buoy telemetry vocabulary: 2Q2028",
    ),
}
CONTACTS = {
    "ordered": (
        "HMC:: Jane Roe, jroe@hmc.example\nOBC:: Lee Park, lpark@obc.example",
        "HMC: Jane Roe, jroe@hmc.example\nOBC: Lee Park, lpark@obc.example",
    ),
    "titled": (
        "Harbour Metrology Council:: Jane Roe (jroe@hmc.example)\n"
        "Open Buoy Consortium:: Lee Park (lpark@obc.example)",
        "Harbour Metrology Council: Jane Roe (jroe@hmc.example)\n"
        "Open Buoy Consortium: Lee Park (lpark@obc.example)",
    ),
    "nested": (
        "HMC;; Jane Roe <jroe@hmc.example> +\nOBC;; Lee Park <lpark@obc.example> +",
        "HMC: Jane Roe <jroe@hmc.example>\nOBC: Lee Park <lpark@obc.example>",
    ),
}


def facts(record: AllianceRecord) -> tuple[object, ...]:
    """What a register's reading gives, to compare two writings of one register."""
    return (
        sorted(party.label for party, _ in record.parties),
        sorted(unit.label for unit, _ in record.units),
        sorted((m.label, m.target.key if m.target else None) for m in record.milestones),
        contact_orgs(record),
    )


WORK_ITEMS = ["tide gauge calibration profile", "buoy telemetry vocabulary"]


@pytest.mark.parametrize("layout", sorted(ITEMS))
@pytest.mark.parametrize("name", ["register.adoc", "register.txt"])
def test_a_register_in_asciidoc_reads_as_its_rendered_text(tmp_path: Path, layout: str, name: str) -> None:
    written, rendered = (
        REGISTER.format(parties=PARTIES[i], items=ITEMS[layout][i], contacts=CONTACTS[layout][i])
        for i in (0, 1)
    )
    record = extracted(tmp_path, written, name)
    assert facts(record) == facts(extracted(tmp_path, rendered, "rendered.txt"))
    assert set(item_keys(record, WORK_ITEMS)) == set(WORK_ITEMS)
    assert set(contact_orgs(record)) == {"jane roe", "lee park"}


def test_before_this_reader_the_same_register_lost_its_items_and_contacts(tmp_path: Path) -> None:
    """The AsciiDoc register as the plain-text reader took it before: its markup left in the text."""
    written = REGISTER.format(parties=PARTIES[0], items=ITEMS["ordered"][0], contacts=CONTACTS["ordered"][0])
    record = extracted(tmp_path, written.replace("= Work", "Work").replace("== ", ""), "register.txt")
    assert len(record.milestones) < 2 or set(contact_orgs(record)) != {"jane roe", "lee park"}
