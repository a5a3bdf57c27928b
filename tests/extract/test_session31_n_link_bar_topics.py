"""A saved page's link bar ("[Docs] [txt|pdf] [draft-...] [Tracker]", document_dates.PAGE_CLUTTER) over a
memo's head names the draft the memo grew from as a link of the site, not as a specification the memo
concerns (session 31, engineer N, L's request; dev s31l-saved-memo-page-link-clutter-head.txt). The same
draft named in the memo's own text stays one. Drafts and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.entities import discover_entities
from kg.extract.names import Resolver
from kg.extract.standards import discover_standard_numbers
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


def specifications(text: str) -> set[str]:
    source = SourceText(Path("memo.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))
    reference, ontology = reference_graphs(default_sources().root)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    discover_entities(ctx)
    discover_standard_numbers(ctx)
    return {e.label for e in ctx.resolver.new_entities.values() if e.kind == "specification"}


BARS = [
    "[Docs] [txt|pdf|html] [{draft}] [Tracker] [Diff1] [Diff2] [IPR]",
    "[Docs] [txt|pdf] [{draft}] [Tracker] [IPR] [Errata]",
    "  [Search] [txt|html|xml] [{draft}] [Diff1] [Diff2]",
]
DRAFTS = ["draft-iab-tide-coord", "draft-obc-buoy-liaison-notes"]
MEMO = """{bar}

INFORMATIONAL

Harbour Architecture Board (HAB)                              J. Example
Request for Comments: 9988                                  Tidewater Labs
Category: Informational                                        June 2026

        Coordination between the HAB and the Ocean Buoy Consortium

Abstract

   This memo describes how the two bodies exchange work on buoy telemetry{cite}.
"""


@pytest.mark.parametrize("bar", BARS)
@pytest.mark.parametrize("draft", DRAFTS)
def test_the_link_bars_draft_is_no_specification(bar: str, draft: str) -> None:
    found = specifications(MEMO.format(bar=bar.format(draft=draft), cite=""))
    assert draft not in found, found


@pytest.mark.parametrize("draft", DRAFTS)
def test_the_draft_named_in_the_memo_stays_one(draft: str) -> None:
    found = specifications(MEMO.format(bar=BARS[0].format(draft=draft), cite=f", as {draft} proposed"))
    assert draft in found, found


def test_a_draft_in_brackets_in_the_memos_own_references_stays_one() -> None:
    text = MEMO.format(bar="", cite="") + "\nReferences\n\n   [draft-obc-buoy-telemetry-model]  Example, J.\n"
    assert "draft-obc-buoy-telemetry-model" in specifications(text)
