"""Layout invariance of the KIND for two layouts dev lacked (issue 12, point 9, session 24, tuner A).

A slide deck exported or printed as text (each slide ending with a running footer "(c) ... - Page 3" or
"Slide 3 of 5") that lists register items with their targets was read as a work register: it is the record of
the liaison meeting or review the slides were shown at, as a .pptx deck is. A news item whose headline tells
of agreements signed ("Three Memorandums of Understanding Signed", "A and B Sign MoU") under a section name
("Standardization News") that does not open with "News" was read as a page: the headline marks the news.
Every body is invented; each document is written in several layouts, the expected kind written first.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.kinds import headline_of_signing, is_slide_deck

SLIDES = [
    ("Fjordline Consortium \u2013 Kelp Data Forum\nLiaison Review", "Online, 4 November 2026"),
    ("Why we meet", "Shared buoy telemetry formats\nLiaison agreed in April 2025"),
    (
        "Register items",
        "Telemetry profile for tide gauges — Buoy WG — Q4 2026\n"
        "Calibration vocabulary — Sensor Group — Q2 2027\n"
        "Sample data set — both groups — September 2027",
    ),
    ("Contacts", "Fjordline Consortium: Ada Lindqvist-Oyelaran\nKelp Data Forum: Tomas Brekke-Adeyemi"),
]


def deck(footer: str, bullet: str) -> str:
    pages = []
    for number, (title, body) in enumerate(SLIDES, start=1):
        lines = "\n".join(f"{bullet}{line}" for line in body.splitlines())
        pages.append(f"{title}\n\n{lines}\n\n\n{footer.format(n=number, m=len(SLIDES))}\n")
    return "\f".join(pages)


@pytest.mark.parametrize(
    "footer",
    ["© Fjordline Consortium 2026 - Page {n}", "Slide {n} of {m}", "Kelp Data Forum | Page {n} / {m}"],
    ids=["copyright-page", "slide-of", "page-slash"],
)
@pytest.mark.parametrize("bullet", ["● ", "- ", "• "], ids=["disc", "dash", "bullet"])
def test_a_slide_deck_listing_register_items_is_a_meeting_record(
    tmp_path: Path, footer: str, bullet: str
) -> None:
    record = extracted(tmp_path, deck(footer, bullet), "deck.txt")
    assert record.kind == "MeetingRecord"


def test_printed_pages_of_a_long_register_are_no_slide_deck() -> None:
    page = "Work item text that goes on for a while with its rationale and its owners. " * 12
    text = "".join(f"Joint Work Register\n\n{page}\n\nPage {n} of 3\n\f" for n in (1, 2, 3))
    assert not is_slide_deck(text)
    assert is_slide_deck("".join(f"Title {n}\n- one point\n- two points\nPage {n}\n" for n in (1, 2, 3)))


NEWS = (
    "Kelp Data Forum and the Fjordline Consortium have signed memorandums of understanding with the "
    "Norsk Tide Institute, bringing their joint programme to three bodies. The memorandums were signed "
    "in Bergen on 22 September 2026."
)


@pytest.mark.parametrize(
    "headline",
    [
        "Global Cooperation: Three Memorandums of Understanding Signed",
        "Kelp Data Forum and Fjordline Consortium Sign Memorandum of Understanding",
        "MoUs signed with the Norsk Tide Institute",
    ],
)
@pytest.mark.parametrize(
    "layout",
    [
        "# {headline}\n\n*Oceanography News · Outreach · published 2 November 2026*\n\n{lead}\n",
        "<html><body><nav><a>Home</a></nav><h1>{headline}</h1><p>Oceanography News</p><p>{lead}</p>"
        "</body></html>",
    ],
    ids=["md", "html"],
)
def test_a_headline_telling_of_agreements_signed_is_an_mou_announcement(
    tmp_path: Path, headline: str, layout: str
) -> None:
    name = "n.md" if layout.startswith("#") else "n.html"
    record = extracted(tmp_path, layout.format(headline=headline, lead=NEWS), name)
    assert record.kind == "MemorandumOfUnderstanding"


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Three Memorandums of Understanding Signed", True),
        ("Our Memoranda of Understanding", False),  # a page listing agreements
        ("The two bodies signed a memorandum of understanding in 2019 and renewed it in 2024.", False),
    ],
)
def test_a_headline_needs_the_agreement_and_its_signing_and_is_no_sentence(line: str, expected: bool) -> None:
    assert headline_of_signing(line) is expected


# Two bodies as one subject of what they do together, or a body's formal standing with another by its own
# name: before, each was refused for speaking of no collaboration.
TOGETHER = [
    (
        "Buoy telemetry",
        "The Kelp Data Forum (KDF) and the Fjordline Sensor Consortium (FSC) are working on a common buoy "
        "telemetry profile. Drafts go to the members of both in March 2027.",
        {"kelp data forum", "fjordline sensor consortium"},
    ),
    (
        "Mooring test suite",
        "The Kelp Data Forum (KDF) and the Fjordline Sensor Consortium (FSC) will maintain one mooring test "
        "suite from 2027.",
        {"kelp data forum", "fjordline sensor consortium"},
    ),
    (
        "PAS Submitter status",
        "The Kelp Data Forum (KDF) is a recognized PAS Submitter to the Fjordline Sensor Consortium (FSC). "
        "KDF specifications may be submitted to it for approval as FSC standards.",
        {"kelp data forum", "fjordline sensor consortium"},
    ),
    (
        "Fast-track",
        "The Kelp Data Forum (KDF) fast-tracks its buoy profile to the Fjordline Sensor Consortium (FSC), "
        "which publishes it as its own standard.",
        {"kelp data forum", "fjordline sensor consortium"},
    ),
]


@pytest.mark.parametrize("title, body, parties", TOGETHER, ids=["working", "maintain", "pas", "fast-track"])
@pytest.mark.parametrize(
    "layout, name",
    [
        ("{title}\n\n{body}\n", "t.txt"),
        ("# {title}\n\n{body}\n", "t.md"),
        ("<h1>{title}</h1><p>{body}</p>", "t.html"),
    ],
    ids=["text", "md", "html"],
)
def test_bodies_doing_one_thing_or_in_a_named_standing_are_read_not_refused(
    tmp_path: Path, title: str, body: str, parties: set[str], layout: str, name: str
) -> None:
    record = extracted(tmp_path, layout.format(title=title, body=body), name)
    assert {folded(entity.label) for entity, _ in record.parties} >= parties


AGREEMENT_TITLES = [
    "AGREEMENT ON TECHNICAL COOPERATION",
    "Agreement for Cooperation in Buoy Standards",
    "Protocol on Scientific Collaboration",
]


@pytest.mark.parametrize("title", AGREEMENT_TITLES)
@pytest.mark.parametrize("suffix", ["txt", "md"])
def test_an_agreement_named_head_first_by_what_it_is_on_is_an_mou(
    tmp_path: Path, title: str, suffix: str
) -> None:
    body = (
        "between the Kelp Data Forum and the Fjordline Sensor Consortium\n\n1. Purpose\n\nThe two "
        "organizations will cooperate on buoy telemetry standards.\n\n2. Coordination\n\nEach names a "
        "coordinator.\n\nDone at Bergen on 12 March 2027 in two originals.\n"
    )
    text = f"{'# ' if suffix == 'md' else ''}{title}\n\n{body}"
    assert extracted(tmp_path, text, f"a.{suffix}").kind == "MemorandumOfUnderstanding"


CALL_NOTES = [
    ("KDF-FSC coordination call, 3 March 2027", "Discussion", "Next steps"),
    ("Monthly liaison call - KDF and FSC", "Notes", "Action items"),
    ("KDF / FSC sync", "Discussion", "Outcomes"),
]


@pytest.mark.parametrize("title, notes, outcomes", CALL_NOTES)
def test_a_call_named_by_what_it_is_or_with_its_outcomes_is_a_meeting_record(
    tmp_path: Path, title: str, notes: str, outcomes: str
) -> None:
    text = (
        f"# {title}\n\n**Present:** Ada Lindqvist (KDF), Tomas Brekke (FSC)\n\n## {notes}\n\n"
        "- Buoy telemetry profile: draft 0.3 reviewed.\n- Test suite: FSC will host the repository.\n\n"
        f"## {outcomes}\n\n- Profile draft 0.4 by 30 April 2027 (KDF)\n- First test run by June 2027 (FSC)\n"
    )
    assert extracted(tmp_path, text, "n.md").kind == "MeetingRecord"


ARRANGEMENT_TITLES = [
    "Technical Cooperation Arrangement between KDF and FSC",
    "Working Arrangement between the Kelp Data Forum and the Fjordline Sensor Consortium",
    "Mutual Recognition Arrangement",
    "Joint Statement of Intent",
    "Declaration of Intent on Buoy Standards",
]


@pytest.mark.parametrize("title", ARRANGEMENT_TITLES)
@pytest.mark.parametrize("suffix", ["txt", "md"])
def test_an_arrangement_or_a_statement_of_intent_is_an_mou(tmp_path: Path, title: str, suffix: str) -> None:
    body = (
        "The Kelp Data Forum (KDF) and the Fjordline Sensor Consortium (FSC) intend to cooperate on buoy "
        "telemetry standards.\n\n1. Scope\n\nBuoy telemetry profiles.\n\n2. Coordinators\n\n"
        "Each names one.\n\n"
        "For KDF: Ada Lindqvist, President, 3 March 2027\nFor FSC: Tomas Brekke, Chair, 5 March 2027\n"
    )
    text = f"{'# ' if suffix == 'md' else ''}{title}\n\n{body}"
    assert extracted(tmp_path, text, f"a.{suffix}").kind == "MemorandumOfUnderstanding"


LIAISON_HEADERS = [
    "Source:       Kelp Data Forum, Buoy Working Group\nDestination:  Fjordline Sensor Consortium\n"
    "Subject:      Request for comments on the buoy telemetry profile\n"
    "Response:     requested by 30 April 2027\n",
    "From:         Kelp Data Forum, Buoy Working Group\nAddressee:    Fjordline Sensor Consortium\n"
    "Subject:      Request for comments on the buoy telemetry profile\nReply:        by 30 April 2027\n",
    "Source:       Kelp Data Forum, Buoy Working Group\nRecipients:   Fjordline Sensor Consortium\n"
    "Purpose:      For comments\n",
]


@pytest.mark.parametrize("header", LIAISON_HEADERS, ids=["destination", "addressee", "recipients"])
def test_a_liaison_header_may_name_its_addressee_and_the_answer_asked_otherwise(
    tmp_path: Path, header: str
) -> None:
    text = (
        f"KDF - FSC LIAISON\n\n{header}\nThe Buoy Working Group asks the Fjordline Sensor Consortium to "
        "comment on clause 5 of the draft.\n\nContact: Ada Lindqvist, ada@kdf.example\n"
    )
    assert extracted(tmp_path, text, "l.txt").kind == "LiaisonStatement"


UPDATES = [
    "# Register update, March 2027",
    "# Joint work register: changes of 3 March 2027",
]


@pytest.mark.parametrize("title", UPDATES)
def test_a_register_update_listing_its_changes_is_an_addendum(tmp_path: Path, title: str) -> None:
    text = (
        f"{title}\n\nKelp Data Forum (KDF) and Fjordline Sensor Consortium (FSC) joint work register.\n\n"
        "- Item 3, buoy telemetry profile: target moved to Q3 2027.\n"
        "- Item 6, mooring test suite: added, target Q1 2028.\n"
        "- Item 4, calibration vocabulary: withdrawn.\n"
    )
    assert extracted(tmp_path, text, "u.md").kind == "RegisterAddendum"


def test_a_register_revision_listing_every_item_stays_a_register(tmp_path: Path) -> None:
    text = (
        "# KDF / FSC Joint Work Register - Revision 4\n\n"
        "Kelp Data Forum (KDF) and Fjordline Sensor Consortium (FSC): work items updated in March 2027.\n\n"
        "| Item | Target |\n|---|---|\n| Buoy telemetry profile | Q3 2027 |\n"
        "| Mooring test suite | Q1 2028 |\n"
        "| Calibration vocabulary | Q2 2028 |\n"
    )
    assert extracted(tmp_path, text, "r.md").kind == "WorkRegister"
