"""Hard-wrapped plain text (RFCs, Internet-Drafts, e-mailed liaison statements wrapped at about 72
columns) is read a paragraph a line: wrapped lines joined, a paragraph cut by an RFC page break joined
across it, the page footer and running header left out, while list items, headings, header fields,
table rows and indented blocks stay apart. Offsets still point into the decoded file. Whether a text is
wrapped is decided for the whole document: text written a paragraph a line is read as before. The
documents below are invented, laid out as the real ones are (RFC 6756 as the RFC Editor's text file
shows it, read at https://gopherproxy.meulie.net/gopher.fnord.one/0/Mirrors/RFC/rfc6756.txt)."""

from __future__ import annotations

import cProfile
import pstats
from pathlib import Path

from support.source_quotes import quotes_in_source

from kg.extract.documents import decode, md_lines, read_document, wrap_width
from kg.extract.structure import read_layout
from kg.pipeline.ingest import extract

RFC = """\
Internet Architecture Board (IAB)                        A. Example, Ed.
Request for Comments: 9995                              Example Networks
Category: Informational                                   B. Sample, Ed.
ISSN: 2070-1721                                           Sample Systems
                                                              March 2027


                     Joint Work Notes on Path Metrics

Abstract

   This memo records the terms of the joint work on path metrics that
   was agreed in 2026 between the Telecommunication Standardization
   Sector of the International Telecommunication Union (ITU-T) and the
   Internet Engineering Task Force (IETF), and how each body reviews the
   drafts of the other before they are approved.

1.  Introduction

   Both bodies agreed to align their definitions of one-way delay and
   loss, so that the metrics of one can be cited by the other without
   change.  Experts of both take part in the reviews of the drafts, and
   each body names a liaison manager who follows the work of the other
   body at its meetings and reports on it to the chairs of the working



Example & Sample              Informational                     [Page 1]
\f
RFC 9995              Joint Work Notes on Path Metrics        March 2027


   groups concerned.

2.  Joint Work Items

   o  A common glossary of path metric terms, to be published as an
      informational document by the end of 2027.

   o  A shared test plan for delay measurement.

   Contact: A. Example <a.example@example.net>
"""

MAIL = """\
From: Liaison Manager <liaison@example.org>
To: Working Group Chairs <chairs@example.org>
Subject: Reply on path metric definitions, agreed at the March meeting
         of the working group
Date: Mon, 8 Mar 2027 10:12:44 +0000

Dear colleagues,

At its March 2027 meeting the working group agreed to reply to the
liaison it received in January.  The reply confirms the joint work of
the Broadband Forum and the Internet Engineering Task Force on the
definitions of one-way delay and loss, and asks the Broadband Forum to
review the revised draft before the end of June 2027.

The work plan agreed at the meeting is:

  - first revised draft, April 2027;
  - review by both bodies, June 2027;
  - publication, December 2027.

Name:    Ada Example                 Email: ada@example.org
Org:     Example Networks

Best regards,
Liaison Manager
"""


def written(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


def lines_of(path: Path) -> list[str]:
    return read_document(path).text.split("\n")


def exact_offsets(path: Path) -> int:
    """Assert that every character read from the file is the character at its offset; how many."""
    document = read_document(path)
    source = decode(path, path.read_bytes())
    read = [(i, c) for i, c in enumerate(document.text) if not c.isspace()]
    assert all(source[document.offsets[i]] == c for i, c in read)
    return len(read)


def test_an_rfc_is_read_a_paragraph_a_line_and_across_its_page_break(tmp_path: Path) -> None:
    path = written(tmp_path, "rfc.txt", RFC)
    lines = lines_of(path)
    abstract = next(line for line in lines if line.strip().startswith("This memo records"))
    assert abstract.endswith("the other before they are approved.")
    assert (
        "Sector of the International Telecommunication Union (ITU-T) and the Internet Engineering" in abstract
    )
    introduction = next(line for line in lines if line.strip().startswith("Both bodies agreed"))
    assert introduction.endswith("the chairs of the working groups concerned.")  # across the page break
    assert not any("[Page 1]" in line or line.startswith("RFC 9995") for line in lines)
    assert exact_offsets(path) > 900


def test_headings_items_header_rows_and_fields_of_an_rfc_stay_apart(tmp_path: Path) -> None:
    lines = lines_of(written(tmp_path, "rfc.txt", RFC))
    for kept in (
        "Abstract",
        "1.  Introduction",
        "2.  Joint Work Items",
        "   Contact: A. Example <a.example@example.net>",
    ):
        assert kept in lines
    assert "Internet Architecture Board (IAB)                        A. Example, Ed." in lines
    assert "                     Joint Work Notes on Path Metrics" in lines
    items = [line for line in lines if line.lstrip().startswith("o  ")]
    assert items == [
        "   o  A common glossary of path metric terms, to be published as an informational document by "
        "the end of 2027.",
        "   o  A shared test plan for delay measurement.",
    ]


def test_the_rules_read_the_wrapped_sentence_whole(tmp_path: Path) -> None:
    path = written(tmp_path, "rfc.txt", RFC)
    layout = read_layout(read_document(path))
    paragraphs = [block.text for section in layout.sections for block in section.blocks]
    assert any(
        text.strip().startswith("Both bodies agreed") and text.endswith("groups concerned.")
        for text in paragraphs
    )
    extraction = extract(path)
    assert {"ITU-T", "IETF"} <= set(extraction.parties)
    milestones = [(m.texts[0], m.target.text if m.target else None) for m in extraction.record.milestones]
    assert milestones and milestones[0][1] == "the end of 2027"
    assert "informational document" in milestones[0][0]  # the item's wrapped line is part of it
    purposes = [s.text for s in extraction.record.statements if s.text.startswith("Both bodies agreed")]
    assert purposes and purposes[0].endswith("the working groups concerned.")  # one statement across the page
    assert "[Page 1]" not in purposes[0]
    assert quotes_in_source(extraction.graph, decode(path, path.read_bytes())) > 3


def test_a_mail_body_is_joined_and_its_header_fields_kept(tmp_path: Path) -> None:
    path = written(tmp_path, "reply.txt", MAIL)
    lines = lines_of(path)
    assert lines[:2] == [
        "From: Liaison Manager <liaison@example.org>",
        "To: Working Group Chairs <chairs@example.org>",
    ]
    assert (
        "Subject: Reply on path metric definitions, agreed at the March meeting of the working group" in lines
    )
    assert "Date: Mon, 8 Mar 2027 10:12:44 +0000" in lines
    body = next(line for line in lines if line.startswith("At its March 2027"))
    assert "the Broadband Forum and the Internet Engineering Task Force on the definitions" in body
    assert body.endswith("before the end of June 2027.")
    assert "  - review by both bodies, June 2027;" in lines
    assert "Name:    Ada Example                 Email: ada@example.org" in lines
    assert "Org:     Example Networks" in lines
    assert "Best regards," in lines and "Liaison Manager" in lines
    assert exact_offsets(path) > 500


def test_text_written_a_paragraph_a_line_is_read_as_it_was(tmp_path: Path) -> None:
    unwrapped = "\n".join(line.strip() for line in RFC.split("\n\n")[0].split("\n"))
    minutes = (
        "Joint call of the two working groups, 3 March 2027\n\n"
        "Present: the chairs and editors of both groups.\n"
        "The groups reviewed the open comments on the glossary draft and closed eleven of them.\n"
        "The editors will circulate a revised draft by the end of March.\n"
        "Delay measurement: the test plan outline was agreed, with the loss metrics left for a later call.\n"
        "Next call: 7 April 2027.\n"
        "Action: both chairs to confirm the review period of two months with their groups before the call.\n"
        "- glossary draft\n- test plan\n"
    )
    for name, text in (("short.txt", unwrapped), ("minutes.txt", minutes)):
        path = written(tmp_path, name, text)
        assert wrap_width(md_lines(text)) is None
        assert read_document(path).text == text.replace("\r\n", "\n")


def test_the_margin_is_the_document_s_own() -> None:
    assert wrap_width(md_lines(RFC)) in range(70, 73)
    assert wrap_width(md_lines(MAIL)) in range(68, 73)


def reading_calls(path: Path) -> int:
    """The function calls reading a document makes (counted, not timed: a loaded machine changes
    neither)."""
    profiler = cProfile.Profile()
    profiler.enable()
    read_document(path)
    profiler.disable()
    return sum(row[1] for row in pstats.Stats(profiler).stats.values())  # type: ignore[attr-defined]


def test_joining_costs_the_same_per_page_at_any_length(tmp_path: Path) -> None:
    page = RFC.split("Abstract\n\n", 1)[1]
    calls = []
    for pages in (50, 100, 200):
        path = written(tmp_path, f"rfc-{pages}.txt", RFC.split("Abstract")[0] + page * pages)
        assert wrap_width(md_lines(path.read_text())) is not None
        calls.append(reading_calls(path))
    first, second = calls[1] - calls[0], calls[2] - calls[1]
    assert first > 0 and second <= 2 * first * 1.15  # linear: twice the pages, twice the margin
