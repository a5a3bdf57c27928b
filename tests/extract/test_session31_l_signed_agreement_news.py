"""The news of an agreement signed, told as "have signed an agreement", under a comma dateline, is a
memorandum's news (issue 12 point 9, session 31, engineer L; real probes: a news site's item "ISO and IEEE
have signed an agreement to increase their cooperation", a standards body's news with "Brussels, 22 January
2014" on a line of its own). The lead's "signed an agreement" named no agreement the rules knew ("cooperation
agreement", "MoU"), and a dateline without a dash made no news item. A partner page recalling an agreement
stays a page; a signing still ahead announces none. Bodies real, texts invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

TITLE = "DMTF and SNIA strengthen cooperation on storage management"
LEADS = [
    "DMTF and SNIA have signed an agreement to work together on storage management standards for data centres"
    ".",
    "The Storage Networking Industry Association (SNIA) and DMTF signed a new agreement this week on joint "
    "test suites for storage management.",
    "DMTF and SNIA have concluded an agreement on the joint development of storage management profiles.",
]
DATELINES = ["Portland, 3 March 2027", "*Portland, March 3, 2027*", "PORTLAND, Oregon, 3 March 2027"]


def news(layout: str, dateline: str, lead: str) -> tuple[str, str]:
    more = "The two bodies will align their profiles and hold joint plugfests twice a year."
    if layout == "md":
        return f"# {TITLE}\n\n{dateline}\n\n{lead}\n\n{more}\n", "news.md"
    return f"{TITLE}\n\n{dateline.strip('*')}\n\n{lead}\n\n{more}\n", "news.txt"


@pytest.mark.parametrize("layout", ["txt", "md"])
@pytest.mark.parametrize("dateline", DATELINES)
@pytest.mark.parametrize("lead", LEADS)
def test_news_of_an_agreement_signed_is_a_memorandums(
    tmp_path: Path, layout: str, dateline: str, lead: str
) -> None:
    text, name = news(layout, dateline, lead)
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"


@pytest.mark.parametrize(
    "lead",
    [
        "DMTF and SNIA are expected to sign an agreement on storage management later this year.",
        "DMTF and SNIA have not signed an agreement yet; their groups exchange drafts informally.",
    ],
)
def test_a_signing_ahead_or_denied_announces_none(tmp_path: Path, lead: str) -> None:
    text, name = news("txt", DATELINES[0], lead)
    assert extracted(tmp_path, text, name).kind == "AlliancePage"


def test_a_partner_page_recalling_its_agreement_stays_a_page(tmp_path: Path) -> None:
    text = (
        "DMTF partnership with SNIA\n\nDMTF and SNIA have signed an agreement in 2009 to work together on "
        "storage management. Their groups meet every quarter.\n"
    )
    assert extracted(tmp_path, text, "page.txt").kind == "AlliancePage"


@pytest.mark.parametrize("credit", ["(Harbour News)", "(BUSINESS WIRE)", "(PRNewswire)", "(Tide Wire)"])
def test_a_lead_opening_with_a_news_services_credit_is_news(tmp_path: Path, credit: str) -> None:
    text = f"{TITLE}\n\nPosted: 3 March 2027\n\n{credit} {LEADS[0]}\n\nThe two bodies will meet in May.\n"
    assert extracted(tmp_path, text, "news.txt").kind == "MemorandumOfUnderstanding"


def test_a_bracketed_aside_in_a_page_is_no_credit(tmp_path: Path) -> None:
    text = (
        "DMTF partnership with SNIA\n\n(See also our other partners.) DMTF and SNIA have signed an agreement "
        "in 2009 to work together on storage management.\n"
    )
    assert extracted(tmp_path, text, "page.txt").kind == "AlliancePage"
