"""Contacts listed one a party, each item opened by the party's name and a colon (issue 12 point 9, session
24, engineer B): a roadmap page's "Who to ask" list ("Khronos: <name>, liaison officer to W3C", "W3C:
<name>, Strategy team"), a slide's bullets, under a heading that names no contacts. Each item is a contact of
the party that opens it, not of the body its role points to; a list of attendees by party (several people an
item) names no contacts this way, and one such item alone is no list.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected contacts were written before the rule ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.model.records import AllianceRecord

PAGE_HTML = """<html><head><title>HMC and OBC: joint roadmap for tide data</title></head><body>
<h1>HMC and OBC: joint roadmap for tide data</h1>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) coordinate their work on tide
records. This page tracks the items both have agreed to deliver.</p>
<h2>Roadmap items</h2>
<h3>Joint station code list</h3>
<p>Target: H2 2027</p>
<h2>{heading}</h2>
<ul>
<li><strong>HMC:</strong> Ada Lind-Okafor, liaison officer to OBC</li>
<li><strong>OBC:</strong> Tomas Brekke-Ruiz, {role}</li>
</ul>
</body></html>
"""
PAGE_MD = """# HMC and OBC: joint roadmap for tide data

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) coordinate their work on tide
records. This page tracks the items both have agreed to deliver.

## Roadmap items

### Joint station code list

Target: H2 2027

## {heading}

- **HMC:** Ada Lind-Okafor, liaison officer to OBC
- **OBC:** Tomas Brekke-Ruiz, {role}
"""
LAYOUTS = {"html": (PAGE_HTML, "page.html"), "markdown": (PAGE_MD, "page.md")}


def contacts(record: AllianceRecord) -> dict[str, str | None]:
    return {
        c.person: (c.organization.acronym or c.organization.label) if c.organization else None
        for c in record.contacts
        if c.person
    }


@pytest.mark.parametrize("role", ["Strategy team", "programme manager"])
@pytest.mark.parametrize("heading", ["Who to ask", "People"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_one_person_a_party_after_the_party_s_name(
    tmp_path: Path, layout: str, heading: str, role: str
) -> None:
    template, name = LAYOUTS[layout]
    found = contacts(extracted(tmp_path, template.format(heading=heading, role=role), name))
    assert found.get("Ada Lind-Okafor") == "HMC", found
    assert found.get("Tomas Brekke-Ruiz") == "OBC", found


def test_attendees_by_party_are_no_contacts(tmp_path: Path) -> None:
    text = PAGE_MD.format(heading="Present", role="Strategy team").replace(
        "- **OBC:** Tomas Brekke-Ruiz, Strategy team", "- **OBC:** Tomas Brekke-Ruiz, Ines Varga-Holm"
    )
    found = contacts(extracted(tmp_path, text, "page.md"))
    assert "Ines Varga-Holm" not in found, found
