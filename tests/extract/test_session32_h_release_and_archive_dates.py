"""A news item's own line naming it and its day ("*Press release, 9 June 2027*", "News release | 9 June 2027",
"For immediate release: 9 June 2027") dates it (published); a web archive's banner over a saved memo
("Archived View ... captured on 2022-01-08", "Next capture (2023-01-30)", "The Wayback Machine") dates
nothing, and the memo's head under it still gives its month (session 32, H). Bodies real, texts invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

NEWS = (
    "{title}\n\n{line}\n\nThe Open Geospatial Consortium (OGC) and the British Standards Institution (BSI) "
    "signed a memorandum of understanding to cooperate on digital twin standards for cities.\n"
)


@pytest.mark.parametrize(
    "line",
    [
        "*Press release, 9 June 2027*",
        "Press release - 9 June 2027",
        "_News release | 9 June 2027_",
        "For immediate release: 9 June 2027",
        "MEDIA RELEASE: June 9, 2027",
    ],
)
@pytest.mark.parametrize("name", ["news.md", "news.txt"])
def test_the_release_line_dates_the_item(tmp_path: Path, line: str, name: str) -> None:
    title = ("# " if name.endswith(".md") else "") + "OGC and BSI sign a memorandum of understanding"
    record = extracted(tmp_path, NEWS.format(title=title, line=line), name)
    assert ("published", "2027-06-09") in {(d.role, d.value) for d in record.dates}, record.dates


MEMO = """\
Internet Architecture Board (IAB)                            A. Lindqvist, Ed.
Request for Comments: 9999                                    Nordlicht Labs
Category: Informational                                       B. Okafor, Ed.
ISSN: 2070-1721                                                Polar Systems
                                                                  March 2026


      Internet Engineering Task Force and International Telecommunication
         Union - Telecommunication Standardization Sector Coordination

Abstract

   This document describes how the IETF and the ITU-T coordinate their work on
   transport network management, and how each tells the other of new work.
"""
BANNERS = {
    "gemini": "Archived View for gmi.example.net > rfc > rfc9999.gmi captured on 2028-01-08 at 21:38:10.\n\n"
    "View Raw\n\nMore Information\n\nNext capture (2029-01-30)\n\n-=-=-=-=-=-=-\n\n",
    "wayback": "The Wayback Machine - https://web.archive.example/web/20280108/https://example.org/rfc9999\n"
    "12 captures\n08 Jan 2028 - 30 Jan 2029\n\n",
}


@pytest.mark.parametrize("banner", sorted(BANNERS))
def test_an_archive_banner_dates_nothing(tmp_path: Path, banner: str) -> None:
    record = extracted(tmp_path, BANNERS[banner] + MEMO, "memo.txt")
    found = {(d.role, d.value) for d in record.dates}
    assert ("published", "2026-03") in found, found
    assert not any(value.startswith(("2028", "2029")) for _, value in found), found
