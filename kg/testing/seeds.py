"""One seed for every random choice of the robustness harnesses (kg.testing.faults, kg.testing.fuzzing).

Why: a failure found by chance must be found again. A run takes one seed (a --seed option, else
$KG_FUZZ_SEED, else DEFAULT_SEED), prints it, and derives the seed of each part (a fuzz target, a
chunk of one, the kill delays of one command) from it with SHA-256: never from `hash()` of a
string, which differs between processes (PYTHONHASHSEED), nor from the clock. A failure names
the seed and the command that runs it again (reproduce_command).
"""

from __future__ import annotations

import hashlib
import os
import shlex
import sys

SEED_VARIABLE = "KG_FUZZ_SEED"
DEFAULT_SEED = 20261121


def run_seed(given: int | None = None) -> int:
    """`given` (a --seed option), else $KG_FUZZ_SEED, else DEFAULT_SEED."""
    if given is not None:
        return given
    configured = os.environ.get(SEED_VARIABLE, "").strip()
    if not configured:
        return DEFAULT_SEED
    try:
        return int(configured, 0)
    except ValueError:
        raise SystemExit(f"{SEED_VARIABLE}={configured!r} is not an integer") from None


def derive(seed: int, *labels: object) -> int:
    """The seed of one part of a run (labels: a target's name, a chunk's index), the same in every
    process: the first 63 bits of SHA-256 over the seed and the labels."""
    text = "\x1f".join(str(part) for part in (seed, *labels))
    return int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big") >> 1


def reproduce_command(seed: int) -> str:
    """The command that runs the current pytest test (or else this script) again with `seed`."""
    current = os.environ.get("PYTEST_CURRENT_TEST")
    if current:
        node = current.rsplit(" (", 1)[0]
        return f"{SEED_VARIABLE}={seed} python -m pytest -n 0 -m '' {shlex.quote(node)}"
    argv = [arg for arg in sys.argv if arg]
    return f"{SEED_VARIABLE}={seed} python {shlex.join(argv)}"
