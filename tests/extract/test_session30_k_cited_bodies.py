"""A body cited inside a standard's number is a mention of the body (issue 12 point 9, session 30, engineer K;
the real probes of session 29: IEEE 802 coordination lists and minutes citing "IEEE 802.1AX", ITU-R
statements naming their sector only in "ITU-R M.2160", /work/s29/real-b, real-c).

"IEEE 802.11", "ITU-R M.2160", "ISO/IEC 27001": the standard's mention spanned its body's, so a text that
named a body only there named no body (refused as about one organization, or a body "IEEE 802.11" made up).
The number stays a specification; a body named only so is cited, not a party beside two others ("ISO 8601"
in a register between two other bodies). The bodies are real, the documents and wording invented.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted

LEAD = "The Harbour Metrology Council (HMC) keeps this page on its coordination work."


def written(layout: str, title: str, sentences: list[str]) -> tuple[str, str]:
    if layout == "md":
        return f"# {title}\n\n{LEAD}\n\n" + "".join(f"- {s}\n" for s in sentences), "a.md"
    if layout == "html":
        body = "".join(f"<li>{s}</li>" for s in sentences)
        return f"<html><body><h1>{title}</h1><p>{LEAD}</p><ul>{body}</ul></body></html>\n", "a.html"
    return f"{title}\n\n{LEAD}\n" + " ".join(sentences) + "\n", "a.txt"


CITED = [
    ("IEEE", ["HMC follows IEEE 802.11 closely.", "Its buoy links use IEEE 802.1AX link aggregation."]),
    ("ITU-R", ["HMC contributes to the revision of ITU-R M.2160.", "It reviews ITU-R M.2083 as well."]),
    ("IEC", ["HMC aligns its station profile with IEC 61850-7-4.", "It reviews IEC 62443-3-3 as well."]),
    ("IEEE", ["HMC tracks IEEE Std 802.3 and IEEE P802.11bn.", "Its profile cites IEEE 1588."]),
]


@pytest.mark.parametrize("layout", ["txt", "md", "html"])
@pytest.mark.parametrize(("body", "sentences"), CITED)
def test_a_body_named_only_in_its_standards_numbers_is_named(
    tmp_path: Path, layout: str, body: str, sentences: list[str]
) -> None:
    text, name = written(layout, "HMC coordination with other bodies", sentences)
    record = extracted(tmp_path, text, name)
    acronyms = {party.acronym for party, _ in record.parties}
    assert {"HMC", body} <= acronyms, acronyms
    labels = {spec.label for spec, _ in record.specifications}
    assert any(label.startswith(body) or f"/{body}" in label for label in labels), labels
    assert not any(party.acronym and any(c.isdigit() for c in party.acronym) for party, _ in record.parties)


@pytest.mark.parametrize("layout", ["txt", "html"])
@pytest.mark.parametrize("cited", ["ISO 8601", "ITU-R M.2160", "IEEE 802.3", "ISO/IEC 27001"])
def test_a_body_cited_beside_two_parties_is_no_party(tmp_path: Path, layout: str, cited: str) -> None:
    sentences = [
        "HMC and the Open Buoy Consortium (OBC) cooperate on tide data under this alliance.",
        f"Both exchange records whose dates follow {cited}.",
    ]
    text, name = written(layout, "HMC and OBC alliance", sentences)
    record = extracted(tmp_path, text, name)
    acronyms = {party.acronym for party, _ in record.parties}
    assert acronyms == {"HMC", "OBC"}, acronyms
    assert cited in {spec.label for spec, _ in record.specifications}
