"""Layout invariance of PARTIES (session 20, tuner K): documents that name their two parties where the
kind's own rules did not look, and were given none.

- A memorandum whose title is set one phrase a line ("MEMORANDUM OF UNDERSTANDING" / "BETWEEN" / "THE
  HARBOUR METROLOGY COUNCIL" / "AND" / ...), so that its opening blocks are spent before the paragraph
  that names the parties and defines them ("..., hereinafter referred to as "the Parties"").

Every body is invented; the layout in three variants of the defining phrase, the parties written before
the rules ran.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

PARTIES = {"hmc", "obc"}


def party_acronyms(tmp_path: Path, text: str, name: str) -> set[str]:
    record = extracted(tmp_path, text, name)
    return {folded(entity.acronym or entity.label) for entity, _ in record.parties}


SPREAD_TITLE = """                      MEMORANDUM OF UNDERSTANDING

                               BETWEEN

                   THE HARBOUR METROLOGY COUNCIL

                                 AND

                     THE OPEN BUOY CONSORTIUM

                                 FOR

             COOPERATION ON TIDE AND WAVE MEASUREMENT
                        AND DATA EXCHANGE


"""

DEFINING_PARAGRAPHS = {
    "hereinafter": """The Harbour Metrology Council (HMC), a body for tide gauge calibration, and the Open
Buoy Consortium (OBC), hereinafter referred to as "the Parties";
""",
    "together": """The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) (together the
"Parties", and each a "Party"),
""",
    "collectively": """This Memorandum is made by the Harbour Metrology Council (HMC) and the Open Buoy
Consortium (OBC), collectively referred to as the Parties.
""",
}

MOU_BODY = """
Recognizing that both Parties publish guidance on tide gauge data;

Have agreed as follows:

ARTICLE 1 - OBJECTIVE

The Parties will cooperate on calibration guidance for tide gauges and on buoy data formats.

ARTICLE 2 - DURATION

This Memorandum takes effect on signature and remains in force for three years.
"""


@pytest.mark.parametrize("variant", sorted(DEFINING_PARAGRAPHS))
def test_the_paragraph_defining_the_parties_names_them_under_a_spread_title(
    tmp_path: Path, variant: str
) -> None:
    text = SPREAD_TITLE + DEFINING_PARAGRAPHS[variant] + MOU_BODY
    assert party_acronyms(tmp_path, text, "mou.txt") == PARTIES


# A joint letter: the two senders in its letterhead (side by side, or one a line), the recipient in its
# "To:" field; the statement's own rules read the recipient alone (no "From:" field names the senders)
JOINT_LETTERHEADS = {
    "side-by-side": "Harbour Metrology Council (HMC)                  Open Buoy Consortium (OBC)\n\n\n",
    "one-a-line": "Harbour Metrology Council (HMC)\nOpen Buoy Consortium (OBC)\n\n\n",
    "joined": "Harbour Metrology Council (HMC) | Open Buoy Consortium (OBC)\n\n\n",
}

JOINT_LETTER = """Chair of the Tide Gauge Working Group

Ilse Brandtvik-Moor



To:       Secretary, Pacific Tide Commission

Subject:  Joint comments on the draft buoy data standard

Date:     3 March 2026


Dear Secretary,

Our two bodies have reviewed the draft and send the comments below for action by the Pacific Tide
Commission before its plenary. We ask the Commission to consider the tide gauge terms we have aligned.

Yours sincerely,

Ilse Brandtvik-Moor
"""


@pytest.mark.parametrize("letterhead", sorted(JOINT_LETTERHEADS))
def test_a_joint_letter_s_senders_in_its_letterhead_are_parties_with_its_recipient(
    tmp_path: Path, letterhead: str
) -> None:
    record = extracted(tmp_path, JOINT_LETTERHEADS[letterhead] + JOINT_LETTER, "letter.txt")
    labels = {folded(entity.label) for entity, _ in record.parties}
    assert labels >= {"harbour metrology council", "open buoy consortium"}
