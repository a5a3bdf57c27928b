"""Kinds of three layouts left misread (issue 12, point 9, session 30, engineer L): a chair's mail to another
body's committee asking it in a letter's polite words ("We would appreciate it if TC X could ...", "TC X is
kindly requested to ...") is a liaison statement, not refused; a plain-text memo whose aligned "Re:" field
names an addendum ("Re:      Addendum 2 to the ... Work Register") is an addendum, not a page; a news item on
talks towards an agreement whose signing is still ahead ("... is expected to be signed in 2028", "will be
signed") is a page, not a memorandum, while one telling of a signing stays one. Wordings invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MAIL = """Subject: Comments on the vehicle messaging draft
From: Mara Kovac <mk@post.example>
Date: Tue, 3 Nov 2026 10:02:11 +0100
To: ETSI TC ITS <tcits@etsi.example>

Dear TC ITS members,

The IEEE 802.11 Working Group reviewed your draft on vehicle messaging at its November plenary. {ask}

1. The channel list should include the 5.9 GHz band.
2. The security annex should cite IEEE 802.11bd.

Kind regards,

Mara Kovac
Chair, IEEE 802.11 Working Group
"""
ASKS = [
    "We would appreciate it if TC ITS could take our comments below into account in its next revision.",
    "We would be grateful if the committee could consider the comments below at its next meeting.",
    "TC ITS is kindly requested to take the comments below into account.",
]


@pytest.mark.parametrize(
    ("ask", "name"), [(ASKS[1], "mail.txt"), (ASKS[2], "mail.txt"), (ASKS[0], "mail.md")]
)
def test_a_chair_mail_asking_politely_is_a_liaison_statement(tmp_path: Path, ask: str, name: str) -> None:
    text = MAIL.format(ask=ask)
    if name.endswith(".md"):  # (header lines ended by a hard break, as Markdown keeps them lines)
        head, rest = text.split("\n\n", 1)
        text = head.replace("\n", "  \n") + "\n\n" + rest
    record = extracted(tmp_path, text, name)
    assert record.kind == "LiaisonStatement"


MEMO = """MEMO

To:{gap}Members of the Steering Board
From:{gap}Secretariat, Open Buoy Consortium (OBC)
Date:{gap}4 May 2027
{label}:{gap}{subject}

This memo records {subject_in_text} between the Open Buoy Consortium (OBC) and the Harbour Metrology
Council (HMC). The changes were agreed at the joint steering meeting held on 28 April 2027 and take effect
on 1 June 2027.

1. Item 4 (tide data glossary) moves its target from Q2 2027 to Q4 2027.
2. A new item 7, a shared sensor calibration note, is added with a target of Q1 2028.

All other items of the register stand unchanged.
"""
MEMO_SUBJECTS = [
    ("Addendum 2 to the OBC - HMC Work Register", "Addendum 2 to the work register"),
    ("Amendment 1 to the OBC/HMC work register", "Amendment 1 to the work register"),
]


@pytest.mark.parametrize(
    ("gap", "label", "subject", "in_text"),
    [("      ", "Re", *MEMO_SUBJECTS[0]), ("          ", "Subject", *MEMO_SUBJECTS[1])],
)
def test_an_aligned_subject_naming_an_addendum_makes_an_addendum(
    tmp_path: Path, gap: str, label: str, subject: str, in_text: str
) -> None:
    text = MEMO.format(gap=gap, label=label, subject=subject, subject_in_text=in_text)
    assert extracted(tmp_path, text, "memo.txt").kind == "RegisterAddendum"


NEWS = """{headline}

Geneva, 9 June 2027 -- The Widget Forum and the Open Buoy Consortium (OBC) announced today that they have
opened talks on sensor data formats. Representatives of both bodies met on 8 June 2027 and agreed a
timeline for the talks.

{sentence}
"""
AHEAD = [
    "A memorandum of understanding is expected to be signed in early 2028.",
    "The cooperation agreement will be signed once both boards approve it.",
]


@pytest.mark.parametrize(
    ("sentence", "headline"),
    [
        (AHEAD[0], "Widget Forum and OBC open talks on data formats"),
        (AHEAD[1], "News: Widget Forum and OBC"),
    ],
)
def test_news_of_a_signing_still_ahead_is_a_page(tmp_path: Path, sentence: str, headline: str) -> None:
    text = NEWS.format(headline=headline, sentence=sentence)
    assert extracted(tmp_path, text, "news.txt").kind == "AlliancePage"


@pytest.mark.parametrize("sentence", ["The two bodies signed a memorandum of understanding on 8 June 2027."])
def test_news_of_a_signing_done_stays_a_memorandum(tmp_path: Path, sentence: str) -> None:
    text = NEWS.format(headline="Widget Forum and OBC", sentence=sentence)
    assert extracted(tmp_path, text, "news.txt").kind == "MemorandumOfUnderstanding"
