"""A mail's header in a Markdown paragraph (issue 12, point 9, session 30, engineer L): without hard breaks
the reader runs "Subject:", "From:", "Date:" and "To:" into one line, and the liaison header's test read only
the first field of a line, so a chair's mail to another body's committee written in Markdown was refused as
speaking of no alliance (the same mail in plain text is a liaison statement). The fields run together are
read as the header's. The wordings are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import run_together_fields

MAIL = (
    "Subject: Comments on the vehicle messaging draft\nFrom: Mara Kovac <mk@post.example>\n"
    "Date: Tue, 3 Nov 2026 10:02:11 +0100\nTo: ETSI TC ITS <tcits@etsi.example>\n\n"
    "Dear TC ITS members,\n\nThe IEEE 802.11 Working Group reviewed your draft. {ask}\n\n"
    "Kind regards,\n\nMara Kovac\nChair, IEEE 802.11 Working Group\n"
)


@pytest.mark.parametrize(
    "ask",
    [
        "We would appreciate it if TC ITS could take our comments into account.",
        "Please send any comments on the attached draft by 30 January 2027.",
    ],
)
def test_a_markdown_mail_header_makes_a_liaison_statement(tmp_path: Path, ask: str) -> None:
    assert extracted(tmp_path, MAIL.format(ask=ask), "mail.md").kind == "LiaisonStatement"


def test_the_fields_run_together() -> None:
    line = "Subject: LS on the glossary From: HMC Tide Group To: OBC Purpose: For action"
    assert run_together_fields(line) == {"from", "to", "purpose"}
    assert run_together_fields("The group met. From: now on, it meets monthly.") == set()
