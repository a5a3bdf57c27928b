"""Layout invariance of an RFC-style plain-text memo (issue 12, point 9, session 23, engineer D), the layout
of real IETF documents about a relationship with another body (RFC 6756, the IETF and ITU-T collaboration
guidelines; draft relationship memos), which the rules read wrong:

- its liaison managers' section ("2.  Liaison Managers") ends at the next numbered section ("3.  Groups
  Involved"), whose title names no kind: the sections after it, the authors' addresses included, are no
  contacts (the memo's authors were read as contacts, and "Security Considerations" as a person);
- the managers are named in a sentence ("...; at the time of writing this is Ana Example"), each a contact
  of the body whose manager or representative the sentence names ("its representative": the sentence's
  subject's);
- the centred title written over several lines is one title, and the month under the header's right column
  is the day it was published.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected facts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document
from kg.extract.structure import read_layout

RFC = """


Buoy Architecture Board (BAB)                         R. Vantongeren, Ed.
Request for Comments: 9981                              Halvard Networks
Category: Informational                                   P. Okafor, Ed.
                                                    Meridian Telecom Lab
                                                           February 2026


{title}

Abstract

   This memo records how the Open Buoy Consortium (OBC) and the Tide
   Data Subcommittee of the Harbour Metrology Council (HMC) share their
   work on buoy telemetry formats.

Table of Contents

   1.  Introduction  . . . . . . . . . . . . . . . . . . . . . . . .   2
   2.  Liaison Managers  . . . . . . . . . . . . . . . . . . . . . .   2
   3.  Groups Involved . . . . . . . . . . . . . . . . . . . . . . .   2
   Authors' Addresses  . . . . . . . . . . . . . . . . . . . . . . .   3

1.  Introduction

   Both bodies write telemetry formats for tide buoys.

2.  Liaison Managers

   {first}  {second}

3.  Groups Involved

   On the OBC side the Telemetry Task Force takes part.

4.  Security Considerations

   This memo has no security considerations of its own.

Authors' Addresses

   Ruben Vantongeren (editor)
   Halvard Networks
   Email: r.vantongeren@halvard.example

   Precious Okafor (editor)
   Meridian Telecom Lab
   Email: p.okafor@meridian.example
"""

TITLES = {
    "three-lines": "\n".join(
        line.center(72).rstrip()
        for line in (
            "Open Buoy Consortium and",
            "Harbour Metrology Council - Tide Data",
            "Subcommittee Telemetry Liaison",
        )
    ),
    "two-lines": "\n".join(
        line.center(71).rstrip()
        for line in (
            "Telemetry Liaison Guidelines of the Open Buoy Consortium and",
            "Harbour Metrology Council",
        )
    ),
}
SENTENCES = {
    "writing": (
        "The BAB appoints the OBC liaison manager to the HMC; at the time of\n"
        "   writing this is Ottilie Brandvold.",
        "The HMC names its representative to the OBC; at the time of writing\n"
        "   this is Rashid Kamara-Lindgren.",
    ),
    "currently": (
        "The OBC liaison manager to the HMC is currently Ottilie Brandvold.",
        "The HMC representative to the OBC is currently Rashid Kamara-Lindgren.",
    ),
}


def contacts(tmp_path: Path, text: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, "rfc9981.txt")
    return {
        c.person or c.role or "": (c.organization.acronym if c.organization else None)
        for c in record.contacts
    }


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
@pytest.mark.parametrize("sentences", SENTENCES.values(), ids=SENTENCES.keys())
def test_the_managers_are_the_contacts_and_the_authors_are_not(
    tmp_path: Path, title: str, sentences: tuple[str, str]
) -> None:
    text = RFC.format(title=title, first=sentences[0], second=sentences[1])
    assert contacts(tmp_path, text) == {"Ottilie Brandvold": "OBC", "Rashid Kamara-Lindgren": "HMC"}


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
def test_a_centred_title_over_several_lines_is_one_title(tmp_path: Path, title: str) -> None:
    path = tmp_path / "rfc9981.txt"
    path.write_text(RFC.format(title=title, first="", second=""), encoding="utf-8")
    layout = read_layout(read_document(path))
    expected = " ".join(title.split())
    texts = [b.text for s in layout.sections for b in s.blocks] + [
        s.heading.text for s in layout.sections if s.heading is not None
    ]
    assert expected in texts or (layout.title is not None and layout.title.text == expected)


COVERS = {
    "cover-lines": ("Open Buoy Consortium", "Liaison Statement", "LS-2026-03"),
    "letterhead": ("THE OPEN BUOY CONSORTIUM", "Office of the Chief Executive | obc.example"),
    "stamp": ("RECEIVED", "09 MAR 2026", "HMC Secretariat"),
}


@pytest.mark.parametrize("cover", COVERS.values(), ids=COVERS.keys())
def test_centred_lines_of_a_cover_stay_lines(tmp_path: Path, cover: tuple[str, ...]) -> None:
    path = tmp_path / "cover.txt"
    lines = "\n".join(line.center(72).rstrip() for line in cover)
    path.write_text(
        f"\n{lines}\n\nThe Open Buoy Consortium writes to the Harbour Metrology Council.\n", "utf-8"
    )
    layout = read_layout(read_document(path))
    texts = [b.text for s in layout.sections for b in s.blocks]
    assert all(line in texts for line in cover)


@pytest.mark.parametrize("title", TITLES.values(), ids=TITLES.keys())
def test_the_month_under_the_header_is_the_day_it_was_published(tmp_path: Path, title: str) -> None:
    text = RFC.format(title=title, first=SENTENCES["writing"][0], second=SENTENCES["writing"][1])
    record = extracted(tmp_path, text, "rfc9981.txt")
    assert ("published", "2026-02") in {(d.role, d.value) for d in record.dates}
