"""Bodies named the ways discovery did not read (issue 12, point 9, session 20): a name written alone in a
table's organization column, whatever its words ("Plattform Bojendaten 4.0", a programme's name that is
also the body's), and a body named with its short brand before a dash and its legal form after it ("kelp -
Verband der Meeresdatenwirtschaft e. V."). Pages of partners were refused as naming one organization.
The bodies, their groups and the layouts are invented; the expected parties were written before the
rule."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.model.records import AllianceRecord

COLUMN_LAYOUTS = {
    "markdown": (
        "# Buoy architecture alignment\n\nShared workspace of the Harbour Metrology Council (HMC) and its "
        "partner for aligning their reference architectures.\n\n## Who works here\n\n"
        "| Organization | Group | What it brings |\n|---|---|---|\n"
        "| Harbour Metrology Council | Architecture Task Group | viewpoints |\n"
        "| Plattform Bojendaten 4.0 | Working Group on Reference Models | asset shells |\n"
    ),
    "html": (
        "<html><body><h1>Buoy architecture alignment</h1><p>Shared workspace of the Harbour Metrology "
        "Council (HMC) and its partner for aligning their reference architectures.</p>"
        "<h2>Who works here</h2><table>"
        "<tr><th>Organisation</th><th>Group</th><th>What it brings</th></tr>"
        "<tr><td>Harbour Metrology Council</td><td>Architecture Task Group</td><td>viewpoints</td></tr>"
        "<tr><td>Plattform Bojendaten 4.0</td><td>Working Group on Reference Models</td><td>asset shells</td>"
        "</tr></table></body></html>"
    ),
    "partner column second": (
        "# Buoy architecture alignment\n\nShared workspace of the Harbour Metrology Council (HMC) and its "
        "partner for aligning their reference architectures.\n\n## Who works here\n\n"
        "| Group | Partner | What it brings |\n|---|---|---|\n"
        "| Architecture Task Group | Harbour Metrology Council | viewpoints |\n"
        "| Working Group on Reference Models | Plattform Bojendaten 4.0 | asset shells |\n"
    ),
}
SUFFIXES = {"markdown": "page.md", "html": "page.html", "partner column second": "page.md"}


def party_names(record: AllianceRecord) -> list[set[str]]:
    return [{folded(n) for n in (entity.label, *entity.names)} for entity, _ in record.parties]


@pytest.mark.parametrize("layout", sorted(COLUMN_LAYOUTS))
def test_a_name_in_an_organization_column_is_a_body(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, COLUMN_LAYOUTS[layout], SUFFIXES[layout])
    names = party_names(record)
    assert any("plattform bojendaten 4.0" in found for found in names), (layout, names)


BRAND_LAYOUTS = {
    "prose": (
        "# kelp and HMC\n\nSince 2024 **kelp \u2013 Verband der Meeresdatenwirtschaft e. V.** and the "
        "**Harbour Metrology Council (HMC)** have collaborated on buoy data.\n\nFor kelp, the Arbeitskreis "
        "Bojen takes part.\n"
    ),
    "list": (
        "# kelp / HMC\n\n## Partner\n\n- kelp \u2013 Verband der Meeresdatenwirtschaft e. V.\n"
        "- Harbour Metrology Council (HMC)\n\nDie Partner arbeiten zusammen an Bojendaten.\n"
    ),
    "hyphen": (
        "# kelp and HMC\n\nSince 2024 kelp - Verband der Meeresdatenwirtschaft e.V. and the Harbour "
        "Metrology Council (HMC) collaborate on buoy data.\n"
    ),
}


@pytest.mark.parametrize("layout", sorted(BRAND_LAYOUTS))
def test_a_brand_before_a_dash_and_a_legal_form_names_one_body(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, BRAND_LAYOUTS[layout], "page.md")
    names = party_names(record)
    kelp = [found for found in names if "kelp" in found]
    assert kelp and any("verband der meeresdatenwirtschaft" in name for name in kelp[0]), (layout, names)
    assert len(names) == 2, (layout, names)
