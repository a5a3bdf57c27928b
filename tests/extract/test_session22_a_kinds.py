"""Layout invariance of the KIND (issue 12, point 9, session 22, tuner A), in layouts the fresh dev documents
of session 22 showed:

- a register kept on a kanban board and printed or copied from it: each list ends with the board's own
  control ("+ Add a card", "Add another card", "+ Add a list"). Those are the tool's buttons, not an
  amendment's instructions ("Add: item 6 ...", "Delete item 3"): the board stays a register;
- errata to a register ("ERRATA TO / X Work Register", "Corrigendum 1 to the X Work Register", "X Work
  Register - Erratum No. 2"): a correction of a document is an addendum to it, as an amendment is.

A real addendum that adds and deletes items in the imperative stays an addendum. Every body is invented;
each layout is written in three variants, with the expected kind written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

CARDS = {
    "Planned": [
        ("Define buoy clock drift tests", "Jul 31, 2026"),
        ("Joint glossary of tide terms", "Dec 15, 2026"),
    ],
    "In progress": [("Align the telemetry frame with the tide record format", "May 29, 2026")],
    "Done": [("Publish a joint FAQ on station identifiers", "Mar 2, 2026")],
}
DESCRIPTION = (
    "Joint work register of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC). "
    "Working groups: HMC Tide Gauge Working Group; OBC Telemetry Task Force. Register no. HMC-OBC-07, "
    "initiated 12 May 2025."
)


def board_html(control: str) -> str:
    lists = []
    for name, cards in CARDS.items():
        body = "".join(
            f'<div class="card"><div class="card-title">{text}</div>'
            f'<span class="badge">Due {due}</span></div>'
            for text, due in cards
        )
        lists.append(f'<div class="list"><h3>{name}</h3>{body}<a class="add-card">{control}</a></div>')
    return (
        "<html><head><title>HMC \u00d7 OBC Joint Work Register | Board</title></head><body>"
        "<h1>HMC \u00d7 OBC Joint Work Register</h1><section><h2>About this board</h2>"
        f"<p>{DESCRIPTION}</p></section>" + "".join(lists) + "</body></html>"
    )


def board_text(control: str) -> str:
    parts = ["HMC x OBC Joint Work Register", "About this board", DESCRIPTION]
    for name, cards in CARDS.items():
        items = "\n".join(f"- {text} - Due {due}" for text, due in cards)
        parts.append(f"{name}\n\n{items}\n- {control}")
    return "\n\n".join(parts) + "\n"


def board_markdown(control: str) -> str:
    parts = ["# HMC / OBC Joint Work Register", "## About this board", DESCRIPTION]
    for name, cards in CARDS.items():
        items = "\n".join(f"* {text} (due {due})" for text, due in cards)
        parts.append(f"## {name}\n\n{items}\n* {control}")
    return "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("control", ["+ Add a card", "Add another card", "+ Add a list"])
@pytest.mark.parametrize(
    ("writer", "name"),
    [(board_html, "board.html"), (board_text, "board.txt"), (board_markdown, "board.md")],
)
def test_a_boards_add_buttons_are_no_amendment(tmp_path: Path, writer, name: str, control: str) -> None:
    record = extracted(tmp_path, writer(control), name)
    assert record.kind == "WorkRegister"


AMENDMENT = """HMC / OBC Joint Work Register - Amendment 2

The two organizations amend the joint work register of 12 May 2025 as follows.

- Add: item 6, a joint glossary of tide terms, target Q4 2026
- Delete item 3 (buoy clock drift tests)
- Replace the target of item 2 by 2027-03-31

Approved by the HMC Board on 2 June 2026 and by the OBC Board on 9 June 2026.
"""


def test_an_amendments_instructions_still_amend(tmp_path: Path) -> None:
    assert extracted(tmp_path, AMENDMENT, "amendment.txt").kind == "RegisterAddendum"


ERRATA_BODY = """
Document: HMC-OBC-WR-2026-01/E1

Parties: Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC)

The following corrections apply to the register. All other content is unchanged.

| No. | Location | Was | Is |
|---|---|---|---|
| 1 | Item 2, target | Q3 2026 | Q4 2026 |
| 2 | Contacts | Ada Lind | Ada Lind-Berg |

Approved by the HMC Technical Board on 3 March 2026.
"""


@pytest.mark.parametrize(
    "title",
    [
        "ERRATA TO\n\nHMC \u2013 OBC Joint Work Register, Version 1.0 (16 February 2026)",
        "# Corrigendum 1 to the HMC / OBC Joint Work Register",
        "HMC / OBC Joint Work Register \u2013 Erratum No. 2",
    ],
)
def test_errata_to_a_register_are_an_addendum(tmp_path: Path, title: str) -> None:
    assert extracted(tmp_path, title + "\n" + ERRATA_BODY, "errata.md").kind == "RegisterAddendum"


# A standards body's page about one partner, the partner's name its title and the type of the agreement a
# label under it ("Partnership agreement", "Memorandum of Understanding"), key facts, prose, current work and
# contacts: a page about the relationship, not the agreement (which has clauses and signatures).
PARTNER_FACTS = [
    ("Type of agreement", "Memorandum of Understanding"),
    ("Partner since", "May 2019"),
    ("HMC bodies involved", "Tide Gauge Working Group"),
]
PARTNER_PROSE = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) work together on tide records "
    "from buoys. The partnership lets the Tide Gauge Working Group take OBC's telemetry requirements into "
    "account when it revises the tide record format, and lets OBC refer to HMC's deliverables in its own "
    "specifications. Since 2024 the two organizations have also exchanged views on station identifiers and "
    "on how long buoys keep their records before they send them."
)
PARTNER_WORK = [("Joint tide record test plan", "Q2 2026"), ("Buoy clock drift guide", "end of 2026")]


def partner_html(label: str) -> str:
    facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in PARTNER_FACTS)
    work = "".join(f"<li>{t} \u2013 {d}</li>" for t, d in PARTNER_WORK)
    return (
        "<html><head><title>OBC - Partners - HMC</title></head><body><nav>Home \u203a About \u203a Our "
        f"partnerships \u203a OBC</nav><h1>Open Buoy Consortium</h1><p class='type'>{label}</p>"
        f"<aside><h2>Key facts</h2><dl>{facts}</dl></aside>"
        f"<h2>About the partnership</h2><p>{PARTNER_PROSE}</p>"
        f"<h2>Current joint activities</h2><ul>{work}</ul><h2>Contacts</h2><p>HMC: Ada Lind, Partnership "
        "Officer</p><footer>Last updated: 12 February 2026</footer></body></html>"
    )


def partner_markdown(label: str) -> str:
    facts = "\n".join(f"- **{k}:** {v}" for k, v in PARTNER_FACTS)
    work = "\n".join(f"- {t} \u2013 {d}" for t, d in PARTNER_WORK)
    return (
        f"# Open Buoy Consortium\n\n*{label}*\n\n## Key facts\n\n{facts}\n\n## About the partnership\n\n"
        f"{PARTNER_PROSE}\n\n## Current joint activities\n\n{work}\n\n## Contacts\n\n"
        "HMC: Ada Lind, Partnership Officer\n\nLast updated: 12 February 2026\n"
    )


def partner_text(label: str) -> str:
    facts = "\n".join(f"{k}: {v}" for k, v in PARTNER_FACTS)
    work = "\n".join(f"* {t} - {d}" for t, d in PARTNER_WORK)
    return (
        f"Open Buoy Consortium\n\n{label}\n\nKey facts\n\n{facts}\n\n"
        f"About the partnership\n\n{PARTNER_PROSE}\n\n"
        f"Current joint activities\n\n{work}\n\nContacts\n\nHMC: Ada Lind, Partnership Officer\n\n"
        "Last updated: 12 February 2026\n"
    )


@pytest.mark.parametrize(
    "label", ["Partnership agreement", "Cooperation Agreement", "Memorandum of Understanding"]
)
@pytest.mark.parametrize(
    ("writer", "name"),
    [(partner_html, "partner.html"), (partner_markdown, "partner.md"), (partner_text, "p.txt")],
)
def test_a_partner_pages_agreement_label_names_no_memorandum(
    tmp_path: Path, writer, name: str, label: str
) -> None:
    assert extracted(tmp_path, writer(label), name).kind == "AlliancePage"


AGREEMENT = """COOPERATION AGREEMENT

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose. The Parties cooperate on tide records from buoys.
2. Term. This agreement runs for three years.
3. Intellectual property. Each Party keeps its rights.

Signed for HMC: Ada Lind, 3 March 2026
Signed for OBC: Ben Ortiz, 5 March 2026
"""


def test_an_agreement_titled_so_with_clauses_stays_a_memorandum(tmp_path: Path) -> None:
    assert extracted(tmp_path, AGREEMENT, "agreement.txt").kind == "MemorandumOfUnderstanding"


# A government gazette's notice of an agreement, as its online edition prints it: the gazette's running
# header in brackets ("[Federal Register Volume 91, Number 12 (Monday, January 19, 2026)]", "[Notices]",
# "[Pages 1520-1522]") and its name ("From the Federal Register Online via ..."). The gazette is no work
# register: the notice is what its own title says (here a memorandum of understanding).
GAZETTE_HEADS = [
    "[Federal Register Volume 91, Number 12 (Monday, January 19, 2026)]\n[Notices]\n[Pages 1520-1522]\n"
    "From the Federal Register Online via the Government Publishing Office [www.gpo.example]\n"
    "[FR Doc No: 2026-00731]\n",
    "[Federal Register Volume 91, Number 12 (Monday, January 19, 2026)]\n[Notices]\n[Pages 1520-1522]\n",
    "From the Federal Register Online via the Government Publishing Office [www.gpo.example]\n"
    "[FR Doc No: 2026-00731]\n",
]
NOTICE = """

DEPARTMENT OF COASTAL AFFAIRS

Office of the National Coordinator for Coastal Data Standards


Memorandum of Understanding Between the Coastal Data Standards Agency and the Open Buoy
Consortium on Tide Record Maintenance

AGENCY: Coastal Data Standards Agency (CDSA), Department of Coastal Affairs.

ACTION: Notice.

SUMMARY: This notice announces a memorandum of understanding between CDSA and the Open Buoy Consortium
(OBC). Under the MOU, the two organizations will coordinate the maintenance of the tide record format.

DATES: The MOU took effect on January 5, 2026.
"""


@pytest.mark.parametrize("head", GAZETTE_HEADS)
def test_a_gazettes_notice_of_an_agreement_is_the_agreement(tmp_path: Path, head: str) -> None:
    assert extracted(tmp_path, head + NOTICE, "notice.txt").kind == "MemorandumOfUnderstanding"
