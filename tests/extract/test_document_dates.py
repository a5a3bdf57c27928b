"""The dates of a document and their roles (kg.extract.document_dates, kg.extract.headers)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.context import Context
from kg.extract.dates import first_date_in
from kg.extract.document_dates import extract_dates, role_of_field
from kg.extract.headers import header_fields
from kg.extract.names import Resolver
from kg.extract.structure import read_layout
from kg.model.source_text import SourceText
from kg.model.sources import default_sources
from kg.pipeline.ingest import reference_graphs


def document(text: str) -> SourceText:
    return SourceText(Path("memo.txt"), "text/plain", "0" * 64, text, tuple(range(len(text) + 1)))


def dates(text: str, kind: str) -> set[tuple[str, str]]:
    reference, ontology = reference_graphs(default_sources().root)
    source = document(text)
    ctx = Context(source, read_layout(source), Resolver(reference, ontology))
    return {(d.role, d.value) for d in extract_dates(ctx, header_fields(source), kind)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("on 12 May 2020", "2020-05-12"),
        ("since June 2019", "2019-06"),
        ("in 2018.", "2018"),
        ("04/14/1998", "1998-04-14"),
        ("Chicago, US, 14 - 18 August 2023", "2023-08"),  # a span of days: its month
        ("March 15th 2022", "2022-03-15"),
    ],
)
def test_a_date_is_as_precise_as_the_text(text: str, value: str) -> None:
    found = first_date_in(text)
    assert found is not None and found[0] == value


@pytest.mark.parametrize(
    ("name", "kind", "role"),
    [
        ("amendment effective", "RegisterAddendum", "effective"),
        ("submission date", "LiaisonStatement", "published"),
        ("next review of this work register", "WorkRegister", "review"),
        ("due date", "LiaisonStatement", "deadline"),
        ("response to", "LiaisonStatement", None),  # a reference to an earlier statement, no deadline
        ("date", "MeetingRecord", "meeting"),
        ("date", "LiaisonStatement", "published"),
        ("date", "MemorandumOfUnderstanding", "signed"),
        ("location", "MeetingRecord", None),
    ],
)
def test_a_field_s_name_gives_its_date_a_role(name: str, kind: str, role: str | None) -> None:
    assert role_of_field(name, kind) == role


def test_fields_sentences_and_sections() -> None:
    text = (
        "DMTF / SNIA Memorandum of Understanding\n"
        "Version 1.2 \u00b7 Date Initiated: Q1 2019\n"
        "\n"
        "This memorandum enters into force on 1 January 2023.\n"
        "It was approved by the DMTF Board on 2022-12-05 and by the SNIA Board on 2022-12-07.\n"
        "Replies are requested by 30 June 2023.\n"
    )
    assert dates(text, "MemorandumOfUnderstanding") == {
        ("initiated", "2019"),
        ("effective", "2023-01-01"),
        ("approved", "2022-12-05"),
        ("approved", "2022-12-07"),
        ("deadline", "2023-06-30"),
    }


def test_header_fields_in_text_markdown_and_segments() -> None:
    fields = header_fields(
        document("**From:** OGF\nTo:\tDMTF CMWG\nVersion 2 \u00b7 Date: 2021-03-15\nNote\n")
    )
    assert [(f.name, f.value) for f in fields] == [
        ("from", "OGF"),
        ("to", "DMTF CMWG"),
        ("date", "2021-03-15"),
    ]
