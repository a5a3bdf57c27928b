"""The layout liaison statements share (3GPP, ETSI, ITU-T, IETF): numbered headings that end on a colon
("1. Overall Description:"), the body under "Overall Description" rather than under the contact
fields before it, a title asking for a review that opens no review section, and ITU-T Recommendations
named one way whichever way they are cited."""

from __future__ import annotations

from pathlib import Path

from kg.extract.standards import standard_name
from kg.extract.structure import classify_line, section_kind
from kg.pipeline.ingest import extract

STATEMENT = """ABC TSG XY WG9 Meeting #12

Title:          LS on alignment of optical models
Source:         WG9
To:             ITU-T Study Group 15

Contact Person:
  Name:           Mei Example
  E-mail Address: mei@example.org

1. Overall Description:

WG9 of ETSI thanks ITU-T for its liaison. The models use ITU-T Recommendation G.709 and G.872, and
ETSI asks ITU-T to review them against G.709 again in this collaboration.

2. Actions:

ACTION: WG9 asks ITU-T to review the attached models and reply by 10 November 2023.
"""


def test_a_numbered_heading_may_end_on_a_colon() -> None:
    block = classify_line("1. Overall Description:", 0, False)
    assert (block.kind, block.text) == ("heading", "Overall Description:")
    assert classify_line("2. The parties agree to the following:", 0, False).kind != "heading"
    assert classify_line("3. Joint guide - Q4 2023", 0, False).kind == "item"


def test_overall_description_is_the_purpose_and_only_a_review_of_the_alliance_is_a_review() -> None:
    assert section_kind("Overall Description:") == "purpose"
    assert section_kind("Work Register Review Date") == "review"
    assert section_kind("Review") == "review"
    assert section_kind("Request for review of YANG models for optical networks") is None
    assert section_kind("Call for technical review") is None


def test_an_itu_t_recommendation_is_named_by_its_number() -> None:
    assert standard_name("ITU-T Recommendation G.709") == ("ITU-T G.709", "G.709")
    assert standard_name("ITU-T Rec. Y.3172") == ("ITU-T Y.3172", "Y.3172")
    # a 3GPP specification is cited by its number alone too ("TS 28.312"), as an ETSI deliverable is
    # (session 26, bf7c015): the bare number names the same specification
    assert standard_name("3GPP TS 28.312") == ("3GPP TS 28.312", "TS 28.312")


def test_the_body_after_the_contact_fields_concerns_its_specifications(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(STATEMENT, encoding="utf-8")
    record = extract(path).record
    labels = [spec.label for spec, _ in record.specifications]
    assert sorted(labels) == ["G.872", "ITU-T G.709"]  # one G.709, cited twice and two ways
    g709 = next(spec for spec, _ in record.specifications if spec.label == "ITU-T G.709")
    assert g709.acronym == "G.709"
