"""A person who acts through a unit is no body (session 21, the review of session 20): the rule that reads
"X (XC), acting through its Forecast Department" as a body made the officer of "The Chair, Marit Solberg,
acting through the Joint Secretariat, reports to both Boards" an organization. A person is named after
their role ("The Chair, A B,"), after a form of address ("Dr. A B,"), or with the role run into the name
("Executive Director A B,"). The bodies, people and wordings are invented; the expected facts were written
before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "# Joint Work Register: Kelp Survey Data\n\n"
    "The Fjordline Survey Council (FSC) and the Open Kelp Consortium (OKC) agree to share survey data.\n\n"
    "## Organizations\n\n- Fjordline Survey Council (FSC)\n- Open Kelp Consortium (OKC)\n\n## Governance\n\n"
)
TAIL = (
    "\n\n## Work items\n\n| Item | Owner | Target |\n|---|---|---|\n"
    "| Shared kelp density atlas | FSC | Q3 2027 |\n"
)

SENTENCES = {
    "role before the name": (
        "The Chair, Oddny Haraldsen, acting through the Joint Secretariat, reports to both Boards."
    ),
    "form of address": (
        "Our Secretary, Dr. Teodor Vasquez, acting via the Programme Office, keeps the minutes."
    ),
    "role run into the name": (
        "- Executive Director Ilse Brandvold, acting through the Survey Desk, signs the annual report."
    ),
    "person opening the line": (
        "Oddny Haraldsen (Chair), acting through the Joint Secretariat, calls meetings."
    ),
}
PEOPLE = ("oddny haraldsen", "teodor vasquez", "ilse brandvold")


def body_names(record: AllianceRecord) -> set[str]:
    """Every label of every organization or unit the document brought."""
    return {
        folded(name)
        for entity in record.new_entities
        if entity.kind in ("organization", "unit")
        for name in (entity.label, *entity.names)
    }


@pytest.mark.parametrize("sentence", sorted(SENTENCES))
def test_a_person_acting_through_a_unit_is_no_body(tmp_path: Path, sentence: str) -> None:
    record = extracted(tmp_path, HEAD + SENTENCES[sentence] + TAIL, "register.md")
    names = body_names(record)
    assert not any(person in name for person in PEOPLE for name in names), (sentence, names)
    assert len(record.parties) == 2, (sentence, [p.label for p, _ in record.parties])


def test_a_body_acting_through_its_unit_after_a_role_word_is_still_a_body(tmp_path: Path) -> None:
    text = (
        "Kelp Survey Joint Work Register\n\nOrganizations\n\n"
        "- Fjordline Survey Centre (FSCe), acting through its Chair's Office\n"
        "- Hallvik Trading Community (HTC), acting through its Survey Working Group\n"
    ) + TAIL
    names = body_names(extracted(tmp_path, text, "register.md"))
    assert "fjordline survey centre" in names and "hallvik trading community" in names, names
