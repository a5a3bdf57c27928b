"""Layout invariance of PARTIES and UNITS for names dev lacked (issue 12, point 9, session 24, tuner A).

- A national standards body named "<Country> Standards Authority (XSA)" or "Bureau of Standards <Country>
  (BSX)" was read as a specification: "Authority" was no body's head, and "Bureau of Standards X" had one
  capitalised word that is not generic after its head. A certificate or registration authority stays a role.
- A committee named by its code and its subject ("JC-64 Committee for Embedded Memory Storage", "JC-14.1
  Subcommittee on Reliability Test Methods", "Committee D20 on Plastics") was cut after its head or read
  from the middle of its code ("14.1 Subcommittee").
- A unit written after the acronym of a body the text names by its acronym alone ("the IPC B-10a ... Task
  Group", IPC known only from "IPC and JEDEC sign ...") was found before its body and dropped as an orphan.

Every body is invented; each case is written in several layouts, the expected names written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.entities import organization_name_kind


def layouts(title: str, body: str) -> list[tuple[str, str]]:
    return [
        (f"{title}\n\n{body}\n", "d.txt"),
        (f"# {title}\n\n{body}\n", "d.md"),
        (f"<html><body><h1>{title}</h1><p>{body}</p></body></html>", "d.html"),
    ]


NSB_NEWS = (
    "Three Memorandums of Understanding Signed",
    "The Kelp Data Forum (KDF) has signed memorandums of understanding with the Norvania Standards Authority "
    "(NSA) and the Bureau of Standards Tarrow (BST). Under each memorandum the two bodies exchange drafts.",
)


@pytest.mark.parametrize("text, name", layouts(*NSB_NEWS), ids=["text", "md", "html"])
def test_national_standards_bodies_named_authority_or_bureau_of_standards_are_parties(
    tmp_path: Path, text: str, name: str
) -> None:
    record = extracted(tmp_path, text, name)
    parties = {folded(entity.label) for entity, _ in record.parties}
    assert {"norvania standards authority", "bureau of standards tarrow"} <= parties


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Norvania Standards Authority", "organization"),
        ("Infocomm Media Development Authority", "organization"),
        ("Bureau of Standards Tarrow", "organization"),
        ("Certificate Authority", None),
        ("Registration Authority", None),
        ("Bureau Members Directory", None),
    ],
)
def test_authority_is_a_body_head_unless_it_names_a_role(name: str, kind: str | None) -> None:
    assert organization_name_kind(name) == kind


COMMITTEES = (
    "Kelp Data Forum and Fjordline Consortium Work Register",
    "Work on the Kelp Data Forum side is done in the KDF JC-64 Committee for Embedded Buoy Storage and "
    "Removable Sensor Cards; the Fjordline Consortium works through its FC-14.1 Subcommittee on "
    "Reliability Test Methods for Packaged Sensors and its Committee D20 on Plastics. The partnership "
    "began in 2025.",
)


@pytest.mark.parametrize("text, name", layouts(*COMMITTEES), ids=["text", "md", "html"])
def test_a_committee_named_by_its_code_keeps_its_subject(tmp_path: Path, text: str, name: str) -> None:
    record = extracted(tmp_path, text, name)
    units = {folded(entity.label) for entity, _ in record.units}
    assert "jc-64 committee for embedded buoy storage and removable sensor cards" in units
    assert "fc-14.1 subcommittee on reliability test methods for packaged sensors" in units
    assert "committee d20 on plastics" in {u.removeprefix("fjordline consortium ") for u in units}
    assert not any(u in units for u in ("14.1 subcommittee", "jc-64 committee", "kdf jc-64 committee"))


ACRONYM_RELEASE = (  # (a body the reference data knows beside the one known by its acronym alone)
    "KDF and JEDEC Sign Memorandum of Understanding on Buoy Memory Standards",
    "KDF and the JEDEC Solid State Technology Association today announced that they signed a memorandum of "
    "understanding on January 12, 2027 to coordinate their work on buoy memory.\n\nThe two organizations "
    "have published two standards jointly. Under the memorandum, the KDF B-10a Buoy Mooring Task Group and "
    "the JEDEC JC-14.1 Subcommittee on Reliability Test Methods for Packaged Buoys will hold joint meetings.",
)


DATELINE = "BERGEN, Norway and ARLINGTON, Va. -- January 14, 2027 -- "
RELEASES = [
    (f"FOR IMMEDIATE RELEASE\n\n{ACRONYM_RELEASE[0]}\n\n{DATELINE}{ACRONYM_RELEASE[1]}\n", "r.txt"),
    (f"**FOR IMMEDIATE RELEASE**\n\n## {ACRONYM_RELEASE[0]}\n\n{DATELINE}{ACRONYM_RELEASE[1]}\n", "r.md"),
    *layouts(*ACRONYM_RELEASE),
]


@pytest.mark.parametrize("text, name", RELEASES, ids=["release-text", "release-md", "text", "md", "html"])
def test_a_unit_after_the_acronym_of_a_body_known_by_its_acronym_alone_is_that_bodys(
    tmp_path: Path, text: str, name: str
) -> None:
    record = extracted(tmp_path, text, name)
    units = {folded(entity.label): entity.unit_of for entity, _ in record.units}
    owners = {entity.iri: folded(entity.acronym or entity.label) for entity, _ in record.parties}
    owned = {label: owners.get(owner) for label, owner in units.items() if owner is not None}
    assert any(label.endswith("b-10a buoy mooring task group") and o == "kdf" for label, o in owned.items())


@pytest.mark.parametrize(
    "partner, expected",
    [
        ("a memorandum of understanding with Fjordline Labs", "fjordline labs"),
        ("a memorandum of understanding with the Tide Data Collective", "tide data collective"),
        ("a partnership agreement with the Baltic Buoy Programme", "baltic buoy programme"),
        ("a liaison with the Fjordline Research Centre", "fjordline research centre"),
    ],
)
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_partner_named_in_full_after_the_agreement_with_it_is_a_party(
    tmp_path: Path, partner: str, expected: str, suffix: str
) -> None:
    title = "Kelp Data Forum signs agreement"
    lead = f"The Kelp Data Forum (KDF) signed {partner} on 3 March 2027."
    text = dict((name.rsplit(".", 1)[1], made) for made, name in layouts(title, lead))[suffix]
    record = extracted(tmp_path, text, f"p.{suffix}")
    assert expected in {folded(entity.label) for entity, _ in record.parties}
