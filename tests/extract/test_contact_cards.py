"""Contacts in layouts dev lacked until session 8: liaison officers labelled with their body in
brackets or after a comma, or named in a sentence; cards of a name line followed by its role and
address lines (hCard blocks, "Name: / Org: / Email:" field blocks); the column titles of a contacts
table are nobody; a heading "For X" names party X by one word; military and clerical titles."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

HEAD = """ORDC / ETC Work Register

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Milestones
- Joint orbit report profile - Q3 2026

"""


def contacts(tmp_path: Path, body: str, name: str = "register.txt") -> set[tuple[str | None, str | None]]:
    path = tmp_path / name
    path.write_text(HEAD + body, encoding="utf-8")
    record = extract(path).record
    return {(c.person, c.organization.label if c.organization else None) for c in record.contacts if c.person}


def test_liaison_officers_labelled_with_their_body(tmp_path: Path) -> None:
    body = """Points of contact
Liaison officer (ORDC): Dr. Ada Lindqvist <ada@ordc.example>
Liaison officer, ETC: Bo Tanaka (bo@etc.example)
"""
    assert contacts(tmp_path, body) == {
        ("Ada Lindqvist", "Orbital Data Consortium"),
        ("Bo Tanaka", "Edge Telemetry Consortium"),
    }


def test_a_liaison_officers_heading_opens_a_contacts_section(tmp_path: Path) -> None:
    body = """## Liaison officers

**Liaison officer, ORDC:** Ada Lindqvist (ada@ordc.example)
"""
    assert contacts(tmp_path, body, "register.md") == {("Ada Lindqvist", "Orbital Data Consortium")}


def test_liaison_officers_named_in_sentences(tmp_path: Path) -> None:
    body = """Liaison
The groups met twice. Liaison officer for the Orbital Data Consortium: Ada Lindqvist. Liaison officer
for the Edge Telemetry Consortium: Bo Tanaka.
"""
    assert contacts(tmp_path, body) == {
        ("Ada Lindqvist", "Orbital Data Consortium"),
        ("Bo Tanaka", "Edge Telemetry Consortium"),
    }


def test_cards_of_a_name_then_its_role_and_address(tmp_path: Path) -> None:
    body = """<html><body><h1>ORDC / ETC Work Register</h1>
<h2>Alliance Organizations</h2><ul><li>Orbital Data Consortium (ORDC)</li>
<li>Edge Telemetry Consortium (ETC)</li></ul>
<h2>Milestones</h2><ul><li>Joint orbit report profile - Q3 2026</li></ul>
<h2>Liaison representatives</h2>
<div class="vcard"><p class="fn">Ada Lindqvist</p><p>Liaison representative of ETC to ORDC</p>
<p>ada@etc.example</p></div>
<div class="vcard"><p class="fn">Bo Tanaka</p><p>ORDC liaison officer to ETC</p><p>bo@ordc.example</p></div>
<p>Last reviewed: 2026-04-14</p>
</body></html>"""
    path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    record = extract(path).record
    found = {(c.person, c.organization.label if c.organization else None) for c in record.contacts}
    assert found == {("Ada Lindqvist", "Edge Telemetry Consortium"), ("Bo Tanaka", "Orbital Data Consortium")}


def test_field_blocks_of_a_contact(tmp_path: Path) -> None:
    body = """Contacts

Name:   Dr. Ada Lindqvist
Org:    Orbital Data Consortium, profile editor
Tel:    +46 8 555 0100
Email:  ada@ordc.example

Name:   Capt. Bo Tanaka
Org:    Edge Telemetry Consortium
Email:  bo@etc.example
"""
    assert contacts(tmp_path, body) == {
        ("Ada Lindqvist", "Orbital Data Consortium"),
        ("Bo Tanaka", "Edge Telemetry Consortium"),
    }


def test_the_column_titles_of_a_contacts_table_are_nobody(tmp_path: Path) -> None:
    body = """## Contacts

| Name | Organization | Email | Role |
|---|---|---|---|
| Ada Lindqvist | ORDC | ada@ordc.example | editor |
"""
    assert contacts(tmp_path, body, "register.md") == {("Ada Lindqvist", "Orbital Data Consortium")}


def test_a_heading_for_a_party_named_by_one_word(tmp_path: Path) -> None:
    body = """<html><body><h1>ORDC / The Telemetry Guild Work Register</h1>
<h2>Alliance Organizations</h2><ul><li>Orbital Data Consortium (ORDC)</li><li>The Telemetry Guild</li></ul>
<h2>Milestones</h2><ul><li>Joint orbit report profile - Q3 2026</li></ul>
<h2>Points of contact</h2><dl><dt>For Telemetry</dt><dd>Bo Tanaka, editor, bo@guild.example</dd></dl>
</body></html>"""
    path = tmp_path / "page.html"
    path.write_text(body, encoding="utf-8")
    record = extract(path).record
    found = {(c.person, c.organization.label if c.organization else None) for c in record.contacts}
    assert found == {("Bo Tanaka", "Telemetry Guild")}  # the label discovery gives the new body


def test_a_numbered_new_liaison_officer_heading_opens_a_contacts_section(tmp_path: Path) -> None:
    body = """4  New liaison officer

  ETC: Bo Tanaka, gateway task force lead, <bo@etc.example>
  (replaces the officer named in the earlier edition)
"""
    assert contacts(tmp_path, body) == {("Bo Tanaka", "Edge Telemetry Consortium")}
