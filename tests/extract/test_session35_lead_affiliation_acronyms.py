"""An acronym in brackets that abbreviates the words before it is a name's acronym, not the body a person
works for (kg.extract.parties.defines_acronym). The real opening plenary of one IEEE working group, its
chair's company in brackets ("Name (HPE)") and the time with its zone ("Eastern Daylight Time (EDT)"),
counted two attendees' bodies, made the company an organization and the minutes an alliance page of it and
the IEEE. Minutes naming two attendees' bodies by acronym still make both bodies."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import KgError
from kg.pipeline.ingest import extract

ONE_BODY = [
    (
        "IEEE 802.11 Opening Plenary, Monday 13th July 2027\n\n"
        "The chair: Dorothy EXAMPLE (QRX) opened the meeting at 09:08 {zone} and declared quorum.\n\n"
        "Secretary: Sam Example\n\n1. Approve/modify the joint opening agenda\n\n"
        "The agenda was approved without objection.\n"
    ),
    (
        "Minutes of the IEEE 802.3 working group call\n\n"
        "- Chair: Ana Sample (QRX)\n- Recorder: Bo Sample\n\n"
        "The call started at 14:00 {zone}. The joint session agenda was reviewed and the ballot opened.\n"
    ),
]
ZONES = ["Eastern Daylight Time (EDT)", "Central European Summer Time (CEST)", "Pacific Standard Time (PST)"]


def parties(tmp_path: Path, text: str) -> list[str] | None:
    path = tmp_path / "minutes.txt"
    path.write_text(text, encoding="utf-8")
    try:
        return extract(path).parties
    except KgError:
        return None  # refused: not an alliance document


@pytest.mark.parametrize("zone", ZONES)
@pytest.mark.parametrize("layout", range(len(ONE_BODY)))
def test_a_time_zone_is_no_second_attendees_body(layout: int, zone: str, tmp_path: Path) -> None:
    found = parties(tmp_path, ONE_BODY[layout].format(zone=zone))
    assert found is None or "QRX" not in found


def test_two_attendees_bodies_are_still_read(tmp_path: Path) -> None:
    text = (
        "Joint call notes, 4 March 2027\n\n"
        "Attendees:\n- Ana Example (KTC)\n- Bo Example (NLPX)\n- Cy Example (KTC)\n\n"
        "The two groups agreed to exchange their draft profiles by 30 April 2027.\n"
    )
    found = parties(tmp_path, text)
    assert found is not None and {"KTC", "NLPX"} <= set(found)


def test_attendees_bodies_after_a_comma_are_still_read_beside_a_defined_acronym(tmp_path: Path) -> None:
    text = (
        "Joint call notes of the Key Token Council (KTC) and its partner, 4 March 2027\n\n"
        "Attendees:\n- Ana Example, KTC\n- Bo Example, NLPX\n- Cy Example, KTC\n\n"
        "The two groups agreed to exchange their draft profiles by 30 April 2027.\n"
    )
    found = parties(tmp_path, text)
    assert found is not None and "NLPX" in found
