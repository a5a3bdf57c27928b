"""The bodies a joint committee's full name says it is of ("Joint Technical Committee 1 of ISO and IEC",
"the Joint Technical Committee of CEN and CENELEC") are named as part of that name: no parties of the page
(issue 12 point 9, session 31, engineer K; the real statements between "ISO/IEC JTC1/SC22 and IETF",
/work/s31/k-real.md, and dev's w3c-liaison-jtc1.md, where ISO and IEC were extra parties).

Committees real, the page's body and wording invented; a table row and a paragraph, Markdown and HTML; a
body named on its own elsewhere stays a party.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Coastal Survey Forum (CSF) keeps a liaison with the committee below."


def page(layout: str, line: str, title: str) -> tuple[str, str]:
    crumbs = f"[Coastal Survey Forum](/) > [Liaisons](/liaisons/) > {title}"
    after = f"The Coastal Survey Forum is recognised by {title} as a submitter of survey specifications."
    if line.startswith("|"):
        header = "| Organization | MoU | CSF areas | CSF contact | Liaison contact |\n|---|---|---|---|---|\n"
        if layout == "md":
            return f"# Liaisons: {title}\n\n{crumbs}\n\n{header}{line}\n\n## About\n\n{after}\n", "a.md"
        cells = "".join(f"<td>{c.strip()}</td>" for c in line.strip("|").split("|"))
        heads = "".join(f"<th>{c.strip()}</th>" for c in header.split("\n")[0].strip("|").split("|"))
        return (
            f"<html><body><h1>Liaisons: {title}</h1><p>{crumbs}</p>"
            f"<table><tr>{heads}</tr><tr>{cells}</tr></table><h2>About</h2><p>{after}</p></body></html>\n",
            "a.html",
        )
    if layout == "html":
        return (
            f"<html><body><h1>CSF liaisons: {title}</h1><p>{LEAD}</p><p>{line}</p></body></html>\n",
            "a.html",
        )
    return f"# CSF liaisons: {title}\n\n{LEAD}\n\n{line}\n", "a.md"


@pytest.mark.parametrize("layout", ["md", "html"])
@pytest.mark.parametrize(
    ("line", "title", "owners"),
    [
        (
            "| ISO/IEC JTC 1 Joint Technical Committee 1 of ISO and IEC | Yes | Surveys | Ana | - |",
            "ISO/IEC JTC 1",
            {"ISO", "IEC"},
        ),
        (
            "| CEN-CENELEC JTC 21 Joint Technical Committee 21 of CEN and CENELEC | No | AI | Ben | - |",
            "CEN-CENELEC JTC 21",
            {"CEN", "CENELEC"},
        ),
        (
            "CEN-CENELEC JTC 21, the Joint Technical Committee 21 of CEN and CENELEC, answers our letters.",
            "CEN-CENELEC JTC 21",
            {"CEN", "CENELEC"},
        ),
    ],
)
def test_the_owners_named_in_a_joint_committees_name_are_no_parties(
    tmp_path: Path, layout: str, line: str, title: str, owners: set[str]
) -> None:
    record = extracted(tmp_path, *page(layout, line, title))
    parties = {p.short_name for p, _ in record.parties}
    assert not parties & owners, parties


@pytest.mark.parametrize("layout", ["md", "html"])
def test_a_body_named_on_its_own_stays_a_party(tmp_path: Path, layout: str) -> None:
    line = "CSF also works with IEC TC 57, a committee of the IEC, on survey data."
    record = extracted(tmp_path, *page(layout, line, "IEC"))
    assert "IEC" in {p.short_name for p, _ in record.parties}
