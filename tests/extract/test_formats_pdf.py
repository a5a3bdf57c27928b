"""A PDF's tables are read as tables (kg.extract.formats_pdf): their rows reach the rules as rows, as
a Markdown, HTML or Word table's do, so a register made a PDF keeps its milestones; prose set in two
columns, header fields and pages without tables read as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import pdf_text_layer, read_document
from kg.extract.formats_pdf import tables_of_page
from kg.pipeline.ingest import extract

fpdf = pytest.importorskip("fpdf")

MILESTONES = [
    ("DMTF, SNIA and OFA approve the work register", "June/July 2021"),
    ("The three bodies announce the agreement", "July 2021"),
    (
        "Redfish schema releases with fabric management extensions, each reviewed by the OFA working group",
        "On-going",
    ),
    ("OFA proof-of-concept demonstrations and presentations", "As-scheduled"),
]


def register_pdf(path: Path, v_align: str = "MIDDLE", header: bool = True) -> Path:
    """A register whose milestones are a bordered table, as a word processor prints one: the first
    column wide enough for most items, one item wrapping over two lines in its cell."""
    pdf = fpdf.FPDF(format="A4")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 14)
    pdf.multi_cell(0, 8, "Work Register between DMTF, SNIA and OFA", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Version 1.0, 2 June 2021", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Milestones / Dates", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "The alliance will reach these milestones.", new_x="LMARGIN", new_y="NEXT")
    # lines of a cell at 1.2 times the type's size, rows padded by 1.5 mm (a word processor's defaults)
    layout = {"col_widths": (120, 50), "line_height": 4.2, "padding": 1.5, "v_align": v_align}
    with pdf.table(first_row_as_headings=header, **layout) as table:
        if header:
            row = table.row()
            row.cell("Milestone/Deliverables")
            row.cell("Timeframe")
        for text, target in MILESTONES:
            row = table.row()
            row.cell(text)
            row.cell(target)
    pdf.set_font("Helvetica", "B", 11)
    pdf.multi_cell(0, 6, "Access", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(
        0, 5, "Each body posts its public drafts on its own web site.", new_x="LMARGIN", new_y="NEXT"
    )
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("v_align", ["MIDDLE", "TOP"])
@pytest.mark.parametrize("header", [True, False], ids=["header", "no-header"])
def test_a_register_s_milestone_table_keeps_its_rows(tmp_path: Path, v_align: str, header: bool) -> None:
    document = read_document(register_pdf(tmp_path / "register.pdf", v_align, header))
    rows = [line.split("\t") for line in document.text.split("\n") if "\t" in line]
    expected = [list(pair) for pair in MILESTONES]
    assert rows == ([["Milestone/Deliverables", "Timeframe"]] if header else []) + expected
    assert "\nAccess\n" in document.text  # the heading under the table is no cell of its last row
    milestones = extract(tmp_path / "register.pdf").record.milestones
    assert [(m.label, m.target.text if m.target else None) for m in milestones] == MILESTONES


def test_the_provenance_offsets_point_into_the_text_layer(tmp_path: Path) -> None:
    path = register_pdf(tmp_path / "register.pdf")
    document, layer = read_document(path), pdf_text_layer(path, path.read_bytes())
    for cell in ("June/July 2021", "The three bodies announce the agreement"):
        at = document.text.index(cell)
        start, end = document.source_span(at, at + len(cell))
        assert layer[start:end] == cell


LAYOUT_PADDED = """\
Milestones
Item                                             Due

Draft the joint profile                          Q3 2025

Publish the profile                              Q1 2026
Contacts
"""

LAYOUT_WRAPPED = """\
Deliverable                                   Owner          Due
Joint schema for fabric                       OFA            2Q2026
management and telemetry
Interop plugfest                              SNIA           Nov 2026
Next section
"""

LAYOUT_TWO_COLUMNS = """\
The parties have agreed to work together on     continue to meet twice a year at the
the management of storage fabrics and will      plenaries of each body, exchanging drafts
exchange drafts of their specifications.        and reviewing the work register.
Each body names a liaison officer who will      The register is reviewed once a year by
"""

LAYOUT_FIELDS = """\
Date:          2026-10-19
Source:        ITU-T SG13
Title:         Liaison on network slicing
"""


def test_padded_rows_are_one_row_each_and_the_next_heading_stays_out() -> None:
    assert tables_of_page(LAYOUT_PADDED) == (
        "Milestones\nItem\tDue\nDraft the joint profile\tQ3 2025\nPublish the profile\tQ1 2026\nContacts\n"
    )


def test_a_cell_s_wrapped_line_goes_on_with_its_row() -> None:
    text = tables_of_page(LAYOUT_WRAPPED)
    assert text is not None
    assert text.split("\n")[:3] == [
        "Deliverable\tOwner\tDue",
        "Joint schema for fabric management and telemetry\tOFA\t2Q2026",
        "Interop plugfest\tSNIA\tNov 2026",
    ]
    assert text.split("\n")[3] == "Next section"


@pytest.mark.parametrize("layout", [LAYOUT_TWO_COLUMNS, LAYOUT_FIELDS, "One line of prose only.\n"])
def test_prose_in_columns_fields_and_plain_pages_are_no_tables(layout: str) -> None:
    assert tables_of_page(layout) is None


def test_a_page_without_tables_reads_as_before() -> None:
    """The register fixture (no table) gives the same text as pypdf's plain reading gave."""
    fixture = Path(__file__).parents[1] / "fixtures" / "registers" / "dmtf-ofa-register.pdf"
    assert "\t" not in read_document(fixture).text


def calls_made(layout: str) -> int:
    """Function calls tables_of_page makes on `layout` (work counted, not timed)."""
    import cProfile
    import pstats

    profile = cProfile.Profile()
    profile.runcall(tables_of_page, layout)
    return sum(row[1] for row in pstats.Stats(profile).stats.values())  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    "lines",
    [
        ["left column of running text set wide      right column of running text set wide"],  # prose
        ["Item                 Due", "a line of prose far too long to be any cell of the table above it ok"],
        ["Name         Role", "", "Jane         Chair", "Closing words"],  # tables one after another
        ["a   b", "c"],  # short row lines and first-column lines, each opening a region
    ],
    ids=["columns-of-prose", "failed-regions", "many-tables", "short"],
)
def test_reading_a_page_is_linear_in_its_lines(lines: list[str]) -> None:
    """Twice the lines, twice the work (a region that is no table is passed over whole; a walk back
    for a first row never passes the region before): hostile pages of many lines stay linear."""
    small, large = ("\n".join(lines * count) for count in (2_000, 4_000))
    assert calls_made(large) <= 2.1 * calls_made(small)


def page_with_a_table() -> fpdf.FPDF:
    """A PDF page holding a small bordered table, which a hostile addition must not make a reader lay out."""
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    with pdf.table(col_widths=(120, 50), line_height=4.2, padding=1.5) as table:
        for cells in (("Item", "Due"), ("Draft the profile", "Q3 2025"), ("Publish it", "Q1 2026")):
            table.row(cells)
    return pdf


def test_text_drawn_far_off_the_page_is_not_laid_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """Layout mode writes a blank for each character's width up to where text stands: text drawn
    kilometres off the page (a hostile PDF) would be megabytes of blanks per line. Such a page keeps
    its plain text, its table unread, and pypdf has no excess of blanks to complain of."""
    pdf = page_with_a_table()
    for line in range(20):
        pdf.text(x=3_000_000, y=20 + line, text=f"far away {line}")
    pdf.output(str(tmp_path / "far.pdf"))
    text = read_document(tmp_path / "far.pdf").text
    assert "far away 19" in text and "Draft the profile" in text and "\t" not in text
    assert "excessive whitespace" not in caplog.text


LAYOUT_SIGNED = """\
Item                                  Due
Joint profile                         Q3 2025
Plugfest                              Q1 2026

For the Trusted Computing Group:                For the UEFI Forum:

Name: Hana Kobayashi                            Name: Peter Vance
Title: President                                Title: President
Date: 12 May 2026                               Date: 19 May 2026
"""


def test_blocks_side_by_side_are_read_one_after_the_other() -> None:
    """On a page read from its layout (it holds a table), signature blocks set side by side are no
    table: each party's block is read whole, then the other's, as the plain text of the drawing order
    gave them, so each name keeps its title and date."""
    text = tables_of_page(LAYOUT_SIGNED)
    assert text is not None
    assert text.split("\n")[:3] == ["Item\tDue", "Joint profile\tQ3 2025", "Plugfest\tQ1 2026"]
    assert text.rstrip("\n").split("\n")[4:] == [
        "For the Trusted Computing Group:",
        "Name: Hana Kobayashi",
        "Title: President",
        "Date: 12 May 2026",
        "",
        "For the UEFI Forum:",
        "Name: Peter Vance",
        "Title: President",
        "Date: 19 May 2026",
    ]


LAYOUT_JUSTIFIED = """\
Organization            Agreement        Activities               IETF contact          Liaison contact

Broadband   Forum       Liaison          YANG  modules  for                             Dagfinn  Rautio
(BBF)                   relationship     access           nodes,  Mirela Castellanos    (BBF TC)

ITU-T  Study  Group     Liaison          OTN  control  plane,     Yusuf Halvorsen       Chen Lirong-
15                      relationship     MPLS-TP                                        Dubois
Deliverables
#        Deliverable                         Owner           Due
1        Swordfish 1.3 schema bundle         SNIA            2026-06-
                                                             30
2        Joint mockup                        both            Q1 2027
"""


def test_cells_are_cut_at_the_columns_not_at_blanks() -> None:
    """Justified type opens wide gaps inside a cell and may end a cell two blanks short of the next
    column; a cell's line ending in a hyphen goes on without a blank; the next table, under its own
    heading, has its own columns."""
    text = tables_of_page(LAYOUT_JUSTIFIED)
    assert text is not None
    assert [line for line in text.split("\n") if line][:7] == [
        "Organization\tAgreement\tActivities\tIETF contact\tLiaison contact",
        "Broadband Forum (BBF)\tLiaison relationship\tYANG modules for access nodes,\tMirela Castellanos"
        "\tDagfinn Rautio (BBF TC)",
        "ITU-T Study Group 15\tLiaison relationship\tOTN control plane, MPLS-TP\tYusuf Halvorsen"
        "\tChen Lirong-Dubois",
        "Deliverables",
        "#\tDeliverable\tOwner\tDue",
        "1\tSwordfish 1.3 schema bundle\tSNIA\t2026-06-30",
        "2\tJoint mockup\tboth\tQ1 2027",
    ]


@pytest.mark.parametrize(
    "name",
    [
        "ietf-liaison-managers-table",  # five columns, justified cells, names in two rows
        "snia-dmtf-storage-fabric-register",  # a field table, a justified list, deliverables, contacts
        "ogc-buildingsmart-joint-work-plan",
        "hl7-cdisc-joint-wg-minutes",
        "opcf-vdma-robotics-work-register",
        "ogf-snia-cloud-storage-register",
    ],
)
def test_a_corpus_document_printed_to_pdf_gives_the_facts_of_its_markdown(name: str, tmp_path: Path) -> None:
    """Layout invariance: the dev document printed with its tables bordered (tests/support/printed.py)
    reads to the same facts as the Markdown it was printed from."""
    from rdflib import Graph
    from support.printed import print_markdown

    from kg.model.provenance import split_provenance
    from kg.model.sources import default_sources
    from kg.pipeline.evaluate import GraphFacts, render_fact
    from kg.pipeline.ingest import reference_graphs

    reference, _ = reference_graphs(default_sources().root)

    def facts(path: Path) -> set[str]:
        extraction = extract(path)
        graph = Graph(identifier=extraction.facts.identifier)
        graph += split_provenance(extraction.facts)[0]
        return {
            f"{kind}: {render_fact(f)}"
            for kind, found in GraphFacts(graph, reference).facts().items()
            for f in found
        }

    markdown = Path(__file__).parents[1] / "fixtures" / "corpus" / "dev" / f"{name}.md"
    printed = print_markdown(markdown.read_text(encoding="utf-8"), tmp_path / f"{name}.pdf")
    assert facts(printed) == facts(markdown)


def test_a_pdf_without_a_text_layer_is_refused_saying_so(tmp_path: Path) -> None:
    """A scan (pages that are images) has pages but no text: the message says so and what to do,
    rather than calling the document empty."""
    from kg.errors import InputError

    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 100, 50, style="F")  # a page with a drawing and no text, as a scanned page is
    pdf.output(str(tmp_path / "scan.pdf"))
    with pytest.raises(InputError, match=r"scan\.pdf: the PDF has no text layer .*run OCR on a scan first"):
        read_document(tmp_path / "scan.pdf")


@pytest.mark.parametrize("columns", [30, 6_000])
def test_reading_a_page_is_linear_in_the_width_of_its_lines(columns: int) -> None:
    """Twice the cells on each line, twice the work (the review's 3 KB PDF of lines of 6,000 cells took
    12.5 s: each cell looked for its column among all): a column is found by a binary search, and a
    line of more than MOST_COLUMNS cells opens no table."""

    def page(cells: int) -> str:
        return "\n".join("   ".join(f"c{i}" for i in range(cells)) for _ in range(3))

    assert calls_made(page(2 * columns)) <= 2.1 * calls_made(page(columns))


def test_a_page_of_tiny_type_is_not_laid_out(tmp_path: Path) -> None:
    """Type of 0.5 pt lets a line hold thousands of characters, each a blank in layout mode (the review's
    79 KB PDF made 75 MB of layout text): such a page keeps its plain text, judged before layout mode runs."""
    pdf = page_with_a_table()
    pdf.set_font("Helvetica", size=0.5)
    for line in range(200):
        pdf.text(x=195, y=100 + line * 0.4, text="x y")
    pdf.output(str(tmp_path / "tiny.pdf"))
    text = read_document(tmp_path / "tiny.pdf").text
    assert "Draft the profile" in text and "\t" not in text
