"""A partner page's liaison officers (session 31, C): "Our liaison to X is A" is the page's own body's
person, never X's; "the X liaison to Y is A" and "X's liaison to Y is A" are X's; "A (Body)" under a
heading or label naming the partner is of the body in the brackets. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

PAGE = (
    "# Liaisons and partnerships\n\nThe Open Grid Forum works with other standards bodies through formal "
    "liaison relationships.\n\n## Storage Networking Industry Association (SNIA)\n\nOGF and SNIA cooperate "
    "on storage interfaces.\n\nLiaison officer: Ines Valdrada (OGF)\n\n## {partner}\n\nOGF and {partner} "
    "cooperate on management models for grid computing.\n\n{line}\n"
)


def bodies(tmp_path: Path, partner: str, line: str) -> dict[str | None, str | None]:
    record = extracted(tmp_path, PAGE.format(partner=partner, line=line), "page.md")
    return {c.person: c.organization.label if c.organization else None for c in record.contacts}


@pytest.mark.parametrize(
    ("partner", "line"),
    [
        ("DMTF", "Our liaison to DMTF is Kwame Mensah-Borg, who attends its cloud working group."),
        ("DMTF", "Our technical liaison to the DMTF is Kwame Mensah-Borg."),
        ("OpenFabrics Alliance", "Our liaison officer to the OFA is Kwame Mensah-Borg."),
    ],
)
def test_our_liaison_is_the_pages_body(tmp_path: Path, partner: str, line: str) -> None:
    assert bodies(tmp_path, partner, line).get("Kwame Mensah-Borg") == "Open Grid Forum"


LIST_PAGE = (
    "OGF liaison relationships\n\nOGF has liaison agreements with SNIA, DMTF and the OpenFabrics "
    "Alliance.\n\n"
    "Liaison officers\n- SNIA: {first}\n- DMTF: {second}\n"
)


@pytest.mark.parametrize(
    ("first", "second", "person", "body"),
    [
        (
            "Margit Sørensen (OGF) and Pedro Alcántara (SNIA)",
            "Hana Kobayashi",
            "Margit Sørensen",
            "Open Grid Forum",
        ),
        (
            "Pedro Alcántara (SNIA) and Margit Sørensen (OGF)",
            "Hana Kobayashi",
            "Margit Sørensen",
            "Open Grid Forum",
        ),
        (
            "Pedro Alcántara",
            "our liaison to DMTF is Kwame Mensah-Borg; the DMTF liaison to OGF is Hana Kobayashi.",
            "Hana Kobayashi",
            "DMTF",
        ),
    ],
)
def test_a_list_of_liaison_officers(tmp_path: Path, first: str, second: str, person: str, body: str) -> None:
    record = extracted(tmp_path, LIST_PAGE.format(first=first, second=second), "page.txt")
    found = {c.person: c.organization.label if c.organization else None for c in record.contacts}
    assert found.get(person) == body, record.contacts
