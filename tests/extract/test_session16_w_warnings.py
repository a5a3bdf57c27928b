"""Warnings of work registers (issue 12, point 9, session 16): what a partial register lacks, not what a
whole one is written without (each register here tells its work in a sentence). A register whose header
says it is a draft lacks its approval, whatever its approval section says is pending; a register with no
scope section but sentences about its work is not partial for that; a register ending on a contact's role
in lower case, or with a Gantt chart whose rows leave periods empty, is not cut off. Invented bodies, in
three layouts each; the expected warnings were written before the rules ran."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

ITEMS = [("Joint glossary of tide gauge terms", "Q3 2026"), ("Shared conformance test suite", "TBD")]
# (a register that tells its work in sentences has its scope, whatever its sections are called)
WORK = (
    "The Harbour Metrology Council and the Open Buoy Consortium align the way their members report, store"
    " and exchange tide data."
)


def markdown(header: str, contacts: str, approval: str, extra: str = "") -> str:
    items = "".join(f"- {item} - {target}\n" for item, target in ITEMS)
    return (
        f"# HMC / OBC Tide Data Work Register\n\n{header}\n\n{WORK}\n\n## Alliance Organizations\n\n"
        "- Harbour Metrology Council (HMC)\n- Open Buoy Consortium (OBC)\n\n"
        f"## Milestones\n\n{items}\n{extra}## Contacts\n\n{contacts}\n{approval}"
    )


def text(header: str, contacts: str, approval: str, extra: str = "") -> str:
    items = "".join(f"   {n}. {item} - {target}\n" for n, (item, target) in enumerate(ITEMS, start=1))
    return (
        f"HMC / OBC Tide Data Work Register\n{header}\n\n{WORK}\n\n1. Alliance Organizations\n\n"
        "   Harbour Metrology Council (HMC)\n   Open Buoy Consortium (OBC)\n\n"
        f"2. Milestones\n\n{items}\n{extra}3. Contacts\n\n{contacts}\n{approval.replace('## ', '4. ')}"
    )


def html(header: str, contacts: str, approval: str, extra: str = "") -> str:
    items = "".join(f"<li>{item} - {target}</li>" for item, target in ITEMS)
    approval_html = (
        f"<h2>{approval.splitlines()[0][3:]}</h2><p>{' '.join(approval.splitlines()[1:]).strip()}</p>"
        if approval
        else ""
    )
    contact_lines = "".join(f"<li>{line[2:]}</li>" for line in contacts.splitlines() if line.strip())
    return (
        f"<html><body><h1>HMC / OBC Tide Data Work Register</h1><p>{header}</p><p>{WORK}</p>"
        "<h2>Alliance Organizations</h2><ul><li>Harbour Metrology Council (HMC)</li>"
        f"<li>Open Buoy Consortium (OBC)</li></ul><h2>Milestones</h2><ul>{items}</ul>"
        f"<h2>Contacts</h2><ul>{contact_lines}</ul>{approval_html}</body></html>"
    )


LAYOUTS = {
    "markdown": (markdown, "register.md"),
    "text": (text, "register.txt"),
    "html": (html, "register.html"),
}
CONTACTS = "- HMC: Ada Lindqvist, ada@hmc.example\n- OBC: Bo Ekdahl, bo@obc.example\n"
ROLE_CONTACTS = "- HMC: Ada Lindqvist, principal architect\n- OBC: Bo Ekdahl, technical program manager\n"
PENDING = "## Approval\n\nPending: HMC Board and OBC Steering Committee. Not yet approved by either body.\n"
APPROVED = "## Approval\n\nApproved by the HMC Board on 12 March 2026 and by the OBC Steering Committee.\n"


def warnings(tmp_path: Path, layout: str, header: str, contacts: str, approval: str) -> list[str]:
    write, name = LAYOUTS[layout]
    return extracted(tmp_path, write(header, contacts, approval), name).warnings


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
@pytest.mark.parametrize(
    "header",
    [
        "Version 0.4 (draft for board review)",
        "DRAFT 3, for discussion",
        "Version 1.0 (approved text pending)",
    ],
)
def test_a_draft_lacks_its_approval(tmp_path: Path, layout: str, header: str) -> None:
    assert warnings(tmp_path, layout, header, CONTACTS, PENDING) == ["approval"]


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_whole_register_without_approval_and_scope_section_lacks_nothing(
    tmp_path: Path, layout: str
) -> None:
    assert warnings(tmp_path, layout, "Version 2.0", CONTACTS, "") == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_a_register_ending_on_a_role_is_not_cut_off(tmp_path: Path, layout: str) -> None:
    assert warnings(tmp_path, layout, "Version 2.0", ROLE_CONTACTS, "") == []


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_an_approved_register_lacks_nothing(tmp_path: Path, layout: str) -> None:
    assert warnings(tmp_path, layout, "Version 2.0", CONTACTS, APPROVED) == []


GANTT = (
    "| # | Work item | Lead | Q1 2026 | Q2 2026 | Q3 2026 | Q4 2026 | Status |\n"
    "|---|---|---|---|---|---|---|---|\n"
    "| 1 | Joint glossary of tide gauge terms | HMC | x | x |  |  | In progress |\n"
    "| 2 | Shared conformance test suite | OBC |  |  | x |  | Planned |\n\n"
)


def test_a_gantt_chart_with_empty_periods_is_not_cut_off(tmp_path: Path) -> None:
    text = markdown("Version 2.0", CONTACTS, "", extra="## Plan\n\n" + GANTT)
    assert extracted(tmp_path, text, "register.md").warnings == []
