"""A news item about preparing an MoU is a page, not a memorandum (issue 12 point 9, session 29, round 2,
engineer K, at engineer C's request; C's real probe: a standards body's news item headlined with bodies
that "prepare" an MoU, /work/s29/real-c).

The headline named the agreement, so the item was read as the agreement itself; a verb of work towards an
agreement not yet made ("prepare", "plan to sign", "negotiating", "work towards") before its name makes it
the news of talks. A signing's headline and a draft agreement's own title stay memoranda. The bodies are
real, the events and wording invented; each headline in plain text and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.layouts import titled
from support.work_items import extracted

LAYOUTS = ["txt", "html"]
LINES = [
    "Geneva, 4 February 2027",
    "Delegates of the bodies met on 2 and 3 February 2027 to advance their cooperation on accessibility "
    "standards.",
    "The draft text and a first schedule of joint activities were discussed; a further meeting is planned "
    "with a view to signing the memorandum later in the year.",
]


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    "headline",
    [
        "ETSI, CEN and ANSI prepare MoU",
        "ITU and W3C plan to sign a Memorandum of Understanding on accessibility",
        "IEEE SA and ETSI working towards a cooperation agreement",
    ],
)
def test_a_headline_of_work_towards_an_mou_is_a_page(tmp_path: Path, layout: str, headline: str) -> None:
    text, name = titled(layout, headline, LINES)
    assert extracted(tmp_path, text, name).kind == "AlliancePage"


@pytest.mark.parametrize("headline", ["ETSI and ANSI sign MoU", "Draft MoU between ITU and W3C"])
def test_a_signing_or_a_draft_stays_a_memorandum(tmp_path: Path, headline: str) -> None:
    text, name = titled("txt", headline, LINES)
    assert extracted(tmp_path, text, name).kind == "MemorandumOfUnderstanding"
