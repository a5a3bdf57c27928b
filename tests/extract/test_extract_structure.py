"""kg.extract.structure: headings, items, table rows, continuations and sections."""

from __future__ import annotations

from pathlib import Path

from kg.extract.documents import read_document
from kg.extract.structure import classify_line, is_heading_text, read_layout, section_kind, sentences

SEEDS = Path(__file__).parents[2] / "data" / "registers"


def layout(name: str):
    return read_layout(read_document(SEEDS / name))


def test_heading_lines_are_short_title_like_lines_without_a_main_verb() -> None:
    for heading in (
        "Alliance Scope",
        "Milestones / Dates",
        "OGF:",
        "Access\u00a0",
        "Feedback and contributions which may involve intellectual property:",
    ):
        assert is_heading_text(heading), heading
    for line in (
        "The goals of OFMF are to",
        "The next review date is expected to be June 2022",
        "Approved by the DMTF Board of Directors; Board Resolution",
        "This document will be reviewed:",
    ):
        assert not is_heading_text(line), line


def test_section_kinds_come_from_heading_words() -> None:
    assert section_kind("Alliance Organization Assets") == "assets"
    assert section_kind("Work Register Review Date") == "review"
    assert section_kind("Resources Identified / Points of Contact:") == "contacts"
    assert section_kind("Addendum A: Additional Milestones") == "milestones"
    assert section_kind("Point-in-time activities") is None


def test_title_fields_items_and_labels() -> None:
    ogf = layout("ogf-dmtf-work-register.txt")
    assert ogf.title is not None and ogf.title.text == "OGF / DMTF Work Register"
    version = ogf.blocks("preamble")[0]
    assert (version.kind, version.label, version.text) == ("field", "version", "1.3d")
    terms = [b for b in ogf.blocks("scope") if b.label]
    assert [b.label for b in terms] == ["a", "b", "c", "d", "e"]
    assert terms[0].text.startswith("OGF may make technical submissions")


def test_sub_items_keep_their_depth() -> None:
    milestones = layout("ogf-dmtf-work-register.txt").blocks("milestones")
    schema = next(i for i, b in enumerate(milestones) if b.text == "Schema")
    assert [b.depth for b in milestones[schema : schema + 3]] == [0, 1, 1]


def test_a_paragraph_broken_by_a_blank_line_is_joined() -> None:
    ogf = layout("ogf-dmtf-work-register.txt")
    exchange = next(b for b in ogf.blocks("milestones") if b.text.startswith("Exchange of information"))
    assert "including use of the OGF GLUE, Usage Record" in exchange.text
    assert len(exchange.spans) == 2  # one span per line it was joined from
    approval = next(b for b in ogf.blocks("contacts") if b.text.startswith("Approved by"))
    assert approval.text.endswith("Board Resolution 2011-04-10; on 04/28/2011.")


def test_alternating_tab_indented_lines_are_table_rows() -> None:
    rows = [b for b in layout("dmtf-snia-ofa-work-register.txt").blocks("milestones") if b.kind == "row"]
    assert [c.text for c in rows[0].cells] == ["Milestone/Deliverables", "Timeframe"]
    assert [c.text for c in rows[1].cells] == [
        "DMTF, SNIA, and OFA approves of Work Register",
        "June/July 2021",
    ]
    assert len(rows) == 7


def test_sentences_do_not_break_after_abbreviations() -> None:
    text = "The mission of the Task Force, Inc. (DMTF) is X. Update CIM (e.g. new classes). Done."
    assert [text[s:e] for s, e in sentences(text)] == [
        "The mission of the Task Force, Inc. (DMTF) is X.",
        "Update CIM (e.g. new classes).",
        "Done.",
    ]


def test_a_numbered_line_with_a_target_is_an_item_not_a_heading() -> None:
    """ "2. Scope" is a heading; "1. Joint sensor glossary - Q4 2027" is a dated item of a list."""
    assert classify_line("2. Scope", 0, explicit_heading=False).kind == "heading"
    item = classify_line("1. Joint sensor glossary \u2014 Q4 2027", 0, explicit_heading=False)
    assert (item.kind, item.label, item.text) == ("item", "1", "Joint sensor glossary \u2014 Q4 2027")
