"""A letter's writer saying whose liaison it is in a clause of its own, with no comma before the writer's "I"
("In my role as the IEEE SA liaison to ITU-R I attended the", its sentence going on on the next line), or
in a later paragraph of a long mail, names its body the sender and the other the addressee, whichever the
subject line names first (issue 12 point 9, session 33, engineer G2; a real IEEE 802 EC mail was read as
going from ITU-R to IEEE). Wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

FILLER = (
    "This is to let you know that a ten-day email ballot on a reply statement will start within days. "
    "The reply answers two statements received last month, which asked for views on a revision of the "
    "draft recommendation and on the timing of its adoption. The draft was discussed at length and "
    "several administrations spoke in support of it. "
)


def letter(subject_body: str, speaker: str, long: bool) -> str:
    opening = FILLER * (3 if long else 1)
    return (
        f"[LIST] Expected motion on the {subject_body} liaison statement\n\n"
        "Dear colleagues,\n\n"
        f"{opening}\n\n"
        f"{speaker} the meeting in Kyoto, where the revised draft was developed.\n\n"
        "Regards,\nJo Example\n"
    )


@pytest.mark.parametrize(
    ("subject_body", "speaker", "long", "sender", "addressee"),
    [
        (
            "ITU-R",
            "In my role as the IEEE SA liaison to ITU-R I attended the\nplenary and",
            False,
            "IEEE SA",
            "ITU-R",
        ),
        ("ITU-R", "In my role as the IEEE SA liaison to ITU-R I attended", True, "IEEE SA", "ITU-R"),
        ("ITU-T", "As the OASIS liaison to ITU-T we attended the\nsession and", False, "OASIS", "ITU-T"),
        ("ETSI", "As the W3C liaison to ETSI, I attended", True, "W3C", "ETSI"),
    ],
)
def test_the_speakers_body_sends(
    tmp_path: Path, subject_body: str, speaker: str, long: bool, sender: str, addressee: str
) -> None:
    record = extracted(tmp_path, letter(subject_body, speaker, long), "mail.txt")
    assert record.liaison is not None
    assert [e.acronym for e in record.liaison.senders] == [sender], record.liaison.senders
    assert addressee in {e.acronym for e in record.liaison.recipients}, record.liaison.recipients
