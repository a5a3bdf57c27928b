"""Layout invariance of UNITS (issue 12, point 9, session 23, tuner A): a unit written after a possessive
that names its body ("FiRa's Technical Working Group", "the Alliance's Aliro Working Group"), as board
minutes, annual reports and news items name the groups of the bodies they are about.

The possessive is the unit's owner, not a word of its name: the body's whole name, its acronym, the first
word of its name or, for the body a document is about, the last ("the Alliance's"). A possessive that names
no body the document names ("Founder's Working Group") stays part of the name. Every body is invented;
each document is written in three variants of its layout, with the expected outcome written before the
rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

BODIES = "the Fjordlight Sensor Alliance (FSA) and the Kelpwave Consortium"
SENTENCE = (
    "Under the agreement {first} Tide Data Working Group and {second} Buoy Telemetry Task Force share "
    "drafts on buoy records and hold joint test events."
)


def minutes_markdown(sentence: str) -> str:
    return (
        "# Fjordlight Sensor Alliance - Board of Directors\n\n"
        "## Minutes of the meeting of 18 February 2026\n\n"
        "### 1. Minutes of the previous meeting\n\nRESOLVED, that the minutes of the last meeting are "
        "approved.\n\n### 2. Liaison agreement with the Kelpwave Consortium\n\n"
        f"The liaison agreement between {BODIES} was presented.\n{sentence}\n"
    )


def report_text(sentence: str) -> str:
    return (
        "FJORDLIGHT SENSOR ALLIANCE | ANNUAL REPORT 2026                                  12\n\n"
        "Liaisons and Cooperative Agreements\n\n"
        f"In 2026 we signed a liaison agreement between {BODIES}.\n{sentence}\n\n"
        "                                                    (c) 2027 Fjordlight Sensor Alliance\n"
    )


def news_html(sentence: str) -> str:
    return (
        "<html><head><title>Liaison agreement signed</title></head><body><h1>Liaison agreement signed</h1>"
        f"<p>A liaison agreement was signed between {BODIES}.</p><p>{sentence}</p></body></html>"
    )


LAYOUTS = [(minutes_markdown, "minutes.md"), (report_text, "report.txt"), (news_html, "news.html")]
ALLIANCE = "fjordlight sensor alliance"
KELPWAVE = "kelpwave consortium"


def units_of(tmp_path: Path, text: str, name: str) -> set[tuple[str, str | None]]:
    """Each unit's name and its organization's name, folded."""
    record = extracted(tmp_path, text, name)
    labels = {str(e.iri): e.label for e, _ in record.parties}
    return {(folded(u.label), folded(labels.get(str(u.unit_of), "?"))) for u, _ in record.units}


@pytest.mark.parametrize("make, name", LAYOUTS, ids=["minutes-md", "report-txt", "news-html"])
@pytest.mark.parametrize(
    "first, second",
    [
        ("the Alliance's", "Kelpwave's"),  # the head of the body the document is about, a first word
        ("FSA's", "the Kelpwave Consortium's"),  # an acronym, a whole name
        ("the Fjordlight\u2019s", "Kelpwave\u2019s"),  # a typographic apostrophe
    ],
    ids=["head-and-first-word", "acronym-and-name", "typographic"],
)
def test_a_possessive_names_the_units_body_and_is_no_word_of_its_name(
    tmp_path: Path, make, name: str, first: str, second: str
) -> None:  # type: ignore[no-untyped-def]
    units = units_of(tmp_path, make(SENTENCE.format(first=first, second=second)), name)
    assert ("tide data working group", ALLIANCE) in units
    assert ("buoy telemetry task force", KELPWAVE) in units
    assert not any("'" in unit or "\u2019" in unit for unit, _ in units)


@pytest.mark.parametrize("make, name", LAYOUTS, ids=["minutes-md", "report-txt", "news-html"])
def test_a_possessive_that_names_no_body_stays_in_the_name(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    sentence = "The Founder's Circle Working Group will review the joint drafts with the Kelpwave Consortium."
    units = {unit for unit, _ in units_of(tmp_path, make(sentence), name)}
    assert "tide data working group" not in units
    assert not any(unit.startswith("circle working group") for unit in units)


# --- a body's name run on into its unit's -----------------------------------------------------------------

BODY_THEN_UNIT = (
    "{unit_body} {unit} and the Fjordlight Sensor Alliance (FSA) work together on tide records under their "
    "liaison agreement."
)


def liaison_memo(sentence: str) -> str:
    return f"Liaison between the two bodies\n\n{sentence}\n"


def liaison_markdown(sentence: str) -> str:
    return f"# Liaison between the two bodies\n\n{sentence}\n"


def liaison_html(sentence: str) -> str:
    return f"<html><body><h1>Liaison between the two bodies</h1><p>{sentence}</p></body></html>"


@pytest.mark.parametrize(
    "make, name",
    [(liaison_memo, "l.txt"), (liaison_markdown, "l.md"), (liaison_html, "l.html")],
    ids=["text", "markdown", "html"],
)
@pytest.mark.parametrize(
    "unit_body, unit",
    [
        ("The Kelpwave Consortium", "Buoy Telemetry Task Force"),
        ("The Harbour Data Alliance", "Tide Records Working Group"),
        ("The Norrvik Ocean Foundation", "Sensor Interfaces Technical Committee"),
    ],
)
def test_a_bodys_name_run_on_into_its_units_is_the_body_and_its_unit(
    tmp_path: Path, make, name: str, unit_body: str, unit: str
) -> None:  # type: ignore[no-untyped-def]
    body = folded(unit_body.removeprefix("The "))
    units = units_of(tmp_path, make(BODY_THEN_UNIT.format(unit_body=unit_body, unit=unit)), name)
    assert (folded(unit), body) in units


def test_a_name_with_no_bodys_head_inside_stays_one_body(tmp_path: Path) -> None:
    """ "Internet Engineering Task Force" has no body's head before its own: one body, no unit."""
    text = liaison_markdown(BODY_THEN_UNIT.format(unit_body="The Coastal Engineering", unit="Task Force"))
    record = extracted(tmp_path, text, "l.md")
    assert "coastal engineering task force" in {folded(e.label) for e, _ in record.parties}


@pytest.mark.parametrize(
    "make, name",
    [(liaison_memo, "l.txt"), (liaison_markdown, "l.md"), (liaison_html, "l.html")],
    ids=["text", "markdown", "html"],
)
@pytest.mark.parametrize("unit", ["Tide 3-D Mapping Working Group", "3D Tide Mapping Working Group"])
def test_a_units_name_may_hold_a_number_led_word(tmp_path: Path, make, name: str, unit: str) -> None:  # type: ignore[no-untyped-def]
    sentence = f"The {unit} of the Kelpwave Consortium (KWC) works with the Fjordlight Sensor Alliance (FSA)."
    units = units_of(tmp_path, make(sentence), name)
    # (the label may keep the body's acronym in front, as the corpus's scorer allows: "KWC 3D ...")
    assert any(u.removeprefix("kwc ") == folded(unit) and o == "kelpwave consortium" for u, o in units), units
