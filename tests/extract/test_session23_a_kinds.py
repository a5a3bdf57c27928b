"""Layout invariance of KINDS (issue 12, point 9, session 23, tuner A): two layouts the fresh dev documents
of session 23 were misread in.

- a liaison written as an office memo: "MEMORANDUM", then TO / FROM / DATE / RE lines, the subject naming
  the liaison ("RE: Liaison - ...") or a "Response requested by:" line: a liaison statement (it was read
  as a page about the two bodies);
- a peer-reviewed event's call for papers: a title that says so, how papers are submitted and when their
  authors hear back; it names its sponsors ("technically co-sponsored by", "in cooperation with") and the
  standards of its topics, and states no alliance between them: refused (it was read as a meeting record).

A joint workshop's page that calls for contributions without a review of papers, and a memo about no
liaison, keep their readings. Every body is invented; each document is written in three variants of its
layout, with the expected outcome written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import titled
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

MEMO_FIELDS = [
    ("TO", "Kelpwave Consortium Buoy Telemetry Task Force"),
    ("FROM", "Fjordlight Sensor Alliance (FSA) Tide Data Working Group"),
    ("DATE", "June 9, 2026"),
]
MEMO_BODY = [
    "The FSA Tide Data Working Group is writing a profile for buoy records that carry Kelpwave telemetry "
    "frames.",
    "We ask the Task Force whether the reserved frame bits may carry the tide gauge status, and whether it "
    "would review our field table before our ballot.",
    "Please reply to Ingrid Solvik-Amadi, FSA liaison officer (ingrid.sa@fsa.example).",
]


def memo_text(*subject: tuple[str, str]) -> str:
    fields = [*MEMO_FIELDS, *subject]
    return (
        "                      MEMORANDUM\n\n"
        + "\n".join(f"{label + ':':<10}{value}" for label, value in fields)
        + "\n\n"
        + "\n\n".join(MEMO_BODY)
        + "\n"
    )


def memo_markdown(*subject: tuple[str, str]) -> str:
    fields = [*MEMO_FIELDS, *subject]
    return (
        "# MEMORANDUM\n\n"
        + "\n".join(f"**{label}:** {value}  " for label, value in fields)
        + "\n\n"
        + "\n\n".join(MEMO_BODY)
        + "\n"
    )


def memo_html(*subject: tuple[str, str]) -> str:
    fields = [*MEMO_FIELDS, *subject]
    rows = "".join(f"<p><b>{label}:</b> {value}</p>" for label, value in fields)
    body = "".join(f"<p>{line}</p>" for line in MEMO_BODY)
    return f"<html><body><h1>MEMORANDUM</h1>{rows}<hr>{body}</body></html>"


MEMOS = [(memo_text, "memo.txt"), (memo_html, "memo.html"), (memo_markdown, "memo.md")]


@pytest.mark.parametrize("make, name", MEMOS, ids=["text", "html", "markdown"])
@pytest.mark.parametrize(
    "subject",
    [
        ("RE", "Liaison - tide gauge status in Kelpwave telemetry frames"),
        ("Re", "Liaison on tide gauge status bits"),
        ("Regarding", "Liaison: reserved frame bits"),
    ],
    ids=["RE", "Re", "Regarding"],
)
def test_a_memo_whose_subject_is_a_liaison_is_a_liaison_statement(
    tmp_path: Path, make, name, subject
) -> None:  # type: ignore[no-untyped-def]
    assert extracted(tmp_path, make(subject), name).kind == "LiaisonStatement"


@pytest.mark.parametrize("make, name", MEMOS, ids=["text", "html", "markdown"])
def test_a_memo_that_asks_for_a_response_by_a_date_is_a_liaison_statement(tmp_path: Path, make, name) -> None:  # type: ignore[no-untyped-def]
    text = make(("RESPONSE REQUESTED BY", "August 31, 2026"), ("RE", "Tide gauge status bits"))
    assert extracted(tmp_path, text, name).kind == "LiaisonStatement"


def test_a_memo_about_no_liaison_keeps_its_reading(tmp_path: Path) -> None:
    """The memo's fields alone make no statement: one with neither a liaison subject nor a reply field, about
    travel to a meeting, names one body and is refused as before."""
    text = (
        "MEMORANDUM\n\nTO:       Standards staff\nFROM:     Fjordlight Sensor Alliance (FSA) office\n"
        "DATE:     June 9, 2026\nRE:       Travel to the June plenary\n\nBook hotels through the office.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "memo.txt")


CALL_PARTS = [
    "Technically co-sponsored by the Fjordlight Sensor Alliance (FSA).",
    "In cooperation with the Kelpwave Consortium Buoy Telemetry Task Force.",
    "The workshop invites original papers on tide data exchange between buoys built to different "
    "standards, including the FSA Tide Record Format 2.0 and Kelpwave telemetry frames.",
]
CALL_DATES = [
    ("Paper submission deadline", "15 January 2027"),
    ("Notification of acceptance", "1 March 2027"),
    ("Camera-ready papers", "22 March 2027"),
]


def call_text(title: str) -> str:
    dates = "\n".join(f" {label} ..... {value}" for label, value in CALL_DATES)
    return f"{title}\n\n" + "\n".join(CALL_PARTS) + f"\n\nIMPORTANT DATES\n{dates}\n"


def call_markdown(title: str) -> str:
    dates = "\n".join(f"| {label} | {value} |" for label, value in CALL_DATES)
    return (
        f"# {title}\n\n"
        + "\n\n".join(CALL_PARTS)
        + f"\n\n## Important dates\n\n| What | When |\n|---|---|\n{dates}\n"
    )


def call_html(title: str) -> str:
    dates = "".join(f"<li>{label}: {value}</li>" for label, value in CALL_DATES)
    parts = "".join(f"<p>{p}</p>" for p in CALL_PARTS)
    return f"<html><body><h1>{title}</h1>{parts}<h2>Important dates</h2><ul>{dates}</ul></body></html>"


@pytest.mark.parametrize(
    "make, name",
    [(call_text, "cfp.txt"), (call_markdown, "cfp.md"), (call_html, "cfp.html")],
    ids=["text", "markdown", "html"],
)
@pytest.mark.parametrize(
    "title",
    [
        "CALL FOR PAPERS - 3rd Workshop on Buoy Data Interoperability",
        "Buoy Data Workshop 2027: Call for Papers",
        "CFP: Tide Data Exchange Workshop",
    ],
)
def test_a_call_for_papers_is_about_no_alliance(tmp_path: Path, make, name, title) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(NotAnAllianceDocument, match="call for papers"):
        extracted(tmp_path, make(title), name)


def test_a_joint_workshop_calling_for_contributions_is_still_accepted(tmp_path: Path) -> None:
    """Two bodies organising a workshop together, with a call for contributions and no review of papers."""
    text = (
        "# FSA / Kelpwave joint workshop on tide data\n\nThe Fjordlight Sensor Alliance (FSA) and the "
        "Kelpwave Consortium hold a joint workshop under their liaison agreement. Call for contributions: "
        "members of both organizations may send a short talk on tide data exchange.\n\n## Outcomes\n\n"
        "- A joint gap analysis of the two telemetry formats (target Q3 2027)\n"
    )
    assert extracted(tmp_path, text, "workshop.md").kind != "NotAlliance"


# --- "works with": a body working with another, in words no pattern of partnership had --------------------

WORKING = [
    "The Kelpwave Consortium (KWC) works with the Fjordlight Sensor Alliance (FSA) on open tide records.",
    "Since 2024 the Kelpwave Consortium Buoy Telemetry Task Force has worked closely with the Fjordlight "
    "Sensor Alliance (FSA).",
    "The Fjordlight Sensor Alliance (FSA) Tide Data Working Group is working with the Kelpwave Consortium "
    "(KWC) on its frame format.",
]


@pytest.mark.parametrize("sentence", WORKING, ids=["works", "worked-closely", "unit-working"])
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_body_that_works_with_another_speaks_of_an_alliance(
    tmp_path: Path, sentence: str, suffix: str
) -> None:
    title = "Tide records: who does what"
    text, name = titled(suffix, title, [sentence], stem="page")
    assert extracted(tmp_path, text, name).kind != "NotAlliance"


def test_a_product_that_works_with_bodies_formats_is_still_refused(tmp_path: Path) -> None:
    """A product "works with" the bodies' formats: no body before the verb, no alliance."""
    text = (
        "Tarrow TG-2 tide gauge\n\nThe gauge works with the Kelpwave Consortium (KWC) frames and stores "
        "records in the format of the Fjordlight Sensor Alliance (FSA).\n\nPrice: on request.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "datasheet.txt")


# --- an agreement written by its abbreviation or as a letter of intent; a mail asking for comments -------

AGREEMENT_LEADS = [
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) signed an MoU on 3 March 2026 "
    "on tide records.",
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) sign this Letter of Intent on "
    "tide records.",
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) publish this statement of intent "
    "on tide records.",
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) accept each other's test reports "
    "under a mutual recognition arrangement.",
]


@pytest.mark.parametrize("lead", AGREEMENT_LEADS, ids=["MoU", "letter-of-intent", "statement", "recognition"])
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_an_agreement_named_by_its_abbreviation_or_as_intent_speaks_of_an_alliance(
    tmp_path: Path, lead: str, suffix: str
) -> None:
    title = "Tide records"
    text, name = titled(suffix, title, [lead], stem="news")
    assert extracted(tmp_path, text, name).kind != "NotAlliance"


def test_mou_in_small_letters_is_no_agreement(tmp_path: Path) -> None:
    """French "mou" (soft) is a word, not the abbreviation: a text that names two bodies and no agreement is
    still refused."""
    text = (
        "Capteur TG-2\n\nLe boîtier mou du capteur respecte le format du Kelpwave Consortium (KWC) et les "
        "enregistrements de la Fjordlight Sensor Alliance (FSA).\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "fiche.txt")


MAIL_FIELDS = [
    ("From", "Kelpwave Consortium (KWC) Buoy Working Group"),
    ("To", "Fjordlight Sensor Alliance (FSA) Tide Committee"),
    ("Subject", "Draft tide record format v2"),
]
MAIL_BODY = "Please send any comments on the attached draft by 30 April 2026."


@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_mail_between_two_bodies_asking_for_comments_is_a_liaison_statement(
    tmp_path: Path, suffix: str
) -> None:
    text = {
        "txt": "\n".join(f"{k}: {v}" for k, v in MAIL_FIELDS) + f"\n\n{MAIL_BODY}\n",
        "md": "\n".join(f"**{k}:** {v}  " for k, v in MAIL_FIELDS) + f"\n\n{MAIL_BODY}\n",
        "html": "<html><body>"
        + "".join(f"<p><b>{k}:</b> {v}</p>" for k, v in MAIL_FIELDS)
        + f"<p>{MAIL_BODY}</p></body></html>",
    }[suffix]
    assert extracted(tmp_path, text, f"mail.{suffix}").kind == "LiaisonStatement"


# --- two bodies acting together, in words of no partnership ------------------------------------------------

TOGETHER = [
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) will develop a common tide "
    "record profile by 2027.",
    "In March 2026, the Kelpwave Consortium and the Fjordlight Sensor Alliance launched a common tide record "
    "profile.",
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) agreed to exchange drafts of "
    "their tide record formats.",
    "The Kelpwave Consortium (KWC) and the Fjordlight Sensor Alliance (FSA) co-develop the tide record "
    "profile.",
    "The Kelpwave Consortium (KWC) has teamed up with the Fjordlight Sensor Alliance (FSA) on tide records.",
    "The Kelpwave Consortium (KWC) has joined forces with the Fjordlight Sensor Alliance (FSA) on tide "
    "records.",
]


@pytest.mark.parametrize(
    "sentence",
    TOGETHER,
    ids=["will-develop", "launched", "agreed-to", "co-develop", "teamed-up", "joined-forces"],
)
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_two_bodies_acting_together_speak_of_an_alliance(tmp_path: Path, sentence: str, suffix: str) -> None:
    title = "Tide records"
    text, name = titled(suffix, title, [sentence], stem="news")
    assert extracted(tmp_path, text, name).kind != "NotAlliance"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kelpwave Consortium (KWC) and Fjordlight Sensor Alliance (FSA) formats are supported.",
        "Panellists from the Harbour Data Union, the Kelpwave Consortium and the Fjordlight Sensor Alliance "
        "launched the discussion.",
    ],
    ids=["adjectives", "a-list-of-panellists"],
)
def test_bodies_named_together_without_acting_together_are_still_refused(
    tmp_path: Path, sentence: str
) -> None:
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, f"TG-2 tide gauge\n\n{sentence}\n", "sheet.txt")


# --- a title or heading that pairs two bodies --------------------------------------------------------------

SLIDE_BODY = "Status\n- Profile draft v2 circulated\n- Test event planned for May 2026\n"


@pytest.mark.parametrize(
    "pair",
    [
        "Kelpwave Consortium (KWC) x Fjordlight Sensor Alliance (FSA)",
        "Kelpwave Consortium & Fjordlight Sensor Alliance",
        "Kelpwave Consortium (KWC) / Fjordlight Sensor Alliance (FSA)",
        "Kelpwave Consortium \u2013 Fjordlight Sensor Alliance",
    ],
    ids=["x", "ampersand", "slash", "dash"],
)
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_title_pairing_two_bodies_speaks_of_their_alliance(tmp_path: Path, pair: str, suffix: str) -> None:
    text = {
        "txt": f"Slide 1\n{pair}\nTide records update\n\nSlide 2\n{SLIDE_BODY}",
        "md": f"# {pair}\n\n## Tide records update\n\n{SLIDE_BODY}",
        "html": f"<html><body><h1>{pair}</h1><h2>Tide records update</h2><p>Profile draft v2 circulated.</p>"
        "</body></html>",
    }[suffix]
    assert extracted(tmp_path, text, f"deck.{suffix}").kind != "NotAlliance"


def test_a_standard_numbered_after_two_bodies_pairs_none(tmp_path: Path) -> None:
    """ "Kelpwave Consortium - Fjordlight Sensor Alliance 4021 certificate": a standard's number after the
    pair, one product's certificate, no alliance."""
    text = (
        "# Kelpwave Consortium - Fjordlight Sensor Alliance 4021 certificate\n\nThe TG-2 gauge meets the "
        "requirements of the standard.\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "certificate.md")


# --- a meeting's title below a long header ------------------------------------------------------------------

HEADER_LINES = [
    "Unclassified                                   FSA/TDC/WP(2026)1/FINAL",
    "English - Or. English",
    "17 March 2026",
    "DIRECTORATE FOR OCEAN DATA",
    "TIDE DATA COMMITTEE",
    "Working Party on Tide Records",
]
RECORD_BODY = (
    "The Fjordlight Sensor Alliance (FSA) Working Party on Tide Records met the Kelpwave Consortium (KWC) "
    "Buoy Task Force.\n\n1. The draft tide record profile was presented.\n"
)


@pytest.mark.parametrize(
    "title",
    ["Summary Record of the Joint Session with the Kelpwave Consortium", "Minutes of the KWC-FSA meeting"],
)
@pytest.mark.parametrize("suffix", ["txt", "md", "html"])
def test_a_meetings_title_below_a_long_header_names_its_kind(tmp_path: Path, title: str, suffix: str) -> None:
    lines = [*HEADER_LINES, title, "24 February 2026", "Conference Centre, Bergen, and virtual"]
    text = {
        "txt": "\n\n".join(lines) + "\n\n" + RECORD_BODY,
        "md": "\n\n".join(f"**{line}**" for line in lines) + "\n\n" + RECORD_BODY,
        "html": "<html><body>" + "".join(f"<p><b>{line}</b></p>" for line in lines) + f"<p>{RECORD_BODY}</p>"
        "</body></html>",
    }[suffix]
    assert extracted(tmp_path, text, f"record.{suffix}").kind == "MeetingRecord"


def test_a_register_below_the_same_header_stays_a_register(tmp_path: Path) -> None:
    """The header's lines name no meeting: a register's title below them keeps its kind."""
    lines = [*HEADER_LINES, "FSA - KWC Joint Work Register", "Version 2, 24 February 2026"]
    text = (
        "\n\n".join(lines)
        + "\n\nOrganizations: Fjordlight Sensor Alliance (FSA); Kelpwave Consortium (KWC).\n\nMilestones\n\n"
        "1. Tide record profile v2 - Q3 2026\n2. Buoy frame mapping - Q1 2027\n\nApproval\n\n"
        "Approved by both boards on 20 February 2026.\n"
    )
    assert extracted(tmp_path, text, "register.txt").kind == "WorkRegister"
