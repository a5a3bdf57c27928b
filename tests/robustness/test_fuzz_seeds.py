"""One seed reproduces a fuzz run: the same seed draws the same cases, in this process and in
another (whose PYTHONHASHSEED differs: nothing derives from hash() of a string), and another
seed draws other cases; a failing case names its seed and the command that runs it again."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import strategies as st

from kg.testing.fuzzing import (
    ROOT,
    Case,
    Target,
    any_rdf_cases,
    cases_digest,
    cases_drawn,
    document_cases,
    query_cases,
    run,
)
from kg.testing.seeds import DEFAULT_SEED, SEED_VARIABLE, derive, run_seed

EXAMPLES = 25
STRATEGIES = {"documents": document_cases, "rdf": any_rdf_cases, "query parameters": query_cases}
DRAW = """
import sys
from kg.testing import fuzzing
from kg.testing.seeds import run_seed
strategy = {"documents": fuzzing.document_cases, "rdf": fuzzing.any_rdf_cases,
            "query parameters": fuzzing.query_cases}[sys.argv[1]]
print(fuzzing.cases_digest(fuzzing.cases_drawn(strategy(), int(sys.argv[2]), run_seed(), sys.argv[1])))
"""


def drawn_here(name: str, seed: int) -> str:
    return cases_digest(cases_drawn(STRATEGIES[name](), EXAMPLES, seed, name))


def drawn_in_another_process(name: str, seed: int, hash_seed: str) -> str:
    env = {**os.environ, SEED_VARIABLE: str(seed), "PYTHONHASHSEED": hash_seed}
    result = subprocess.run(
        [sys.executable, "-c", DRAW, name, str(EXAMPLES)], env=env, cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout.strip()


@pytest.mark.parametrize("name", sorted(STRATEGIES))
def test_the_same_seed_draws_the_same_cases_and_another_seed_others(name: str) -> None:
    seed = run_seed()
    first = drawn_here(name, seed)
    assert drawn_here(name, seed) == first
    assert drawn_in_another_process(name, seed, hash_seed="12345") == first
    assert drawn_here(name, seed + 1) != first


def test_the_seed_comes_from_the_option_the_environment_or_the_default(monkeypatch) -> None:
    monkeypatch.delenv(SEED_VARIABLE, raising=False)
    assert run_seed() == DEFAULT_SEED and run_seed(7) == 7
    monkeypatch.setenv(SEED_VARIABLE, "42")
    assert run_seed() == 42 and run_seed(7) == 7
    assert derive(42, "kg ingest") == 8599820135510527594  # SHA-256: the same in every process
    assert derive(42, "kg ingest") != derive(42, "kg build") != derive(43, "kg build")


def test_a_failing_case_names_its_seed_and_the_command_that_reproduces_it() -> None:
    def fails_on_long_input(case: Case) -> str:
        assert len(case.data) < 8, "too long"
        return "accepted"

    strategy = st.builds(lambda data: Case(".txt", data, "random-bytes"), st.binary(max_size=64))
    with pytest.raises(AssertionError) as failure:
        run(Target("long input", fails_on_long_input), strategy, 200, 99)
    notes = "\n".join(getattr(failure.value, "__notes__", []))
    assert "fuzz seed 99 (target 'long input', chunk 0)" in notes
    assert f"{SEED_VARIABLE}=99 python -m pytest -n 0 -m ''" in notes
    assert "test_fuzz_seeds.py::test_a_failing_case_names_its_seed" in notes
