"""Eighth outside attack: labels with control characters reached the user's calendar and pictures.

`kg calendar` wrote control characters into the iCalendar feed.

Ingest cleans every literal, but a store loaded from N-Quads (`kg store load`) or served by another
SPARQL store (`--endpoint`) holds what its writer put there: a milestone label with NUL, ESC or VT went
raw into SUMMARY (the icalendar library escapes only `\\ ; , CR LF`). RFC 5545 3.3.11 allows no
control but tab in TEXT; khal's `printics` and `list` printed them to the terminal (a NUL, a VT that
broke the line, the escape sequence) (docs/reliability.md section 16). `kg serve`'s /calendar.ics is the
same bytes (kg.agenda.calendar.ical_bytes).

`kg timeline` and `kg network draw` wrote them into SVG (matplotlib writes text as given), which no XML
parser then reads: a browser showed an XML error instead of the picture (/timeline.svg alike).
"""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree

import icalendar
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDFS
from support.cli import kg_command

from kg.model.namespaces import ID, register_graph_iri
from kg.model.sources import resources_root as sources_root
from kg.store.embedded import write_store

MILESTONE = URIRef(ID + "register/ogf-dmtf/milestone-1")
REGISTER = URIRef(ID + "register/ogf-dmtf")
HOSTILE_TITLE = "OGF\x00 /\x1b[2J DMTF\x0b Work\x85 Register\x7f"
HOSTILE = "Establi\x00sh\x1b[2J\x0bEND:VEVENT\x7f a work\x85 relationship"
# What RFC 5545 forbids in a content line: controls but HTAB, a CR not before LF, a LF not after CR.
EVENTS = 6  # the OGF-DMTF register's milestones, its review and approval (counted with no hostile label)
FORBIDDEN = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]|\r(?!\n)|(?<!\r)\n")


def hostile_store(folder: Path) -> Path:
    """The curated OGF-DMTF register (all the agenda reads) with one milestone's label holding
    controls, as `kg store load` would keep it."""
    graph = Graph(identifier=register_graph_iri("ogf-dmtf"))
    graph.parse(sources_root() / "data" / "curated" / "ogf-dmtf.ttl", format="turtle")
    graph.set((MILESTONE, RDFS.label, Literal(HOSTILE, lang="en")))
    graph.set((REGISTER, DCTERMS.title, Literal(HOSTILE_TITLE, lang="en")))
    return write_store({graph.identifier: graph}, folder / "store")


def test_a_label_with_controls_gives_a_calendar_of_text(tmp_path: Path) -> None:
    hostile_store(tmp_path)
    result = kg_command("calendar", "--out", "agenda.ics", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    data = (tmp_path / "agenda.ics").read_bytes()
    assert FORBIDDEN.search(data) is None, FORBIDDEN.search(data)
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    summaries = [str(event["summary"]) for event in events]
    assert any(summary.startswith("Establi sh [2J") and "relationship" in summary for summary in summaries)
    assert len(events) == EVENTS  # the text forged no event and lost none


def test_a_label_with_controls_gives_pictures_an_xml_parser_reads(tmp_path: Path) -> None:
    hostile_store(tmp_path)
    for args in (
        ("timeline", "--out", "t.svg"),
        ("network", "draw", "--kind", "org-registers", "--out", "n.svg"),
    ):
        result = kg_command(*args, cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        picture = ElementTree.parse(tmp_path / args[-1])  # before: "not well-formed (invalid token)"
        assert picture.getroot().tag.endswith("svg")
