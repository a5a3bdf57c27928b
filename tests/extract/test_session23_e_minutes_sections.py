"""Minutes' "Review of previous actions" (session 23, engineer E, named by engineer B on dev's minutes): the
heading opened a review section (the document's own review, whose topics and dates are not the alliance's
work), and in Markdown the numbered headings after it ("## 2. Thread ...") stayed inside it, since only a
plain-text heading kept its number. A review of past actions, of the minutes or of the agenda is an item
of the meeting, no review of the document; a numbered heading ends the section numbered before it in any
format. The bodies, specifications and people are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

from kg.extract.documents import read_document
from kg.extract.structure import read_layout

MARKDOWN = """# Harbour Metrology Council (HMC) \u00d7 Open Buoy Consortium (OBC) \u2014 Joint Meeting #3

**Date:** Tue 4 March 2025
**Minutes taken by:** Ana Example (OBC)

## 1. {review}

- TideML 2.1 / BuoyLink 3.0 mapping notes: done, published on 20 Feb 2025.

## 2. BuoyLink 3.0 and TideML 2.2

The OBC Telemetry Working Group plans to reference BuoyLink 3.0 in TideML 2.2. No objections.

## 3. Next meeting

8 May 2025.
"""
TEXT = """HMC / OBC Joint Call - Minutes
Date: Tuesday, 4 March 2025

1. {review}
   - TideML 2.1 / BuoyLink 3.0 mapping notes: done.

2. BuoyLink 3.0 and TideML 2.2
   The OBC Telemetry Working Group plans to reference BuoyLink 3.0 in TideML 2.2.

3. Next call: 8 May 2025.
"""
REVIEWS = ("Review of previous actions", "Review of action points", "Review of the minutes of meeting #2")


def sections_of(tmp_path: Path, text: str, name: str) -> dict[str, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    layout = read_layout(read_document(path))
    return {block.text: section.kind for section in layout.sections for block in section.blocks}


@pytest.mark.parametrize("review", REVIEWS)
@pytest.mark.parametrize(("layout", "name"), [(MARKDOWN, "minutes.md"), (TEXT, "minutes.txt")])
def test_a_review_of_past_actions_is_no_review_section(
    tmp_path: Path, layout: str, name: str, review: str
) -> None:
    kinds = sections_of(tmp_path, layout.format(review=review), name)
    later = [kind for text, kind in kinds.items() if "plans to reference" in text]
    assert later and later[0] != "review", kinds
    assert "review" not in kinds.values(), kinds


@pytest.mark.parametrize("review", REVIEWS)
def test_specifications_named_after_it_are_topics(tmp_path: Path, review: str) -> None:
    topics = {
        label.lower() for label in topic_labels(extracted(tmp_path, MARKDOWN.format(review=review), "m.md"))
    }
    assert {"tideml 2.2", "buoylink 3.0"} <= topics, topics


def test_a_numbered_markdown_heading_ends_the_review_section_before_it(tmp_path: Path) -> None:
    text = MARKDOWN.format(review="Review").replace(
        "- TideML 2.1", "The register will be reviewed in 2027.\n\n- TideML 2.1"
    )
    kinds = sections_of(tmp_path, text, "minutes.md")
    assert kinds.get("The register will be reviewed in 2027.") == "review", kinds
    later = [kind for text, kind in kinds.items() if "plans to reference" in text]
    assert later and later[0] != "review", kinds
