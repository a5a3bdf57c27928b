"""benchmarks/attacks.py --quick: every attack the independent attack used, run again against a
real `kg serve` on 127.0.0.1 (a copy of a store `kg build` made), and every verdict is "held".

Marked long (about a minute and a half, and a query worker grows to gigabytes before its time
limit): `python -m pytest -m long tests/robustness/test_attacks_script.py`.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.testing.faults import ROOT

ATTACKS = {
    "slowloris",
    "accept-bomb",
    "nested-query",
    "hungry-query",
    "service-tricks",
    "corrupted-store",
    "ingest-serve",
    "slow-post",
}


@pytest.mark.long
def test_every_attack_of_the_quick_run_is_held(tmp_path: Path) -> None:
    report = tmp_path / "attacks.json"
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "attacks.py"), "--quick", "--json", str(report)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    print(run.stdout)
    assert report.is_file(), run.stdout[-3000:] + run.stderr[-3000:]
    verdicts = {attack["attack"]: attack["verdict"] for attack in json.loads(report.read_text())["attacks"]}
    assert set(verdicts) == ATTACKS
    assert verdicts == dict.fromkeys(ATTACKS, "held"), run.stdout[-6000:]
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.count("  verdict: held") == len(ATTACKS)
