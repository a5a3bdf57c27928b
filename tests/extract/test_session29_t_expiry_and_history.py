"""Dates that are not the day a document was published (issue 12, point 9, session 29, engineer T, at
engineers C's and D's requests). An Internet-Draft says on its head and at the foot of each page when it
lapses ("Expires: September 3, 2026", "Example   Expires September 3, 2026   [Page 1]"): a page's foot was
read as its date of publishing. A revision history opening a document ("0. Revision History" over "0.0
Initial Revision - 9/4/2012") dates each revision: its first row was read as the document's issue. An
expiry's date is never the day of publishing, whichever rule reads it; the rows under a revision history's
heading give no issue date. The wordings are invented (IETF drafts and IEEE/IETF coordination notes set
them so); the bodies are real.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.document_dates import issue_date

BODY = """
        Coordination of the IETF and the IEEE 802.1 WG on Deterministic Networking
                     draft-example-detnet-tsn-coordination-00

Abstract

   This memo describes how the IETF DetNet working group and the IEEE
   802.1 Working Group exchange liaison statements on their joint work.

1.  Introduction

   The IETF and the IEEE 802.1 Working Group agreed to coordinate their
   work on deterministic networking.
"""
HEADS = {
    "words": "Internet-Draft\nExpires: 3 September 2026\n",
    "iso": "Internet-Draft\nExpires: 2026-09-03\n",
    "fields": "Document: draft-example-00\nStatus: Internet-Draft\nExpires: 2026-09-03\n",
}
FEET = {
    "month-first": "Example                 Expires September 3, 2026               [Page 1]",
    "day-first": "Example & Sample         Expires 3 September 2026                [Page 1]",
    "expiry-date": "Example                  Expiry date: 2026-09-03                  [Page 1]",
}


def published(tmp_path: Path, text: str) -> set[str]:
    return {fact.value for fact in extracted(tmp_path, text, "draft.txt").dates if fact.role == "published"}


@pytest.mark.parametrize("head", HEADS)
@pytest.mark.parametrize("foot", FEET)
def test_an_expiry_is_no_day_of_publishing(tmp_path: Path, head: str, foot: str) -> None:
    assert "2026-09-03" not in published(tmp_path, HEADS[head] + BODY + "\n\n\n" + FEET[foot] + "\n")


HISTORY = {
    "numbered": "0. Revision History\n\n0.0 Initial Revision - 9/4/2012\n0.1 revised after the call\n",
    "plain": "Document history\n\nRevision 1 - 4 September 2012\nRevision 2 - revised after the call\n",
    "change-log": "Change log:\n\nv0.1, 2012-09-04: first draft\nv0.2: revised after the call\n",
}


@pytest.mark.parametrize("history", HISTORY)
def test_a_revision_historys_rows_give_no_issue_date(history: str) -> None:
    text = "Potential Areas of IETF and IEEE 802 Coordination\n\n" + HISTORY[history]
    assert issue_date(text, "AlliancePage") == []


def test_a_date_above_the_history_still_dates_the_document() -> None:
    text = "Potential Areas of IETF and IEEE 802 Coordination\nRevision 3 - 12 December 2012\n\n"
    facts = issue_date(text + HISTORY["plain"], "AlliancePage")
    assert [fact.value for fact in facts] == ["2012-12-12"]
