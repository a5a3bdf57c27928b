"""An ITU Recommendation's or Report's title in quotes after its number, in the sentence's case the ITU
writes its titles in and maybe broken by a line's end ('draft new Report ITU-R M.[BUOY.LINKS] "Radio
characteristics of harbour buoy links"'), is a specification of its own, as a title in capitals in quotes
after a number already was; a quote opening in lower case is none (issue 12 point 9, session 34, engineer
G; ITU-R working party statements). Numbers, titles and wording invented; text and HTML.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted


def specifications(tmp_path: Path, layout: str, sentence: str) -> set[str]:
    opening = "Working Party 5A of ITU-R sends this liaison statement to ITU-T Study Group 15."
    if layout == "html":
        text = f"<html><body><h1>Liaison statement</h1><p>{opening}</p><p>{sentence}</p></body></html>"
        name = "ls.html"
    else:
        text, name = f"LIAISON STATEMENT\n\n{opening}\n\n{sentence}\n", "ls.txt"
    return {entity.label for entity, _ in extracted(tmp_path, text, name).specifications}


@pytest.mark.parametrize(
    ("layout", "sentence", "title"),
    [
        (
            "txt",
            'It concerns the draft new Report ITU-R M.[BUOY.LINKS] "Radio characteristics of harbour buoy '
            'links".',
            "Radio characteristics of harbour buoy links",
        ),
        (
            "txt",
            "It concerns the draft new Recommendation ITU-T Y.[TIDE-req] \u201cRequirements for tide gauge\n"
            "data exchange in IMT networks\u201d, for comment.",
            "Requirements for tide gauge data exchange in IMT networks",
        ),
        (
            "html",
            'WP 5A revised ITU-R M.2999 "Harbour radio links in the 5 GHz band" at its meeting.',
            "Harbour radio links in the 5 GHz band",
        ),
    ],
)
def test_an_itu_title_in_quotes(tmp_path: Path, layout: str, sentence: str, title: str) -> None:
    found = specifications(tmp_path, layout, sentence)
    assert title in found, found


def test_a_quote_in_lower_case_is_no_title(tmp_path: Path) -> None:
    found = specifications(tmp_path, "txt", 'WP 5A said ITU-R M.2999 "is to be revised soon" at its meeting.')
    assert not any(label.startswith("is to be") for label in found), found
