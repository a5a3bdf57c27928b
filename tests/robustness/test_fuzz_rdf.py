"""RDF input: `kg validate` (and the reader of `kg build` and `kg ingest`) on
mutated Turtle, TriG, N-Triples, N-Quads, JSON-LD and RDF/XML: parsed, or refused with one
message naming the file and a non-zero exit, never a traceback."""

from __future__ import annotations

import pytest

from kg.testing.fuzzing import rdf_plans, run
from kg.testing.seeds import run_seed

SEED = run_seed()  # $KG_FUZZ_SEED, else the fixed default: named in every failure
PLANS = {plan.name: plan for plan in rdf_plans()}


@pytest.mark.parametrize("name", sorted(PLANS))
def test_rdf_input_is_read_or_refused_clearly(name: str) -> None:
    plan = PLANS[name]
    assert run(plan.target(), plan.strategy(), plan.quick, SEED).tried >= plan.quick


@pytest.mark.long
@pytest.mark.parametrize("name", sorted(PLANS))
def test_rdf_input_long_run(name: str) -> None:
    plan = PLANS[name]
    tally = run(plan.target(), plan.strategy(), plan.long, SEED)
    print(f"{name} (seed {SEED}): {tally.tried} cases, {tally.accepted} accepted, {tally.refused} refused")
