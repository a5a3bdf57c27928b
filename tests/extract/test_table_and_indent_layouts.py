"""Work items in layouts real registers and work plans use that dev lacked until session 8: a Gantt
chart whose quarters are columns, an addendum's change table with a previous and a new target,
work items numbered "3.1" whose lines wrap under their text with `Target:` lines below, a plain-text
table aligned by blanks, a title line that is no wrapped sentence; and two party and topic rules (a
body named as the parent of a party is none, a memorandum's background of one party names no topic)."""

from __future__ import annotations

from pathlib import Path

from support.work_items import milestone_pairs

from kg.extract.documents import read_document
from kg.extract.structure import read_layout
from kg.pipeline.ingest import extract

HEAD = """ORDC / ETC Work Register

Alliance Organizations
- Orbital Data Consortium (ORDC)
- Edge Telemetry Consortium (ETC)

Alliance Scope
The two consortia align their telemetry formats.

"""
CONTACTS = """
Contacts
ORDC: Ada Lindqvist, ada@ordc.example
ETC: Bo Tanaka, bo@etc.example
"""


def milestones(tmp_path: Path, body: str, name: str = "register.txt") -> set[tuple[str, str | None]]:
    return milestone_pairs(tmp_path, HEAD + body + CONTACTS, name)


def test_a_gantt_chart_gives_each_item_its_last_marked_quarter(tmp_path: Path) -> None:
    body = """## Schedule

| Work item | Lead | Q1 2027 | Q2 2027 | Q3 2027 | Q4 2027 |
|---|---|---|---|---|---|
| Survey of orbit report formats | ORDC | X | X | | |
| Joint telemetry profile | ETC | | ● | ● | ● |
| Glossary | both | | | ■ | |
"""
    assert milestones(tmp_path, body, "register.md") == {
        ("Survey of orbit report formats", "Q2 2027"),
        ("Joint telemetry profile", "Q4 2027"),
        ("Glossary", "Q3 2027"),
    }


def test_a_gantt_chart_in_html_keeps_its_empty_cells(tmp_path: Path) -> None:
    rows = "".join(
        f"<tr><td>{item}</td>{''.join(f'<td>{m}</td>' for m in marks)}</tr>"
        for item, marks in (("Survey of orbit report formats", "■■  "), ("Joint telemetry profile", " ■■■"))
    )
    periods = "".join(f"<th>{p}</th>" for p in ("H1 2027", "H2 2027", "H1 2028", "H2 2028"))
    body = f"""<html><body><h1>ORDC / ETC Work Register</h1>
<h2>Alliance Organizations</h2>
<ul><li>Orbital Data Consortium (ORDC)</li><li>Edge Telemetry Consortium (ETC)</li></ul>
<h2>Schedule</h2><table><tr><th>Work item</th>{periods}</tr>{rows}</table>
<h2>Contacts</h2><p>ORDC: Ada Lindqvist, ada@ordc.example</p></body></html>"""
    path = tmp_path / "plan.html"
    path.write_text(body, encoding="utf-8")
    found = {(m.label, m.target.text) for m in extract(path).record.milestones if m.target}
    assert found == {("Survey of orbit report formats", "H2 2027"), ("Joint telemetry profile", "H2 2028")}


def test_a_change_table_takes_the_new_target_and_leaves_withdrawn_items_out(tmp_path: Path) -> None:
    body = """## Changes to the work items

| Item | Change | Previous target | New target | Status |
|---|---|---|---|---|
| 3. Orbit report profile | target moved | 2026-03-31 | 2026-09-30 | Drafting |
| 6. Telemetry glossary | added | - | 2027-01-31 | New |
| 1. Joint test suite | closed | 2025-12-15 | - | Completed |
| 4. Errata release | withdrawn | 2026-06-30 | - | Withdrawn |
"""
    assert milestones(tmp_path, body, "register.md") == {
        ("Orbit report profile", "2026-09-30"),
        ("Telemetry glossary", "2027-01-31"),
        ("Joint test suite", "2025-12-15"),
    }


def test_an_item_marked_withdrawn_is_no_milestone(tmp_path: Path) -> None:
    body = """Milestones
- Orbit report profile - Q3 2026
- Telemetry glossary - withdrawn
"""
    assert milestones(tmp_path, body) == {("Orbit report profile", "Q3 2026")}


def test_decimal_numbered_items_wrap_under_their_text_with_target_lines(tmp_path: Path) -> None:
    body = """3. WORK ITEMS

3.1 Extend the orbit report schema with ground station identifiers and
    pass windows.
    Target: Q3 CY2026
    Lead: ORDC

3.2 Publish a joint note on telemetry from edge gateways.
    Target: by end of 2026

3.3 Maintenance of a shared glossary of orbit terms.
    Target: Ongoing
"""
    assert milestones(tmp_path, body) == {
        ("Extend the orbit report schema with ground station identifiers and pass windows", "Q3 CY2026"),
        ("Publish a joint note", "end of 2026"),
        ("Maintenance of a shared glossary of orbit terms", "Ongoing"),
    }


def test_a_numbered_heading_keeps_the_body_indented_under_it(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text("2. PARTICIPATING GROUPS\n   ORDC: Orbit Working Group.\n", encoding="utf-8")
    blocks = [(b.kind, b.text) for s in read_layout(read_document(path)).sections for b in s.blocks]
    assert ("paragraph", "ORDC: Orbit Working Group.") in blocks


def test_a_plain_text_table_aligned_by_blanks_gives_rows(tmp_path: Path) -> None:
    body = """Work plan
ID    Item                                   Owner   Due          Status
----  -------------------------------------  ------  -----------  --------
W1    Transposition of the orbit profile     ETC     2026-12      drafting
W2    Gap analysis of the two formats        ORDC    Q3 CY2026    started
W3    Common vocabulary for ground data      both    TBD          proposed
"""
    assert milestones(tmp_path, body) == {
        ("Transposition of the orbit profile", "2026-12"),
        ("Gap analysis of the two formats", "Q3 CY2026"),
        ("Common vocabulary for ground data", "TBD"),
    }


def test_a_title_line_is_no_wrapped_sentence(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_text(
        "ORBITAL DATA CONSORTIUM and EDGE TELEMETRY CONSORTIUM\n"
        "Joint Work Register - Ground Station Telemetry Exchange Description\n"
        "Register version 0.9\n",
        encoding="utf-8",
    )
    layout = read_layout(read_document(path))
    assert layout.title is not None
    assert layout.title.text == "Joint Work Register - Ground Station Telemetry Exchange Description"


def test_the_parent_a_party_belongs_to_is_no_party(tmp_path: Path) -> None:
    path = tmp_path / "mou.txt"
    path.write_text(
        """MEMORANDUM OF UNDERSTANDING

This Memorandum of Understanding is made on 3 May 2026

BETWEEN

Orbital Data Consortium ("ORDC"), an operating unit of the Stellar Engineering Society (SES), Vienna

AND

Edge Telemetry Consortium ("ETC"), a non-profit corporation, Oslo

1. BACKGROUND
1.1 ORDC develops the Orbit Report Format (ORF) for ground stations.
1.2 ETC maintains gateway specifications.

2. COOPERATION
2.1 The Parties will align the Gateway Telemetry Profile (GTP) with each other's work.

3. CONTACTS
3.1 ORDC: Ada Lindqvist, Director.
3.2 ETC: Bo Tanaka, Director.

Signed on 3 May 2026 by both Parties.
""",
        encoding="utf-8",
    )
    record = extract(path).record
    assert {p.label for p, _ in record.parties} == {"Orbital Data Consortium", "Edge Telemetry Consortium"}
    labels = {s.label for s, _ in record.specifications}
    assert "Orbit Report Format" not in labels  # what one party does, in the background


def test_a_plain_text_change_table_before_and_now(tmp_path: Path) -> None:
    body = """Changes to the milestones

  Item                                              Before        Now
  ------------------------------------------------  ------------  -----------------
  Orbit report objects for edge gateways            Q1 2024       moved to Q1 2025
  Gateway agent profile                             Q2 2024       moved to 2025-06-30
  Joint interoperability plugfest                   Q3 2024       withdrawn
"""
    assert milestones(tmp_path, body) == {
        ("Orbit report objects for edge gateways", "Q1 2025"),
        ("Gateway agent profile", "2025-06-30"),
    }


def test_a_target_in_brackets_and_a_status_in_brackets_after_a_target(tmp_path: Path) -> None:
    body = """Milestones
- Joint session at the orbit summit (June 2026)
- Joint plugfest for edge gateways - September 2026 (completed)
- Alignment with IEEE 802.3 (2018)
"""
    assert milestones(tmp_path, body) == {
        ("Joint session at the orbit summit", "June 2026"),
        ("Joint plugfest for edge gateways", "September 2026"),
        ("Alignment with IEEE 802.3", None),  # a year in brackets dates an edition, not a target
    }
