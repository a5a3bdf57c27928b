"""Contacts and liaison fields in layouts the corpus had not shown (issue 12 point 9, session 25, engineer B):

- a liaison form whose field names dot leaders part from their values, with a qualifier in brackets
  ("From (committee) ........: X", "Name ...........: Dr. A"): the fields are From, To and the card's
  Name, Organisation, E-mail, as with a colon;
- a contact whose own body follows their name ("OBC liaison: Ana Example, Harbour Metrology Council
  Tide Gauge Working Group - a@x"): the label names the partner the liaison is with, the affiliation
  after the name the person's body; a table's "Organization" column likewise wins over a body the role
  names ("liaison to OBC");
- signatures stacked with no blank line between them (a Word letter: name, title, body, address, then
  the next name): two signers, not one;
- a signer whose title is a liaison role is the letter's contact even when the text sends the reader to
  another person, and a person named in the text and again with an address on the copy line takes the
  body the address names.

Every body and person is invented (the Harbour Metrology Council and the Open Buoy Consortium do not exist);
the expected contacts were written before the rules ran on any variant.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_bodies, extracted

from kg.model.records import AllianceRecord

BODIES = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange."
)


def ends(record: AllianceRecord) -> tuple[set[str], set[str]]:
    assert record.liaison is not None
    names = (
        {e.acronym or e.label for e in side} for side in (record.liaison.senders, record.liaison.recipients)
    )
    senders, recipients = names
    return senders, recipients


FORM = """HMC                                                         HMC/TGWG N 214
Tide Gauge Working Group


                         LIAISON STATEMENT FORM


Date of issue ............: 22/06/2027

From (committee) .........: Harbour Metrology Council (HMC){sender_unit}

To (organization) ........: Open Buoy Consortium (OBC)

Subject ..................: Sampling rates of tide gauges on buoys

Purpose ..................: [X] For action   [ ] For comment   [ ] For information

Reply requested by .......: 15/10/2027

Contact person(s)
  Name{leader}: Dr. Beatrix Holmqvist-Ames
  Function{leader}: Convenor, Tide Gauge Working Group
  Organisation{leader}: Harbour Metrology Council
  E-mail{leader}: b.holmqvist@hmc.example

Text of the liaison statement
-----------------------------

The Harbour Metrology Council (HMC) asks the Open Buoy Consortium (OBC) whether buoys can sample tide
gauges every minute, and would appreciate a reply before 15/10/2027.
"""


@pytest.mark.parametrize("leader", [" .................", " ....", "........."])
@pytest.mark.parametrize("sender_unit", ["", ",\n                            Tide Gauge Working Group"])
def test_dot_leader_form_fields_are_fields(tmp_path: Path, leader: str, sender_unit: str) -> None:
    record = extracted(tmp_path, FORM.format(leader=leader, sender_unit=sender_unit), "form.txt")
    senders, recipients = ends(record)
    assert "HMC" in senders, senders
    assert "OBC" in recipients, recipients
    assert contact_bodies(record) == {"Beatrix Holmqvist-Ames": "HMC"}, contact_bodies(record)


PAGE = """<html><body>
<h1>Partner liaisons</h1>
<p>{bodies}</p>
<h2>Points of contact</h2>
<ul>
<li>{label}: <strong>Ana Lindqvist-Ahl</strong>, {affiliation} &ndash;
<a href="mailto:ana@hmc.example">ana@hmc.example</a></li>
<li>{other}: <strong>Bo Kristiansen-Oduya</strong>, Open Buoy Consortium Telemetry Task Force &ndash;
<a href="mailto:bo@obc.example">bo@obc.example</a></li>
</ul>
</body></html>
"""
LABELS = {
    "liaison": ("OBC liaison", "HMC counterpart"),
    "liaison-to": ("Liaison to the Open Buoy Consortium", "Liaison to HMC"),
    "contact-for": ("Contact for OBC matters", "Contact for HMC matters"),
}
AFFILIATIONS = ["Harbour Metrology Council Tide Gauge Working Group", "Harbour Metrology Council", "HMC"]


@pytest.mark.parametrize("labels", sorted(LABELS))
@pytest.mark.parametrize("affiliation", AFFILIATIONS)
def test_the_affiliation_after_the_name_is_the_body(tmp_path: Path, labels: str, affiliation: str) -> None:
    label, other = LABELS[labels]
    page = PAGE.format(bodies=BODIES, label=label, other=other, affiliation=affiliation)
    found = contact_bodies(extracted(tmp_path, page, "page.html"))
    assert found == {"Ana Lindqvist-Ahl": "HMC", "Bo Kristiansen-Oduya": "OBC"}, found


def test_a_body_label_alone_still_gives_its_body(tmp_path: Path) -> None:
    """ "HMC: Ana Example, OBC liaison": the label is the body, the role names the partner (unchanged)."""
    page = PAGE.format(bodies=BODIES, label="HMC", other="OBC", affiliation="OBC liaison")
    found = contact_bodies(extracted(tmp_path, page, "page.html"))
    assert found.get("Ana Lindqvist-Ahl") == "HMC", found


TABLE = """# Reply LS on tide gauge sampling

From: Harbour Metrology Council (HMC)
To: Open Buoy Consortium (OBC)
For: Information

HMC thanks the OBC for its statement on buoy telemetry.

## Contacts

| Role | Name | Organization | E-mail |
|---|---|---|---|
| {role} | Mirela Dragomir-Haas | HMC | mirela@hmc.example |
| Technical contact | Sung-ho Baek-Larsen | HMC | sungho@hmc.example |
"""


@pytest.mark.parametrize("role", ["Vice-Chair, liaison to OBC", "Liaison officer to the OBC", "OBC liaison"])
def test_an_organization_column_wins_over_a_body_the_role_names(tmp_path: Path, role: str) -> None:
    found = contact_bodies(extracted(tmp_path, TABLE.format(role=role), "reply.md"))
    assert found == {"Mirela Dragomir-Haas": "HMC", "Sung-ho Baek-Larsen": "HMC"}, found


LETTER = """Harbour Metrology Council
Tide Gauge Working Group
3 March 2027
To: Open Buoy Consortium (OBC)
Subject: Sampling of tide gauges on buoys
Dear colleagues,
{bodies}
We would welcome the view of the OBC on sampling tide gauges every minute.
Sincerely,
Mariko Ellison-Tanabe
Chair, Tide Gauge Working Group
Harbour Metrology Council
mariko@hmc.example
{gap}Dario Quaresma-Lind
{title}
Harbour Metrology Council
dario@hmc.example
"""


@pytest.mark.parametrize("gap", ["", "\n"])
@pytest.mark.parametrize("title", ["Liaison Officer to the OBC", "Secretary"])
def test_stacked_signatures_are_two_signers(tmp_path: Path, gap: str, title: str) -> None:
    found = contact_bodies(
        extracted(tmp_path, LETTER.format(bodies=BODIES, gap=gap, title=title), "letter.txt")
    )
    assert found == {"Mariko Ellison-Tanabe": "HMC", "Dario Quaresma-Lind": "HMC"}, found


MAIL = """From: HMC Liaisons <liaisons@hmc.example>
To: OBC Chair <chair@obc.example>
{cc}Date: Thu, 8 Apr 2027 16:42:05 +0000
Subject: Reply LS to the OBC on buoy telemetry

Dear Chair,

{bodies} This is the reply of the Harbour Metrology Council to your liaison statement of January 2027.

For technical questions, please contact Wendell Okafor-Strand, editor of the tide data profile.

Best regards,

Signe Rautavaara
{title}
Harbour Metrology Council
signe@hmc.example
"""


@pytest.mark.parametrize("title", ["Liaison Manager", "Liaison Manager, Technical Liaisons"])
def test_a_liaison_signer_is_a_contact_beside_one_the_text_names(tmp_path: Path, title: str) -> None:
    cc = "Cc: Wendell Okafor-Strand <wendell@hmc.example>\n"
    found = contact_bodies(extracted(tmp_path, MAIL.format(bodies=BODIES, cc=cc, title=title), "mail.txt"))
    assert found == {"Wendell Okafor-Strand": "HMC", "Signe Rautavaara": "HMC"}, found


def test_a_chief_executive_signer_stays_no_contact_beside_one_the_text_names(tmp_path: Path) -> None:
    """The rule of session 14 kept: a letter naming its contact has no contact in its chief's signature."""
    found = contact_bodies(
        extracted(tmp_path, MAIL.format(bodies=BODIES, cc="", title="Chief Executive"), "mail.txt")
    )
    assert "Signe Rautavaara" not in found, found
    assert "Wendell Okafor-Strand" in found, found


DATATRACKER = """Liaison statement
Sampling rates of tide gauges on buoys

State
Posted
Submitted Date
2027-02-11
From Group
HMC
From Contact
Tobias Arneberg-Holm
To Group
OBC
To Contacts
Helena Kouris-Vik <helena@obc.example>
Response Contacts
Tobias Arneberg-Holm <tobias@hmc.example>
Purpose
For action
Body
{bodies} The Harbour Metrology Council asks the Open Buoy Consortium about sampling rates.
"""


def test_a_person_named_alone_and_again_with_an_address_is_one_contact(tmp_path: Path) -> None:
    record = extracted(tmp_path, DATATRACKER.format(bodies=BODIES), "statement.txt")
    people = [c.person for c in record.contacts if c.person]
    assert sorted(people) == ["Helena Kouris-Vik", "Tobias Arneberg-Holm"], people
    assert contact_bodies(record) == {"Tobias Arneberg-Holm": "HMC", "Helena Kouris-Vik": "OBC"}, (
        contact_bodies(record)
    )


ADDENDUM = """AMENDMENT 2
to the HMC / OBC Work Register on Tide Data (Revision 1.0)

Effective date of this amendment: 16 April 2026

This amendment records the changes agreed by the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC) at their joint call of 24 March 2026.

Changes to clause 7 (Contacts)

- For HMC, Dr Ingeborg Castellano-Mwangi (Tide Gauge Working Group co-chair) replaces Patrick Oduya.
- For OBC, the technical {role} Dana Whitfield-Ames (Telemetry Task Force).
"""


@pytest.mark.parametrize("role", ["coordinator remains", "coordinator is now", "representative stays"])
def test_for_a_body_the_role_kept_by_a_person_gives_that_body(tmp_path: Path, role: str) -> None:
    found = contact_bodies(extracted(tmp_path, ADDENDUM.format(role=role), "amendment.txt"))
    assert found.get("Dana Whitfield-Ames") == "OBC", found
    assert found.get("Ingeborg Castellano-Mwangi") == "HMC", found


MOU_CONTACTS = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. The Parties cooperate on tide data exchange.

2. Contacts

Rosalind Achterberg-Vik, policy lead, rosalind@{hmc}.example
Yuki Hallstrom-Berg, policy lead, yuki@{obc}.example
"""


@pytest.mark.parametrize(("hmc", "obc"), [("hmc-policy", "obc-policy"), ("policy-hmc", "obc-cra")])
def test_a_body_word_hyphen_joined_in_a_mail_domain_names_it(tmp_path: Path, hmc: str, obc: str) -> None:
    found = contact_bodies(extracted(tmp_path, MOU_CONTACTS.format(hmc=hmc, obc=obc), "mou.txt"))
    assert found == {"Rosalind Achterberg-Vik": "HMC", "Yuki Hallstrom-Berg": "OBC"}, found


PLAN = """HMC - OBC joint work plan 2027

{bodies}

{sentence}

1. Common telemetry format - Q2 2027
2. Calibration guide - Q4 2027
"""
SENTENCES = [
    "Ana Lindqvist-Moe (ana@hmc.example) is the HMC liaison for this work, and Bo Kristiansen-Vik "
    "(bo@obc.example) is the OBC liaison.",
    "Ana Lindqvist-Moe will act as the HMC contact for this work and Bo Kristiansen-Vik will serve as "
    "the OBC contact.",
]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_sentence_naming_each_body_s_liaison_with_an_address(tmp_path: Path, sentence: str) -> None:
    found = contact_bodies(extracted(tmp_path, PLAN.format(bodies=BODIES, sentence=sentence), "plan.txt"))
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


MAIL_FROM = """Subject: HMC liaison to OBC on buoy telemetry
From: Ana Lindqvist-Moe <ana@hmc.example>
To: OBC liaison <liaison@obc.example>
Date: 3 March 2027

Dear OBC colleagues,

{bodies} We send you our liaison statement on tide data telemetry for your information.
"""


def test_a_mail_sender_s_address_gives_their_body(tmp_path: Path) -> None:
    found = contact_bodies(extracted(tmp_path, MAIL_FROM.format(bodies=BODIES), "mail.txt"))
    assert found == {"Ana Lindqvist-Moe": "HMC"}, found


# a Markdown card's lines end in two blanks (a hard line break), which a reader may run into one line
CARDS = (
    "# HMC - OBC Memorandum of Understanding\n\n{bodies}\n\n## Contacts\n\n"
    + "  \n".join(["Ana Lindqvist-Moe", "Liaison Officer", "Harbour Metrology Council", "ana@hmc.example"])
    + "\n\n"
    + "  \n".join(["Bo Kristiansen-Vik", "{title}", "Open Buoy Consortium", "bo@obc.example"])
    + "\n"
)


@pytest.mark.parametrize("title", ["Programme Manager", "Project Lead", "Technical Director"])
def test_a_card_run_into_one_line_ends_its_name_before_the_title(tmp_path: Path, title: str) -> None:
    found = contact_bodies(extracted(tmp_path, CARDS.format(bodies=BODIES, title=title), "mou.md"))
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


REPRESENTATIVES = """HMC / OBC liaison

{bodies}

Liaison representatives

HMC {dash} Ana Lindqvist-Moe, Chair of the Tide Gauge Working Group
OBC {dash} Bo Kristiansen-Vik, Telemetry Task Force lead
"""


@pytest.mark.parametrize("dash", ["\u2014", "\u2013", "-"])
def test_a_body_before_a_dash_is_its_representative_s_label(tmp_path: Path, dash: str) -> None:
    found = contact_bodies(
        extracted(tmp_path, REPRESENTATIVES.format(bodies=BODIES, dash=dash), "liaison.txt")
    )
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


PARTNER_PAGE = """<html><body><h1>Partner: Open Buoy Consortium</h1>
<p>{bodies}</p>
<p><strong>{first}:</strong> Ana Lindqvist-Moe</p>
<p><strong>{second}:</strong> Bo Kristiansen-Vik</p>
</body></html>
"""


@pytest.mark.parametrize(
    ("first", "second"),
    [("HMC liaison to OBC", "OBC liaison to HMC"), ("HMC liaison with the OBC", "OBC liaison with the HMC")],
)
def test_a_label_naming_a_liaison_and_its_partner(tmp_path: Path, first: str, second: str) -> None:
    page = PARTNER_PAGE.format(bodies=BODIES, first=first, second=second)
    found = contact_bodies(extracted(tmp_path, page, "partner.html"))
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


ASCIIDOC = """= HMC / OBC Joint Register
:revdate: 2027-03-03

{bodies}

== Contacts

* Harbour Metrology Council: mailto:ana@hmc.example[Ana Lindqvist-Moe], Director of Technical Programs
* Open Buoy Consortium: mailto:bo@obc.example[Bo Kristiansen-Vik], Telemetry Task Force chair
"""


def test_an_asciidoc_mail_link_names_its_person(tmp_path: Path) -> None:
    found = contact_bodies(extracted(tmp_path, ASCIIDOC.format(bodies=BODIES), "register.txt"))
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


APPOINTMENTS = """HMC Board resolutions, 3 March 2027

{bodies}

Resolution 4. The Board of the HMC appointed Ana Lindqvist-Moe as the HMC's liaison contact for the OBC;
the OBC has {verb} Bo Kristiansen-Vik as its contact.
"""


@pytest.mark.parametrize("verb", ["named", "designated", "nominated"])
def test_a_body_appointing_its_liaison_contact(tmp_path: Path, verb: str) -> None:
    found = contact_bodies(
        extracted(tmp_path, APPOINTMENTS.format(bodies=BODIES, verb=verb), "resolutions.txt")
    )
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


EACH_PARTY = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. The Parties cooperate on tide data exchange.

2. {clause} for HMC, Ana Lindqvist-Moe; for OBC, Bo Kristiansen-Vik.
"""


@pytest.mark.parametrize(
    "clause",
    ["Liaison. Each Party names a liaison, the first contact of the other Party:", "The contacts are:"],
)
def test_each_party_s_liaison_named_after_for_and_its_name(tmp_path: Path, clause: str) -> None:
    found = contact_bodies(extracted(tmp_path, EACH_PARTY.format(clause=clause), "mou.txt"))
    assert found == {"Ana Lindqvist-Moe": "HMC", "Bo Kristiansen-Vik": "OBC"}, found


def test_for_a_body_a_name_alone_without_a_role_is_no_contact(tmp_path: Path) -> None:
    text = EACH_PARTY.format(clause="The meeting was chaired,").replace("chaired,", "chaired")
    found = contact_bodies(extracted(tmp_path, text, "mou.txt"))
    assert "Bo Kristiansen-Vik" not in found, found
