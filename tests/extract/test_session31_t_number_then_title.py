"""A standard's number followed by its title in capitals, without brackets or quotes ("TMF622 Product
Ordering", "IEC/IEEE 60802 TSN Profile for Industrial Automation"), is a name of the number's specification,
title and all, as a topic list writes it: the number alone was found, and the title cut away (session 31,
engineer T; dev's MEF / TM Forum registers and an Avnu page). Not a unit's or an occasion's capitals ("IEEE
802.11 Wireless LAN Working Group"), a reference ("Section 4 Scope"), a date, nor a title running into the
next number ("... of RFC 5280"). Wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, extracted

from kg.extract.standards import plain_title_after


@pytest.mark.parametrize(
    ("sentence", "number", "name"),
    [
        (
            "Both bodies want a gauge vendor that implements TMF633 Tide Service Catalog or a later one.",
            "TMF633",
            "TMF633 Tide Service Catalog",
        ),
        (
            "The Telemetry Task Force comments on the IEC/IEEE 63999 Buoy Profile for Coastal Monitoring.",
            "IEC/IEEE 63999",
            "IEC/IEEE 63999 Buoy Profile for Coastal Monitoring",
        ),
        (
            "- Alignment of the buoy quote states with TMF641 and TMF649 Gauge Quote Handling.",
            "TMF649",
            "TMF649 Gauge Quote Handling",
        ),
    ],
)
def test_a_title_after_a_number_names_it(tmp_path: Path, sentence: str, number: str, name: str) -> None:
    text = f"# HMC / OBC Tide Data Work Register\n\n{ORGS}## Scope\n\n{sentence}\n"
    record = extracted(tmp_path, text, "hmc-obc-register.md")
    names = {n for e, _ in record.specifications if e.label == number for n in e.names}
    assert name in names, names


@pytest.mark.parametrize(
    "after",
    [
        " Wireless LAN Working Group met in May.",
        " Section 4 Scope",
        " June 2026 Release",
        " Review Meeting notes",
        " Tide Gauge Workshop was held.",
        " and TMF648 Quote Management.",
        " Device:2 data model",
    ],
)
def test_other_capitals_after_a_number_are_no_title(after: str) -> None:
    assert plain_title_after(after, 0) is None


def test_a_title_ends_before_the_next_number() -> None:
    text = " Public Key Infrastructure of RFC 5280. The group"
    assert plain_title_after(text, 0) == "Public Key Infrastructure"
