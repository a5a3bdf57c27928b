"""Layout invariance of the KIND of a committee's membership list (issue 12, point 9, session 28, tuner A).

A subcommittee's page lists its national body members with their voting status ("France (AFNOR) [P]",
"Belgium (NBN) (O-member)", "Japan (JISC): Observing") and says liaison organizations may attend: many
bodies, the word "liaison", and no alliance between them; it was read as an alliance page of every national
body. Five lines or more of members with their status, and no word of an agreement or a cooperation, make a
membership list, refused. A page that lists its members beside an agreement is not one. The committee is
invented (the national bodies are real); each list is written in HTML, Markdown and plain text.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

from kg.extract.kinds import NotAnAllianceDocument

MEMBERS = ["Australia (SA)", "Canada (SCC)", "France (AFNOR)", "Germany (DIN)", "Japan (JISC)", "Italy (UNI)"]
MARKS = ["[P]", "(P-member)", ": Participating"]
LEAD = (
    "Kelp Committee 7 works on buoy data. Its members are national bodies; companies and consortia do not "
    "vote. Liaison organizations may attend its meetings but do not vote."
)


def document(layout: str, mark: str, extra: str = "") -> tuple[str, str]:
    lines = [f"{member} {mark}".replace(" :", ":") for member in MEMBERS]
    if layout == "html":
        items = "".join(f"<li>{line}</li>" for line in lines)
        return (
            f"<html><body><h1>KC 7 membership</h1><p>{LEAD}{extra}</p><ul>{items}</ul></body></html>\n",
            "a.html",
        )
    if layout == "md":
        items = "\n".join(f"- {line}" for line in lines)
        return f"# KC 7 membership\n\n{LEAD}{extra}\n\n{items}\n", "a.md"
    return "KC 7 membership\n\n" + LEAD + extra + "\n\n" + "\n".join(lines) + "\n", "a.txt"


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize("layout", ["html", "md", "txt"])
def test_a_committees_membership_list_is_refused(tmp_path: Path, layout: str, mark: str) -> None:
    text, name = document(layout, mark)
    with pytest.raises(NotAnAllianceDocument):
        extracted(tmp_path, text, name)


@pytest.mark.parametrize("layout", ["html", "md", "txt"])
def test_members_listed_beside_an_agreement_are_no_membership_list(tmp_path: Path, layout: str) -> None:
    extra = " Under its cooperation agreement with the Kelp Data Association (KDA), KDA experts join KC 7."
    text, name = document(layout, "[P]", extra)
    assert extracted(tmp_path, text, name).kind != "NotAlliance"
