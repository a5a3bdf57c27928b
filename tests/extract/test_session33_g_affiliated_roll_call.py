"""One body's group minutes whose roll call lists attendees with their companies, IRC style ("Present:
Jo_Lind(Siemens), Kaz_Ito(W3C), ..."), naming no second standards body, are refused, and the refusal says
why: the companies are the group's members, no body allied with it. Minutes of the same layout with a second
body taking part are read (issue 12 point 9, session 33, engineer G; a W3C interest group's minutes mail
refused as "names 1 organization(s)"). People and companies invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

ROLLS = [
    "Present\n       Jo_Lind(Siemens), Kaz_Ito(W3C),\n       Mia_Roe(Fujitsu), Ben_Okafor(Panasonic)\n",
    "Present: Ana_Maria_Costa(Bosch), Li_Wei(W3C), Tom_Eriksen(Ericsson), Sara_Haddad(Orange)\n",
    "Attendees\n\nPresent\n  Dev_Patel(Intel), Kaz_Ito(W3C), Noor_Aziz(Huawei)\n",
]


def minutes(layout: str, roll: str, topic: str) -> tuple[str, str]:
    if layout == "md":  # (indented lines are code in Markdown: the roll call as a paragraph)
        roll = "\n".join(line.strip() for line in roll.splitlines()) + "\n"
    body = f"WoT IG f2f, day 2\n\n14 Apr 2027\n\n{roll}\nAgenda\n\n{topic}\n"
    return (f"# {body}", "m.md") if layout == "md" else (body, "m.txt")


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("roll", ROLLS)
def test_one_body_with_its_members_is_refused_saying_why(tmp_path: Path, layout: str, roll: str) -> None:
    topic = "Kaz reviewed the W3C thing description draft; W3C staff will update the draft by May."
    with pytest.raises(NotAnAllianceDocument, match="companies"):
        extracted(tmp_path, *minutes(layout, roll, topic))


@pytest.mark.parametrize("roll", ROLLS[:2])
def test_a_second_body_taking_part_is_read(tmp_path: Path, roll: str) -> None:
    topic = "Joint session with the IETF: the IETF and W3C agreed a liaison on CoAP bindings."
    record = extracted(tmp_path, *minutes("txt", roll, topic))
    assert {p.acronym for p, _ in record.parties} >= {"W3C", "IETF"}, record.parties
