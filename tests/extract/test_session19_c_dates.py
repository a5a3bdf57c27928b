"""Layout invariance of a document's dates (issue 12, point 9, session 19, tag c), in the layouts the
documents written by writers who never saw the rules (dev's i1-i6) use and the rules did not read:

- a memorandum's term-and-review clause that first says when it takes effect, then when it is reviewed
  ("This MoU enters into force on 1 January 2027 and remains in force for five years. The Parties shall
  review its operation in the fourth quarter of 2028."), as one paragraph or as numbered clauses ("7.1 ...
  takes effect ...", "7.2 ... review ... no later than 31.03.2029"): the review is the date the review
  sentence gives, the day it takes effect is no review;
- a review sentence that names who reviews or what ("will be reviewed by both organizations in February
  2029", "The Parties will review the cooperation in Q2 2029", "review the MoU and Annex A no later than
  ..."), in a news item as in the memorandum itself.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

MOU_HEAD = """MEMORANDUM OF UNDERSTANDING

between the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)

1. Purpose

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data
exchange formats and on a joint glossary of tide gauge terms.

2. Contacts

For HMC: Marit Solberg, Liaison Officer
For OBC: Tomasz Wierzbicki, Liaison Officer

"""

MOU_HEAD_MD = (
    MOU_HEAD.replace("MEMORANDUM OF UNDERSTANDING", "# Memorandum of Understanding")
    .replace("1. Purpose", "## 1. Purpose")
    .replace("2. Contacts", "## 2. Contacts")
)


def dates_of(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


# --- a term-and-review clause: first the day it takes effect, then the review ------------------------------

TERM_CLAUSES = {
    "one-paragraph-enters-into-force": (
        """7. Entry into force, duration and review

This MoU enters into force on 1 January 2027 and remains in force for five (5) years. The Parties shall
review its operation in the fourth quarter of 2028. Either Party may withdraw with three months' notice.
""",
        {("effective", "2027-01-01"), ("review", "2028")},
    ),
    "numbered-clauses-takes-effect": (
        """7. Term and review

7.1 This MoU takes effect on 1 April 2027 and runs for three years.

7.2 The Parties will review the MoU and Annex A no later than 31.03.2029.

7.3 Either Party may end this MoU by giving the other ninety days' written notice.
""",
        {("effective", "2027-04-01"), ("review", "2029-03-31")},
    ),
    "one-paragraph-reviewed-by-both": (
        """7. Duration and review

This Memorandum comes into effect on 15 March 2027. It will be reviewed by both Parties in
February 2029.
""",
        {("effective", "2027-03-15"), ("review", "2029-02")},
    ),
    "review-the-cooperation": (
        """7. Duration, review and termination

This Memorandum enters into force on 1 June 2027 and remains in force for three years. The Parties
will review the cooperation in Q2 2029. Either Party may terminate it with three months' notice.
""",
        {("effective", "2027-06-01"), ("review", "2029")},
    ),
}


@pytest.mark.parametrize("variant", sorted(TERM_CLAUSES))
@pytest.mark.parametrize("layout", ["mou.txt", "mou.md"])
def test_term_clause_reviews_after_taking_effect(tmp_path: Path, variant: str, layout: str) -> None:
    clause, expected = TERM_CLAUSES[variant]
    text = MOU_HEAD_MD + "## " + clause if layout.endswith(".md") else MOU_HEAD + clause
    dates = dates_of(tmp_path, text, layout)
    assert expected <= dates
    assert not {fact for fact in dates if fact[0] == "review"} - expected


# --- a review sentence naming who reviews, in a news item ---------------------------------------------------

NEWS = """# HMC and OBC sign a memorandum on tide data

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of
understanding on 3 May 2027 to align their tide data exchange formats.

{sentence}

Media contact: press@hmc.example
"""

NEWS_REVIEWS = {
    "reviewed-by-both-organizations": (
        "The memorandum runs for three years and will be reviewed by both organizations in February 2029.",
        ("review", "2029-02"),
    ),
    "reviewed-by-the-parties": (
        "The memorandum is concluded for three years and will be reviewed by the two parties in H1 2029.",
        ("review", "2029"),
    ),
    "review-their-cooperation": (
        "The two organizations will review their cooperation in March 2029.",
        ("review", "2029-03"),
    ),
}


@pytest.mark.parametrize("variant", sorted(NEWS_REVIEWS))
@pytest.mark.parametrize("layout", ["news.md", "news.html"])
def test_news_review_sentence_naming_who_reviews(tmp_path: Path, variant: str, layout: str) -> None:
    sentence, expected = NEWS_REVIEWS[variant]
    text = NEWS.format(sentence=sentence)
    if layout.endswith(".html"):
        body = "".join(
            f"<h1>{line[2:]}</h1>" if line.startswith("# ") else f"<p>{line}</p>"
            for line in text.split("\n\n")
            if line.strip()
        )
        text = f"<html><body>{body}</body></html>"
    assert expected in dates_of(tmp_path, text, layout)


def test_a_work_item_reviewed_by_a_group_is_no_review_of_the_document(tmp_path: Path) -> None:
    """The glossary a group reviews is a work item: no review date of the memorandum."""
    text = (
        MOU_HEAD
        + "3. Work\n\nThe glossary will be reviewed by the HMC Tide Gauge Working Group in May 2028.\n"
    )
    assert not {fact for fact in dates_of(tmp_path, text, "mou.txt") if fact[0] == "review"}


# --- a press release's dateline on a line of its own, and a title's edition after a middle dot --------------

RELEASE_HTML = """<html><body>
<h1>HMC and OBC sign a memorandum on tide data</h1>
<p class="dateline"><strong>{dateline}</strong></p>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of
understanding to align their tide data exchange formats.</p>
</body></html>
"""

RELEASE_MD = """# HMC and OBC sign a memorandum on tide data

**{dateline}**

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) signed a memorandum of
understanding to align their tide data exchange formats.
"""

DATELINES = {
    "place-region-country-dash-day": "HMC Headquarters, Bergen, Norway - 17 February 2027",
    "city-em-dash-month-first": "Gdynia, Poland \u2014 February 17, 2027",
    "city-dash-iso-day": "Bergen \u2013 2027-02-17",
}


@pytest.mark.parametrize("variant", sorted(DATELINES))
@pytest.mark.parametrize("layout", ["release.html", "release.md"])
def test_a_dateline_alone_on_its_line_dates_the_release(tmp_path: Path, variant: str, layout: str) -> None:
    template = RELEASE_HTML if layout.endswith(".html") else RELEASE_MD
    dates = dates_of(tmp_path, template.format(dateline=DATELINES[variant]), layout)
    assert ("published", "2027-02-17") in dates


TITLE_LINES = {
    "edition-middle-dot-month": "TIDE DATA LIAISON FACT SHEET FS-04 \u00b7 Edition 2 \u00b7 March 2027",
    "version-bullet-month": "HMC / OBC Tide Data Work Register \u2022 Version 3 \u2022 March 2027",
    "revision-middle-dot-day": "HMC / OBC Tide Data Work Register \u00b7 Revision 3 \u00b7 2027-03-09",
}


@pytest.mark.parametrize("variant", sorted(TITLE_LINES))
def test_a_titles_edition_after_a_middle_dot(tmp_path: Path, variant: str) -> None:
    text = f"""{TITLE_LINES[variant]}

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange
formats through the HMC Tide Gauge Working Group and the OBC Telemetry Task Force.

Work items

- Joint glossary of tide gauge terms: Q3 2027
"""
    expected = "2027-03-09" if variant.endswith("-day") else "2027-03"
    assert ("published", expected) in dates_of(tmp_path, text, "sheet.txt")


# --- a generated or exported copy says when it was made ----------------------------------------------------

MADE_LINES = {
    "regenerated-from-file-on": "Last regenerated from roadmap.csv on 2027-05-12.",
    "generated-on": "This page was generated on 12 May 2027 by the register tool.",
    "exported-day": "* Minutes doc: this pad (read-only copy exported 12 May 2027)",
}


@pytest.mark.parametrize("variant", sorted(MADE_LINES))
@pytest.mark.parametrize("layout", ["register.md", "register.txt"])
def test_a_generated_or_exported_copy_is_published_that_day(
    tmp_path: Path, variant: str, layout: str
) -> None:
    text = f"""HMC / OBC Tide Data Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange
formats through the HMC Tide Gauge Working Group and the OBC Telemetry Task Force.

Work items

- Joint glossary of tide gauge terms: Q3 2027
- Shared conformance test suite: TBD

{MADE_LINES[variant]}
"""
    assert ("published", "2027-05-12") in dates_of(tmp_path, text, layout)


def test_data_exported_later_is_no_issue_date(tmp_path: Path) -> None:
    """A plan to export data in a month dates no issue of the document."""
    text = """HMC / OBC Tide Data Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) cooperate on tide data exchange
formats. Station data will be exported in May 2027 to the joint archive.

Work items

- Joint glossary of tide gauge terms: Q3 2027
"""
    assert not {fact for fact in dates_of(tmp_path, text, "register.txt") if fact[0] == "published"}
