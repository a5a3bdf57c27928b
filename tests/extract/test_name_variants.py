"""One body named several ways in one document is one party, and a corporate suffix with dots inside
a list of parties ends a name, it does not open the next: "Orbital Data Forum e.V. and Quantum Grid
Alliance e.V." names "Quantum Grid Alliance", never "V. and Quantum Grid Alliance"; "Quantum Grid
Alliance, trading as QGA Alliance ("QGA")" and a later "QGA Alliance" are one body with all three
names; a unit whose first word opens a party's name ("Kestrel Technical Steering Committee") belongs
to that party. Invented bodies, so that nothing comes from the reference data."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

MOU = """Kestrel Networks Alliance e.V. and Quantum Grid Alliance e.V.
Memorandum of Understanding

This Memorandum of Understanding is made between Kestrel Networks Alliance e.V. and Quantum Grid
Alliance e.V., trading as QGA Alliance ("QGA"), each a "Party".

1. Scope

The Parties collaborate on the energy efficiency of radio networks. The Kestrel Technical Steering
Committee nominates the groups that take part; QGA Alliance contributes operator requirements.
"""


def parties(tmp_path: Path, text: str) -> list[tuple[str, ...]]:
    path = tmp_path / "mou.txt"
    path.write_text(text, encoding="utf-8")
    record = extract(path).record
    return [tuple(sorted({p.label, *p.names})) for p, _ in record.parties]


def test_a_dotted_corporate_suffix_does_not_open_the_next_party(tmp_path: Path) -> None:
    found = parties(tmp_path, MOU)
    assert not any(name.startswith("V.") for names in found for name in names)
    assert any("Quantum Grid Alliance" in names for names in found)


def test_name_variants_of_one_body_are_one_party(tmp_path: Path) -> None:
    found = parties(tmp_path, MOU)
    assert len(found) == 2
    quantum = next(names for names in found if "Quantum Grid Alliance" in names)
    assert {"QGA Alliance", "QGA"} <= set(quantum)


def test_an_acronym_with_a_head_is_the_body_with_that_acronym(tmp_path: Path) -> None:
    text = MOU.replace(', trading as QGA Alliance ("QGA")', " (QGA)")
    found = parties(tmp_path, text)
    assert len(found) == 2
    assert "QGA" in next(names for names in found if "Quantum Grid Alliance" in names)


def test_a_unit_opening_with_a_party_name_belongs_to_that_party(tmp_path: Path) -> None:
    path = tmp_path / "mou.txt"
    path.write_text(MOU, encoding="utf-8")
    record = extract(path).record
    owners = {u.label: u.unit_of for u, _ in record.units}
    kestrel = next(p.iri for p, _ in record.parties if p.label.startswith("Kestrel"))
    unit = next(label for label in owners if "Technical Steering Committee" in label)
    assert owners[unit] == kestrel


def test_a_name_written_before_the_acronym_it_has_is_merged_later(tmp_path: Path) -> None:
    text = """Kestrel Networks Alliance / QGA Alliance Work Register

Alliance Organizations
- Kestrel Networks Alliance
- Quantum Grid Alliance (QGA)

Alliance Scope
The two alliances coordinate their energy efficiency requirements.
"""
    found = parties(tmp_path, text)
    assert len(found) == 2
    assert {"Quantum Grid Alliance", "QGA"} <= set(next(n for n in found if "QGA" in n))


def test_wrapped_lines_of_a_plain_text_paragraph_are_one_sentence(tmp_path: Path) -> None:
    text = """Memorandum of Understanding

This Memorandum of Understanding is made between the Kestrel Networks Alliance and the Quantum
Grid Alliance, who agree to coordinate their work on the energy efficiency of radio networks.
"""
    found = parties(tmp_path, text)
    assert ("Quantum Grid Alliance",) in found


def test_a_long_list_item_before_a_blank_line_is_no_wrap(tmp_path: Path) -> None:
    """A blank line ends a list item: the line after it is no wrap of it, however long the item (a contact
    line of 64 characters took the approval sentence after it into its role)."""
    from kg.extract.documents import read_document
    from kg.extract.structure import read_layout

    path = tmp_path / "register.txt"
    path.write_text(
        "Contacts\n\n- Cleo Example, Alliance Manager, DMTF, cleo.example@dmtf.example\n\n"
        "Approved by the DMTF Board of Directors on 04/20/2011.\n",
        encoding="utf-8",
    )
    texts = [b.text for s in read_layout(read_document(path)).sections for b in s.blocks]
    assert "Cleo Example, Alliance Manager, DMTF, cleo.example@dmtf.example" in texts
    assert "Approved by the DMTF Board of Directors on 04/20/2011." in texts


def test_a_tables_column_names_are_no_body(tmp_path: Path) -> None:
    text = """# Kestrel Networks Alliance and Quantum Grid Alliance

The Kestrel Networks Alliance (KNA) has had a liaison with the Quantum Grid Alliance (QGA) since 2021.

| Role | Name | Organization |
|---|---|---|
| Liaison manager | Mira Solberg-Adeyemi | KNA |
"""
    path = tmp_path / "page.md"
    path.write_text(text, encoding="utf-8")
    labels = [p.label for p, _ in extract(path).record.parties]
    assert labels == ["Kestrel Networks Alliance", "Quantum Grid Alliance"]
