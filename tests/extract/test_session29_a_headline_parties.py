"""Layout invariance of PARTIES named in a news headline written in title case (issue 12, point 9, session
29, tuner A; the real "IES and IEEE Sign Memo of Understanding" release, /work/s29/a-real.md).

A headline capitalises its verb as it does every word: "Harbour Metrology Council and Open Buoy Consortium
Sign MoU". The name patterns read "Open Buoy Consortium Sign MoU" as one name going on past its head, and
the joint subject "A and B" was read only before a verb in small letters, so neither body was found and the
release was refused as naming no organization. "Open Buoy Consortium Announce Partnership" was one body
("Partnership" ends a body's name too). The bodies are invented; each headline in three layouts.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

BODY = "The two bodies signed a memorandum of understanding today and will keep each other informed."
HEADLINES = [
    "Harbour Metrology Council and Open Buoy Consortium Sign MoU",
    "Harbour Metrology Council, Open Buoy Consortium Announce Partnership",
    "Harbour Metrology Council & the Open Buoy Consortium Renew Cooperation Agreement",
    "The Harbour Metrology Council and Open Buoy Consortium Formalize Their Liaison",
]


def written(layout: str, headline: str) -> tuple[str, str]:
    if layout == "md":
        return f"# {headline}\n\n{BODY}\n", "a.md"
    if layout == "html":
        return f"<html><body><h1>{headline}</h1><p>{BODY}</p></body></html>\n", "a.html"
    return f"{headline}\n\n{BODY}\n", "a.txt"


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize("headline", HEADLINES)
def test_the_headline_verb_ends_the_last_party(tmp_path: Path, layout: str, headline: str) -> None:
    text, name = written(layout, headline)
    parties = {p.label for p, _ in extracted(tmp_path, text, name).parties}
    assert parties == {"Harbour Metrology Council", "Open Buoy Consortium"}


def test_a_name_with_a_capitalised_word_after_its_head_is_kept(tmp_path: Path) -> None:
    # not a headline's verb: "Open Buoy Consortium Data Group" stays a name of its own
    text = "# Open Buoy Consortium Data Group and Harbour Metrology Council Sign MoU\n\n" + BODY + "\n"
    parties = {p.label for p, _ in extracted(tmp_path, text, "a.md").parties}
    assert "Harbour Metrology Council" in parties
    assert "Open Buoy Consortium" not in parties
