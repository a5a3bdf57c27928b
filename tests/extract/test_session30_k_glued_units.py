"""A body's acronym glued to its committee's number or code names the body and its unit (issue 12 point 9,
session 30, engineer K; the real probe of session 29: an IETF and IEEE 802 coordination list titled with
"IETF/IEEE802", /work/s29/real-c).

"IEEE802.11", "IEEE802", "ETSI-NFV": no name matched inside the glued word, so the text named no body
there (an "IETF/IEEE802" list named one body). Now the known body's acronym with a number of up to three
digits is a unit of that body, labelled with the two apart ("IEEE 802.11"), and a group's code after a
hyphen is the body's unit the text names by that code ("ETSI ISG NFV"); a glued standard's number
("ISO9001"), a version ("PI4.0"), a pair of bodies ("ISO-IEC") or a code no unit has ("DVB-DASH") is none,
nor is an acronym no body is known by. The bodies are real, the documents and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Harbour Metrology Council (HMC) keeps this page on its coordination work."


def written(layout: str, title: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# {title}\n\n{LEAD}\n\n- {sentence}\n", "a.md"
    if layout == "html":
        return f"<html><body><h1>{title}</h1><p>{LEAD}</p><p>{sentence}</p></body></html>\n", "a.html"
    return f"{title}\n\n{LEAD}\n{sentence}\n", "a.txt"


def found(tmp_path: Path, layout: str, title: str, sentence: str) -> tuple[set[str], dict[str, str]]:
    text, name = written(layout, title, sentence)
    record = extracted(tmp_path, text, name)
    owners = {p.iri: p.acronym or p.label for p, _ in record.parties}
    units = {u.label: owners.get(u.unit_of, str(u.unit_of)) for u, _ in record.units}
    return {p.acronym or p.label for p, _ in record.parties}, units


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(
    ("sentence", "body", "unit"),
    [
        ("HMC works with IEEE802.11 on buoy radio links.", "IEEE", "IEEE 802.11"),
        ("HMC reports to IEEE802 on buoy radio links each year.", "IEEE", "IEEE 802"),
        ("HMC reports to IEEE802.3 on buoy cabling.", "IEEE", "IEEE 802.3"),
    ],
)
def test_a_glued_acronym_names_the_body_and_its_unit(
    tmp_path: Path, layout: str, sentence: str, body: str, unit: str
) -> None:
    parties, units = found(tmp_path, layout, "HMC coordination page", sentence)
    assert {"HMC", body} <= parties, parties
    assert units.get(unit) == body, units


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_group_code_after_a_hyphen_is_the_group_the_text_names(tmp_path: Path, layout: str) -> None:
    sentence = "HMC works with the ETSI ISG NFV on virtual buoy gateways; ETSI-NFV reviews the profile."
    text, name = written(layout, "HMC coordination page", sentence)
    record = extracted(tmp_path, text, name)
    units = [u for u, _ in record.units if "NFV" in u.label]
    assert len(units) == 1 and "ETSI-NFV" in units[0].names, [(u.label, u.names) for u in units]


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_glued_number_of_a_unit_the_text_names_is_that_unit(tmp_path: Path, layout: str) -> None:
    sentence = "HMC works with the IEEE 802.11 Working Group on buoy links; IEEE802.11 reviews the profile."
    text, name = written(layout, "HMC coordination page", sentence)
    record = extracted(tmp_path, text, name)
    units = [u for u, _ in record.units if "802.11" in u.label]
    assert len(units) == 1 and "IEEE802.11" in units[0].names, [(u.label, u.names) for u in units]


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("title", ["Items for IETF/IEEE802 coordination", "IETF / IEEE802.1 coordination"])
def test_two_acronyms_joined_by_a_slash_name_two_bodies(tmp_path: Path, layout: str, title: str) -> None:
    sentence = "1. Buoy link tags. Owner: Mira Olsen-Tal. Status: open."
    text, name = written(layout, title, sentence)
    text = text.replace(LEAD + "\n", "")
    record = extracted(tmp_path, text, name)
    assert {"IETF", "IEEE"} <= {p.acronym for p, _ in record.parties}
    assert any(u.label.startswith("IEEE 802") for u, _ in record.units), [u.label for u, _ in record.units]


@pytest.mark.parametrize(
    "sentence",
    [
        "HMC works with the Open Buoy Consortium (OBC); both certify buoys against ISO9001.",
        "HMC works with the Open Buoy Consortium (OBC); both follow the ISO-IEC guides on buoy data.",
        "HMC works with the Open Buoy Consortium (OBC); both report to ABCD802 on buoy radio links.",
        "HMC works with the Open Buoy Consortium (OBC); both stream over DVB-DASH and test PI4.0 links.",
    ],
)
def test_a_glued_standard_a_pair_of_bodies_or_an_unknown_acronym_is_no_unit(
    tmp_path: Path, sentence: str
) -> None:
    _, units = found(tmp_path, "txt", "HMC coordination page", sentence)
    assert not units, units
