"""In plain text and Markdown a blank line ends a dated entry, whatever its last mark: "CCMC to circulate
the revised work programme by 15 September 2027" / blank / "BT members to comment ..." are two paragraphs,
two owned steps (they had been joined as one paragraph wrapped at the margin, the first long and with no
final stop); so does a line ending on a target ("... - Q3 2027"), and a blank line before a header field
(a mail archive's subject line / blank / "From: Ana Lind <...>") parts the subject from the field. A line
wrapped at the margin with no blank line still goes on, and a text that writes a blank line after each line
(double-spaced) still wraps across them (session 34, H2). Content invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_layout

FIRSTS = [
    "CCMC to circulate the revised work programme to all members by 15 September 2027",
    "Ana Lind to publish the test plan of the joint working group on the portal by March 3, 2028",
    "The Secretariat will send the draft reply to ITU-T SG 15 on the profile, due 2027-10-04",
    "Joint profile for smart metering over the shared radio layer of both bodies - Q3 2027",
]
SECONDS = [
    "BT members to comment on the draft by 30 September 2027.",
    "Working Party 3 thanks ETSI TC EE for its statement.",
    "ETSI to confirm the dates of the joint workshop.",
]


def paragraphs(tmp_path: Path, name: str, text: str) -> list[str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    layout = read_layout(read_document(path))
    return [block.text for section in layout.sections for block in section.blocks]


@pytest.mark.parametrize("first", FIRSTS)
@pytest.mark.parametrize("second", SECONDS)
@pytest.mark.parametrize("name,head", [("minutes.txt", "Draft Minutes\n\n"), ("minutes.md", "# Minutes\n\n")])
def test_a_blank_line_ends_the_paragraph(
    tmp_path: Path, first: str, second: str, name: str, head: str
) -> None:
    found = paragraphs(tmp_path, name, f"{head}{first}\n\n{second}\n")
    assert first in found
    assert second in found


@pytest.mark.parametrize("name", ["mail.txt", "mail.md"])
def test_a_blank_line_ends_a_subject_before_a_field(tmp_path: Path, name: str) -> None:
    subject = "[wisun-joint] Proposed calendar for the joint metering profile of both groups"
    text = (
        f"{subject}\n\nFrom: Ana Lind <ana.lind@dlms.example>\nDate: Tue, 12 Jan 2027 09:14:02 +0100\n"
        "To: joint@lists.wisun.example\n\nDear all, please find the calendar below.\n"
    )
    found = paragraphs(tmp_path, name, text)
    assert not any("both groups From" in block for block in found)
    assert any(block.startswith("Ana Lind") or block.startswith("From: Ana Lind") for block in found)


def test_a_wrapped_line_goes_on(tmp_path: Path) -> None:
    text = (
        "Draft Minutes\n\nThe meeting agreed that the Secretariat will send the draft reply to the\n"
        "Working Party before the October plenary and report on it at the next meeting.\n"
    )
    found = paragraphs(tmp_path, "minutes.txt", text)
    assert any("to the Working Party before" in block for block in found)


def test_double_spaced_text_wraps_across_blank_lines(tmp_path: Path) -> None:
    lines = [
        "The meeting agreed that the Secretariat will send the draft reply to the",
        "Working Party before the October plenary and report on it at the next meeting of",
        "Both groups, with the comments of the members received by the end of the",
        "Month of September and the revised text of the annex on the joint working",
        "Groups of the three bodies, which the Board approved at its last meeting in the",
        "City of Brussels, with the Secretariat of each body and the convenors of the",
        "Working groups named in the annex, each of whom reports to its own board on",
        "Progress made since then, and the plan agreed for the work of the next year.",
    ]
    text = "Draft Minutes\n\n" + "\n\n".join(lines) + "\n"
    found = paragraphs(tmp_path, "minutes.txt", text)
    assert any("to the Working Party before" in block for block in found)
