"""An agreement whose text never speaks of signing it (a statement of mutual benefits sent for approval, a
proposal) is dated as a page is: its bare "Date:" or the lone date under its title is the day it was
issued, no signing (session 31, engineer N: the statements kinds.py now reads as agreements; dev s28a's
compact variant and s31k-mutual-benefits). An agreement that speaks of its signing keeps its signing date.
Bodies and wording invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.document_dates import extract_dates
from kg.extract.headers import header_fields
from kg.extract.names import Resolver
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs

MOU = "MemorandumOfUnderstanding"


def dates(text: str, kind: str = MOU) -> set[tuple[str, str]]:
    reference, ontology = reference_graphs(default_sources().root)
    source = SourceText(Path("memo.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    return {(d.role, d.value) for d in extract_dates(ctx, header_fields(source), kind)}


BODY = (
    "\n1. Introduction\n\nThe Ocean Buoy Consortium maintains the buoy label format; the committee maintains"
    " the carrier standards.\n\n2. Benefits\n\nBoth gain an early view of each other's drafts.\n"
)
HEADS = [
    "Title:  Liaison between the Ocean Buoy Consortium and SC31/WG4:\n"
    "        Statement of mutual benefits\nDate:   2027-02-18\nStatus: For approval at the plenary\n",
    "Liaison between OBC and SC31/WG4\nStatement of mutual benefits\nDate: 18 February 2027\n",
]


@pytest.mark.parametrize("head", HEADS)
def test_an_unsigned_agreements_date_is_its_issue(head: str) -> None:
    found = dates(head + BODY)
    assert ("published", "2027-02-18") in found and ("signed", "2027-02-18") not in found, found


@pytest.mark.parametrize(
    "closing",
    [
        "\nSigned for OBC and for SC31/WG4.\n",
        "\nIN WITNESS WHEREOF the parties have set their hands.\n",
        "\nSignatures\n\nFor OBC: ____________\n",
    ],
)
def test_an_agreement_that_speaks_of_its_signing_keeps_its_signing_date(closing: str) -> None:
    found = dates(HEADS[1] + BODY + closing)
    assert ("signed", "2027-02-18") in found, found
