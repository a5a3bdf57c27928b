"""Layout invariance of a document's dates (issue 12, point 9, session 18, tag c), in the layouts the
documents written by writers who never saw the rules (dev's i1-i6) use and the rules did not read:

- a header's fields written as a data file's or a markup's keys, whose names are identifiers
  ("lastUpdated: 2026-06-08", ":last-updated: 2026-06-08" of AsciiDoc, "date = 2026-06-08T09:00:00Z" of
  TOML front matter, "created: 2025-02-17T09:41:07Z" of a board's export);
- AsciiDoc's revision line under the title ("v2.0, 2026-06-08: Second edition");
- slashed dates whose order the document itself tells ("Opened 19/01/2026" makes "02/04/2026" the 2nd of
  April; "Opened 01/19/2026" makes "04/02/2026" the 2nd of April too);
- a wiki page's footer after its "See also" list ("This page was last edited on 8 June 2026"): the page's
  own date, no cited document's;
- a header's "Date of circulation" and "Date of this draft": the day the document was put out.

The facts were written before the rules ran on any variant; bodies and people are invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import ORGS, TIDE_REGISTER_HEAD, extracted

ITEMS = (
    "## Work items\n\n- Joint glossary of tide gauge terms: Q3 2026\n- Shared conformance test suite: TBD\n"
)


def dates_of(tmp_path: Path, text: str, name: str) -> set[tuple[str, str]]:
    return {(fact.role, fact.value) for fact in extracted(tmp_path, text, name).dates}


# --- fields whose names are identifiers ------------------------------------------------------------------

IDENTIFIER_HEADERS = {
    "yaml-camel-case.txt": """# registers/hmc-obc-tide-data.yaml
apiVersion: liaison.register/v1
kind: WorkRegister
metadata:
  id: WR-HMC-OBC-002
  title: "HMC / OBC Tide Data Work Register"
  description: "Joint work of the Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC)"
  initiatedOn: 2025-02-17
  lastUpdated: 2026-06-08
organizations:
  - name: Harbour Metrology Council
    shortName: HMC
  - name: Open Buoy Consortium
    shortName: OBC
workItems:
  - title: Joint glossary of tide gauge terms
    target: Q3 2026
""",
    "asciidoc-attributes.txt": """= HMC / OBC Tide Data Work Register
:toc: left
:initiated: 2025-02-17
:last-updated: 2026-06-08

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of their joint
work on tide data.

== Work items

* Joint glossary of tide gauge terms: Q3 2026
""",
    "board-export.md": """# Board: HMC / OBC Tide Data Work Register
id: 5f1e2d3c
created: 2025-02-17T09:41:07Z
updated: 2026-06-08T16:05:52Z
---

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of their joint
work on tide data; each card is one work item.

"""
    + ITEMS
    + """
## Card: Joint glossary of tide gauge terms
created: 2025-05-04T10:00:00Z
updated: 2026-05-28T11:00:00Z
""",
    "toml-front-matter.md": """+++
title = "HMC / OBC Tide Data Work Register"
created = 2025-02-17
last_updated = 2026-06-08T09:00:00Z
+++

# HMC / OBC Tide Data Work Register

The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of their joint
work on tide data.

"""
    + ITEMS,
}


@pytest.mark.parametrize("variant", sorted(IDENTIFIER_HEADERS))
def test_header_fields_whose_names_are_identifiers(tmp_path: Path, variant: str) -> None:
    found = dates_of(tmp_path, IDENTIFIER_HEADERS[variant], variant)
    assert {("initiated", "2025-02-17"), ("published", "2026-06-08")} <= found
    assert not {value for _, value in found} & {"2025-05-04", "2026-05-28"}  # a card's own record


REVISION_LINES = {
    "asciidoc.txt": "= HMC / OBC Tide Data Work Register\nTide data secretariat <tides@hmc.example>\n"
    "v2.0, 2026-06-08: Second edition after the joint review\n",
    "asciidoc-no-remark.txt": "= HMC / OBC Tide Data Work Register\n"
    "Tide data secretariat <tides@hmc.example>\nv2.0, 2026-06-08\n",
    "markdown.md": "# HMC / OBC Tide Data Work Register\n\nv2.0, 2026-06-08: Second edition after the joint "
    "review\n",
}


@pytest.mark.parametrize("variant", sorted(REVISION_LINES))
def test_a_revision_line_with_its_date_then_a_remark(tmp_path: Path, variant: str) -> None:
    text = REVISION_LINES[variant] + "\n" + ORGS + ITEMS
    assert ("published", "2026-06-08") in dates_of(tmp_path, text, variant)


# --- slashed dates in the order the document writes them ------------------------------------------------

SLASHED_PAGE = """<html><body>
<h1>HMC / OBC Tide Data Work Register</h1>
<table>
<tr><td>Register reference</td><td>HMC-OBC-WR(26)003</td></tr>
<tr><td>Opened</td><td>{opened}</td></tr>
</table>
<p>The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) keep this register of their joint
work on tide data.</p>
<h2>Work items</h2>
<ul><li>Joint glossary of tide gauge terms: Q3 2026</li></ul>
<div class="footer">Last updated {updated}.</div>
</body></html>
"""
SLASHED = {
    "day-first": ("19/01/2026", "02/04/2026"),
    "month-first": ("01/19/2026", "04/02/2026"),
}


@pytest.mark.parametrize("variant", sorted(SLASHED))
def test_slashed_dates_in_the_order_the_document_writes_them(tmp_path: Path, variant: str) -> None:
    opened, updated = SLASHED[variant]
    found = dates_of(tmp_path, SLASHED_PAGE.format(opened=opened, updated=updated), "register.html")
    assert {("initiated", "2026-01-19"), ("published", "2026-04-02")} <= found
    assert not any(value == "2026-02-04" for _, value in found)


def test_an_ambiguous_slashed_date_alone_stays_month_first(tmp_path: Path) -> None:
    """With no date that tells the order, a slashed date is read as before (month first)."""
    text = SLASHED_PAGE.format(opened="TBD", updated="04/02/2026")
    assert ("published", "2026-04-02") in dates_of(tmp_path, text, "register.html")


# --- a wiki page's footer after its "See also" list --------------------------------------------------------

WIKI_FOOTERS = {
    "mediawiki.html": "<h2>See also</h2><ul><li><a href='/a'>HMC partners</a></li><li><a href='/b'>OBC "
    "liaisons</a></li></ul><div id='footer'><ul><li>This page was last edited on 8 June 2026, at 16:05.</li>"
    "<li><a href='/privacy'>Privacy policy</a></li></ul></div>",
    "markdown.md": "## See also\n\n- [HMC partners](/a)\n- [OBC liaisons](/b)\n\n---\n\n"
    "Last updated on 8 June 2026\n",
    "confluence.html": "<h2>Related documents</h2><ul><li>HMC partners</li><li>OBC liaisons</li></ul>"
    "<p>Page last modified on 8 June 2026 by Ana Lind</p>",
}


@pytest.mark.parametrize("variant", sorted(WIKI_FOOTERS))
def test_a_page_footer_after_its_see_also_list(tmp_path: Path, variant: str) -> None:
    if variant.endswith(".md"):
        text = "# HMC / OBC Tide Data Work Register\n\n" + ORGS + ITEMS + "\n" + WIKI_FOOTERS[variant]
    else:
        text = (
            "<html><body><h1>HMC / OBC Tide Data Work Register</h1><p>The Harbour Metrology Council (HMC) "
            "and the Open Buoy Consortium (OBC) keep this register of their joint work.</p><h2>Work items"
            "</h2><ul><li>Joint glossary of tide gauge terms: Q3 2026</li></ul>"
            + WIKI_FOOTERS[variant]
            + "</body></html>"
        )
    assert ("published", "2026-06-08") in dates_of(tmp_path, text, variant)


# --- the day a draft was put out ---------------------------------------------------------------------------

PUT_OUT = {
    "date-of-circulation": "Date of circulation: 2026-06-08",
    "date-of-this-draft": "Date of this draft:        June 8, 2026",
    "circulation-date": "Circulation date: 8 June 2026",
}


@pytest.mark.parametrize("variant", sorted(PUT_OUT))
def test_the_day_a_draft_was_put_out(tmp_path: Path, variant: str) -> None:
    text = TIDE_REGISTER_HEAD.replace("\n\nOrganizations", "\n" + PUT_OUT[variant] + "\n\nOrganizations", 1)
    text += "Work items\n\n1. Joint glossary of tide gauge terms - Q3 2026\n"
    assert ("published", "2026-06-08") in dates_of(tmp_path, text, "register.txt")
