"""A "Full Name (ACR)" whose head names a public body is an organization, never a specification (issue 12
point 9, session 31, engineer K; class b of /work/s30/reports/M.md: "the International Trade Administration
(ITA) of the U.S. Department of Commerce" became a specification and a topic).

Heads: Administration, Agency, Authority, Office, Ministry, Directorate ... at a name's end, or first before
"of"/"for". An office of a project or of a body ("Project Office") and an authority of a trust scheme
("Certificate Authority") stay none. Bodies invented, wording invented; prose, a list item, an HTML paragraph.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LAYOUTS = ["txt", "md", "html"]
LEAD = "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) sign this memorandum on tides."


def written(layout: str, sentence: str) -> tuple[str, str]:
    if layout == "md":
        return f"# Memorandum of understanding between HMC and OBC\n\n{LEAD}\n\n- {sentence}\n", "a.md"
    if layout == "html":
        return (
            "<html><body><h1>Memorandum of understanding between HMC and OBC</h1>"
            f"<p>{LEAD}</p><p>{sentence}</p></body></html>\n",
            "a.html",
        )
    return f"Memorandum of understanding between HMC and OBC\n\n{LEAD}\n{sentence}\n", "a.txt"


def kinds(tmp_path: Path, layout: str, sentence: str) -> dict[str, str]:
    text, name = written(layout, sentence)
    record = extracted(tmp_path, text, name)
    return {e.label: e.kind for e in record.new_entities}


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        (
            "The Coastal Trade Administration (CTA) of the Ministry of Ports hosted the signing.",
            "Coastal Trade Administration",
        ),
        ("The Ministry of Naval Metrology (MNM) joins as an observer.", "Ministry of Naval Metrology"),
        ("Observers: the Nordic Patent Office (NPO) and others.", "Nordic Patent Office"),
        ("The Tide Data Directorate (TDD) will review the results.", "Tide Data Directorate"),
    ],
)
def test_a_public_body_with_its_acronym_is_an_organization(
    tmp_path: Path, layout: str, sentence: str, body: str
) -> None:
    assert kinds(tmp_path, layout, sentence).get(body) == "organization"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_office_of_a_project_is_no_body(tmp_path: Path, layout: str) -> None:
    found = kinds(tmp_path, layout, "The HMC Project Office (HPO) keeps the files.")
    assert "HMC Project Office" not in found and "Project Office" not in found, found


@pytest.mark.parametrize("layout", LAYOUTS)
def test_an_office_named_head_first_is_no_specification(tmp_path: Path, layout: str) -> None:
    """ "Office for ..." is as often a unit of a department ("Within the ministry, the Office for ...") as a
    body: no body is made of it, and no specification either."""
    found = kinds(tmp_path, layout, "Within OBC, the Office for Buoy Safety and Standards (OBSS) runs it.")
    assert found.get("Office for Buoy Safety and Standards") in (None, "unit"), found
