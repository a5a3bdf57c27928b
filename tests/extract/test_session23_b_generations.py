"""A specification named by its generation's number, without a dot (issue 12 point 9, session 23, engineer B,
dev's topics): "TideLink 7 access points", "Buoy-Net 6 gateways", and one written after its
body's acronym ("OBC WaveSCENE 3D material properties"). The name is no English word (a hyphen between
capitals, a capital inside it), so "Release 5", "Phase 2" or "Meeting 7" stay none; two bodies joined as one
("HMC-OBC 3D") are no specification; a dotted version is still read whole ("TideLink 7.1"). The names and
sentences are invented; the expected names were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

HEAD = (
    "HMC / OBC Joint Work Register\n\nOrganizations: Harbour Metrology Council (HMC), "
    "Open Buoy Consortium (OBC)\n\n"
)
SENTENCES = {
    "a mixed-case name": (
        "The parties will measure how TideLink 7 access points perform on harbour buoys.\n",
        "tidelink 7",
    ),
    "a hyphen between capitals": (
        "The parties will publish a test plan for Buoy-Net 6 gateways.\n",
        "buoy-net 6",
    ),
    "after its body's acronym": (
        "HMC aligns its station records with OBC WaveSCENE 3D material properties.\n",
        "obc wavescene 3d",
    ),
}


def specification_names(record: AllianceRecord) -> set[str]:
    return {folded(n) for s, _ in record.specifications for n in (s.label, *s.names)}


@pytest.mark.parametrize("layout", sorted(SENTENCES))
def test_a_name_and_its_generation_is_a_specification(tmp_path: Path, layout: str) -> None:
    sentence, expected = SENTENCES[layout]
    names = specification_names(extracted(tmp_path, HEAD + sentence, "register.txt"))
    assert expected in names, (layout, names)


def test_ordinary_words_and_joined_bodies_with_a_number_are_none(tmp_path: Path) -> None:
    text = HEAD + (
        "Phase 2 starts after Meeting 7; Release 5 is out of scope. The HMC-OBC 3D workshop is in May.\n"
        "TideLink 7.1 is the current version.\n"
    )
    names = specification_names(extracted(tmp_path, text, "register.txt"))
    assert not {"phase 2", "meeting 7", "release 5", "hmc-obc 3d"} & names, names
    assert "tidelink 7.1" in names, names
