"""A unit read first without its body (a title line: "[Spectrum Coordination Technical Advisory Group
Minutes]") is the body's unit once a later sentence names the body with it ("IEEE 802.18, the Spectrum
Coordination - Technical Advisory Group"): one unit, owned, not two of one name that share every mention
and are both dropped (issue 12 point 9, session 33, engineer G; session 32's report on IEEE 802.18's
radio regulatory TAG minutes). Groups and wording invented; text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.names import Resolver
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


def minutes(layout: str, title: str, sentence: str) -> tuple[str, str]:
    rest = (
        f"Date: 2027-03-12\n\n{sentence} The group reviewed a liaison letter from ITU-R WP 5A and agreed"
        " a reply.\n"
    )
    if layout == "md":
        return f"# {title}\n\n{rest}", "m.md"
    return f"{title}\n\n{rest}", "m.txt"


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize(
    ("title", "sentence", "unit"),
    [
        (
            "[Spectrum Coordination Technical Advisory Group Minutes]",
            "These are the minutes of IEEE 802.18, the Spectrum Coordination - Technical Advisory Group, "
            "held in Vancouver.",
            "Spectrum Coordination Technical Advisory Group",
        ),
        (
            "Minutes: Coexistence Technical Advisory Group",
            "These are the minutes of IEEE 802.19, the Coexistence - Technical Advisory Group, held in "
            "Atlanta.",
            "Coexistence Technical Advisory Group",
        ),
        (
            "[Band Planning Technical Advisory Group Minutes]",
            "Minutes of IEEE 802.18, the Band Planning - Technical Advisory Group, meeting in Berlin.",
            "Band Planning Technical Advisory Group",
        ),
    ],
)
def test_an_ownerless_unit_takes_the_body_named_later(
    tmp_path: Path, layout: str, title: str, sentence: str, unit: str
) -> None:
    record = extracted(tmp_path, *minutes(layout, title, sentence))
    owners = {u.label: u.unit_of for u, _ in record.units}
    assert unit in owners, owners
    assert str(owners[unit]).endswith("/ieee"), owners


def test_a_unit_of_another_body_stays_apart() -> None:
    reference, ontology = reference_graphs(default_sources().root)
    resolver = Resolver(reference, ontology)
    ieee, ogc = resolver.resolve("IEEE", "organization"), resolver.resolve("OGC", "organization")
    assert ieee is not None and ogc is not None
    first = resolver.new_unit("Joint Coexistence Working Group", None, None)
    owned = resolver.new_unit("Joint Coexistence Working Group", None, ieee)
    other = resolver.new_unit("Joint Coexistence Working Group", None, ogc)
    assert owned.iri == first.iri and owned.unit_of == ieee.iri
    assert other.iri != owned.iri and other.unit_of == ogc.iri
    assert resolver.new_unit("Joint Coexistence Working Group", None, ieee).iri == owned.iri
