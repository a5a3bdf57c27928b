"""The triple cap of one document (kg.model.budget): spent by the mapping and the provenance alike."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import URIRef

from kg.errors import InputError
from kg.model.budget import (
    DEFAULT_MAX_TRIPLES,
    MAX_TRIPLES_VARIABLE,
    TooManyTriples,
    TripleBudget,
    max_triples,
)
from kg.model.mapping import map_record
from kg.model.provenance import provenance_graph
from kg.pipeline.ingest import extract


def test_the_cap_comes_from_the_argument_then_the_environment_then_the_default(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv(MAX_TRIPLES_VARIABLE, raising=False)
    assert max_triples() == DEFAULT_MAX_TRIPLES == 250_000
    monkeypatch.setenv(MAX_TRIPLES_VARIABLE, " 1200 ")
    assert max_triples() == 1200
    assert max_triples(7) == 7


@pytest.mark.parametrize("value", ["lots", "0", "-5"])
def test_a_bad_cap_in_the_environment_is_named(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv(MAX_TRIPLES_VARIABLE, value)
    with pytest.raises(InputError, match=rf"\${MAX_TRIPLES_VARIABLE} must be"):
        max_triples()


def test_spending_past_the_cap_is_refused_at_the_first_triple_over_it() -> None:
    budget = TripleBudget(10)
    budget.spend(9)
    budget.spend()
    with pytest.raises(TooManyTriples, match="more than 10 triples") as refused:
        budget.spend()
    assert isinstance(refused.value, InputError) and refused.value.exit_code == 2


SEED = Path(__file__).parents[2] / "data" / "registers" / "ogf-dmtf-work-register.txt"


def test_mapping_and_provenance_spend_from_one_budget_exactly_their_triples() -> None:
    """The budget counts the triples the two graphs hold (a repeated one once): a cap of that many
    passes, one less is refused (in the provenance, after the facts were spent), and a cap under the
    facts is refused in the mapping already."""
    extraction = extract(SEED)
    document, record = extraction.document, extraction.record
    facts_size, provenance_size = len(extraction.facts), len(extraction.provenance)

    def build(cap: int) -> int:
        budget = TripleBudget(cap)
        facts, evidence = map_record(record, document, "register.txt", budget)
        now = dt.datetime(2026, 12, 4, tzinfo=dt.UTC)
        provenance_graph(
            document,
            URIRef("urn:x:document"),
            facts.identifier,
            "urn:x:",
            record.slug,
            evidence,
            now,
            now,
            budget,
        )
        return budget.spent

    total = facts_size + provenance_size
    assert build(total) == total
    with pytest.raises(TooManyTriples):
        build(total - 1)
    with pytest.raises(TooManyTriples):
        build(facts_size - 1)  # in the mapping already
