"""Coded names (kg.extract.standards.coded_names): a code written twice is a specification ("USB4",
"DVB-DASH"), but not the codes of ordinary news (a disease, a pair of places, a word in title case before a
digit), and one document brings a bounded number of them, so that its cost stays linear."""

from __future__ import annotations

from pathlib import Path

from kg.extract.standards import CODED_NAMES_MAX, coded_names
from kg.pipeline.ingest import extract

PRESS_RELEASE = """\
# TM Forum and Linux Foundation Networking announce collaboration

**Geneva, 3 February 2026** - TM Forum and Linux Foundation Networking (LFN) today announced a
memorandum of understanding to align their work on autonomous networks.

The COVID-19 pandemic accelerated demand for automation; since COVID-19 many operators have moved
to Tier2 cloud sites, and Tier2 operators are the first audience. The EU-US data framework and the
EU-US trade council were also discussed. Devices with USB4 ports and USB4 docks were shown.
"""


def test_news_codes_are_no_specifications_and_a_real_code_still_is(tmp_path: Path) -> None:
    assert [name for name, _ in coded_names(PRESS_RELEASE)] == ["USB4"]
    path = tmp_path / "release.md"
    path.write_text(PRESS_RELEASE, encoding="utf-8")
    labels = {s.label for s in extract(path).record.new_entities if s.kind == "specification"}
    assert not labels & {"COVID-19", "Tier2", "EU-US"} and "USB4" in labels


def test_one_document_brings_a_bounded_number_of_coded_names() -> None:
    codes = [f"QX{a}{b}{n}" for a in "ABCDEFGH" for b in "ABCDEFGH" for n in (4,)]
    text = " ".join(f"We use {c} and {c} here." for c in codes)
    assert len(codes) > CODED_NAMES_MAX
    assert len(coded_names(text)) == CODED_NAMES_MAX
