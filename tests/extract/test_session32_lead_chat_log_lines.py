"""A chat log's line that opens with its speaker ("<trackbot> Created ACTION-123 ...", "[10:32] <ada> ...")
is a line of its own: the plain-text reader took it for the wrapped rest of a long line above it, even across
a blank line, so an action ran on into the bot's echo of it (session 32, H's request; W3C IRC minutes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.documents import read_document
from kg.extract.structure import read_blocks

LONG = "<kaz> ACTION: kaz to send the reply on the media capture note to the IETF chairs by 30 April 2027"


@pytest.mark.parametrize(
    "next_line",
    [
        "<trackbot> Created ACTION-123 - Send the reply [on Kaz Example - due 2027-04-30].",
        "[10:32] <ada> thanks, next item",
        "10:32:05 <RRSAgent> I have made the request to generate the minutes",
    ],
)
@pytest.mark.parametrize("gap", ["\n", "\n\n"], ids=["next-line", "after-blank"])
def test_a_speakers_line_is_no_wrapped_rest_of_the_line_above(
    next_line: str, gap: str, tmp_path: Path
) -> None:
    path = tmp_path / "minutes.txt"
    path.write_text(f"WoT IG teleconference\n\n{LONG}{gap}{next_line}\n", encoding="utf-8")
    texts = [block.text for block in read_blocks(read_document(path))]
    assert LONG in texts and next_line in texts


def test_a_wrapped_sentence_still_reads_on(tmp_path: Path) -> None:
    first = "The two groups agreed that the joint note on capture constraints would be circulated to"
    path = tmp_path / "notes.txt"
    path.write_text(f"Joint call\n\n{first}\nboth mailing lists before the next call.\n", encoding="utf-8")
    texts = [block.text for block in read_blocks(read_document(path))]
    assert f"{first} both mailing lists before the next call." in texts
