"""An acronym in capitals before "WG" is the IETF's way of writing a group only among bodies that number
their groups (IEEE 802.1, ITU-T SG 16): a text that also names a body writing its groups the same way
(DMTF's "PMCI WG", OGF's "GLUE WG", SNIA's "CDMI TWG") gives such a group no IETF owner from capitals alone
(a6c9b70 gave DMTF's groups to the IETF in a DMTF/IETF report). The IETF's own family (the IAB's reports)
does not count as another body; an IETF address or draft name still makes a group the IETF's. Bodies,
groups and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

IETF = "Internet Engineering Task Force"


def unit_owners(tmp_path: Path, text: str, name: str) -> dict[str, str | None]:
    record = extracted(tmp_path, text, name)
    labels = {entity.iri: entity.label for entity, _ in record.parties}
    return {unit.label: labels.get(unit.unit_of) for unit, _ in record.units}


def layout(kind: str, title: str, paragraphs: list[str]) -> tuple[str, str]:
    if kind == "md":
        return f"# {title}\n\n" + "\n\n".join(paragraphs) + "\n", "r.md"
    if kind == "html":
        body = "".join(f"<p>{p}</p>" for p in paragraphs)
        return f"<html><body><h1>{title}</h1>{body}</body></html>", "r.html"
    return f"{title}\n\n" + "\n\n".join(paragraphs) + "\n", "r.txt"


@pytest.mark.parametrize(
    ("kind", "title", "paragraphs", "group", "body"),
    [
        (
            "txt",
            "DMTF / IETF Liaison Report",
            [
                "The DMTF and the IETF exchange drafts on platform management. The PMCI WG will review "
                "the IETF drafts on device attestation and send comments by June 2027."
            ],
            "PMCI WG",
            "DMTF",
        ),
        (
            "md",
            "OGF and IETF Collaboration Notes",
            [
                "The Open Grid Forum (OGF) follows the IETF's work on transport security.",
                "The QUAY WG reviewed two of those drafts and will report at the next meeting.",
            ],
            "QUAY WG",
            "OGF",
        ),
        (
            "html",
            "SNIA - IETF liaison update",
            [
                "SNIA sent its comments on the storage drafts to the IETF.",
                "The TIDE WG keeps the joint issue list and meets every month.",
            ],
            "TIDE WG",
            "SNIA",
        ),
    ],
)
def test_capitals_are_no_ietf_cue_beside_a_body_writing_groups_so(
    tmp_path: Path, kind: str, title: str, paragraphs: list[str], group: str, body: str
) -> None:
    owners = unit_owners(tmp_path, *layout(kind, title, paragraphs))
    found = {label: owner for label, owner in owners.items() if label.endswith(group)}
    assert found, owners
    assert IETF not in found.values(), owners


def test_an_ietf_address_still_gives_the_ietf(tmp_path: Path) -> None:
    owners = unit_owners(
        tmp_path,
        *layout(
            "txt",
            "DMTF / IETF Liaison Report",
            [
                "The DMTF and the IETF exchange drafts. The ACME WG (acme@ietf.org) asked the DMTF for a "
                "review of its certificate profile."
            ],
        ),
    )
    assert [owner for label, owner in owners.items() if label.endswith("ACME WG")] == [IETF], owners


def test_the_iab_is_no_other_body(tmp_path: Path) -> None:
    owners = unit_owners(
        tmp_path,
        *layout(
            "txt",
            "Internet Architecture Board",
            [
                "IEEE 802.1 / IETF liaison report, March 2027.",
                "IEEE 802.1 has asked the IETF for comments; the PAWS WG will answer in April.",
            ],
        ),
    )
    assert [owner for label, owner in owners.items() if label.endswith("PAWS WG")] == [IETF], owners
