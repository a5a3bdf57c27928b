"""A mail's sender is of the body their signature names, not of the side the "From:" field stands on
(session 30, N, M's request).

A mail proposing additions to a work register ("From: Ana Example <ana@wg.example>") signed "Ana Example /
OBC liaison to HMC" was given HMC, the register's first party (the fallback for a "From:" line whose
address names no body); the signature says she is OBC's. A signature naming no body leaves the fallback.
Bodies, people and addresses invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MAIL = """Subject: [tide-wg] Proposed additions to the HMC - OBC Work Register
From: Ana Example <ana@wg.example>
Date: Wed, 10 Mar 2027 09:30:00 +0100

All,

I took an action to add two deliverables to the Harbour Metrology Council (HMC) - Open Buoy Consortium
(OBC) Work Register, so that the liaison between the two organizations covers the tide telemetry work.
The additions are:

OBC will publish a buoy telemetry profile aligned with the HMC tide model (September 2027)

HMC will define a gauge report schema for offshore stations (December 2027)

{closing}
Ana Example
{title}
"""


def bodies(tmp_path: Path, closing: str, title: str) -> dict[str, str]:
    record = extracted(tmp_path, MAIL.format(closing=closing, title=title), "mail.txt")
    return {c.person: (c.organization.acronym or c.organization.label) for c in record.contacts if c.person}


@pytest.mark.parametrize(
    ("closing", "title"),
    [
        ("Regards,", "OBC liaison to HMC"),
        ("Best regards,", "Open Buoy Consortium liaison to the Harbour Metrology Council"),
        ("Kind regards,", "OBC liaison officer to HMC"),
    ],
)
def test_the_signature_names_the_senders_body(tmp_path: Path, closing: str, title: str) -> None:
    assert bodies(tmp_path, closing, title).get("Ana Example") == "OBC"


def test_a_signature_naming_no_body_keeps_the_from_fields_side(tmp_path: Path) -> None:
    assert bodies(tmp_path, "Regards,", "Tide data editor").get("Ana Example") == "HMC"
