"""Type-check kg/ with mypy against a recorded baseline that may only shrink.

Why: the packages that were written typed are checked strictly (see [tool.mypy] in
pyproject.toml); older modules still carry known errors. Those are recorded in
.ci/mypy-baseline.txt, one line each (file, message and code, without line numbers so that
unrelated edits do not churn it). The check fails on any error not in the baseline, and on
baseline lines that no longer occur (so the file shrinks as errors are fixed):

    python .ci/mypy_baseline.py            # check (CI)
    python .ci/mypy_baseline.py --update   # drop fixed errors from the baseline; never adds one
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BASELINE = ROOT / ".ci" / "mypy-baseline.txt"
ERROR_LINE = re.compile(r"^(?P<file>[^:]+):\d+:(?:\d+:)? error: (?P<message>.*)$")


def current_errors() -> Counter[str]:
    """mypy's errors on kg/ as 'file: message [code]' lines, counted (the same error may recur)."""
    run = subprocess.run(
        [sys.executable, "-m", "mypy", "kg"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    if run.returncode not in (0, 1):
        sys.exit(f"mypy failed to run:\n{run.stdout}{run.stderr}")
    errors: Counter[str] = Counter()
    for line in run.stdout.splitlines():
        match = ERROR_LINE.match(line)
        if match:
            errors[f"{match['file']}: {match['message']}"] += 1
    return errors


def recorded() -> Counter[str]:
    if not BASELINE.is_file():
        return Counter()
    lines = [line for line in BASELINE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return Counter(lines)


def write(errors: Counter[str]) -> None:
    lines = sorted(errors.elements())
    BASELINE.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def main(argv: list[str]) -> int:
    now, baseline = current_errors(), recorded()
    new, fixed = now - baseline, baseline - now
    if "--record" in argv:  # the first recording only: takes every current error
        write(now)
        print(f"recorded {sum(now.values())} errors in {BASELINE.relative_to(ROOT)}")
        return 0
    if "--update" in argv:
        write(baseline - fixed)
        print(f"dropped {sum(fixed.values())} fixed errors; {sum((baseline - fixed).values())} remain")
    for line in sorted(new.elements()):
        print(f"new mypy error (not in the baseline): {line}")
    if fixed and "--update" not in argv:
        for line in sorted(fixed.elements()):
            print(f"fixed, drop it from the baseline (--update): {line}")
    failed = bool(new) or (bool(fixed) and "--update" not in argv)
    counts = (sum(now.values()), sum(baseline.values()), sum(new.values()))
    print("mypy: {} errors, {} in the baseline, {} new".format(*counts))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
