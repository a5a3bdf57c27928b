"""Layout invariance of ACCEPTANCE, KIND and PARTIES on the layouts real alliance documents failed in
(issue 12, point 9; docs/corpus.md, "Session 16 (lead)", last paragraph).

- a joint meeting's record that names its two bodies only in its first heading, never with an alliance
  word, and its attendees by their bodies' acronyms;
- partners named only by an acronym no reference data has ("a liaison with QRDA", "KTC and NLPX sign");
- a sentence that says what the document is NOT ("there is no memorandum of understanding", "this is not
  a liaison statement") choosing the kind;
- a job advert of a body hiring someone to work with partner organisations (refused: no alliance);
- a city after a party's name in a list of parties ("- Fjord Sensor Society, Bergen").

Every document is invented (the Fjord Sensor Society, the Kelp Telemetry Consortium, QRDA and NLPX do
not exist), each written in two to four variants of its layout, with its expected facts written before
the rules ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument
from kg.model.records import AllianceRecord


def party_names(record: AllianceRecord) -> set[str]:
    """Each party by its acronym, else its label."""
    return {entity.acronym or entity.label for entity, _ in record.parties}


# --- a joint meeting named in its first heading only ----------------------------------------------------

MEETING_TITLE = "Joint meeting of the Fjord Sensor Society and the Kelp Telemetry Consortium"
MEETING_FIELDS = ["Date: 14 May 2026", "Location: online"]
ATTENDEES = ["Maren Olsen-Voigt (FSS)", "Tomas Lindqvist-Abara (KTC)", "Ines Aurelio-Banks (KTC)"]
AGENDA = ["Review of the tide glossary draft", "Calibration test plan"]
ACTIONS = [
    "FSS to circulate the glossary draft by 1 June 2026.",
    "KTC to send comments on the test plan by 15 June 2026.",
]


def meeting_text() -> str:
    return "\n\n".join(
        [
            MEETING_TITLE,
            "\n".join(MEETING_FIELDS),
            "Attendees\n" + "\n".join(f"- {a}" for a in ATTENDEES),
            "Agenda\n" + "\n".join(f"{i}. {a}" for i, a in enumerate(AGENDA, 1)),
            "Action items\n" + "\n".join(f"- {a}" for a in ACTIONS),
        ]
    )


def meeting_markdown() -> str:
    return "\n\n".join(
        [
            f"# {MEETING_TITLE}",
            "\n".join(f"**{f.split(':')[0]}:**{f.split(':', 1)[1]}  " for f in MEETING_FIELDS),
            "## Attendees\n\n" + "\n".join(f"* {a}" for a in ATTENDEES),
            "## Agenda\n\n" + "\n".join(f"{i}. {a}" for i, a in enumerate(AGENDA, 1)),
            "## Action items\n\n" + "\n".join(f"* {a}" for a in ACTIONS),
        ]
    )


def meeting_html() -> str:
    items = "".join

    return (
        f"<html><body><h1>{MEETING_TITLE}</h1>"
        + "".join(f"<p>{f}</p>" for f in MEETING_FIELDS)
        + "<h2>Attendees</h2><ul>"
        + items(f"<li>{a}</li>" for a in ATTENDEES)
        + "</ul><h2>Agenda</h2><ol>"
        + items(f"<li>{a}</li>" for a in AGENDA)
        + "</ol><h2>Action items</h2><ul>"
        + items(f"<li>{a}</li>" for a in ACTIONS)
        + "</ul></body></html>"
    )


def meeting_acronyms_text() -> str:
    """The same record whose heading names the bodies by their acronyms only ("FSS / KTC joint call")."""
    return meeting_text().replace(MEETING_TITLE, "FSS / KTC joint call on tide data")


@pytest.mark.parametrize(
    "make, name, expected",
    [
        (meeting_text, "minutes.txt", {"Fjord Sensor Society", "Kelp Telemetry Consortium"}),
        (meeting_markdown, "minutes.md", {"Fjord Sensor Society", "Kelp Telemetry Consortium"}),
        (meeting_html, "minutes.html", {"Fjord Sensor Society", "Kelp Telemetry Consortium"}),
        (meeting_acronyms_text, "minutes.txt", {"FSS", "KTC"}),
    ],
    ids=["text", "markdown", "html", "acronyms"],
)
def test_a_joint_meeting_named_in_its_heading_is_a_meeting_of_both_bodies(
    tmp_path: Path, make, name: str, expected: set[str]
) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(), name)
    assert record.kind == "MeetingRecord"
    assert party_names(record) == expected


# --- partners named only by an acronym ------------------------------------------------------------------

SIGNING_TITLE = "KTC and NLPX sign a memorandum of understanding"
SIGNING_BODY = (
    "Bergen, 3 March 2026. KTC and NLPX have signed a memorandum of understanding to align their work "
    "on harbour sensor data. Under it, each body reviews the other's drafts before a public comment period."
)


@pytest.mark.parametrize(
    "text, name",
    [
        (f"{SIGNING_TITLE}\n\n{SIGNING_BODY}\n", "news.txt"),
        (f"# {SIGNING_TITLE}\n\n{SIGNING_BODY}\n", "news.md"),
        (f"<html><body><h1>{SIGNING_TITLE}</h1><p>{SIGNING_BODY}</p></body></html>", "news.html"),
    ],
    ids=["text", "markdown", "html"],
)
def test_two_bodies_named_by_acronyms_alone_sign_a_memorandum(tmp_path: Path, text: str, name: str) -> None:
    record = extracted(tmp_path, text, name)
    assert record.kind == "MemorandumOfUnderstanding"
    assert party_names(record) == {"KTC", "NLPX"}


LIAISON_PAGE = [
    "Our liaison with QRDA",
    "The Fjord Sensor Society maintains a liaison with QRDA on calibration of tide gauges.",
    "Both bodies exchange drafts of their calibration procedures twice a year.",
]


@pytest.mark.parametrize(
    "text, name",
    [
        ("\n\n".join(LIAISON_PAGE) + "\n", "page.txt"),
        (f"# {LIAISON_PAGE[0]}\n\n" + "\n\n".join(LIAISON_PAGE[1:]) + "\n", "page.md"),
        (
            f"<html><body><h2>{LIAISON_PAGE[0]}</h2>"
            + "".join(f"<p>{p}</p>" for p in LIAISON_PAGE[1:])
            + "</body></html>",
            "page.html",
        ),
    ],
    ids=["text", "markdown", "html"],
)
def test_a_partner_named_by_its_acronym_after_liaison_with_is_a_party(
    tmp_path: Path, text: str, name: str
) -> None:
    record = extracted(tmp_path, text, name)
    assert record.kind == "AlliancePage"
    assert party_names(record) == {"Fjord Sensor Society", "QRDA"}


def test_acronyms_of_a_brochure_name_no_partner(tmp_path: Path) -> None:
    """Acronyms of techniques (an API, a CSV export) in a product's text are no partners: refused."""
    text = (
        "# TideView 4\n\nTideView reads gauges over HTTP and exports CSV and JSON. The API works with "
        "any sensor that speaks NMEA. Ask your reseller for a demo.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "brochure.md")


# --- a sentence saying what the document is not ------------------------------------------------------

NEGATED_BODY = (
    "The Fjord Sensor Society (FSS) and the Kelp Telemetry Consortium (KTC) cooperate informally on tide "
    "data: each sends the other its drafts for comment, and both take part in a yearly workshop."
)


@pytest.mark.parametrize(
    "negation",
    [
        "There is no memorandum of understanding between the two organizations.",
        "The two organizations have not signed a memorandum of understanding.",
        "No MoU has been signed; the relationship is informal.",
        "This page is not a liaison statement and asks for no action.",
    ],
    ids=["there-is-no", "have-not-signed", "no-mou", "not-a-liaison-statement"],
)
@pytest.mark.parametrize("layout", ["text", "markdown"])
def test_a_negated_kind_does_not_choose_the_kind(tmp_path: Path, negation: str, layout: str) -> None:
    title = "FSS and KTC"
    if layout == "markdown":
        text = f"# {title}\n\n{negation} {NEGATED_BODY}\n"
    else:
        text = f"{title}\n\n{negation}\n\n{NEGATED_BODY}\n"
    record = extracted(tmp_path, text, f"page.{'md' if layout == 'markdown' else 'txt'}")
    assert record.kind == "AlliancePage"
    assert party_names(record) == {"FSS", "KTC"}


# --- a job advert ------------------------------------------------------------------------------------

JOB = {
    "title": "Vacancy: Liaison Manager",
    "lead": (
        "The Fjord Sensor Society (FSS) is hiring a Liaison Manager to work with partner organizations such "
        "as the Kelp Telemetry Consortium (KTC) and to coordinate our joint activities."
    ),
    "Responsibilities": ["Maintain relationships with partner organizations", "Prepare liaison statements"],
    "Requirements": ["Five years of experience in standards work", "Fluent English"],
    "How to apply": ["Send your CV to jobs@fss.example by 30 June 2026."],
}


def job_text() -> str:
    parts = [str(JOB["title"]), str(JOB["lead"])]
    for heading in ("Responsibilities", "Requirements", "How to apply"):
        parts.append(heading + "\n" + "\n".join(f"- {line}" for line in JOB[heading]))
    return "\n\n".join(parts) + "\n"


def job_markdown() -> str:
    parts = [f"# {JOB['title']}", str(JOB["lead"])]
    for heading in ("Responsibilities", "Requirements", "How to apply"):
        parts.append(f"## {heading}\n\n" + "\n".join(f"* {line}" for line in JOB[heading]))
    return "\n\n".join(parts) + "\n"


def job_html() -> str:
    parts = [f"<h1>Careers</h1><h2>{JOB['title'].split(': ')[1]}</h2><p>{JOB['lead']}</p>"]
    for heading in ("Responsibilities", "Requirements", "How to apply"):
        parts.append(
            f"<h3>{heading}:</h3><ul>" + "".join(f"<li>{line}</li>" for line in JOB[heading]) + "</ul>"
        )
    return "<html><body>" + "".join(parts) + "</body></html>"


@pytest.mark.parametrize(
    "make, name",
    [(job_text, "job.txt"), (job_markdown, "job.md"), (job_html, "job.html")],
    ids=["text", "markdown", "html"],
)
def test_a_job_advert_is_about_no_alliance(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAnAllianceDocument, match="job"):
        extracted(tmp_path, make(), name)


def test_a_page_naming_its_liaison_officers_duties_is_still_a_page(tmp_path: Path) -> None:
    """A partnership page may say what its liaison officers do: no advert without an application."""
    text = (
        "# Partnership with KTC\n\nThe Fjord Sensor Society (FSS) and the Kelp Telemetry Consortium (KTC) "
        "cooperate on tide data.\n\n## Responsibilities\n\n- FSS maintains the glossary\n- KTC hosts the "
        "test data\n\n## Requirements for joint documents\n\n- Both bodies approve each joint document\n"
    )
    assert extracted(tmp_path, text, "page.md").kind == "AlliancePage"


# --- a city after a party's name --------------------------------------------------------------------------

PARTIES = [
    ("Fjord Sensor Society", "Bergen"),
    ("Kelp Telemetry Consortium", "Porto"),
    ("NLPX", "Gdansk, Poland"),
]
MOU_END = "\n\nArticle 1 - Purpose\n\nThe Parties agree to cooperate on tide data exchange.\n"


@pytest.mark.parametrize(
    "line",
    ["- {name}, {city}", "* {name} ({city})", "{name}, {city}", "- {name} \u2013 {city}"],
    ids=["dash-comma", "star-brackets", "lines", "en-dash"],
)
def test_a_city_after_a_partys_name_is_no_party(tmp_path: Path, line: str) -> None:
    listed = "\n".join(line.format(name=name, city=city) for name, city in PARTIES)
    text = f"Memorandum of Understanding\n\nParties\n\n{listed}{MOU_END}"
    record = extracted(tmp_path, text, "mou.txt")
    assert record.kind == "MemorandumOfUnderstanding"
    assert party_names(record) == {"Fjord Sensor Society", "Kelp Telemetry Consortium", "NLPX"}
    assert not {e.label for e in record.new_entities} & {"Bergen", "Porto", "Gdansk", "Poland"}


# --- a partner whose name holds a unit's word ----------------------------------------------------------

UNIT_WORD_BODY = "Fjord Data Working Group"


def unit_word_between() -> str:
    return (
        f"Memorandum of Understanding between the Kelp Telemetry Consortium and the {UNIT_WORD_BODY}\n\n"
        "1. Purpose\n\nThe two parties agree to cooperate on exchange formats for harbour sensor data.\n\n"
        "2. Term\n\nThis memorandum runs for three years.\n"
    )


def unit_word_partners_section() -> str:
    return (
        "# Our partners\n\nThe Kelp Telemetry Consortium works with the Fjord Data Working Group (FDWG), an "
        "independent community of buoy makers, on tide data formats. Both bodies review each other's "
        "drafts.\n"
    )


def unit_word_acronym_prose() -> str:
    return (
        f"Partnership with the {UNIT_WORD_BODY}\n\nThe Kelp Telemetry Consortium and the {UNIT_WORD_BODY} "
        "(FDWG) cooperate on exchange formats for harbour sensor data. The two bodies share drafts before "
        "each public review.\n"
    )


@pytest.mark.parametrize(
    "make, name, kind",
    [
        (unit_word_between, "mou.txt", "MemorandumOfUnderstanding"),
        (unit_word_partners_section, "page.md", "AlliancePage"),
        (unit_word_acronym_prose, "page.txt", "AlliancePage"),
    ],
    ids=["between-clause", "partners-section", "acronym-prose"],
)
def test_a_partner_whose_name_ends_in_working_group_is_a_party(
    tmp_path: Path, make, name: str, kind: str
) -> None:  # type: ignore[no-untyped-def]
    """A body of its own whose name ends in a unit's word ("... Working Group"), named with no body before
    it, in a party's place: not a unit of the other party, nor left out as a unit of no one."""
    record = extracted(tmp_path, make(), name)
    assert record.kind == kind
    labels = {entity.label for entity, _ in record.parties}
    assert labels == {"Kelp Telemetry Consortium", UNIT_WORD_BODY}


# --- the page owner's groups beside its partners -----------------------------------------------------

LIAISON_ROWS = [
    ("Kelp Telemetry Consortium (KTC)", "Calibration Working Group", "Category A liaison"),
    ("Pelagic Data Task Force (PDTF)", "Telemetry Working Group", "Exchange of drafts"),
]
LIAISON_HEAD = ("Partner body", "FSS group", "Relation")
LIAISON_LEAD = (
    "The Fjord Sensor Society (FSS) keeps liaisons with the bodies below. Each liaison is bilateral."
)


def liaison_table_markdown() -> str:
    rows = "\n".join(f"| {' | '.join(row)} |" for row in [LIAISON_HEAD, ("---",) * 3, *LIAISON_ROWS])
    return f"# Fjord Sensor Society liaisons\n\n{LIAISON_LEAD}\n\n{rows}\n"


def liaison_table_html() -> str:
    head = "".join(f"<th>{cell}</th>" for cell in LIAISON_HEAD)
    rows = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in LIAISON_ROWS)
    return (
        f"<html><body><h1>Fjord Sensor Society liaisons</h1><p>{LIAISON_LEAD}</p>"
        f"<table><tr>{head}</tr>{rows}</table></body></html>"
    )


@pytest.mark.parametrize(
    "make, name", [(liaison_table_markdown, "page.md"), (liaison_table_html, "page.html")], ids=["md", "html"]
)
def test_a_column_headed_by_the_owners_groups_holds_the_owners_units(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    """A column headed "FSS group" holds the FSS's groups, not units of the partner the row names."""
    record = extracted(tmp_path, make(), name)
    owners = {unit.label: unit.unit_of for unit, _ in record.units}
    fss = next(entity.iri for entity, _ in record.parties if entity.acronym == "FSS")
    assert owners == {"Calibration Working Group": fss, "Telemetry Working Group": fss}


PARTNER_SECTIONS = [
    ("Kelp Telemetry Consortium", "The consortium and the FSS share drafts of the tide glossary."),
    ("Pelagic Data Consortium", "The PDC reviews the FSS calibration procedures once a year."),
]


def partner_sections_markdown() -> str:
    sections = "".join(f"## {name}\n\n{text}\n\n" for name, text in PARTNER_SECTIONS)
    return f"# FSS liaisons\n\n{LIAISON_LEAD}\n\n{sections}"


def partner_sections_text() -> str:
    sections = "".join(f"{name}\n\n{text}\n\n" for name, text in PARTNER_SECTIONS)
    return f"FSS liaisons\n\n{LIAISON_LEAD}\n\n{sections}"


@pytest.mark.parametrize(
    "make, name",
    [(partner_sections_markdown, "page.md"), (partner_sections_text, "page.txt")],
    ids=["md", "text"],
)
def test_a_section_titled_by_a_partners_name_names_a_party(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(), name)
    assert party_names(record) == {"FSS", "Kelp Telemetry Consortium", "Pelagic Data Consortium"}


# --- a partner's bare name in a table cell before a capitalised cell -------------------------------------

PARTNER_ROWS = [
    ("Arctic Buoy Alliance", "Memorandum of understanding"),
    ("Pelagic Data Consortium", "Liaison"),
]


def partner_rows_markdown() -> str:
    rows = "\n".join(f"| {a} | {b} |" for a, b in [("Partner", "Relation"), ("---", "---"), *PARTNER_ROWS])
    return f"# FSS partners\n\n{LIAISON_LEAD}\n\n{rows}\n"


def partner_rows_html() -> str:
    rows = "".join(f"<tr><td>{a}</td><td>{b}</td></tr>" for a, b in PARTNER_ROWS)
    return f"<html><body><h1>FSS partners</h1><p>{LIAISON_LEAD}</p><table>{rows}</table></body></html>"


def partner_rows_tabs() -> str:
    rows = "\n".join(f"{a}\t{b}" for a, b in [("Partner", "Relation"), *PARTNER_ROWS])
    return f"FSS partners\n\n{LIAISON_LEAD}\n\n{rows}\n"


@pytest.mark.parametrize(
    "make, name",
    [(partner_rows_markdown, "page.md"), (partner_rows_html, "page.html"), (partner_rows_tabs, "page.txt")],
    ids=["md", "html", "tabs"],
)
def test_a_partners_name_ends_at_its_cell(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    """A name only a body has ends with its cell, whatever the next cell opens with."""
    record = extracted(tmp_path, make(), name)
    assert party_names(record) == {"FSS", "Arctic Buoy Alliance", "Pelagic Data Consortium"}


# --- a meeting's record with its attendees on one line and its next steps --------------------------------

MEETING_M2 = """Meeting of the Fjord Sensor Society and the Kelp Telemetry Consortium

14 May 2026, online

Participants
Maren Olsen-Voigt (FSS), Tomas Lindqvist-Abara (KTC)

Discussion
The glossary draft was reviewed. Terms for tide gauge drift need work.

Next steps
- FSS to circulate a new draft by 1 June 2026.
- KTC to comment by 15 June 2026.
"""
MEETING_M3 = """# FSS-KTC sync, 14 May 2026

**Present:** Maren Olsen-Voigt (FSS), Tomas Lindqvist-Abara (KTC)

## Notes

- Glossary draft reviewed; drift terms need work.

## Follow-ups

- [ ] FSS: circulate a new draft by 1 June 2026
- [ ] KTC: comment by 15 June 2026
"""


@pytest.mark.parametrize(
    "text, name",
    [
        (MEETING_M2, "minutes.txt"),
        (MEETING_M2.replace("Participants\n", "Participants: "), "minutes.txt"),
        (MEETING_M3, "minutes.md"),
        (MEETING_M3.replace("FSS-KTC", "FSS / KTC"), "minutes.md"),
    ],
    ids=["heading-lines", "participants-field", "sync-notes", "sync-slash"],
)
def test_a_meetings_record_with_attendees_on_one_line_and_next_steps(
    tmp_path: Path, text: str, name: str
) -> None:
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    spelled = {"Fjord Sensor Society": "FSS", "Kelp Telemetry Consortium": "KTC"}
    assert {spelled.get(name, name) for name in party_names(record)} >= {"FSS", "KTC"}
