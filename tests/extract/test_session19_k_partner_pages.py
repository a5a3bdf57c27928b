"""Layout invariance of a partnership's page (session 19, tuner K): the page of a partnership project
lists its founding partners in a table, one partner a row with its region, and its other partners in
a list, each with what it works on (no word of agreement in the item: the heading says they are
partners). Every partner is a party, whichever layout lists them. Invented bodies throughout."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

FOUNDERS = {"mpa", "csf", "osc"}
OTHERS = {"qtf", "lmi"}

OPENING = (
    "TideNet is a partnership project on tide data. It was founded in 2021 by three standards bodies, "
    "its founding partners, which publish the TideNet specifications as their own.\n\n"
)

TABLE_MD = """## Founding partners

| Partner | Region |
|---|---|
| Maritime Protocols Association (MPA) | Japan |
| Coastal Standards Forum (CSF) | Europe |
| Ocean Signalling Council (OSC) | Korea |
"""

ITEMS_MD = """## Other partners

- Quay Telemetry Forum (QTF) \u2013 gauge telemetry profiles reused by TideNet devices
- Lighthouse Metrology Institute (LMI) \u2013 calibration methods for the reference gauges
"""

TABLE_HTML = (
    "<h2>Founding partners</h2><table><tr><th>Partner</th><th>Region</th></tr>"
    "<tr><td>Maritime Protocols Association (MPA)</td><td>Japan</td></tr>"
    "<tr><td>Coastal Standards Forum (CSF)</td><td>Europe</td></tr>"
    "<tr><td>Ocean Signalling Council (OSC)</td><td>Korea</td></tr></table>"
)
ITEMS_HTML = (
    "<h2>Other partners</h2><ul>"
    "<li>Quay Telemetry Forum (QTF) \u2013 gauge telemetry profiles reused by TideNet devices</li>"
    "<li>Lighthouse Metrology Institute (LMI) \u2013 calibration methods for the reference gauges</li></ul>"
)

VARIANTS = {
    "markdown": ("partners.md", "# Partners\n\n" + OPENING + TABLE_MD + "\n" + ITEMS_MD),
    "html": (
        "partners.html",
        "<html><head><title>Partners - TideNet</title></head><body><h1>Partners</h1><p>"
        + OPENING.strip()
        + "</p>"
        + TABLE_HTML
        + ITEMS_HTML
        + "</body></html>",
    ),
    "markdown-items-first": ("partners.md", "# Partners\n\n" + OPENING + ITEMS_MD + "\n" + TABLE_MD),
}


def party_names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {folded(entity.acronym or entity.label) for entity, _ in record.parties}


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_partner_of_a_partnership_page_is_a_party(tmp_path: Path, variant: str) -> None:
    name, text = VARIANTS[variant]
    assert party_names(tmp_path, text, name) >= FOUNDERS | OTHERS
