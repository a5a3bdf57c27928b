"""Layout invariance of the PARTIES of a table with a column of short names beside a column of names (issue
12, point 9, session 26, tuner A).

A committee's liaisons table ("Acronym | Organization | Category"), a project's partners table ("No. |
Participant | Short name | Country") or a directory ("Abbreviation | Full name | Since") gives each body's
acronym in a cell of its own. When some rows' acronyms were known (a body the text named before with its
acronym), the table's first column was read as its partners' and a row whose acronym no rule knew lost its
body. The header says the cell is the short name of the body beside it: so it is, as "Full Name (ACR)" is in
a sentence. Every body is invented; each table is written in several formats.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = (
    "The Kelp Data Association (KDA) keeps liaisons with the organizations below. The oldest, with the "
    "Fjordline Sensor Consortium (FSC), dates from 2019."
)
ROWS = [
    ("FSC", "Fjordline Sensor Consortium", "A"),
    ("NMDF", "Nordic Marine Data Federation", "C"),
    ("OBTA", "Open Buoy Telemetry Alliance", "C"),
]
EXPECTED = {
    "Kelp Data Association",
    "Fjordline Sensor Consortium",
    "Nordic Marine Data Federation",
    "Open Buoy Telemetry Alliance",
}
HEADERS = [("Acronym", "Organization"), ("Abbreviation", "Full name"), ("Short name", "Partner")]


def table(layout: str, short: str, name: str) -> str:
    header = [short, name, "Category"]
    rows = [header, *([a, n, c] for a, n, c in ROWS)]
    if layout == "html":
        tags = ["th", *["td"] * len(ROWS)]
        cells = "".join(
            "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"
            for tag, row in zip(tags, rows, strict=True)
        )
        return (
            "<html><body><h1>KDA liaisons</h1>\n"
            f"<p>{LEAD}</p>\n<table>{cells}</table>\n<p>Page updated 2 March 2027.</p></body></html>\n"
        )
    lines = ["| " + " | ".join(row) + " |" for row in rows]
    lines.insert(1, "|---|---|---|")
    return "# KDA liaisons\n\n" + LEAD + "\n\n" + "\n".join(lines) + "\n\nPage updated 2 March 2027.\n"


@pytest.mark.parametrize("header", HEADERS, ids=["acronym", "abbreviation", "short-name"])
@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_row_whose_short_name_no_rule_knew_keeps_its_body(
    tmp_path: Path, layout: str, header: tuple[str, str]
) -> None:
    record = extracted(tmp_path, table(layout, *header), f"liaisons.{layout}")
    assert {entity.label for entity, _ in record.parties} == EXPECTED


def test_the_short_name_then_names_the_body_in_prose(tmp_path: Path) -> None:
    text = table("md", "Acronym", "Organization") + "\nNMDF and KDA will review the buoy profile in 2027.\n"
    record = extracted(tmp_path, text, "liaisons.md")
    federation = next(e for e, _ in record.parties if e.label == "Nordic Marine Data Federation")
    assert "NMDF" in federation.names


def test_a_short_name_column_without_names_beside_it_names_nothing(tmp_path: Path) -> None:
    text = (
        "# KDA liaisons\n\n" + LEAD + "\n\n| Acronym | Category | Since |\n|---|---|---|\n"
        "| FSC | A | 2019 |\n| NMDF | C | 2021 |\n"
    )
    record = extracted(tmp_path, text, "liaisons.md")
    assert "NMDF" not in {name for entity, _ in record.parties for name in entity.names}


# --- bodies a party is a member of, or represents its country in, named in one run ----------------------

MEMBERSHIP_LEAD = (
    "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) renewed their cooperation "
    "agreement on buoy telemetry in May 2026. The two bodies exchange drafts and meet once a year."
)
MEMBERSHIPS = {
    "membership-of": "Next to its membership of the Global Buoy Federation, the Ocean Data Union and the "
    "Pacific Tide Commission, KDA keeps agreements with single bodies.",
    "represents-interests-in": "KDA represents Norwegian interests in the Global Buoy Federation, the Ocean "
    "Data Union and the Pacific Tide Commission.",
    "is-a-member-of": "KDA is a member of the Global Buoy Federation, the Ocean Data Union and the Pacific "
    "Tide Commission.",
    "acronyms-in-brackets": "KDA holds memberships in the Global Buoy Federation (GBF), the Ocean Data Union "
    "(ODU) and the Pacific Tide Commission (PTC).",
    # (a comma alone ends the run: the party after it is no venue)
    "a-party-after-the-comma": "As a member of the Global Buoy Federation, KDA adopts its buoy codes.",
}


def membership_page(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "html":
        return (
            f"<html><body><h1>KDA international cooperation</h1><p>{MEMBERSHIP_LEAD}</p><p>{sentence}</p>"
            "</body></html>\n",
            "page.html",
        )
    heading = "# " if layout == "md" else ""
    return f"{heading}KDA international cooperation\n\n{MEMBERSHIP_LEAD}\n\n{sentence}\n", f"page.{layout}"


@pytest.mark.parametrize("sentence", sorted(MEMBERSHIPS))
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_bodies_a_party_is_a_member_of_are_no_parties(tmp_path: Path, layout: str, sentence: str) -> None:
    text, name = membership_page(layout, MEMBERSHIPS[sentence])
    record = extracted(tmp_path, text, name)
    assert {entity.label for entity, _ in record.parties} == {
        "Kelp Data Association",
        "Fjordline Sensor Consortium",
    }


# --- a body named only as the place of a signing ("signed at ITU headquarters") ---------------------------

PLACE_RELEASE = """\
{heading}KDA and FSC sign memorandum of understanding on buoy telemetry

BERGEN, 12 March 2027 -- The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) today
signed a memorandum of understanding on buoy telemetry. {place}

The KDA Buoy Working Group and the FSC Telemetry Task Force will exchange drafts twice a year.
"""
PLACES = {
    "headquarters": "The agreement was signed at the Global Buoy Federation headquarters in Oslo.",
    "possessive-offices": "The agreement was signed at the Global Buoy Federation's offices in Oslo.",
    "annual-meeting": "The agreement was signed during the Global Buoy Federation General Assembly in Oslo.",
    "hosted-by": "The signing ceremony was hosted by the Global Buoy Federation in Oslo.",
}


@pytest.mark.parametrize("place", sorted(PLACES))
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_body_named_only_as_the_place_of_a_signing_is_no_party(
    tmp_path: Path, layout: str, place: str
) -> None:
    text = PLACE_RELEASE.format(heading="# " if layout == "md" else "", place=PLACES[place])
    record = extracted(tmp_path, text, f"release.{layout}")
    assert {entity.label for entity, _ in record.parties} == {
        "Kelp Data Association",
        "Fjordline Sensor Consortium",
    }


def test_a_party_that_hosts_the_signing_stays_a_party(tmp_path: Path) -> None:
    place = "The agreement was signed at KDA headquarters in Bergen."
    record = extracted(tmp_path, PLACE_RELEASE.format(heading="", place=place), "release.txt")
    assert {entity.label for entity, _ in record.parties} == {
        "Kelp Data Association",
        "Fjordline Sensor Consortium",
    }


# --- a name opening with its head ends with its table cell -------------------------------------------------

HEAD_FIRST_ROWS = [
    ("1", "Instituto Miradouro de Energia", "IME", "PT"),
    ("2", "Fundación Costa de Datos", "FCD", "ES"),
    ("3", "Association for Buoy Standards", "ABS", "FR"),
]


def partner_table(layout: str) -> tuple[str, str]:
    header = ("No.", "Participant", "Country code", "Country")
    lead = "The Kelp Data Association (KDA) coordinates a liaison with the partners below on buoy data."
    if layout == "html":
        rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in HEAD_FIRST_ROWS)
        head = "".join(f"<th>{c}</th>" for c in header)
        return (
            f"<html><body><h1>Partners</h1><p>{lead}</p><table><tr>{head}</tr>{rows}</table></body></html>",
            "p.html",
        )
    if layout == "md":
        rows = "\n".join("| " + " | ".join(row) + " |" for row in HEAD_FIRST_ROWS)
        return f"# Partners\n\n{lead}\n\n| " + " | ".join(header) + f" |\n|---|---|---|---|\n{rows}\n", "p.md"
    rows = "\n".join("\t".join(row) for row in HEAD_FIRST_ROWS)
    return "Partners\n\n" + lead + "\n\n" + "\t".join(header) + "\n" + rows + "\n", "p.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_head_first_name_ends_with_its_cell(tmp_path: Path, layout: str) -> None:
    text, name = partner_table(layout)
    record = extracted(tmp_path, text, name)
    labels = {entity.label for entity, _ in record.parties} | {e.label for e in record.new_entities}
    assert not {label for label in labels if label.endswith((" PT", " ES", " FR", "IME", "FCD"))}


# --- a body named as a network of its members ("European Network of Transmission System Operators ...") --

NETWORKS = [
    "Nordic Network of Buoy Data Operators (NNBDO)",
    "Baltic Network for Tide Observation (BNTO)",
    "Pan-Arctic Network of Marine Data Centres (PANMDC)",
]


@pytest.mark.parametrize("network", NETWORKS, ids=["of", "for", "hyphenated-scope"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_network_named_with_its_purpose_is_a_body(tmp_path: Path, layout: str, network: str) -> None:
    lead = (
        f"The Kelp Data Association (KDA) and the {network} agreed in 2025 to build open tooling for buoy "
        "telemetry. The roadmap below is owned by the KDA Buoy Working Group."
    )
    items = ["Telemetry validator: H2 2027", "Reference data set: H1 2028"]
    if layout == "html":
        text = f"<html><body><h1>KDA roadmap</h1><p>{lead}</p><ul>" + "".join(f"<li>{i}</li>" for i in items)
        text, name = text + "</ul></body></html>", "a.html"
    else:
        title = ("# " if layout == "md" else "") + "KDA roadmap"
        text, name = f"{title}\n\n{lead}\n\n" + "\n".join(f"- {i}" for i in items) + "\n", f"a.{layout}"
    record = extracted(tmp_path, text, name)
    assert network.split(" (")[0] in {entity.label for entity, _ in record.parties}


# --- a page's writer known by its acronym alone, the subject of its sentences of working with others ------

SUBJECT_SENTENCES = [
    "NBTF works with standards bodies and industry associations so that its buoy profiles fit the wider "
    "landscape.",
    "NBTF holds a liaison with the Fjordline Sensor Consortium, whose buoy series refers to the NBTF "
    "profiles.",
    "NBTF and the Ocean Data Union exchange drafts on tide gauge events.",
]


def relationships_page(layout: str) -> tuple[str, str]:
    lead, fsc, odu = SUBJECT_SENTENCES
    if layout == "html":
        return (
            f"<html><body><header>NBTF</header><h1>Relationships</h1><p>{lead}</p><h3>Fjordline Sensor "
            f"Consortium</h3><p>{fsc}</p><h3>Ocean Data Union</h3><p>{odu}</p></body></html>",
            "a.html",
        )
    if layout == "md":
        return (
            f"# Relationships\n\n{lead}\n\n## Fjordline Sensor Consortium\n\n{fsc}\n\n"
            f"## Ocean Data Union\n\n{odu}\n",
            "a.md",
        )
    return (
        f"NBTF\n\nRelationships\n\n{lead}\n\nFjordline Sensor Consortium\n{fsc}\n\nOcean Data Union\n{odu}\n",
        "a.txt",
    )


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_writer_known_by_its_acronym_alone_is_a_party(tmp_path: Path, layout: str) -> None:
    record = extracted(tmp_path, *relationships_page(layout))
    assert {entity.label for entity, _ in record.parties} >= {
        "NBTF",
        "Fjordline Sensor Consortium",
        "Ocean Data Union",
    }


def test_an_acronym_that_is_the_subject_once_stays_none(tmp_path: Path) -> None:
    text = (
        "# Relationships\n\nThe Kelp Data Association (KDA) works with the Fjordline Sensor Consortium "
        "(FSC).\n\n"
        "BUOY holds a record with the tide data of both bodies.\n"
    )
    record = extracted(tmp_path, text, "a.md")
    assert "BUOY" not in {entity.label for entity, _ in record.parties}
