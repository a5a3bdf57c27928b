"""Phrases no reader takes for a subject of the alliance were topics on real documents (issue 12 point 9,
session 32, engineer T): a company's description by an adjective compound ("a Geneva, Switzerland-based
standards arm" gave a specification "Switzerland-based"), a goal opened by a comparative ("areas of
interest: sustainability and increased public awareness ..."), and a body's own groups in the plural
("representatives of OASIS Technical Committees (TCs)" gave a specification "Technical Committees").
Bodies real or invented, wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.bare_specifications import adjective_compound
from kg.model.records import AllianceRecord

HEAD = (
    "# Harbour Metrology Council and Open Buoy Consortium: Memorandum of Understanding\n\n"
    "The Harbour Metrology Council (HMC) and the Open Buoy Consortium (OBC) agree to work together.\n\n"
)


def names(record: AllianceRecord) -> set[str]:
    """Every name of each specification or topic the document brought."""
    new = {e.iri: e for e in record.new_entities}
    entities = [s for s, _ in record.specifications] + [new[t] for t in record.topics if t in new]
    return {folded(n) for e in entities for n in (e.label, *e.names)}


NEWS = "Harbour Metrology Council signs pact with Open Buoy Consortium\n\n"


@pytest.mark.parametrize(
    "text",
    [
        HEAD + "## Background\n\nHMC, a Lisbon, Portugal-based standards body, publishes tide tables.\n",
        NEWS
        + "The Harbour Metrology Council (HMC), a Lisbon, Portugal-based standards arm of the tide office,"
        " said Monday it had signed a memorandum of understanding with the Open Buoy Consortium (OBC).\n",
        NEWS
        + "The Harbour Metrology Council (HMC), the Oslo-headquartered standards agency, said it had signed"
        " a memorandum of understanding with the Open Buoy Consortium (OBC).\n",
    ],
)
def test_an_adjective_compound_before_standards_is_no_specification(tmp_path: Path, text: str) -> None:
    found = names(extracted(tmp_path, text, "news.txt"))
    assert not {"portugal-based", "oslo-headquartered"} & found, found


def test_adjective_compound_against_codes() -> None:
    assert adjective_compound("Switzerland-based") and adjective_compound("US-led")
    assert adjective_compound("industry-wide") and adjective_compound("Europe-centric")
    assert not any(adjective_compound(w) for w in ("SPIR-V", "Wi-Fi", "3-D", "e-CAT", "FC-NVMe", "Qi"))


@pytest.mark.parametrize(
    "layout",
    [
        "1. Collaboration: The two bodies will partner on events and publications. Areas of particular"
        " interest are: tide gauges and increased awareness around ocean data.\n",
        "## Areas of cooperation\n\n- tide gauges\n- improved uptake of buoy telemetry\n- greater reach"
        " of coastal forecasts\n",
    ],
)
def test_a_goal_opened_by_a_comparative_is_no_topic(tmp_path: Path, layout: str) -> None:
    found = names(extracted(tmp_path, HEAD + layout, "mou.md"))
    assert "tide gauges" in found, found
    assert not any(n.startswith(("increased", "improved", "greater")) for n in found), found


@pytest.mark.parametrize(
    "sentence",
    [
        "OBC asks that representatives of OBC Technical Committees (TCs) attend HMC meetings.",
        "Members of the HMC Working Groups (WGs) may join the OBC review of the Buoy Telemetry Format.",
        "The HMC Task Forces (TFs) will report to both boards.",
    ],
)
def test_a_body_s_own_groups_are_no_specification(tmp_path: Path, sentence: str) -> None:
    found = names(extracted(tmp_path, HEAD + "## Scope\n\n" + sentence + "\n", "mou.md"))
    assert not any(n.endswith(("committees", "groups", "forces")) for n in found), found
