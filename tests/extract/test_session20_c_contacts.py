"""Layout invariance of contacts (issue 12, point 9, session 20, tag c), in the layouts the documents written
by writers who never saw the rules (dev's i7-i9) use and the rules did not read:

- a memorandum's table of each participant's "focal point" ("Participant | Focal point | Function"), as
  intergovernmental and regional bodies name their contacts, or "Point of contact";
- a letter's sentence naming two people each with an address in brackets ("please contact Dr. A (a@x) and
  Mr B (b@y) of the ... Unit"): both are contacts, the second as much as the first;
- a key-terms table's row naming each party's representative in its term ("6 | Representatives | HMC: A
  (a@x). OBC: B (b@y)."): each person with the body before them.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

CONTACTS = {"marit solberg": "hmc", "tomasz wierzbicki": "obc"}

MOU_TXT = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

Article 1 - Purpose

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data
exchange formats and on a joint glossary of tide gauge terms.

Article 4 - {title}

{table}

Article 5 - Joint activities

The Participants will hold a joint workshop each year.
"""


def focal_table(column: str, layout: str) -> str:
    rows = [
        ("Participant", column, "Function"),
        ("HMC", "Marit Solberg", "Director, Technical Services"),
        ("OBC", "Tomasz Wierzbicki", "Secretary of the Telemetry Task Force"),
    ]
    if layout == "tabs":
        return "\n".join("\t".join(row) for row in rows)
    lines = [f"| {' | '.join(rows[0])} |", "|---|---|---|", *(f"| {' | '.join(row)} |" for row in rows[1:])]
    return "\n".join(lines)


@pytest.mark.parametrize(
    "column", ["Focal point", "Focal points", "Point of contact", "Designated focal point"]
)
@pytest.mark.parametrize("layout", ["tabs", "markdown"])
def test_a_focal_point_column_names_each_participants_contact(
    tmp_path: Path, column: str, layout: str
) -> None:
    title = "Focal points" if "ocal" in column else "Coordination"
    text = MOU_TXT.format(title=title, table=focal_table(column, layout))
    if layout == "markdown":
        text = text.replace("MEMORANDUM OF UNDERSTANDING", "# Memorandum of Understanding").replace(
            "Article ", "## Article "
        )
    record = extracted(tmp_path, text, "mou.md" if layout == "markdown" else "mou.txt")
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


LETTER = """Harbour Metrology Council
Quay Street 4, Bergen

To: Open Buoy Consortium (OBC), Telemetry Task Force
From: Harbour Metrology Council (HMC)
Subject: Liaison statement on the tide data glossary

1. The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its draft glossary of
   tide gauge terms and sends its comments for information.

2. {sentence}

Yours sincerely,

Astrid Haugland
Head of Unit
"""

TWO_PEOPLE = {
    "please-contact-wrapped": "For technical questions on this letter, please contact\n"
    "   Dr. Marit Solberg (marit.solberg@hmc.example) and\n"
    "   Mr Ivar Lunde (ivar.lunde@hmc.example) of the\n   Tide Gauge Unit.",
    "please-contact-one-line": "For technical questions, please contact Dr. Marit Solberg "
    "(marit.solberg@hmc.example) and Mr Ivar Lunde (ivar.lunde@hmc.example) of the Tide Gauge Unit.",
    "contact-semicolon": "Contacts: Dr. Marit Solberg (marit.solberg@hmc.example); or Ms Ivar Lunde "
    "(ivar.lunde@hmc.example), Tide Gauge Unit.",
}


@pytest.mark.parametrize("variant", sorted(TWO_PEOPLE))
def test_two_people_with_addresses_in_one_sentence(tmp_path: Path, variant: str) -> None:
    record = extracted(tmp_path, LETTER.format(sentence=TWO_PEOPLE[variant]), "letter.txt")
    people = contact_orgs(record)
    assert {"marit solberg", "ivar lunde"} <= set(people)


KEY_TERMS_MD = """# Memorandum of Understanding - Key Terms

Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

## Key terms

| No. | Item | Term |
|---|---|---|
| 1 | Parties | Harbour Metrology Council (HMC); Open Buoy Consortium (OBC). |
| 6 | {item} | {term} |
| 7 | Commencement | 1 April 2027. |
"""

REPRESENTATIVE_TERMS = {
    "labels-with-addresses": "HMC: Marit Solberg (marit.solberg@hmc.example). OBC: Tomasz Wierzbicki "
    "(t.wierzbicki@obc.example). They meet every two months.",
    "labels-without-addresses": "HMC: Marit Solberg. OBC: Tomasz Wierzbicki.",
}


@pytest.mark.parametrize("item", ["Representatives", "Coordinators"])
@pytest.mark.parametrize("variant", sorted(REPRESENTATIVE_TERMS))
def test_a_key_terms_row_names_each_partys_person(tmp_path: Path, item: str, variant: str) -> None:
    text = KEY_TERMS_MD.format(item=item, term=REPRESENTATIVE_TERMS[variant])
    record = extracted(tmp_path, text, "terms.md")
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


# --- a document titled "for signature": its title opens no signatures section -----------------------------

TERM_SHEET_MD = """# {title}

Memorandum of Understanding between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

| Term | Provision |
|---|---|
| Parties | Harbour Metrology Council (HMC), Bergen; Open Buoy Consortium (OBC), Gdynia. |
| Purpose | A joint glossary of tide gauge terms and aligned exchange formats. |
| Coordinators | HMC: Marit Solberg (marit.solberg@hmc.example). OBC: Tomasz Wierzbicki (t.w@obc.example). |
| Meetings | One joint session per year. |

## Signatures

| | HMC | OBC |
|---|---|---|
| Name | Astrid Haugland | Piotr Zielinski |
| Date | 3 March 2027 | 10 March 2027 |
"""


def term_sheet_html(title: str) -> str:
    rows = [line.strip("|").split("|") for line in TERM_SHEET_MD.split("\n") if line.startswith("| ")]
    table = "".join("<tr>" + "".join(f"<td>{c.strip()}</td>" for c in row) + "</tr>" for row in rows[:5])
    return (
        f"<html><body><h1>{title}</h1><p>Memorandum of Understanding between the Harbour Metrology Council "
        f"(HMC) and the Open Buoy Consortium (OBC)</p><table>{table}</table></body></html>"
    )


@pytest.mark.parametrize(
    "title", ["NON-BINDING TERM SHEET - FOR SIGNATURE", "Term sheet (draft for signature)"]
)
@pytest.mark.parametrize("layout", ["sheet.md", "sheet.html"])
def test_a_title_for_signature_opens_no_signatures(tmp_path: Path, title: str, layout: str) -> None:
    text = TERM_SHEET_MD.format(title=title) if layout.endswith(".md") else term_sheet_html(title)
    record = extracted(tmp_path, text, layout)
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


@pytest.mark.parametrize("address", ["Shri", "Smt.", "Mme", "Dr."])
def test_a_form_of_address_is_no_part_of_the_name(tmp_path: Path, address: str) -> None:
    table = f"For HMC: {address} Marit Solberg, Director\nFor OBC: {address} Tomasz Wierzbicki, Secretary"
    text = MOU_TXT.format(title="Contacts", table=table)
    record = extracted(tmp_path, text, "mou.txt")
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS


# --- "For <body>, contact A"; "For <body>, the contact is B" ------------------------------------------------

FAQ_MD = """# How do HMC and OBC work together?

Short answer: the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have worked together
on tide data exchange formats since June 2025.

## Who do I contact?

{sentence} Press questions go to press@hmc.example.
"""

FOR_BODY_CONTACT = {
    "contact-verb-then-the-contact-is": "For HMC, contact Marit Solberg, who coordinates the liaison. "
    "For the "
    "OBC, the contact is Tomasz Wierzbicki of the Telemetry Task Force.",
    "please-contact-then-the-liaison-is": "For HMC, please contact Marit Solberg. For OBC, the liaison "
    "contact is Tomasz Wierzbicki.",
}


@pytest.mark.parametrize("variant", sorted(FOR_BODY_CONTACT))
@pytest.mark.parametrize("layout", ["faq.md", "faq.html"])
def test_for_a_body_contact_a_person(tmp_path: Path, variant: str, layout: str) -> None:
    text = FAQ_MD.format(sentence=FOR_BODY_CONTACT[variant])
    if layout.endswith(".html"):
        body = "".join(
            f"<h{line.count('#')}>{line.lstrip('# ')}</h{line.count('#')}>"
            if line.startswith("#")
            else f"<p>{line}</p>"
            for line in text.split("\n\n")
            if line.strip()
        )
        text = f"<html><body>{body}</body></html>"
    record = extracted(tmp_path, text, layout)
    assert {k: v for k, v in contact_orgs(record).items() if k in CONTACTS} == CONTACTS
