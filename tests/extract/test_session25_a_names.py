"""Layout invariance of PARTIES for layouts dev lacked (issue 12, point 9, session 25, tuner A).

- A public body named head first by its kind of office ("Department of Maritime Standards Vestland",
  "Ministry for Ocean Data", "Agency for Buoy Standards") was no body: "Department", "Ministry" and
  "Agency" were no heads a name may open with, so a national standards body of that form, and a ministry
  signing with a standards body, were never parties.
- A bulletin's table of memoranda numbers its rows ("No. | Partner | Economy | Signed"): the partners were
  read from each row's first cell only, so a numbered table named none.
- A printed report sets each partner's acronym on a line of its own above its full name ("KDA" / "Kelp Data
  Association" / paragraph): the two lines were not joined, so a body the text does not know was no party.
Every body is invented; each layout is written in several forms, the expected parties written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded


def party_names(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {folded(entity.label) for entity, _ in record.parties}


@pytest.mark.parametrize(
    "body",
    [
        "Department of Maritime Standards Vestland",
        "Ministry for Ocean Data and Metrology",
        "Agency for Buoy Standards and Testing",
    ],
)
@pytest.mark.parametrize(
    "layout, name",
    [
        (
            "# Memorandum of understanding signed\n\nThe {body} and the Fjordline Sensor Consortium signed a "
            "memorandum of understanding on tide gauge data on 3 March 2027.\n",
            "n.md",
        ),
        (
            "Cooperation with the {body}\n\nThe Fjordline Sensor Consortium cooperates with the {body} on "
            "buoy telemetry under a liaison agreement signed in 2025.\n",
            "p.txt",
        ),
    ],
    ids=["news", "page"],
)
def test_a_public_body_named_head_first_by_its_office_is_a_party(
    tmp_path: Path, body: str, layout: str, name: str
) -> None:
    parties = party_names(tmp_path, layout.format(body=body), name)
    assert folded(body) in parties
    assert "fjordline sensor consortium" in parties


NUMBERED_TABLE = """\
# STANDARDS BULLETIN

**Kelp Data Association (KDA)** · Issue 2/2027 · June 2027

## In this issue

1. Director General's note
2. International cooperation
3. New standards published in the quarter

## 1. Director General's note

Our committees met forty times this quarter. Three new national standards were published.

## 2. International cooperation: memoranda of understanding in force

The Association cooperates with standards bodies of other economies under bilateral memoranda of
understanding (MoUs). The table lists the MoUs in force.

{header}
{rule}
{rows}

Enquiries: International Affairs Section, Kelp Data Association.
"""
PARTNERS = ["Fjordline Sensor Consortium (FSC)", "Norsk Tide Institute (NTI)", "Baltic Buoy Alliance (BBA)"]


@pytest.mark.parametrize(
    "columns",
    [
        ["No.", "Partner", "Economy", "Signed"],
        ["#", "Signed", "Partner", "Areas of cooperation"],
        ["Partner", "Economy", "Signed"],
    ],
    ids=["number-first", "partner-third", "partner-first"],
)
def test_a_table_of_memoranda_names_its_partners_in_any_column(tmp_path: Path, columns: list[str]) -> None:
    rows = []
    for number, partner in enumerate(PARTNERS, start=1):
        cells = {
            "No.": str(number),
            "#": str(number),
            "Partner": partner,
            "Economy": "Norway",
            "Signed": f"1{number} Mar 202{number}",
            "Areas of cooperation": "tide data",
        }
        rows.append("| " + " | ".join(cells[c] for c in columns) + " |")
    text = NUMBERED_TABLE.format(
        header="| " + " | ".join(columns) + " |", rule="|" + "---|" * len(columns), rows="\n".join(rows)
    )
    parties = party_names(tmp_path, text, "b.md")
    expected = {"kelp data association", "fjordline sensor consortium", "norsk tide institute"}
    assert expected | {"baltic buoy alliance"} <= parties


ACRONYM_ABOVE = """\
KELP DATA ASSOCIATION | ANNUAL REPORT 2026                              14

                        STANDARDS PARTNERSHIPS

   In 2026 the Kelp Data Association worked under formal agreements with two
   partner organizations.

   {first}
   Our cooperation agreement, first signed in 2014, lets experts of both
   bodies join each other's committees as guests.

   {second}
   A memorandum of understanding signed in April 2018 covers the exchange
   of drafts on buoy telemetry terms.

KELP DATA ASSOCIATION | ANNUAL REPORT 2026                              15
"""


@pytest.mark.parametrize(
    "first, second",
    [
        ("FSE\n   Fjordline Society of Engineers", "NTO\n   Norsk Tideverk Organisasjon"),
        ("FSE\n   Fjordline Society of Engineers", "BBA\n   Baltic Buoy Alliance"),
        ("JSBE\n   Society of Buoy Engineers of Jutland", "NTO\n   Norsk Tideverk Organisasjon"),
    ],
    ids=["two-unknown", "one-head-known", "country-first"],
)
def test_an_acronym_on_the_line_above_its_full_name_names_that_body(
    tmp_path: Path, first: str, second: str
) -> None:
    parties = party_names(tmp_path, ACRONYM_ABOVE.format(first=first, second=second), "r.txt")
    names = {folded(line.strip()) for line in (first + "\n" + second).splitlines()[1::2]}
    assert names <= parties, parties
