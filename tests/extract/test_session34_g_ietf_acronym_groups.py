"""A working group written as the IETF writes its groups, an acronym in capitals before "WG" ("the DETNET
WG", "in RADEXT WG"), in a text naming the IETF and with no body written beside the group, is the IETF's,
not the body named before it in its sentence (IEEE, whose groups are numbered), nor dropped for want of an
owner; a group of any acronym the text also writes in lower case in an IETF address or draft name ("the CoRE
WG" and "core@ietf.org") is the IETF's too. A group written after its body ("the DMTF PMCI WG") keeps it,
and a text naming no IETF gives none (issue 12 point 9, session 34, engineer G; the IAB's liaison manager
reports). Groups, people and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

IETF = "Internet Engineering Task Force"
IEEE = "Institute of Electrical and Electronics Engineers"


def report(layout: str, paragraphs: list[str]) -> tuple[str, str]:
    title = "IEEE 802/IETF Liaison Report"
    if layout == "md":
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", "r.md"
    if layout == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<html><body><h1>{title}</h1>{body}</body></html>", "r.html"
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", "r.txt"


def owners(tmp_path: Path, layout: str, paragraphs: list[str]) -> dict[str, str | None]:
    record = extracted(tmp_path, *report(layout, paragraphs))
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {
        unit.label.removeprefix("IETF ").removeprefix("IEEE "): labels.get(unit.unit_of)
        for unit, _ in record.units
    }


@pytest.mark.parametrize(
    ("layout", "paragraphs", "group"),
    [
        (
            "txt",
            [
                "The IEEE 802.1 report says the Bridging Task Group has asked the PAWS WG for comments on "
                "its draft. The IETF liaison manager will follow this up.",
            ],
            "PAWS WG",
        ),
        (
            "md",
            [
                "Requests from the IETF: none are open. One more is expected from the LMAP WG later this "
                "year, but the IEEE 802 queue is empty.",
            ],
            "LMAP WG",
        ),
        (
            "html",
            [
                "IEEE 802.3 sent a liaison letter to the IETF on power budgets.",
                "The requirements are under discussion in ROLL Working Group as well.",
            ],
            "ROLL Working Group",
        ),
        (
            "txt",
            [
                "IEEE 802.15 and the IETF exchanged liaisons on constrained links. IEEE 802.15 has asked "
                "the CoRE WG (core@ietf.org) for a review.",
            ],
            "CoRE WG",
        ),
        (
            "md",
            [
                "IEEE 802 has answered every IETF request. More review requests will come (LOOPS WG), but "
                "none is queued.",
            ],
            "LOOPS WG",
        ),
    ],
)
def test_an_acronym_group_of_the_ietf(tmp_path: Path, layout: str, paragraphs: list[str], group: str) -> None:
    found = owners(tmp_path, layout, paragraphs)
    assert found.get(group) == IETF, found


def test_a_group_written_after_its_body_keeps_it(tmp_path: Path) -> None:
    found = owners(
        tmp_path,
        "txt",
        [
            "IEEE 802.1 has asked the IETF, in a liaison, to review the work of the IEEE SHAPE WG on "
            "traffic shaping. The SHAPE WG meets again in May.",
        ],
    )
    assert found.get("SHAPE WG") == IEEE, found


def test_no_ietf_named_no_ietf_group(tmp_path: Path) -> None:
    record = extracted(
        tmp_path,
        "IEEE 802 / DMTF Liaison Report\n\nIEEE 802.3 sent a liaison letter to DMTF on power budgets. "
        "The PMCI WG will reply in May.\n",
        "r.txt",
    )
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    assert IETF not in {labels.get(unit.unit_of) for unit, _ in record.units}
    assert IETF not in labels.values()


@pytest.mark.parametrize(
    "paragraphs",
    [
        # the group's own address at another body's domain
        [
            "To: LOOP WG chairs <loop-chairs@openfoundation.example>",
            "The IETF sends this liaison to the Harbour Metrology Council. The LOOP WG is asked to reply.",
        ],
        # the short form of a group the text names in full, in brackets
        [
            "This liaison is from the IETF Web Tide Protocol Working Group (TIDE WG) to the Harbour "
            "Metrology Council. The TIDE WG asks for a review.",
        ],
    ],
)
def test_no_ietf_group_against_the_texts_cues(tmp_path: Path, paragraphs: list[str]) -> None:
    found = owners(tmp_path, "txt", paragraphs)
    assert not any(
        owner == IETF and label.endswith(" WG") and "Protocol" not in label for label, owner in found.items()
    ), found
