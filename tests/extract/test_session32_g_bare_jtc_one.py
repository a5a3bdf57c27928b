"""A mail to a JTC 1 subcommittee's members about a consortium's submission writes "JTC 1" bare ("submit X to
JTC 1 under the PAS procedure") and the subcommittee's path without its bodies ("SC 34/WG 6", "SC 34 N 1905"):
the joint committee is ISO/IEC JTC 1, the paths are its units, and the PAS procedure is a relationship
between the two bodies (issue 12 point 9, session 32, engineer G; a real update mail to SC 34/WG 6 about
OASIS and ODF was refused for naming one organization, /work/s32/g-refusals.md).

Committees real, consortia, people and wording invented; text, Markdown and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

MAILS = [
    (
        "Dear members of SC 34/WG 6",
        "It is still the plan of OASIS to submit the next revision of its format to JTC 1 under the PAS"
        " procedure, later than first hoped.",
        "ISO/IEC JTC 1/SC 34/WG 6",
    ),
    (
        "To the experts of SC 27/WG 4",
        "The Cloud Security Alliance (CSA) expects to send its controls matrix to JTC 1 as a PAS submission"
        " next spring; SC 27 N 4410 has the timetable.",
        "ISO/IEC JTC 1/SC 27/WG 4",
    ),
    (
        "Hello SC 38 members",
        "OASIS has confirmed that the TOSCA text will go to JTC1 under the PAS process this year.",
        "ISO/IEC JTC 1/SC 38",
    ),
]


def written(layout: str, greeting: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Short update\n\n{greeting}\n\n{sentence}\n\nKind regards,\nPat Example\n", "m.md"
    if layout == "html":
        return (
            f"<html><body><h1>Short update</h1><p>{greeting}</p><p>{sentence}</p>"
            "<p>Kind regards, Pat Example</p></body></html>",
            "m.html",
        )
    return f"Short update\n\nPat Example\n\n{greeting}\n\n{sentence}\n\nKind regards,\nPat\n", "m.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(("greeting", "sentence", "unit"), MAILS)
def test_a_pas_mail_to_a_bare_subcommittee_is_between_the_consortium_and_jtc_1(
    tmp_path: Path, layout: str, greeting: str, sentence: str, unit: str
) -> None:
    record = extracted(tmp_path, *written(layout, greeting, sentence))
    parties = {p.short_name for p, _ in record.parties}
    assert "JTC 1" in parties and len(parties) == 2, parties
    assert unit in {u.label for u, _ in record.units}, [u.label for u, _ in record.units]


def test_jtc_one_of_another_pair_of_bodies_is_not_iso_iec(tmp_path: Path) -> None:
    text = (
        "Liaison update\n\nCEN-CENELEC JTC 1 and W3C agreed to exchange drafts on conformity assessment;"
        " SC 2 will comment.\n"
    )
    record = extracted(tmp_path, text, "c.txt")
    labels = {p.label for p, _ in record.parties}
    assert "CEN-CENELEC JTC 1" in labels and "ISO/IEC JTC 1" not in labels, labels
    assert not any("SC 2" in u.label for u, _ in record.units), [u.label for u, _ in record.units]


def test_a_bare_subcommittee_beside_a_technical_committee_is_not_made_jtc_ones(tmp_path: Path) -> None:
    text = (
        "Short update\n\nOASIS will submit the format to JTC 1 under the PAS procedure. ISO/TC 211 will"
        " review it in SC 3 next year.\n"
    )
    record = extracted(tmp_path, text, "t.txt")
    assert "JTC 1" in {p.short_name for p, _ in record.parties}
    assert "ISO/IEC JTC 1/SC 3" not in {u.label for u, _ in record.units}


def test_one_bodys_mail_naming_jtc_one_stays_refused(tmp_path: Path) -> None:
    text = (
        "Meeting notice\n\nDear members of SC 34/WG 6\n\nThe next meeting is in Oslo. JTC 1 has approved"
        " the new work item on document schemas.\n\nRegards,\nPat\n"
    )
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, "n.txt")
