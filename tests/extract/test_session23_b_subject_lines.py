"""Subjects written where a document states what it is about, in two layouts dev's writers used (issue 12
point 9, session 23, engineer B, dev's topics):

- a liaison statement's title names its subject before the use it is for: "LS on tide record compression
  for coastal buoy networks" is about tide record compression; the line is a header field, a table row of a
  cover sheet, a letter's Subject or a record's "title" key. A title naming a task ("LS on alignment of
  ...") or no use ("LS on buoy calibration") is left alone: what it is about is not written as a subject;
- an item of a list of subjects that goes on to say more: "semantic buoy dictionaries (ISO 21987, the
  BuoyCat lists)", "tide gauge interoperability, in particular the Harbour Data Model": the subject is the
  head before the bracket or "in particular" / "including" / "such as".

Every body, subject and sentence is invented; the expected subjects were written before the rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

TITLES = {
    "a header field": (
        "liaison.txt",
        "LIAISON STATEMENT\n\nTitle:          LS on tide record compression for coastal buoy networks\n"
        "From:           Harbour Metrology Council (HMC)\nTo:             Open Buoy Consortium (OBC)\n"
        "For:            action\n\nHMC asks OBC to comment on the attached draft.\n",
    ),
    "a cover sheet's table row": (
        "liaison.md",
        "# LIAISON STATEMENT\n\n| Field | |\n|---|---|\n"
        "| **Title** | LS/o on tide record compression for coastal buoy networks (reply to OBC-LS12) |\n"
        "| **From** | Harbour Metrology Council (HMC) |\n| **To** | Open Buoy Consortium (OBC) |\n"
        "| **For** | information |\n\nHMC thanks OBC for its statement.\n",
    ),
    "a letter's subject": (
        "letter.txt",
        "To: Open Buoy Consortium (OBC)\nFrom: Harbour Metrology Council (HMC)\n"
        "Subject: Liaison statement on tide record compression for coastal buoy networks\n"
        "Purpose: For action\n\nDear colleagues,\n\nHMC asks OBC to comment on the attached draft.\n",
    ),
}


def subject_names(record: AllianceRecord) -> set[str]:
    new = {e.iri: e for e in record.new_entities}
    return {folded(n) for t in record.topics if t in new for n in (new[t].label, *new[t].names)}


@pytest.mark.parametrize("layout", sorted(TITLES))
def test_a_liaison_s_title_names_its_subject_before_its_use(tmp_path: Path, layout: str) -> None:
    name, text = TITLES[layout]
    assert "tide record compression" in subject_names(extracted(tmp_path, text, name)), layout


NO_SUBJECT_TITLES = [
    "LS on alignment of tide record models",
    "LS on tide record compression",
    "LS on 2.4 GHz buoy links",
]


@pytest.mark.parametrize("title", NO_SUBJECT_TITLES)
def test_a_title_naming_a_task_or_no_use_gives_no_subject(tmp_path: Path, title: str) -> None:
    written = "LS on tide record compression for coastal buoy networks"
    text = TITLES["a header field"][1].replace(written, title)
    names = subject_names(extracted(tmp_path, text, "liaison.txt"))
    assert not names & {"alignment", "tide record compression", "tide record models", "buoy links"}, names


LISTS = {
    "a heading over bullets": "3. Scope\n\n{items}\n\n4. Work items\n\n- Joint glossary - Q3 2027\n",
    "an introducing line": "The areas of cooperation are:\n\n{items}\n\nThe Parties meet twice a year.\n",
}
ITEMS = (
    "- tide gauge interoperability, in particular the Harbour Data Model (HMC 40210);\n"
    "- semantic buoy dictionaries (ISO 21987, the BuoyCat lists and the national equivalents);\n"
    "- wave sensor calibration, including drift checks at sea;\n"
    "- security of buoy gateways."
)
REGISTER = (
    "HMC / OBC Joint Work Register\n\nOrganizations: Harbour Metrology Council (HMC), "
    "Open Buoy Consortium (OBC)\n\n"
)


@pytest.mark.parametrize("layout", sorted(LISTS))
def test_a_listed_subject_is_the_head_before_what_it_goes_on_to_say(tmp_path: Path, layout: str) -> None:
    text = REGISTER + LISTS[layout].format(items=ITEMS)
    names = subject_names(extracted(tmp_path, text, "register.txt"))
    expected = {
        "tide gauge interoperability",
        "semantic buoy dictionaries",
        "wave sensor calibration",
        "security of buoy gateways",
    }
    assert expected <= names, (layout, names)
