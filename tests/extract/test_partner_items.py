"""A list of one item per party is a list of separate agreements only when its items speak of agreements
(kg.extract.pages.item_partners): a news item's "who does what" list of one alliance's parties is not."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

NEWS = """\
# The Green Grid joins the DMTF, SNIA and OGF alliance on data centre efficiency

The Green Grid today joined the Distributed Management Task Force (DMTF), the Storage Networking
Industry Association (SNIA) and the Open Grid Forum (OGF) in their joint alliance on data centre
management.

## Who does what

- DMTF: publishes the Redfish power and thermal model.
- SNIA: contributes the Swordfish storage model.
- OGF: hosts the joint plugfest.
"""

ALLIANCES = """\
# Alliances of the Storage Networking Industry Association

SNIA works with other standards bodies through formal agreements.

- **DMTF** - alliance agreement on storage management since 2005.
- **Open Grid Forum (OGF)**: memorandum of understanding on cloud storage interfaces.
- **The Green Grid** - liaison on data centre efficiency.
"""


def hub_of(tmp_path: Path, text: str) -> str | None:
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    hub = extract(path).record.hub
    return None if hub is None else hub.label


def test_a_who_does_what_list_is_one_alliance(tmp_path: Path) -> None:
    assert hub_of(tmp_path, NEWS) is None


def test_a_list_of_agreements_is_one_alliance_each_with_the_writer(tmp_path: Path) -> None:
    assert hub_of(tmp_path, ALLIANCES) == "Storage Networking Industry Association"
