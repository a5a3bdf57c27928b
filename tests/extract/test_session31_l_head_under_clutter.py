"""A memo's head below a saved page's link clutter is read as a head (issue 12 point 9, session 31, engineer
L; session 30 L's note): a saved page opens with its site's lines ("[Docs] [txt|pdf] [Tracker]" link bars,
"Skip to main content", a breadcrumb "Home > Documents > RFC 9999"), and the head under them (an RFC's or
an Internet-Draft's two columns, its date at the right) started past line 12, where only a head's own lines
are read: its date was lost. The clutter is skipped, then the head read as when it opens the page. Heads and
names invented."""

from __future__ import annotations

import pytest

from kg.extract.document_dates import issue_date

HEAD = """\
Harbour Metrology Council (HMC)                              A. Example
Request for Comments: 9999                                  HMC Secretariat
Category: Informational                                      B. Sample
ISSN: 2070-1721                                       Open Buoy Consortium
                                                               {date}


              Coordination between HMC and the Open Buoy Consortium

Abstract

   This memo records how the two bodies coordinate their work on tide data.
"""

CLUTTER = [
    "[Docs] [txt|pdf] [draft-hmc-obc-coord] [Tracker] [Diff1] [Diff2]\n\nINFORMATIONAL\n" + "\n" * 10,
    "Skip to main content\n\nHome > Documents > RFC 9999\n\n[Docs] [txt|pdf|html] [Tracker] [IPR]\n\n"
    "Updated by: 9998\n" + "\n" * 8,
    "Skip to content\n[Search] [Login]\nHome \u203a RFCs \u203a RFC 9999\n"
    "[Docs] [txt] [pdf] [Tracker] [Errata]\n" + "\n" * 9,
    "[Docs](https://example.org/docs) [txt](https://example.org/t) [Tracker](https://example.org/tr)\n"
    + "\n" * 12,
]


@pytest.mark.parametrize("clutter", CLUTTER)
@pytest.mark.parametrize(("date", "value"), [("March 2027", "2027-03"), ("14 March 2027", "2027-03-14")])
@pytest.mark.parametrize("kind", ["AlliancePage", "LiaisonStatement"])
def test_a_head_under_a_saved_pages_clutter_gives_its_date(
    clutter: str, date: str, value: str, kind: str
) -> None:
    text = clutter + HEAD.format(date=date)
    assert [f.value for f in issue_date(text, kind) if f.role == "published"] == [value]


@pytest.mark.parametrize("kind", ["AlliancePage", "LiaisonStatement"])
def test_the_head_alone_reads_as_before(kind: str) -> None:
    assert [f.value for f in issue_date(HEAD.format(date="March 2027"), kind)] == ["2027-03"]


def test_prose_past_the_first_lines_still_dates_nothing() -> None:
    text = (
        "[Docs] [txt|pdf] [Tracker]\n\n" + "Some prose line of the page.\n" * 14 + " " * 60 + "March 2027\n"
    )
    assert issue_date(text, "AlliancePage") == []


def test_a_dated_line_above_a_breadcrumb_like_line_is_still_read() -> None:
    text = "Liaison statement\nDate: 3 March 2026\nFlow: HMC > OBC > DMTF\n\nDear colleagues,\n"
    assert [f.value for f in issue_date(text, "LiaisonStatement")] in ([], ["2026-03-03"])
    assert issue_date(text, "LiaisonStatement") == issue_date(text.replace(" > ", " to "), "LiaisonStatement")
