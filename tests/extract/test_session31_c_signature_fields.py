"""A memorandum's signature blocks written as fields ("Signature: ____", "Name: A", "Title: Chair", "Date:")
under a signing line (session 31, C): the reader makes headings of the fields, each a section of its own,
and the signatories leaked out as contacts. Signatories are no contacts; a contacts section after the
signatures still gives its people. Bodies real, people invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

HEAD = (
    "MEMORANDUM OF UNDERSTANDING\nbetween the Storage Networking Industry Association (SNIA) and the Open "
    "Grid Forum (OGF)\n\n1. Purpose\nSNIA and OGF agree to collaborate on storage management interfaces for "
    "grid computing.\n\n2. Term\nThis memorandum takes effect on signature and remains in force for three "
    "years.\n\n"
)
BLOCK = (
    "{opening} {body}\n\n{sign}: ______________________\nName: {name}\n{title}: {office}\nDate: {date}\n\n"
)
SIGNERS = (
    (
        "the Storage Networking Industry Association",
        "Helga Brandvold",
        "Chair, Board of Directors",
        "14 March 2027",
    ),
    ("the Open Grid Forum", "Tomas Ferreira-Lund", "President", "21 March 2027"),
)


def blocks(opening: str, sign: str, title: str) -> str:
    return "".join(
        BLOCK.format(opening=opening, body=body, sign=sign, name=name, title=title, office=office, date=date)
        for body, name, office, date in SIGNERS
    )


@pytest.mark.parametrize(
    ("opening", "sign", "title"),
    [
        ("Signed for and on behalf of", "Signature", "Title"),
        ("For and on behalf of", "Signature", "Position"),
        ("Signed for", "By", "Title"),
        ("Executed on behalf of", "Signature", "Title"),
    ],
)
def test_signatories_written_as_fields_are_no_contacts(
    tmp_path: Path, opening: str, sign: str, title: str
) -> None:
    record = extracted(tmp_path, HEAD + blocks(opening, sign, title), "mou.txt")
    assert record.kind == "MemorandumOfUnderstanding"
    people = {c.person for c in record.contacts}
    assert not people & {"Helga Brandvold", "Tomas Ferreira-Lund"}, record.contacts


def test_a_contacts_section_after_the_signatures_is_read(tmp_path: Path) -> None:
    text = (
        HEAD
        + blocks("Signed for and on behalf of", "Signature", "Title")
        + "Annex A. Points of contact\n\nFor SNIA: Ines Valdrada (ines@storage.example)\n"
        "For OGF: Rui Okafor-Lind (rui@grid.example)\n"
    )
    record = extracted(tmp_path, text, "mou.txt")
    people = {c.person for c in record.contacts}
    assert {"Ines Valdrada", "Rui Okafor-Lind"} <= people, record.contacts
    assert not people & {"Helga Brandvold", "Tomas Ferreira-Lund"}, record.contacts
