"""A letter's signature whose name and title a reader ran into one line (issue 12 point 9, session 28, B).

A committee's letter signs "Kind regards," then the name and the title on lines of their own; a Markdown
file's reader joins those lines into one paragraph ("Ana Lind Committee Manager, Tide Gauge Working
Group"), an HTML page may write them in one <p>, a mail pasted as text on one line. The name is the
person's words before the first word that opens a title ("Committee Manager", "Secretary General",
"Director of Standards"), as leading_person reads a card's run-on line. Before the rule the signer was lost.
People and bodies invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import contact_orgs, extracted

LEAD = (
    "The Harbour Metrology Council (HMC) thanks the Open Buoy Consortium (OBC) for its liaison on buoy "
    "telemetry and asks OBC to comment on the attached draft."
)
SIGNERS = [
    ("Ekaterina Voss-Lindqvist", "Committee Manager, HMC Tide Gauge Working Group"),
    ("Tomasz Wierzbicki-Amadi", "Secretary General, Harbour Metrology Council"),
    ("Ana Lind", "Director of Standards, HMC"),
]


def letter(name: str, signer: str, title: str) -> str:
    if name.endswith(".md"):
        return f"# Liaison letter from HMC to OBC\n\n{LEAD}\n\nKind regards,\n\n{signer}\n{title}\n"
    if name.endswith(".html"):
        return (
            f"<html><body><h1>Liaison letter from HMC to OBC</h1><p>{LEAD}</p><p>Kind regards,</p>"
            f"<p>{signer} {title}</p></body></html>"
        )
    return f"LIAISON LETTER FROM HMC TO OBC\n\n{LEAD}\n\nKind regards,\n\n{signer} {title}\n"


@pytest.mark.parametrize("name", ["letter.md", "letter.html", "letter.txt"])
@pytest.mark.parametrize(("signer", "title"), SIGNERS)
def test_the_signer_before_a_run_on_title(tmp_path: Path, name: str, signer: str, title: str) -> None:
    people = contact_orgs(extracted(tmp_path, letter(name, signer, title), name))
    assert signer.lower() in people, people
    assert people[signer.lower()] == "hmc", people


@pytest.mark.parametrize("name", ["letter.md", "letter.html", "letter.txt"])
def test_a_body_after_the_closing_is_no_signer(tmp_path: Path, name: str) -> None:
    """A closing over a body's name and its office ("Harbour Metrology Council Secretariat") signs no one."""
    people = contact_orgs(
        extracted(tmp_path, letter(name, "Harbour Metrology", "Council Secretariat, HMC"), name)
    )
    assert not people, people
