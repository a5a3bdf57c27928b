"""Layout invariance of the KIND of minutes whose liaison reports name a statement, and of a liaison letter
with no From field (issue 12, point 9, session 27, tuner A).

Minutes report on liaisons in running sentences ("2.2 SA5 (reported by A). SA5 agreed the study; a liaison
statement to WG10 is expected."). A plain-text or Markdown paragraph is hard-wrapped, so such a sentence may
break just before its "liaison statement": the words then open a line, where a document names itself, and the
minutes were read as a liaison statement. A line that goes on with a sentence the line above left open (it
opens in small letters, or after a semicolon) names no document.

A liaison letter sent on a body's letterhead has a To field and a copy line but no From field; it calls itself
a "liaison letter" (or note, reply, response) and closes with the group it speaks for ("For the Attestation
Working Group,"). Either says it is a liaison statement. Every body is invented; each layout is written in
several formats, the expected kind written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MINUTES = """\
{title}

Chair: Ada Lindqvist-Oyelaran
Secretary: Tomas Brekke-Adeyemi

1. Opening
The chair opened the meeting of the Kelp Data Association (KDA). The agenda was approved.

2. Liaison reports
2.1 Fjordline Sensor Consortium (FSC), reported by Tomas Brekke-Adeyemi. The FSC Telemetry Task Force agreed
the calibration study at its February meeting;
{wrapped}
2.2 Coastal Buoy Forum (reported by Ada Lindqvist-Oyelaran). No news this month.

3. Actions
A3-1: Ada Lindqvist-Oyelaran to draft the reply to the FSC by 20 April 2027.
"""
WRAPPED = [
    "a liaison statement to the Kelp Data Association is expected.",
    "an LS to our working group will follow, for information.",
    "outgoing liaison to the Coastal Buoy Forum was agreed for comments.",
]
TITLES = [
    "KDA Buoy Working Group - Minutes of the virtual meeting of 9 March 2027",
    "Minutes: KDA Buoy Working Group teleconference, 9 March 2027",
]


@pytest.mark.parametrize("wrapped", WRAPPED, ids=["statement", "ls", "outgoing"])
@pytest.mark.parametrize("title", TITLES, ids=["minutes-after", "minutes-first"])
@pytest.mark.parametrize("layout", ["txt", "md"])
def test_a_wrapped_sentence_naming_a_statement_leaves_minutes_minutes(
    tmp_path: Path, layout: str, title: str, wrapped: str
) -> None:
    heading = ("# " if layout == "md" else "") + title
    text = MINUTES.format(title=heading, wrapped=wrapped)
    assert extracted(tmp_path, text, f"minutes.{layout}").kind == "MeetingRecord"


LETTER = """\
{letterhead}
12 Harbour Road, Bergen, Norway

12 April 2027

To: Fjordline Sensor Consortium, Telemetry Task Force
Copy: Coastal Buoy Forum

{title}

Dear colleagues,

The Buoy Working Group of the Kelp Data Association (KDA) thanks the FSC Telemetry Task Force for its letter
of January 2027. The KDA buoy telemetry profile, version 1.2, was published in March 2027.

We would welcome your comments on the profile by 30 June 2027.

{closing}

Ada Lindqvist-Oyelaran, Chair, Buoy Working Group, KDA
"""
LETTER_TITLES = [
    "Liaison letter on buoy telemetry profiles",
    "Liaison note to the FSC Telemetry Task Force",
    "Liaison reply on the telemetry profile draft",
]
CLOSINGS = [
    "For the Buoy Working Group,",
    "On behalf of the Kelp Data Association:",
    "For and on behalf of KDA",
]


def letter(layout: str, title: str, closing: str) -> str:
    if layout == "md":
        return LETTER.format(letterhead="**Kelp Data Association**", title=f"# {title}", closing=closing)
    if layout == "html":
        body = LETTER.format(letterhead="Kelp Data Association", title="", closing=closing)
        paragraphs = "".join(f"<p>{p}</p>\n" for p in body.split("\n\n"))
        return f"<html><body>\n<h1>{title}</h1>\n{paragraphs}</body></html>\n"
    return LETTER.format(letterhead="KELP DATA ASSOCIATION", title=title.upper(), closing=closing)


@pytest.mark.parametrize("title", LETTER_TITLES, ids=["letter", "note", "reply"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_letter_calling_itself_a_liaison_is_a_statement(tmp_path: Path, layout: str, title: str) -> None:
    text = letter(layout, title, "Yours sincerely,")
    assert extracted(tmp_path, text, f"letter.{layout}").kind == "LiaisonStatement"


@pytest.mark.parametrize("closing", CLOSINGS, ids=["for-the-group", "on-behalf-of", "for-and-on-behalf"])
@pytest.mark.parametrize("layout", ["txt", "md", "html"])
def test_a_letter_signed_for_its_group_is_a_statement(tmp_path: Path, layout: str, closing: str) -> None:
    text = letter(layout, "Buoy telemetry profiles", closing)
    assert extracted(tmp_path, text, f"letter.{layout}").kind == "LiaisonStatement"


PLAN_INTRO = (
    "The Kelp Data Association (KDA) and the Fjordline Sensor Consortium (FSC) build one buoy telemetry test "
    "suite together. The table keeps each release's target."
)
PLAN_ROWS = [
    (
        "Alpha 1",
        "January 2028",
        "Developer preview of the shared test harness, for buoy vendors and the labs of both bodies",
    ),
    (
        "Beta 1",
        "April 2028",
        "Feature-complete suite opened to early certification candidates of both bodies and their labs",
    ),
    (
        "RC 1",
        "July 2028",
        "Release candidate reviewed by both certification programmes, their labs and three vendors",
    ),
    (
        "Final",
        "October 2028",
        "Suite 1.0 accepted for certification by both programmes and published to all their members",
    ),
]
# (the notes a plan keeps under its table: with them the prose outweighs what a list of items may carry, and
# only the table's header row says the rows are work items)
PLAN_NOTES = (
    "Notes. Dates are targets of the joint working team and move only by agreement of both programme "
    "managers. "
    "A release ships when both certification programmes have run the suite against at least three devices "
    "from different vendors and have published the results to their members. Each release is announced "
    "on both bodies' mailing lists; the previous release stays available for six months after a new one "
    "ships, so that laboratories can finish the certifications they started. Questions about a release go to "
    "the joint working team, which meets every second week and keeps its notes on the shared site."
)
TARGET_HEADERS = ["Target", "Due date", "Planned", "ETA"]


def plan(layout: str, header: str, title: str = "KDA - FSC: Shared Buoy Suite Release Plan") -> str:
    rows = [("Release", header, "Description"), *PLAN_ROWS]
    if layout == "html":
        cells = "".join(
            "<tr>" + "".join(f"<{tag}>{c}</{tag}>" for c in row) + "</tr>"
            for tag, row in zip(["th", *["td"] * len(PLAN_ROWS)], rows, strict=True)
        )
        return (
            f"<html><body><h1>{title}</h1><p>{PLAN_INTRO}</p><table>{cells}</table><p>{PLAN_NOTES}</p>"
            "</body></html>\n"
        )
    if layout == "md":
        lines = ["| " + " | ".join(row) + " |" for row in rows]
        lines.insert(1, "|---|---|---|")
        return f"# {title}\n\n{PLAN_INTRO}\n\n" + "\n".join(lines) + f"\n\n{PLAN_NOTES}\n"
    table = "\n".join("\t".join(row) for row in rows)
    return f"{title}\n\n{PLAN_INTRO}\n\n{table}\n\n{PLAN_NOTES}\n"


@pytest.mark.parametrize("header", TARGET_HEADERS)
@pytest.mark.parametrize("layout", ["md", "html", "txt"])
def test_a_table_under_a_target_column_is_a_register(tmp_path: Path, layout: str, header: str) -> None:
    """A plan whose title names no kind ("Release Plan") and whose table's header row names a target column:
    its rows are work items with their targets, whatever prose stands around the table."""
    record = extracted(tmp_path, plan(layout, header), f"plan.{layout}")
    assert record.kind == "WorkRegister", record.kind


PROSE = (
    "The two bodies have worked together since 2021, when the KDA joined the FSC's telemetry programme as "
    "an observer and the FSC's experts began to attend the KDA buoy plenaries. Both keep their own "
    "processes: the KDA publishes profiles, the FSC certifies devices, and neither adopts the other's "
    "documents by reference. Members of either body may take part in the joint sessions, which rotate "
    "between two ports. "
)


@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_partner_page_telling_its_story_around_a_table_stays_a_page(tmp_path: Path, layout: str) -> None:
    """A partner page titled by its two bodies alone that tells its relationship at length keeps its kind
    over a table of joint work with targets (the prose outweighs the table twice over)."""
    text = plan(layout, "Target", title="KDA and FSC").replace(PLAN_INTRO, PLAN_INTRO + " " + PROSE * 2)
    assert extracted(tmp_path, text, f"page.{layout}").kind == "AlliancePage"
