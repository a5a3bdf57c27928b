"""Layout invariance of ACCEPTANCE and KIND on the layouts real alliance documents failed in (issue 12,
point 9; session 18): what stands above a title without naming the document, and where else a document
names its kind.

- a company's internal memorandum about travel to standards meetings (refused: a memo is no memorandum
  of understanding);
- a title under a README's comment, banner and badges, under an e-mail newsletter's "view in browser"
  line and its "In this issue" list, under a letterhead (the body's name, its board, its address);
- a letter's subject line ("Re: Letter of Understanding ...") and a record's "Title" field naming the kind;
- a forwarded e-mail carrying a register (its From, To and "for review" are the e-mail's, not a liaison's);
- a kind's words naming the frame of the document ("Work register under the Cooperation Agreement") or the
  occasion it was sent for ("circulated for the joint call"), not the document;
- a meeting's recap or sync named as such;
- a page of a committee's liaisons (scope, organizations, contacts, no work items) is no register;
- the news of two bodies signing or renewing an agreement is a memorandum's announcement.

Every document is invented (the Harbour Metrology Council, the Open Buoy Consortium, Larkspur Optics do
not exist), each in two to four variants of its layout, with its expected kind written before the rules
ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

PARTIES_LINES = [
    "Harbour Metrology Council (HMC), through its Tide Gauge Working Group",
    "Open Buoy Consortium (OBC), through its Telemetry Task Force",
]
WORK_ITEMS = [
    ("Joint glossary of tide gauge terms", "Q3 2026"),
    ("Shared calibration test plan", "H1 2027"),
    ("Interoperability test event for buoy telemetry", "31 Mar 2027"),
]


def register_body(markdown: bool = False) -> str:
    """A register's organizations and work items, under no title."""
    head = "## " if markdown else ""
    parties = "\n".join(f"- {line}" for line in PARTIES_LINES)
    items = "\n".join(f"- {text} - target {target}" for text, target in WORK_ITEMS)
    return f"{head}Organizations\n\n{parties}\n\n{head}Work items\n\n{items}\n"


# --- an internal memorandum is no memorandum of understanding ----------------------------------------

MEMO_BODY = """To:       All staff travelling to standards meetings
From:     Tove Brandvik-Ansah, Head of Finance
Date:     12 October 2026
Subject:  Expense claims for standards meetings in 2027

From January 2027 every trip to a meeting of the IETF, of 3GPP or of the PCI-SIG is booked through
the travel portal, and the registration fee is paid with the corporate card.

1. Ask your manager to approve the trip three weeks before it.
2. Send your expense report within a month of your return.

Questions: finance-desk@larkspur.example
"""


@pytest.mark.parametrize(
    "text, name",
    [
        (f"LARKSPUR OPTICS LTD\nINTERNAL MEMORANDUM\n\n{MEMO_BODY}", "memo.txt"),
        (f"# Memorandum\n\n**Larkspur Optics Ltd - internal**\n\n{MEMO_BODY}", "memo.md"),
        (f"MEMORANDUM\n\n{MEMO_BODY}", "memo.txt"),
    ],
    ids=["letterhead", "markdown", "bare"],
)
def test_an_internal_memorandum_about_standards_meetings_is_refused(
    tmp_path: Path, text: str, name: str
) -> None:
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, name)


# --- furniture above a title ----------------------------------------------------------------------------

README_FURNITURE = [
    "<!-- README of the tide-work repository. Run make plan after editing plan.csv. -->",
    '<p align="center">\n  <img src="docs/banner.svg" alt="tide data" width="600">\n</p>',
    "[![License: CC BY 4.0](https://img.example/badge/license.svg)](LICENSE) "
    "[![build](https://ci.example/tide/badge.svg)](https://ci.example/tide)",
]


@pytest.mark.parametrize("furniture", README_FURNITURE, ids=["comment", "banner", "badges"])
def test_a_readme_title_under_its_comment_banner_or_badges_names_the_register(
    tmp_path: Path, furniture: str
) -> None:
    text = f"{furniture}\n\n# HMC / OBC tide data: joint work plan\n\n{register_body(markdown=True)}"
    assert extracted(tmp_path, text, "README.md").kind == "WorkRegister"


NEWS_STORY = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of "
    "understanding on 2 March 2026 to keep their tide data formats aligned. Under the MoU, each body "
    "reviews the other's drafts before a public comment period."
)


def newsletter_text() -> str:
    return (
        "View this email in your browser: https://hmc.example/news/2026-03\n\n"
        "=======================================\n  HMC MEMBER UPDATE  |  March 2026\n"
        "=======================================\n\n"
        "IN THIS ISSUE\n  > HMC and OBC sign MoU\n  > Spring members meeting: registration open\n"
        "  > New members\n\n---------------------------------------\n"
        f"HMC AND OBC SIGN MOU\n---------------------------------------\n\n{NEWS_STORY}\n"
    )


def newsletter_markdown() -> str:
    return (
        "[View this email in your browser](https://hmc.example/news/2026-03)\n\n"
        "**HMC Member Update - March 2026**\n\n## In this issue\n\n- HMC and OBC sign MoU\n"
        "- Spring members meeting: registration open\n\n"
        f"## HMC and OBC sign MoU\n\n{NEWS_STORY}\n"
    )


@pytest.mark.parametrize(
    "make, name", [(newsletter_text, "news.txt"), (newsletter_markdown, "news.md")], ids=["text", "markdown"]
)
def test_a_newsletters_story_of_a_signed_mou_is_a_memorandum(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "MemorandumOfUnderstanding"


RESOLUTION = """CERTIFIED COPY OF RESOLUTION 2026-4
Approval of Amendment No. 1 to the HMC / OBC Joint Work Register

At its meeting of 14 May 2026 the Board of Directors of the Harbour Metrology Council (HMC) adopted
the following resolution:

RESOLVED, that Amendment No. 1 to the Joint Work Register kept with the Open Buoy Consortium (OBC) is
approved and takes effect on 1 June 2026.

EXHIBIT A - AMENDMENT NO. 1

A.1  Item 2, "Shared calibration test plan", is moved from H1 2027 to Q3 2027.
A.2  Item 3, "Interoperability test event for buoy telemetry", is withdrawn.
"""


@pytest.mark.parametrize(
    "letterhead",
    [
        "HARBOUR METROLOGY COUNCIL\nBoard of Directors\n",
        "HARBOUR METROLOGY COUNCIL\n12 Quay Street, Bergen, Norway\nwww.hmc.example\n",
        "Harbour Metrology Council\nOffice of the Secretary\n",
    ],
    ids=["body-and-board", "body-and-address", "title-case"],
)
def test_a_letterheads_lines_do_not_hide_the_title(tmp_path: Path, letterhead: str) -> None:
    text = f"{letterhead}\n{RESOLUTION}"
    assert extracted(tmp_path, text, "resolution.txt").kind == "RegisterAddendum"


# --- a subject line or a Title field names the kind -----------------------------------------------------

LETTER_BODY = """Dear Dr. Okonkwo-Lind,

this letter records how the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) intend
to work together. It is not a contract.

1.  Purpose. HMC and OBC will keep their tide data formats aligned.
2.  Joint work. A shared glossary of tide gauge terms - target Q3 2026.
3.  Duration. This letter takes effect when both sign it and lasts three years.

We would welcome your comments before 30 June 2026.

Yours sincerely,

Ragnhild Osei-Berg
Secretary General, Harbour Metrology Council
"""


@pytest.mark.parametrize(
    "subject",
    [
        "Re: Letter of Understanding - cooperation on tide data formats",
        "Subject: Letter of Understanding between HMC and OBC",
        "RE:  MEMORANDUM OF UNDERSTANDING ON TIDE DATA",
    ],
    ids=["re", "subject", "capitals"],
)
def test_a_letters_subject_line_names_a_memorandum(tmp_path: Path, subject: str) -> None:
    text = (
        "HARBOUR METROLOGY COUNCIL\n12 Quay Street, Bergen, Norway\nwww.hmc.example\n\n12 August 2026\n\n"
        f"Dr. Ana Okonkwo-Lind\nChair, Open Buoy Consortium\nHalifax, Canada\n\n{subject}\n\n{LETTER_BODY}"
    )
    assert extracted(tmp_path, text, "letter.txt").kind == "MemorandumOfUnderstanding"


BALLOT_ROWS = [
    ("Title", "Approve Addendum 1 to the HMC-OBC Work Register"),
    ("Ballot Type", "Approval (Yes / No / Abstain)"),
    ("Status", "Closed"),
]
BALLOT_QUESTION = (
    "Does the Board approve Addendum 1 to the work register between the Harbour Metrology Council (HMC) "
    "and the Open Buoy Consortium (OBC)? Work item 2 moves to Q3 2027; work item 3 is withdrawn."
)


def ballot_html() -> str:
    rows = "".join(f"<tr><th>{k}</th><td>{v}</td></tr>" for k, v in BALLOT_ROWS)
    return (
        "<html><body><div>Logged in as: Brandvik, Tove | <a>My Account</a> | <a>Logout</a></div>"
        "<div>Member Workspace</div><h2>Ballot Details</h2>"
        f"<table>{rows}</table><h3>Question</h3><p>{BALLOT_QUESTION}</p></body></html>"
    )


def ballot_text() -> str:
    rows = "\n".join(f"{k}: {v}" for k, v in BALLOT_ROWS)
    portal = "Logged in as: Brandvik, Tove | My Account | Logout\nMember Workspace\nBallot Details"
    return f"{portal}\n\n{rows}\n\n{BALLOT_QUESTION}\n"


@pytest.mark.parametrize(
    "make, name", [(ballot_html, "ballot.html"), (ballot_text, "ballot.txt")], ids=["html", "text"]
)
def test_a_records_title_field_names_an_addendum(tmp_path: Path, make, name: str) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(), name).kind == "RegisterAddendum"


# --- a forwarded e-mail carrying a register -------------------------------------------------------------

FORWARDED_HEADERS = {
    "gmail": (
        "11/4/26, 9:12 AM            Mail - Fwd: HMC / OBC work register, rev. 2 for review\n\n"
        "Ingrid Solheim <ingrid@fjordmail.example>\n\n"
        "Fwd: HMC / OBC work register, rev. 2 for review\n\n"
        "Jon Arneberg <jon@hmc.example>                 Tue, Nov 3, 2026 at 4:12 PM\n"
        "To: Ingrid Solheim <ingrid@fjordmail.example>\n\n"
        "Ingrid, rev. 2 below; comments to me by Friday please.\n\n"
        "---------- Forwarded message ---------\n"
        "From: HMC Liaison Desk <liaison@hmc.example>\nDate: Fri, Oct 30, 2026 at 6:47 PM\n"
        "Subject: HMC / OBC work register, rev. 2 for review\nTo: <tide-liaison@hmc.example>\n"
    ),
    "outlook": (
        "From: HMC Liaison Desk <liaison@hmc.example>\nSent: Friday, October 30, 2026 6:47 PM\n"
        "To: tide-liaison@hmc.example\nSubject: FW: HMC / OBC Work Register rev. 2 - for review\n"
    ),
}


@pytest.mark.parametrize("header", FORWARDED_HEADERS.values(), ids=FORWARDED_HEADERS.keys())
def test_a_forwarded_register_is_a_register_not_a_liaison(tmp_path: Path, header: str) -> None:
    text = f"{header}\n\nHMC / OBC WORK REGISTER\nRevision 2 - DRAFT FOR REVIEW\n\n{register_body()}"
    assert extracted(tmp_path, text, "mail.txt").kind == "WorkRegister"


# --- a kind's words naming the frame or the occasion, not the document ---------------------------------


@pytest.mark.parametrize(
    "second_line",
    [
        "Work register under the Cooperation Agreement between HMC and OBC",
        "Joint work plan pursuant to the Memorandum of Understanding of 2024",
        "Register of joint work items kept under the HMC-OBC Liaison Agreement",
    ],
    ids=["under", "pursuant-to", "kept-under"],
)
def test_the_agreement_a_register_is_kept_under_does_not_make_it_a_memorandum(
    tmp_path: Path, second_line: str
) -> None:
    text = f"HMC / OBC - Tide data\n{second_line}\n\n{register_body()}"
    assert extracted(tmp_path, text, "register.txt").kind == "WorkRegister"


@pytest.mark.parametrize(
    "status",
    [
        "DRAFT 0.4 - circulated 2026/02/24 for the joint call - NOT APPROVED",
        "Draft prepared for the next joint meeting",
        "Version for discussion at the liaison call of 3 March",
    ],
    ids=["for-the-call", "for-the-meeting", "at-the-call"],
)
def test_the_meeting_a_draft_is_sent_for_does_not_make_it_minutes(tmp_path: Path, status: str) -> None:
    text = f"HMC / OBC Work Register (draft)\n{status}\n\n{register_body()}"
    assert extracted(tmp_path, text, "register.txt").kind == "WorkRegister"


RECAP_NOTES = """Thursday, October 8, 2026 - 15:00 to 16:00 CEST
Organizer: Jon Arneberg - Invited 9 - Attended 7
Shared with the Harbour Metrology Council (HMC) and Open Buoy Consortium (OBC) liaison channel.

Notes

- Jon Arneberg (HMC Tide Gauge Working Group) reported on the glossary draft.
- Ana Okonkwo-Lind (OBC Telemetry Task Force) asked for the buoy field list.
- Both sides keep the current units of measure.
"""


@pytest.mark.parametrize(
    "title",
    [
        "Recap: HMC x OBC - tide data liaison sync (October)",
        "HMC / OBC weekly sync",
        "Meeting recap - HMC and OBC tide data",
    ],
    ids=["recap-sync", "weekly-sync", "meeting-recap"],
)
@pytest.mark.parametrize("name", ["recap.md", "recap.txt"])
def test_a_syncs_recap_is_a_meeting_record(tmp_path: Path, title: str, name: str) -> None:
    head = f"# {title}" if name.endswith(".md") else title
    assert extracted(tmp_path, f"{head}\n\n{RECAP_NOTES}", name).kind == "MeetingRecord"


# --- a committee's liaisons page is no register ---------------------------------------------------------

LIAISONS_PAGE = [
    ("Scope", ["Standardization of tide gauge data and of the telemetry of moored buoys."]),
    (
        "Organizations in liaison",
        [
            "Open Buoy Consortium (OBC)",
            "Fjord Sensor Society (FSS)",
            "Kelp Telemetry Consortium (KTC)",
        ],
    ),
    ("Contact us", ["Secretariat: tide-secretariat@hmc.example"]),
]


def liaisons_page(markdown: bool) -> str:
    parts = [
        "# HMC Technical Committee 7 - Tide data" if markdown else "HMC Technical Committee 7 - Tide data"
    ]
    for heading, lines in LIAISONS_PAGE:
        parts.append(f"## {heading}" if markdown else heading)
        parts.append("\n".join(f"- {line}" for line in lines) if len(lines) > 1 else lines[0])
    return "Standards\nSectors\nAbout HMC\n\n" + "\n\n".join(parts) + "\n"


@pytest.mark.parametrize("markdown", [False, True], ids=["text", "markdown"])
def test_a_committees_liaisons_page_without_work_items_is_a_page(tmp_path: Path, markdown: bool) -> None:
    name = "page.md" if markdown else "page.txt"
    assert extracted(tmp_path, liaisons_page(markdown), name).kind == "AlliancePage"


# --- the news of a signed or renewed agreement ----------------------------------------------------------

RENEWAL_LEADS = [
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) have renewed the cooperation "
    "agreement that lets OBC telemetry specifications feed into HMC standards. The renewed agreement was "
    "signed on 12 November 2026 and takes effect on 1 January 2027 for four years.",
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) today signed a cooperation "
    "agreement on tide data. The agreement runs for three years.",
    "A memorandum of understanding between the Harbour Metrology Council (HMC) and the Open Buoy "
    "Consortium (OBC) was signed in Bergen on 4 May 2026.",
]


@pytest.mark.parametrize("lead", RENEWAL_LEADS, ids=["renewed", "signed-today", "was-signed"])
@pytest.mark.parametrize("name", ["news.txt", "news.md"])
def test_the_news_of_a_signed_agreement_is_a_memorandum(tmp_path: Path, lead: str, name: str) -> None:
    head = "NEWS | Nov 24, 2026 | Standards, Cooperation"
    title = "HMC and OBC strengthen their cooperation on tide data"
    title = f"# {title}" if name.endswith(".md") else title
    text = f"{head}\n\n{title}\n\nBergen, Norway - {lead}\n\nBoth bodies will review each other's drafts.\n"
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"
