"""A contact's company the reference data does not know, named on the contact's card (issue 12 point 9,
session 27, engineer B, s27b).

The family: an ITU-T statement's "Contact: Name, Company, Country, Tel, E-mail" field, its HTML form (a
row "Contact: | Name<br>Company<br>Country | Tel / E-mail"), a plain card whose line after the name is the
company. The company ("Nordlys Telecom Research", "Kestrel Corporation", "Telecom Brevik") is the person's
organization, not the statement's sender; a job title in its place ("Software Engineer", "Solutions
Architect") is a role, neither a company nor a person.

Every body, company and person is invented; the expected contacts were written before the rule ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

HEAD = (
    "Source: Harbour Metrology Council (HMC) Tide Group\nTo: Open Buoy Consortium (OBC)\n"
    "Title: LS on the tide data profile\nFor: Action\nDeadline: 31 March 2028\n"
)
BODY = "HMC thanks OBC for its letter on tide data exchange and asks OBC to review the attached draft."


def statement(name: str, company: str, country: str) -> str:
    card = f"Ana Lindqvist-Ahl, {company}, {country}"
    if name.endswith(".html"):
        rows = "".join(
            f"<tr><td>{line.split(': ', 1)[0]}:</td><td>{line.split(': ', 1)[1]}</td></tr>"
            for line in HEAD.splitlines()
        )
        cell = card.replace(", ", "<br>")
        return (
            "<html><body><h1>Liaison statement</h1><table>"
            f"{rows}<tr><td>Contact:</td><td>{cell}</td><td>Tel: +47 5550 1234<br>"
            f"E-mail: ana@nordlys.example</td></tr></table><p>{BODY}</p></body></html>"
        )
    contact = f"Contact: {card}, Tel: +47 5550 1234, E-mail: ana@nordlys.example"
    if name.endswith(".md"):
        fields = "".join(
            f"**{line.split(': ', 1)[0]}:** {line.split(': ', 1)[1]}\n\n" for line in HEAD.splitlines()
        )
        return f"# Liaison statement\n\n{fields}{contact}\n\n{BODY}\n"
    return f"LIAISON STATEMENT\n\n{HEAD}{contact}\n\n{BODY}\n"


COMPANIES = [
    ("Nordlys Telecom Research", "Norway"),
    ("Kestrel Corporation", "Korea (Republic of)"),
    ("Telecom Brevik", "Italy"),
]


@pytest.mark.parametrize("name", ["ls.txt", "ls.md", "ls.html"])
@pytest.mark.parametrize(("company", "country"), COMPANIES)
def test_a_card_s_company_is_the_contact_s_organization(
    tmp_path: Path, name: str, company: str, country: str
) -> None:
    found = contact_bodies(extracted(tmp_path, statement(name, company, country), name))
    assert found == {"Ana Lindqvist-Ahl": company}, found


LAYOUTS = {
    "page.md": "# HMC and OBC partnership\n\n{bodies}\n\n{line}\n",
    "page.txt": "HMC AND OBC PARTNERSHIP\n\n{bodies}\n\n{line}\n",
    "page.html": "<html><body><h1>HMC and OBC partnership</h1><p>{bodies}</p><p>{line}</p></body></html>",
}
BODIES = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data."


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("title", ["Software Engineer", "Solutions Architect", "Principal Scientist"])
def test_a_job_title_is_no_person_and_no_company(tmp_path: Path, name: str, title: str) -> None:
    line = f"Contact: Ana Lindqvist-Ahl, {title}, Harbour Metrology Council"
    found = contact_bodies(extracted(tmp_path, LAYOUTS[name].format(bodies=BODIES, line=line), name))
    assert found == {"Ana Lindqvist-Ahl": "HMC"}, found
