"""A PDF read as its pages print it (kg.extract.formats_pdf, kg.extract.documents.read_pdf): running
headers, footers and page numbers left out, a sentence running over a page break read whole, a
list's bullet kept with its text, justified type's wide blanks one blank, a grid of header fields read a
field a line, and lines joined only where the page wrapped them. Every document here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.printed import font
from support.work_items import contact_orgs, item_keys

from kg.extract.documents import read_document, wraps_on
from kg.extract.formats_pdf import (
    HEADING_MARK,
    heading_texts,
    joined_pages,
    marked_headings,
    page_text,
    tables_of_page,
    unmarked,
    without_furniture,
)
from kg.pipeline.ingest import extract

fpdf = pytest.importorskip("fpdf")

PAGES = [
    "HMC / OBC Tide Data Work Register\n1 Parties\nHarbour Metrology Council (HMC)\n"
    "Open Buoy Consortium (OBC)\nHMC-OBC-WR-3 version 2.0\nPage 1 of 3",
    "HMC / OBC Tide Data Work Register v2.0\n2 Work items\nTide gauge calibration profile - Q4 2027\n"
    "HMC-OBC-WR-3 version 2.0\nPage 2 of 3",
    "HMC / OBC Tide Data Work Register v2.0\n3 Contacts\nHMC: Jane Roe\n"
    "HMC-OBC-WR-3 version 2.0\nPage 3 of 3",
]


def test_running_headers_footers_and_page_numbers_are_left_out() -> None:
    pages = without_furniture(PAGES)
    assert pages[1] == "2 Work items\nTide gauge calibration profile - Q4 2027"
    assert pages[2] == "3 Contacts\nHMC: Jane Roe"
    assert "Page" not in "".join(pages) and "HMC-OBC-WR-3" not in "".join(pages)


def test_the_first_page_keeps_its_title_where_the_other_pages_have_their_header() -> None:
    first = without_furniture(PAGES)[0]
    assert first.startswith("HMC / OBC Tide Data Work Register\n1 Parties")
    everywhere = [page.replace("Register\n", "Register v2.0\n", 1) for page in PAGES]
    assert without_furniture(everywhere)[0].startswith("1 Parties")  # a header on every page: none is kept
    titled = [
        "HMC / OBC Work Register\nHMC / OBC Work Register\nText.",
        "HMC / OBC Work Register\nMore text.",
    ]
    assert without_furniture(titled) == ["HMC / OBC Work Register\nText.", "More text."]


@pytest.mark.parametrize("number", ["3", "- 3 -", "Page 3", "page 3 of 9", "3/9", "(3)", "Seite 3 von 9"])
def test_a_page_number_alone_at_the_foot_of_a_single_page_is_left_out(number: str) -> None:
    assert without_furniture([f"Joint plan\nThe parties meet twice a year.\n{number}"]) == [
        "Joint plan\nThe parties meet twice a year."
    ]


def test_lines_inside_a_page_and_a_number_that_is_no_page_s_stay() -> None:
    page = "Work items\n1\nProfile of the tide gauge\nQ4 2027\nReview\nNext review in 2028"
    assert without_furniture([page]) == [page]


def test_a_sentence_running_over_a_page_break_is_read_whole() -> None:
    text = joined_pages(["The parties review the register", "once a year. Other text.", "New page."])
    assert text == "The parties review the register\nonce a year. Other text.\n\nNew page."


def test_a_lone_bullet_goes_back_before_its_text_and_justified_blanks_are_one() -> None:
    assert page_text("Scope\n\u2022\n\nthe  joint  test  suite;\nA\tB  C") == (
        "Scope\n\u2022 the joint test suite;\nA\tB  C"
    )


LAYOUT_HEADER_FIELDS = """\
INTERNATIONAL TELECOMMUNICATION UNION                  SG20-LS9
STUDY PERIOD 2025-2028                                 Original: English

Source:          ITU-T Study Group 20

Title:           LS on tide gauge data models

Contact:         Jane Roe, Harbour Metrology Council, Tel: +41 22 555
                 0187, E-mail: jroe@hmc.example

Contact:         Lee Park, E-mail:
                 lpark@obc.example
"""


def test_a_grid_of_fields_beside_a_table_is_read_a_field_a_line() -> None:
    text = tables_of_page(LAYOUT_HEADER_FIELDS)
    assert text is not None
    assert text.split("\n")[3:7] == [
        "Source: ITU-T Study Group 20",
        "Title: LS on tide gauge data models",
        "Contact: Jane Roe, Harbour Metrology Council, Tel: +41 22 555 0187, E-mail: jroe@hmc.example",
        "Contact: Lee Park, E-mail: lpark@obc.example",
    ]


@pytest.mark.parametrize(
    ("line", "following", "joins"),
    [
        ("the Harbour Metrology Council (HMC)", "the Open Buoy Consortium (OBC)", False),  # a party a line
        ("• Open Buoy Consortium, acting through its Telemetry Task Force and its", "2 Purpose", False),
        (
            "Contact: Jane Roe, Harbour Metrology Council, Tel: +41 22 555 0187, E-mail: jroe@hmc.example",
            "Contact: Lee Park",
            False,
        ),
        ("The parties will exchange their drafts of the tide gauge profile and review each", "other's", True),
        (
            "the Comision Panamericana de Normas Tecnicas / Pan American Standards",
            "Commission (COPANT)",
            True,
        ),
        ("Preamble", "The three regional standards organizations", False),
        (
            "The parties signed the register in Geneva at the plenary week of the Council on",
            "12 March 2027.",
            True,
        ),
    ],
)
def test_lines_are_joined_only_where_the_page_wrapped_them(line: str, following: str, joins: bool) -> None:
    assert wraps_on(line, following, 0.8 * 90) is joins


REGISTER = [
    ("h", "Work Register between the Harbour Metrology Council and the Open Buoy Consortium"),
    ("p", "Version 2.0, 14 March 2027"),
    ("h", "1 Parties"),
    ("p", "Harbour Metrology Council (HMC), through its Tide Gauge Working Group"),
    ("p", "Open Buoy Consortium (OBC), through its Telemetry Task Force"),
    ("h", "2 Scope"),
    *[
        (
            "p",
            "The parties cooperate on the exchange of tide data and its metadata, as agreed at the "
            f"joint meeting, paragraph {n} of the scope, which runs long enough to wrap.",
        )
        for n in range(40)
    ],
    ("h", "3 Work items"),
    ("p", "1. Tide gauge calibration profile - Q4 2027"),
    ("p", "2. Buoy telemetry vocabulary - 2Q2028"),
    ("h", "4 Contacts"),
    ("p", "HMC: Jane Roe, jroe@hmc.example"),
    ("p", "OBC: Lee Park, lpark@obc.example"),
]


def printed_register(path: Path, header: str | None, footer: str) -> Path:
    """The register on pages of a word processor's PDF: a running header (or none) and a footer."""

    class Page(fpdf.FPDF):  # type: ignore[misc,name-defined]
        def header(self) -> None:
            if header:
                self.set_font("body", "", 8)
                self.cell(0, 5, header, align="R", new_x="LMARGIN", new_y="NEXT")

        def footer(self) -> None:
            self.set_y(-15)
            self.set_font("body", "", 8)
            self.cell(0, 5, footer.format(n=self.page_no()), align="C")

    pdf = Page(format="A4")
    pdf.add_font("body", "", str(font()))
    pdf.add_font("body", "B", str(font().with_name("DejaVuSans-Bold.ttf")))
    pdf.alias_nb_pages()
    pdf.add_page()
    for kind, text in REGISTER:
        pdf.set_font("body", "B" if kind == "h" else "", 12 if kind == "h" else 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    ("header", "footer"),
    [
        ("HMC / OBC Work Register - Confidential", "Page {n} of {{nb}}"),
        ("Work Register between the Harbour Metrology Council and the Open Buoy Consortium", "- {n} -"),
        (None, "{n}"),
    ],
)
def test_a_register_printed_on_pages_reads_as_its_text(
    tmp_path: Path, header: str | None, footer: str
) -> None:
    pdf = printed_register(tmp_path / "register.pdf", header, footer)
    text = read_document(pdf).text
    assert "Confidential" not in text and "Page 1" not in text and "- 1 -" not in text
    assert text.count("Work Register between the Harbour Metrology Council") == 1
    record = extract(pdf).record
    assert set(item_keys(record, ["tide gauge calibration profile", "buoy telemetry vocabulary"])) == {
        "tide gauge calibration profile",
        "buoy telemetry vocabulary",
    }
    assert contact_orgs(record) == {"jane roe": "hmc", "lee park": "obc"}
    assert sorted(p.label for p, _ in record.parties) == ["Harbour Metrology Council", "Open Buoy Consortium"]


SIZED = [
    ("Work Register between the Harbour", 15.0),
    ("\n", 0.0),
    ("Metrology Council and the Buoy Consortium", 15.0),
    ("\n", 0.0),
    ("Effective Date", 12.0),
    ("\n", 0.0),
    ("1st April 2027. The register stays in force until the parties end it in writing.", 10.0),
    ("\n", 0.0),
    ("Bold run-in label", 10.0),
    ("\n", 0.0),
    ("More running text of the page, set in the body type.", 10.0),
]


def test_lines_set_larger_than_the_running_text_are_headings_and_a_wrapped_one_is_one_line() -> None:
    assert heading_texts(SIZED) == {
        "Work Register between the Harbour": 15.0,
        "Metrology Council and the Buoy Consortium": 15.0,
        "Effective Date": 12.0,
    }
    marked = marked_headings("".join(text for text, _ in SIZED), SIZED)
    assert marked.split("\n")[:3] == [
        HEADING_MARK + "Work Register between the Harbour Metrology Council and the Buoy Consortium",
        HEADING_MARK + "Effective Date",
        "1st April 2027. The register stays in force until the parties end it in writing.",
    ]
    layer, starts = unmarked(marked)
    assert HEADING_MARK not in layer and {layer[i : i + 9] for i in starts} == {"Work Regi", "Effective"}


def test_a_private_use_character_of_the_page_is_no_heading_mark() -> None:
    page = "Icon \ue000 here\nMore running text of the page."
    marked = marked_headings(page, [(page, 10.0)])
    assert HEADING_MARK not in marked and unmarked(marked) == (
        "Icon   here\nMore running text of the page.",
        frozenset(),
    )


def test_a_printed_register_s_headings_are_marked_as_a_word_file_s_are(tmp_path: Path) -> None:
    document = read_document(printed_register(tmp_path / "register.pdf", None, "{n}"))
    marked = {document.text[i : document.text.index("\n", i)] for i in document.heading_lines}
    assert {"1 Parties", "2 Scope", "3 Work items", "4 Contacts"} <= marked
    assert not any(line.startswith(("The parties", "HMC:")) for line in marked)


def test_ligatures_are_their_letters_and_a_word_broken_at_its_hyphen_goes_on_without_a_blank() -> None:
    from kg.extract.documents import read_pdf

    assert page_text("The joint speci\ufb01cation and work\ufb02ow") == "The joint specification and workflow"
    layer = (
        "The parties will publish a joint profile for the exchange of tide data between inter-\n"
        "operable gauges and buoys."
    )
    assert "between inter-operable gauges and buoys." in "".join(read_pdf(layer).parts)
