"""Named-query parameters: any text given as a parameter is bound as one RDF
term (it round-trips through a SPARQL parser unchanged) or refused with a QueryError; it never
becomes query syntax, and `kg query --param` never ends in a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.store import open_store
from kg.testing.fuzzing import NASTY_VALUES, QueryCase, named_query_checker, parameters, query_plans, run
from kg.testing.seeds import run_seed

SEED = run_seed()  # $KG_FUZZ_SEED, else the fixed default: named in every failure


@pytest.fixture(scope="module")
def plans(seed_store: Path):
    with open_store(seed_store) as store:
        yield {plan.name: plan for plan in query_plans(store, seed_store)}


@pytest.mark.parametrize("name", ["named-query parameters", "kg query --param"])
def test_parameters_are_bound_or_refused(plans, name: str) -> None:
    plan = plans[name]
    assert run(plan.target(), plan.strategy(), plan.quick, SEED).tried >= plan.quick


def test_every_nasty_value_on_every_parameter(seed_store: Path) -> None:
    """Not left to chance: each hand-picked hostile value against each parameter of each query."""
    with open_store(seed_store) as store:
        check = named_query_checker(store)
        outcomes = {check(QueryCase(q, p, v)) for q, p in parameters() for v in NASTY_VALUES}
    assert outcomes == {"accepted", "refused"}


@pytest.mark.long
@pytest.mark.parametrize("name", ["named-query parameters", "kg query --param"])
def test_parameters_long_run(plans, name: str) -> None:
    plan = plans[name]
    tally = run(plan.target(), plan.strategy(), plan.long, SEED)
    print(f"{name} (seed {SEED}): {tally.tried} cases, {tally.accepted} accepted, {tally.refused} refused")
