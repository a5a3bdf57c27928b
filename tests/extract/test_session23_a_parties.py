"""Layout invariance of PARTIES and of the units of a table (issue 12, point 9, session 23, tuner A), in the
layouts of a committee's strategic business plan and a body's liaison index:

- a table with one row per liaison partner ("Organization | Cat. | Area of cooperation | Since") under a
  sub-heading, with a plan's table below it whose rows name the same partners again: each table is weighed
  alone, and every partner a row opens with is a party, even where no organizations section holds the
  table (before, the plan's rows made the partners look listed twice and none was a party);
- a liaison index whose column "X activities affected" lists the writer's groups: they are the writer's
  units, not the row partner's;
- a form's labels in capitals ("IEC/TC OR SC:", "TITLE OF TC/SC:") name no committee.

Every body is invented; each layout is written in three variants, with the expected outcome written
before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

PARTNERS = [
    ("Kelpwave Consortium (KWC)", "Buoy telemetry frames", "2011"),
    ("Harbour Metrology Foundation (HMF)", "Tide gauge calibration", "2014"),
    ("Tidewater Data Union (TDU)", "Open tide records", "2019"),
]
PLAN = [
    ("Joint test method for telemetry frames with the Kelpwave Consortium", "2027-06"),
    ("Common calibration set with the Harbour Metrology Foundation", "2027-12"),
]
OPENING = (
    "The Fjordlight Sensor Alliance (FSA) Tide Committee keeps the following category A liaisons, which it "
    "reviews every two years."
)
EXPECTED = {"kelpwave consortium", "harbour metrology foundation", "tidewater data union"}


def plan_text() -> str:
    rows = "\n".join(f"{name:<40}  A      {area:<26}  {since}" for name, area, since in PARTNERS)
    plan = "\n".join(f"{action:<72}  {target}" for action, target in PLAN)
    return (
        "FSA/TC-7/SBP                                   STRATEGIC BUSINESS PLAN\n\n"
        f"A  SCOPE\n\n{OPENING}\n\nC  LIAISONS\n\nC.1 External liaisons (category A)\n\n"
        f"{'Organization':<40}  Cat.   {'Area of cooperation':<26}  Since\n"
        f"{'-' * 40}  -----  {'-' * 26}  -----\n{rows}\n\n"
        f"D  ACTION PLAN\n\n{'Action':<72}  Target date\n{'-' * 72}  -----------\n{plan}\n"
    )


def plan_markdown() -> str:
    rows = "\n".join(f"| {name} | A | {area} | {since} |" for name, area, since in PARTNERS)
    plan = "\n".join(f"| {action} | {target} |" for action, target in PLAN)
    return (
        f"# Strategic Business Plan\n\n## A. Scope\n\n{OPENING}\n\n## C. Liaisons\n\n"
        "### C.1 External liaisons\n\n"
        f"| Organization | Cat. | Area of cooperation | Since |\n|---|---|---|---|\n{rows}\n\n"
        f"### D. Action plan\n\n| Action | Target date |\n|---|---|\n{plan}\n"
    )


def plan_html() -> str:
    rows = "".join(f"<tr><td>{n}</td><td>A</td><td>{a}</td><td>{s}</td></tr>" for n, a, s in PARTNERS)
    plan = "".join(f"<tr><td>{a}</td><td>{t}</td></tr>" for a, t in PLAN)
    return (
        f"<html><body><h1>Strategic Business Plan</h1><h2>A. Scope</h2><p>{OPENING}</p><h2>C. Liaisons</h2>"
        "<h3>C.1 External liaisons</h3><table><tr><th>Organization</th><th>Cat.</th><th>Area of cooperation"
        f"</th><th>Since</th></tr>{rows}</table><h3>D. Action plan</h3><table><tr><th>Action</th>"
        f"<th>Target date</th></tr>{plan}</table></body></html>"
    )


def party_names(tmp_path: Path, text: str, name: str) -> set[str]:
    return {folded(entity.label) for entity, _ in extracted(tmp_path, text, name).parties}


@pytest.mark.parametrize(
    "make, name",
    [(plan_text, "sbp.txt"), (plan_markdown, "sbp.md"), (plan_html, "sbp.html")],
    ids=["text", "markdown", "html"],
)
def test_every_partner_of_a_liaison_table_is_a_party_whatever_tables_follow(
    tmp_path: Path, make, name
) -> None:  # type: ignore[no-untyped-def]
    parties = party_names(tmp_path, make(), name)
    assert parties >= EXPECTED
    assert "fjordlight sensor alliance" in parties


INDEX_ROWS = [
    ("KWC Kelpwave Consortium", "Tide Data Working Group, Buoy Records Interest Group", "Ada Lindqvist"),
    ("Harbour Metrology Foundation", "Calibration Working Group", "Ola Brenner"),
]


def index_html(header: str) -> str:
    rows = "".join(f"<tr><td>{o}</td><td>Yes</td><td>{g}</td><td>{c}</td></tr>" for o, g, c in INDEX_ROWS)
    return (
        "<html><body><h1>Liaisons</h1><p>The Fjordlight Sensor Alliance (FSA) keeps liaisons with the "
        "organizations below.</p><table><tr><th>Organization</th><th>MOU</th>"
        f"<th>{header}</th><th>Liaison contact</th></tr>{rows}</table></body></html>"
    )


def index_markdown(header: str) -> str:
    rows = "\n".join(f"| {o} | Yes | {g} | {c} |" for o, g, c in INDEX_ROWS)
    return (
        "# Liaisons\n\nThe Fjordlight Sensor Alliance (FSA) keeps liaisons with the organizations below.\n\n"
        f"| Organization | MOU | {header} | Liaison contact |\n|---|---|---|---|\n{rows}\n"
    )


@pytest.mark.parametrize("make, name", [(index_html, "index.html"), (index_markdown, "index.md")])
@pytest.mark.parametrize("header", ["FSA activities affected", "FSA groups concerned", "FSA groups affected"])
def test_a_column_of_the_writers_groups_gives_them_to_the_writer(tmp_path: Path, make, name, header) -> None:  # type: ignore[no-untyped-def]
    record = extracted(tmp_path, make(header), name)
    owners = {str(entity.iri): folded(entity.label) for entity, _ in record.parties}
    units = {folded(unit.label): owners.get(str(unit.unit_of)) for unit, _ in record.units}
    assert units["tide data working group"] == "fjordlight sensor alliance"
    assert units["calibration working group"] == "fjordlight sensor alliance"


@pytest.mark.parametrize(
    "labels",
    ["FSA/TC OR SC:          TITLE OF TC/SC:          DATE:", "TC AND SC                TITLE OF THE SC"],
)
def test_a_forms_labels_in_capitals_name_no_committee(tmp_path: Path, labels: str) -> None:
    text = (
        f"{labels}\nTC 7                     Tide gauges               2026-03-18\n\n"
        "The Fjordlight Sensor Alliance (FSA) and the Kelpwave Consortium (KWC) cooperate on tide data "
        "through the FSA Tide Working Group.\n"
    )
    units = {folded(unit.label) for unit, _ in extracted(tmp_path, text, "form.txt").units}
    assert not any(" or " in unit or " of " in unit or " and " in unit for unit in units), units
    assert "tide working group" in units


# --- a partner the reference data does not know, named beside a known body as the subject of their work ----

PAIRS = [
    (
        "The Fjordlight Sensor Alliance (FSA) and Northwind Tide Works Inc. have collaborated since 2021 on "
        "tide records.",
        "northwind tide works",
    ),
    (
        "Northwind Tide Works and the Fjordlight Sensor Alliance (FSA) signed a cooperation agreement in "
        "2026.",
        "northwind tide works",
    ),
    (
        "The Fjordlight Sensor Alliance (FSA) and Harbour Gauge Makers Ltd (HGM) will jointly launch a tide "
        "record profile.",
        "harbour gauge makers",
    ),
]


@pytest.mark.parametrize("sentence, partner", PAIRS, ids=["inc-collaborated", "before-signed", "ltd-launch"])
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_partner_named_beside_a_body_as_the_subject_of_their_work_is_a_party(
    tmp_path: Path, sentence: str, partner: str, suffix: str
) -> None:
    title = "FSA partners"
    text = {
        "txt": f"{title}\n\nThe Fjordlight Sensor Alliance (FSA) keeps tide data open.\n\n{sentence}\n",
        "md": f"# {title}\n\nThe Fjordlight Sensor Alliance (FSA) keeps tide data open.\n\n{sentence}\n",
        "html": f"<html><body><h1>{title}</h1><p>The Fjordlight Sensor Alliance (FSA) keeps tide data "
        f"open.</p><p>{sentence}</p></body></html>",
    }[suffix]
    assert partner in party_names(tmp_path, text, f"page.{suffix}")


def test_a_name_listed_with_a_body_without_their_work_together_is_no_party(tmp_path: Path) -> None:
    text = (
        "# FSA partners\n\nThe Fjordlight Sensor Alliance (FSA) cooperates with the Kelpwave Consortium "
        "(KWC).\n\n"
        "The Fjordlight Sensor Alliance (FSA) and Northwind Tide Works attended the plenary.\n"
    )
    assert "northwind tide works" not in party_names(tmp_path, text, "page.md")


# --- a key-facts table's partner row ----------------------------------------------------------------------

GLANCE_ROWS = [
    ("Partner", "Harbour Metrology Foundation (HMF)"),
    ("Type of agreement", "Cooperation agreement"),
    ("First signed", "2013"),
]
# (the page of two writers, named together in its first heading, as a joint secretariat's site names its two
# bodies: before, the first heading's two bodies were taken as the parties and the partner row was not read)
WRITERS = "Fjordlight Sensor Alliance (FSA) and Kelpwave Consortium (KWC)"
GLANCE_LEAD = "The two writers and their partner exchange tide records every quarter."


def glance_html(label: str) -> str:
    rows = "".join(f"<tr><th>{label if k == 'Partner' else k}</th><td>{v}</td></tr>" for k, v in GLANCE_ROWS)
    return (
        f"<html><body><h1>{WRITERS}</h1><h2>Norway</h2>"
        f"<h2>At a glance</h2><table>{rows}</table><h2>What the cooperation covers</h2><p>{GLANCE_LEAD}</p>"
        "</body></html>"
    )


def glance_markdown(label: str) -> str:
    rows = "\n".join(f"| {label if k == 'Partner' else k} | {v} |" for k, v in GLANCE_ROWS)
    return (
        f"# {WRITERS}\n\n## Norway\n\n### At a glance\n\n| | |\n|---|---|\n{rows}\n\n"
        f"### What the cooperation covers\n\n{GLANCE_LEAD}\n"
    )


def glance_text(label: str) -> str:
    rows = "\n".join(f"{label if k == 'Partner' else k}: {v}" for k, v in GLANCE_ROWS)
    return f"{WRITERS}\n\nNorway\n\nAt a glance\n\n{rows}\n\nWhat the cooperation covers\n\n{GLANCE_LEAD}\n"


@pytest.mark.parametrize(
    "make, name",
    [(glance_html, "p.html"), (glance_markdown, "p.md"), (glance_text, "p.txt")],
    ids=["html", "markdown", "text"],
)
@pytest.mark.parametrize("label", ["Partner", "Partner organization", "Counterpart"])
def test_the_body_a_pages_partner_field_names_is_a_party(tmp_path: Path, make, name: str, label: str) -> None:  # type: ignore[no-untyped-def]
    parties = party_names(tmp_path, make(label), name)
    assert parties >= {"harbour metrology foundation", "fjordlight sensor alliance", "kelpwave consortium"}
