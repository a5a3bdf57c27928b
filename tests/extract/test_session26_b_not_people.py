"""Names that are no people (issue 12 point 9, session 26, engineer B).

- A ballot's table ("Name | Company | Vote | Date") lists who voted on an addendum, as an attendance table
  lists who attended: no contacts (a voter's company, "Nordlicht Computing", was read as a person).
- A place's name, "United States", "New Jersey", "United Kingdom", "South Africa", in a partner table's
  country column or an address, is no person's.

Every body, person and company is invented; the expected contacts were written before the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)
ROWS = [
    ("Brandt, Imke", "Nordlicht Computing", "Yes", "2027-06-03"),
    ("Grant, Maeve", "Corrib Data", "Yes", "2027-06-11"),
    ("Okafor, Jide", "Varta Compute", "Abstain", "2027-06-12"),
]


def ballot_md(vote: str) -> str:
    rows = "\n".join(f"| {a} | {b} | {c} | {d} |" for a, b, c, d in ROWS)
    return (
        f"# HMC / OBC register addendum 2\n\n{BODIES}\n\n## Ballot\n\n| Name | Company | {vote} | Date |\n"
        f"|---|---|---|---|\n{rows}\n\n## Contacts\n\nHMC liaison: Ana Lindqvist-Ahl (ana@hmc.example)\n"
    )


def ballot_html(vote: str) -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for a, b, c, d in ROWS)
    return (
        f"<html><body><h1>HMC / OBC register addendum 2</h1><p>{BODIES}</p><h2>Ballot</h2><table>"
        f"<tr><th>Name</th><th>Company</th><th>{vote}</th><th>Date</th></tr>{rows}</table>"
        "<h2>Contacts</h2><p>HMC liaison: Ana Lindqvist-Ahl (ana@hmc.example)</p></body></html>"
    )


def ballot_txt(vote: str) -> str:
    rows = "\n".join(f"{a}\t{b}\t{c}\t{d}" for a, b, c, d in ROWS)
    return (
        f"HMC / OBC REGISTER ADDENDUM 2\n\n{BODIES}\n\nBallot\n\nName\tCompany\t{vote}\tDate\n{rows}\n\n"
        "Contacts\n\nHMC liaison: Ana Lindqvist-Ahl (ana@hmc.example)\n"
    )


BALLOTS = {"ballot.md": ballot_md, "ballot.html": ballot_html, "ballot.txt": ballot_txt}


def people(record: AllianceRecord) -> set[str]:
    return {c.person for c in record.contacts if c.person}


@pytest.mark.parametrize("name", sorted(BALLOTS))
@pytest.mark.parametrize("vote", ["Vote", "Ballot", "Yes/No/Abstain"])
def test_a_ballots_voters_are_no_contacts(tmp_path: Path, name: str, vote: str) -> None:
    found = people(extracted(tmp_path, BALLOTS[name](vote), name))
    assert found == {"Ana Lindqvist-Ahl"}, found


PARTNERS = f"""# Partner bodies

{BODIES}

## Partners

| Partner | Country | Liaison |
|---|---|---|
| Open Buoy Consortium (OBC) | {{place}} | Bo Kristiansen-Oduya |
"""
ADDRESS = f"""# HMC / OBC memorandum

{BODIES}

## Contacts

| Name | Open Buoy Consortium |
|---|---|
| Address | c/o the OBC Secretariat, Harbourtown, {{place}} |
| Attention | Executive Director |
"""
PLACES = ["United States", "New Jersey", "United Kingdom", "South Africa"]


@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("layout", [PARTNERS, ADDRESS])
def test_a_place_is_no_person(tmp_path: Path, place: str, layout: str) -> None:
    found = people(extracted(tmp_path, layout.format(place=place), "page.md"))
    assert place not in found, found
