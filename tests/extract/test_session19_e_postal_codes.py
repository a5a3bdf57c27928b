"""A postal address's region and postcode is no standard, in every layout an address is written in (issue
12, point 9, session 19): "Fremont, CA 94538" and "Piscataway, NJ 08854, USA" were read as a body's
acronym and a standard's number ("EN 50600", "IEC 61850"), so a letterhead or a signature gave the
document a specification "CA 94538". The town before it and the end of its line (or the country after
it) tell the address; a standard cited after another keeps its number. The bodies, streets and towns are
invented; the expected topics were written before the rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

LEAD = (
    "The Open Buoy Consortium (OBC) and the Harbour Metrology Council (HMC) agree to collaborate on a "
    "joint work register covering EN 50600 and ISO 19115, EN 50600-2-1 and IEC 61850.\n"
)

LAYOUTS = {
    "letterhead": (
        "                                   OPEN BUOY CONSORTIUM\n"
        "                                   12 Quay Road (Suite 4)\n"
        "                                   Marlow Falls, WA 98765\n"
        "                                   USA\n\nOBC and HMC Work Register\n\n" + LEAD
    ),
    "address line with its country": (
        "OBC and HMC Work Register\n\nOpen Buoy Consortium, 12 Quay Road, Marlow Falls, WA 98765, USA\n\n"
        + LEAD
    ),
    "signature": (
        "OBC and HMC Work Register\n\n" + LEAD + "\nFor OBC:\nIda Brenner\nc/o Open Buoy Consortium\n"
        "12 Quay Road\nMarlow Falls, WA 98765-4321\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_postal_region_and_postcode_is_no_standard(tmp_path: Path, layout: str) -> None:
    found = topic_labels(extracted(tmp_path, LAYOUTS[layout], "register.txt"))
    assert not any("98765" in name for name in found), (layout, found)
    assert {"EN 50600", "ISO 19115", "IEC 61850"} <= found, (layout, found)
