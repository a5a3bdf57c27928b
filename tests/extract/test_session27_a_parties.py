"""Layout invariance of the PARTIES named by heads the lexicon lacked, and of a page that speaks of working
together only in another language than those read so far (issue 12, point 9, session 27, tuner A).

A body whose name ends with "Congress" ("Pacific Area Standards Congress") or "Coalition" ("Nordic Buoy Data
Coalition"), or opens with "Coalition for" ("Coalition for Content Provenance and Authenticity"), was no body
unless the reference data knew it: a memorandum of three regional bodies lost its third, a letter to a
coalition its addressee. A page about two bodies' cooperation written in Portuguese, a Nordic language or
Polish ("acordo de cooperação", "samarbete", "współpraca") was refused as speaking of no collaboration. Every
body is invented; each layout is written in several formats, the expected parties written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import LAYOUTS, titled
from support.work_items import extracted


def party_labels(tmp_path: Path, layout: str, title: str, paragraphs: list[str]) -> set[str]:
    text, name = titled(layout, title, paragraphs)
    return {entity.label for entity, _ in extracted(tmp_path, text, name).parties}


HEADED = [
    ("the Pacific Buoy Standards Congress (PBSC)", "Pacific Buoy Standards Congress"),
    ("the Nordic Buoy Data Coalition", "Nordic Buoy Data Coalition"),
    ("the Coalition for Open Telemetry Provenance (COTP)", "Coalition for Open Telemetry Provenance"),
]


@pytest.mark.parametrize("named,label", HEADED, ids=["congress", "coalition-last", "coalition-first"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_congress_or_a_coalition_is_a_body(tmp_path: Path, layout: str, named: str, label: str) -> None:
    paragraphs = [
        f"The Kelp Data Association (KDA), the Fjordline Sensor Consortium (FSC) and {named} signed a "
        "memorandum of understanding on buoy telemetry on 3 March 2027.",
        "The three parties will exchange their draft profiles and meet once a year.",
    ]
    found = party_labels(tmp_path, layout, "Memorandum of understanding on buoy telemetry", paragraphs)
    assert {"Kelp Data Association", "Fjordline Sensor Consortium", label} <= found, found


FOREIGN = [
    (
        "Acordo de cooperação",
        "A Kelp Data Association (KDA) e o Fjordline Sensor Consortium (FSC) assinaram um acordo de "
        "cooperação em 3 de março de 2027 para alinhar os seus perfis de telemetria.",
    ),
    (
        "Samarbete om telemetri",
        "Kelp Data Association (KDA) och Fjordline Sensor Consortium (FSC) inledde ett samarbete den 3 mars "
        "2027 och tecknade ett avtal om telemetriprofiler.",
    ),
    (
        "Porozumienie o współpracy",
        "Kelp Data Association (KDA) i Fjordline Sensor Consortium (FSC) podpisały porozumienie o współpracy "
        "3 marca 2027 r. w sprawie profili telemetrii.",
    ),
]


@pytest.mark.parametrize("title,paragraph", FOREIGN, ids=["portuguese", "swedish", "polish"])
@pytest.mark.parametrize("layout", LAYOUTS)
def test_cooperation_in_other_languages_is_an_alliance(
    tmp_path: Path, layout: str, title: str, paragraph: str
) -> None:
    found = party_labels(tmp_path, layout, title, [paragraph])
    assert {"Kelp Data Association", "Fjordline Sensor Consortium"} <= found, found


OPENING = [
    "Chair: Ada Lindqvist-Oyelaran",
    "Secretary: Tomas Brekke-Adeyemi",
    "Attendance: 31 participants (list in annex).",
    "1. Opening",
    "The chair opened the meeting at 14:00 UTC.",
    "2. Agenda",
    "The agenda was approved without change.",
    "3. Minutes of the last meeting",
    "The minutes were approved.",
    "4. Liaison reports",
]
REPORTS = [
    "4.1 Fjordline Sensor Consortium (FSC) Telemetry Task Force, reported by Ada Lindqvist-Oyelaran. The "
    "task force froze its profile.",
    "4.2 Nordic Marine Data Federation (NMDF) Buoy Working Group, reported by Tomas Brekke-Adeyemi. No news.",
]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_one_bodys_minutes_name_the_bodies_of_its_liaison_reports(tmp_path: Path, layout: str) -> None:
    """One body's meeting whose title names only it ("KDA WG10 - minutes") reports on the groups of the
    bodies it works with, after its opening: those bodies are the alliance's other parties."""
    title = "Kelp Data Association (KDA) WG10 - Minutes of 9 March 2027"
    found = party_labels(tmp_path, layout, title, [*OPENING, *REPORTS])
    assert {"Fjordline Sensor Consortium", "Nordic Marine Data Federation"} <= found, found
