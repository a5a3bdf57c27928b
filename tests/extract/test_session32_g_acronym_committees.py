"""A standards committee named by an acronym that no other name in the text or the reference data has ("the
DICOM Standards Committee", a partners page's heading "XYZA Standards Committee") is the body that acronym
names, and a group written after the acronym ("DICOM WG-20") is that body's unit, not the page writer's
("HL7 DICOM WG-20") nor a unit of no body (issue 12 point 9, session 32, engineer G; session 31's reports,
dev hl7-partners-dicom-ihe: a page naming two bodies only as "IHE" and "DICOM Standards Committee" lost
the committee). A known body's committee ("the AES Standards Committee" of a text naming the Audio
Engineering Society) stays its unit.

Bodies partly invented (NEMARIS, KORVA, TIDEX); text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.named_bodies import named
from support.work_items import extracted


def partners_page(layout: str, acronym: str, group: str) -> tuple[str, str]:
    committee = f"{acronym} Standards Committee"
    intro = "HL7 International keeps formal agreements with the organizations below."
    first = f"The imaging work group of HL7 and {acronym} {group} meet jointly twice a year."
    second = "IHE profiles use HL7 FHIR; the HL7 Patient Administration Work Group reviews them."
    if layout == "md":
        text = f"# Partners\n\n{intro}\n\n## {committee}\n\n{first}\n\n## IHE International\n\n{second}\n"
        return text, "p.md"
    if layout == "html":
        return (
            f"<html><body><h1>Partners</h1><p>{intro}</p><h2>{committee}</h2><p>{first}</p>"
            f"<h2>IHE International</h2><p>{second}</p></body></html>",
            "p.html",
        )
    return f"PARTNERS\n\n{intro}\n\n{committee}\n\n{first}\n\nIHE International\n\n{second}\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(("acronym", "group"), [("NEMARIS", "WG-12"), ("KORVA", "WG-07"), ("TIDEX", "TG4")])
def test_a_partners_heading_committee_is_a_body_owning_its_groups(
    tmp_path: Path, layout: str, acronym: str, group: str
) -> None:
    record = extracted(tmp_path, *partners_page(layout, acronym, group))
    parties = {p.short_name for p, _ in record.parties}
    assert acronym in parties and "IHE" in parties and "HL7" in parties, parties
    bodies = {str(p.iri): p.short_name for p, _ in record.parties}
    owners = {u.label: bodies.get(str(u.unit_of)) for u, _ in record.units}
    assert owners.get(group) == acronym, owners


@pytest.mark.parametrize(
    "sentence",
    [
        "IHE and the KORVA Standards Committee agreed to align their imaging profiles.",
        "The TIDEX Standards Board will cooperate with IHE on ward data.",
    ],
)
def test_two_bodies_named_as_an_acronym_and_a_committee_are_two(sentence: str) -> None:
    assert len(named(f"Joint note\n\n{sentence}\n")) == 2


def test_a_known_bodys_committee_stays_its_unit() -> None:
    text = (
        "Liaisons\n\nThe Audio Engineering Society (AES) and SMPTE cooperate; the AES Standards Committee"
        " reviews the joint drafts.\n"
    )
    assert named(text) == {"Audio Engineering Society", "SMPTE"}, named(text)


def test_a_committee_after_another_acronym_is_no_body() -> None:
    text = "Note\n\nThe IEEE SA Standards Board and W3C agreed to exchange drafts.\n"
    assert "SA Standards Board" not in named(text) and "SA" not in named(text), named(text)
