"""A committee chair's mail to another body's committee is a liaison statement (issue 12 point 9, session 29,
round 2, engineer K, at engineer B's request; B's real probe: an IEEE 802 chair's mail to a JTC 1
subcommittee, /work/s29/real-b).

With From and To (or "Dear ..."), the mail asks the addressee to act in its own words ("X asks Y to
circulate ...", "we request the Working Party to consider ...") or welcomes its answer ("Comments from Y are
welcome until ..."), without the words "for action" or "liaison": it was read as an alliance page. The bodies
are real, the people and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEADERS = {
    "mail": (
        "Subject: {subject}\nFrom: Ines Varga-Holt <ivh@chair.example>\n"
        "Date: Tue, 3 Nov 2026 10:02:11 +0100\n"
        "To: {to} Secretariat <secretariat@committee.example>\n\n"
    ),
    "fields": "{subject}\n\nFrom: {sender}\nTo: {to}\nDate: 3 November 2026\n\n",
    "markdown": "# {subject}\n\n**From:** {sender}  \n**To:** {to}  \n**Date:** 3 November 2026\n\n",
}
CASES = [
    (
        "IEEE 802 view on the revision of ISO/IEC/IEEE 8802-3",
        "IEEE 802 LAN/MAN Standards Committee",
        "ISO/IEC JTC 1/SC 6",
        "Dear SC 6 colleagues,\n\nThe IEEE 802 Executive Committee approved the attached view on the "
        "revision of ISO/IEC/IEEE 8802-3.\n\nIEEE 802 asks SC 6 to circulate the view to its national "
        "bodies. "
        "Comments "
        "from SC 6 are welcome until 20 January 2027.\n\nRegards,\n\nInes Varga-Holt\nChair, IEEE 802",
    ),
    (
        "Update on optical transport work in the IETF",
        "IETF CCAMP Working Group",
        "ITU-T Study Group 15",
        "Dear Study Group 15 colleagues,\n\nThe IETF CCAMP working group has published two documents on "
        "optical transport control that ITU-T Study Group 15 may find of interest.\n\nWe request the "
        "Study Group to consider them at its next meeting; your feedback would be appreciated.\n\nRegards,"
        "\n\nInes Varga-Holt\nCCAMP co-chair",
    ),
]


@pytest.mark.parametrize("layout", sorted(HEADERS))
@pytest.mark.parametrize("case", range(len(CASES)))
def test_a_chair_mail_asking_the_other_committee_is_a_statement(
    tmp_path: Path, layout: str, case: int
) -> None:
    subject, sender, to, body = CASES[case]
    text = HEADERS[layout].format(subject=subject, sender=sender, to=to) + body + "\n"
    name = "a.md" if layout == "markdown" else "a.txt"
    assert extracted(tmp_path, text, name).kind == "LiaisonStatement"


def test_a_page_welcoming_comments_without_a_header_stays_a_page(tmp_path: Path) -> None:
    text = (
        "IEEE and ISO/IEC JTC 1 cooperation\n\nIEEE and ISO/IEC JTC 1 work together under a cooperation "
        "agreement: SC 6 adopts IEEE 802 standards as ISO/IEC/IEEE 8802 standards.\n\nComments on this page "
        "are welcome.\n"
    )
    assert extracted(tmp_path, text, "a.txt").kind == "AlliancePage"
