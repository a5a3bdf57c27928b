"""A reference field followed on its line by a "Re:" field is two fields (issue 12 point 9, session 31,
engineer L; session 30 L's note: "Ref: WG-17 Re: Liaison Reply: X" stayed one field, the reference holding
the subject). A subject's own "Re:" and "Fwd:" stay in the subject ("Subject: Fwd: Re: X", "Subject: Re:
Re: X"), and a colon inside the subject stays. Invented headers in several layouts."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.headers import header_fields, split_fields
from kg.model.source_text import SourceText


def fields(text: str) -> dict[str, str]:
    source = SourceText(Path("memo.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))
    return {field.name: field.value for field in header_fields(source)}


REFS = [("Ref", "WG-17"), ("Ref", "HMC/LS/2026-041"), ("Reference", "OBC-TF-12 rev 2"), ("REF", "SG13-LS-88")]
SUBJECTS = [
    "Liaison Reply: Buoy Telemetry Profile",
    "Reply to your LS on tide data",
    "Annex B: Test Profiles",
]


@pytest.mark.parametrize(("name", "ref"), REFS)
@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("re_name", ["Re", "RE"])
def test_a_re_field_after_a_reference_is_a_field_of_its_own(
    name: str, ref: str, subject: str, re_name: str
) -> None:
    found = fields(
        f"From: HMC Telemetry WG\n{name}: {ref} {re_name}: {subject}\nDate: 3 May 2026\n\nDear colleagues,\n"
    )
    assert found[name.lower()] == ref
    assert found["re"] == subject


@pytest.mark.parametrize(
    "line",
    [
        "Subject: Fwd: Re: Liaison Reply: Buoy Telemetry Profile",
        "Subject: Re: Re: Liaison on tide data",
        "Subject: RE: FW: Re: LS on Part 2: Test Profiles",
        "Title: Reply: Re: the joint register",
    ],
)
def test_a_subjects_own_re_stays_in_the_subject(line: str) -> None:
    assert split_fields(line) == [line]


def test_a_reference_holding_a_colon_of_its_own_is_kept_whole() -> None:
    assert split_fields("Ref: Our letter of 3 May: tide data") == ["Ref: Our letter of 3 May: tide data"]
