"""Minutes' agenda item adopting their agenda, however headed ("Adoption of the agenda", "Agenda adoption",
"Approval of the agenda", "Adoption of agenda"): an approval section that ends at the next heading of its
level (kg.extract.structure.SECTION_KINDS), and what is written under it without a subject ("Approved without
change. Circulated: 2 April 2027") is about the agenda the heading names: no approved or published day of
the minutes (kg.extract.document_dates.under_agenda_heading; kg.extract.headers.own_label: the sentence
before "Circulated:" is no part of the field's label). Session 35, engineer H. Bodies real, meeting, people
and wording invented; plain text and Markdown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.headers import header_fields
from kg.extract.structure import section_kind
from kg.model.source_text import SourceText

MINUTES = """{h}ETSI TC SES and OGC Marine DWG joint call
{h2}Minutes of the joint call, 14 April 2027

Present: Ana Lind (ETSI), Bo Ek (OGC)

{h2}{n1}Opening

The chair opened the call at 14:00 CET.

{h2}{n2}{heading}

{under}

{h2}{n3}Joint work

The groups agreed to start a shared glossary of marine terms.

ACTION: Bo Ek to circulate the glossary outline by 30 April 2027.
"""

HEADINGS = ["Adoption of the agenda", "Agenda adoption", "Approval of the agenda", "Adoption of agenda"]
UNDER = [
    "Approved without change. Circulated: 2 April 2027",
    "Adopted as circulated on 2 April 2027.",
    "Accepted without change.\nCirculated: 2 April 2027",
]


# how the items are numbered: "2. ", "Item 2. " (a summary record's), or not at all
NUMBERS = ["{}. ", "Item {}. ", ""]
CASES = [
    (heading, UNDER[index % len(UNDER)], name, NUMBERS[index % len(NUMBERS)])
    for index, heading in enumerate(HEADINGS)
    for name in ("minutes.txt", "minutes.md")
]


def numbered(number: str) -> dict[str, str]:
    return {f"n{n}": number.format(n) for n in (1, 2, 3)}


@pytest.mark.parametrize(("heading", "under", "name", "number"), CASES)
def test_what_the_agenda_item_says_dates_no_minutes(
    tmp_path: Path, heading: str, under: str, name: str, number: str
) -> None:
    marks = ("# ", "## ") if name.endswith(".md") else ("", "")
    text = MINUTES.format(h=marks[0], h2=marks[1], heading=heading, under=under, **numbered(number))
    record = extracted(tmp_path, text, name)
    assert record.kind == "MeetingRecord"
    dates = {(d.role, d.value) for d in record.dates}
    assert ("meeting", "2027-04-14") in dates
    assert not {role for role, value in dates if value == "2027-04-02"}
    # the agenda item is one section: the action of the next item is the meeting's
    assert {m.target.text for m in record.milestones if m.target} == {"30 April 2027"}


@pytest.mark.parametrize(
    "title",
    ["Adoption of the agenda", "2. Agenda adoption", "Adoption of the draft minutes", "1.3 Minutes adoption"],
)
def test_an_adoption_item_is_an_approval_section(title: str) -> None:
    assert section_kind(title) == "approval"


@pytest.mark.parametrize("title", ["Adoption of IEC 62443 in industry", "Adoption roadmap for the profile"])
def test_other_adoption_is_no_approval(title: str) -> None:
    assert section_kind(title) != "approval"


def test_a_minutes_approval_under_its_own_heading_keeps_its_day(tmp_path: Path) -> None:
    """Guard: under "Approval of the minutes", "These minutes were approved on 20 May 2027" dates them."""
    under = "These minutes were approved on 20 May 2027."
    text = MINUTES.format(h="", h2="", heading="Approval of the minutes", under=under, **numbered("{}. "))
    dates = {(d.role, d.value) for d in extracted(tmp_path, text, "minutes.txt").dates}
    assert ("approved", "2027-05-20") in dates


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Approved without change. Circulated: 2 April 2027", "circulated"),
        ("Noted by the group. Revised date: 2 April 2027", "revised date"),
        ("Doc. No.: SES(27)000123", "doc. no."),
        ("Ref. No.: 42", "ref. no."),
    ],
)
def test_a_sentence_before_a_label_is_no_part_of_it(line: str, name: str) -> None:
    text = f"{line}\n"
    document = SourceText(Path("m.txt"), "text/plain", "", text, range(len(text) + 1))
    assert [f.name for f in header_fields(document)] == [name]


@pytest.mark.parametrize("name", ["record.md", "record.txt"])
@pytest.mark.parametrize("heading", ["1 Agenda adoption", "3 Adoption of the agenda"])
def test_a_subjectless_line_under_an_agenda_heading_numbered_without_a_stop(
    tmp_path: Path, name: str, heading: str
) -> None:
    """The heading's number has no stop ("1 Agenda adoption") and the line above it no sentence's end (a
    table's last row): the line under it is still the agenda's, read from the heading."""
    mark = "### " if name.endswith(".md") else ""
    text = (
        f"{mark}IEC TC 65/WG 10 and ISA99 joint working group: record of meeting 14\n\n"
        "Date: 3 December 2026\n\n"
        "| Name | Organization |\n|---|---|\n| Ana Lind | IEC TC 65/WG 10 |\n| Bo Ek | ISA99 |\n\n"
        f"{mark}{heading}\n\nAdopted as circulated on 20 November 2026.\n\n"
        f"{mark}2 Joint maintenance\n\nThe group agreed to update the joint plan.\n"
    )
    if name.endswith(".txt"):
        text = text.replace("|---|---|\n", "").replace("| ", "").replace(" |", "\t").replace("\t\n", "\n")
    dates = {(d.role, d.value) for d in extracted(tmp_path, text, name).dates}
    assert ("meeting", "2026-12-03") in dates
    assert not {role for role, value in dates if value == "2026-11-20"}
