"""A header field's value wrapped under its own column (issue 12, point 9, session 28, engineer D): the
forms of ITU, 3GPP and ISO statements and e-mailed letters align their labels ("APPROVAL    :", "Title:
      ") and wrap a long value under the value's first character, however short the line above. The
hard-wrapped text reader joined such a line only when the line above was full to the margin or half
as long, and the next opened in lower case, so "(Geneva, 20 March 2026)" under "APPROVAL    : Agreed
at the Study Group 15 meeting" stood alone and the approval lost its date; a label with blanks before
its colon was no field.

A line at the value's column that opens in lower case or with a bracket goes on with the value. A line
there opening in capitals may be the next value of a list ("To:" over two groups) and stays a line, as
does the second column of a form ("Contact:  Ana   Tel: ..."). Every person and wording is invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.documents import read_document

PROSE = """
Study Group 15 thanks the Broadband Forum Optical Broadband Work Area for
its liaison of January 2026 on the management model of the 50G passive
optical network and for the detailed comments that came with it in the
annex.  We have completed the consent of the revised recommendation and
have started work on line rate options above fifty gigabits per second,
for which the profile names of the next amendment still have to be set.
"""

# three forms: ITU's capital labels with blanks before the colon, 3GPP's and an e-mailed letter's
HEADERS = {
    "itu-capitals": (
        "SOURCE      : ITU-T Study Group 15\n"
        "TITLE       : LS on the management of the 50G passive optical network\n"
        "APPROVAL    : Agreed at the Study Group 15 meeting\n"
        "              (Geneva, 20 March 2026)\n"
        "DEADLINE    : 15 September 2026\n",
        "APPROVAL    : Agreed at the Study Group 15 meeting (Geneva, 20 March 2026)",
    ),
    "3gpp-title": (
        "Source:        TSG SA WG4\n"
        "Title:         LS on AV1\n"
        "               in 5G media streaming\n"
        "Approval:      Agreed at the meeting (Goa, 20 March 2026)\n",
        "Title:         LS on AV1 in 5G media streaming",
    ),
    "letter-contact": (
        "From:     Khronos Group, 3D Formats Working Group\n"
        "Contact:  Noor Vandersloot-Abara\n"
        "          (liaison representative to SC 24)\n"
        "Date:     20 March 2026\n",
        "Contact:  Noor Vandersloot-Abara (liaison representative to SC 24)",
    ),
}


@pytest.mark.parametrize("form", HEADERS, ids=list(HEADERS))
def test_a_value_wrapped_under_its_column_is_one_line(tmp_path: Path, form: str) -> None:
    header, line = HEADERS[form]
    (tmp_path / "statement.txt").write_text("LIAISON STATEMENT\n\n" + header + PROSE, encoding="utf-8")
    assert line in read_document(tmp_path / "statement.txt").text.splitlines()


def test_the_approval_keeps_its_date(tmp_path: Path) -> None:
    header, _ = HEADERS["itu-capitals"]
    record = extracted(tmp_path, "LIAISON STATEMENT\n\n" + header + PROSE, "statement.txt")
    assert ("approved", "2026-03-20") in {(d.role, d.value) for d in record.dates}, record.dates


def test_a_list_of_values_and_a_second_column_stay_lines(tmp_path: Path) -> None:
    header = (
        "To:       IEEE 802.3 Working Group\n"
        "          IETF AVTCORE Working Group\n"
        "Contact:  Ana Example-Ruiz       Tel: +41 22 555 0100\n"
        "          rapporteur, Q2/15     E-mail: ana@example.example\n"
    )
    (tmp_path / "statement.txt").write_text("LIAISON STATEMENT\n\n" + header + PROSE, encoding="utf-8")
    lines = read_document(tmp_path / "statement.txt").text.splitlines()
    assert "          IETF AVTCORE Working Group" in lines
    assert "          rapporteur, Q2/15     E-mail: ana@example.example" in lines
