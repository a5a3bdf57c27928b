"""A news headline whose plural acronym leads a clause ("New MOUs Strengthen Regional and International
Standards Collaboration") was read as a specification's title ending on "Standards" (issue 12 point 9,
session 32, engineer T, a real standards body's news page): a plural head takes a proper word to name one
title ("TOSCA Profiles"), but a plural acronym ("MOUs", "SDOs", "LSs") counts things as the head does, and
makes none. Bodies invented, wording invented; text, Markdown and HTML."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

HEADLINES = [
    "New MOUs Strengthen Regional and Global Standards Work",
    "SDOs Adopt Shared Coastal Telemetry Standards",
    "Two LSs Align Regional Tide Gauge Standards",
]
BODY = (
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of"
    " understanding on 4 March 2027 to align their work on tide gauges.\n"
)


def text(headline: str, name: str) -> str:
    if name.endswith(".md"):
        return f"# {headline}\n\n{BODY}"
    if name.endswith(".html"):
        return f"<html><head><title>News</title></head><body><h1>{headline}</h1><p>{BODY}</p></body></html>"
    return f"{headline}\n\n{BODY}"


@pytest.mark.parametrize("name", ["news.txt", "news.md", "news.html"])
@pytest.mark.parametrize("headline", HEADLINES)
def test_a_headline_with_a_plural_acronym_is_no_title(tmp_path: Path, headline: str, name: str) -> None:
    record = extracted(tmp_path, text(headline, name), name)
    specifications = [folded(s.label) for s, _ in record.specifications]
    assert not any(s.endswith("standards") for s in specifications), specifications


def test_a_proper_word_still_makes_a_title_of_a_plural_head(tmp_path: Path) -> None:
    written = "# Tide news\n\n" + BODY + "Both will publish the TGX3 Buoy Profiles.\n"
    record = extracted(tmp_path, written, "news.md")
    specifications = [folded(s.label) for s, _ in record.specifications]
    assert any("tgx3 buoy profiles" in s for s in specifications), specifications
