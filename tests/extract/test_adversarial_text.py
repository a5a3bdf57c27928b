"""Hostile text does not make extraction slow: long runs of one character or of a short motif, in every
place a rule reads (a title, a party line, a list item, a table row, a contact line, a target field).

Why: a pattern that starts with or ends in whitespace (`\\s*,\\s*`, `.+?\\s+for`) tries every place
inside a run of blanks and scans the rest of the run from each: n² steps. Twenty such patterns were
found this way; a 350 KB document with three long blank runs took over five minutes to extract, and
"1.1.1.1..." made one pattern cubic (89 s on 4,000 characters). Each document here is extracted in a
child process with a bound far above linear (about a second) and far below quadratic (hours), so that
the suite fails instead of hanging when a new rule brings the problem back.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.costly  # started first: tests/conftest.py


RUN = 40_000  # characters of each run: quadratic work on it is 1.6e9 steps, linear a few milliseconds
MOTIFS = {
    "spaces": " ",
    "tabs": "\t",
    "blank lines": "\n",
    "spaces and blank lines": " \n",
    "dotted numbers": "1.",
    "digits": "1",
    "case pairs": "aA",
    "hyphenated capitals": "A-",
    "brackets": "(",
    "dots": ".",
    "spaced dots": ". ",
    "commas": ", ",
    "and": " and ",
    "pipes": " | ",
    "dashes": " - ",
    "slashes": "x1/",
    "ampersands": " & ",
    "capitalised words": "Foo ",
    "closings": "Regards,\n",
}
SECONDS = 90


def hostile_document(motif: str) -> str:
    """A work register with the run in each place a rule reads."""
    run = motif * (RUN // len(motif))
    return "\n".join(
        [
            f"DMTF and SNIA Work Register {run}",
            "",
            f"Parties: DMTF {run} and SNIA",
            "",
            "Milestones",
            f"1. Draft of the joint profile {run} - Target: 2Q2024",
            f"2. Review {run}: due {run} June 2024",
            f"| Item | {run} | Target |",
            "",
            "Contacts",
            f"For DMTF: Ann Lee {run} <ann@example.org>",
            f"Bob Ray replaces {run} as chair",
            f"Document {run}/x/1 between DMTF {run} to SNIA",
        ]
    )


@pytest.mark.parametrize("motif", list(MOTIFS.values()), ids=list(MOTIFS))
def test_extraction_of_long_runs_takes_linear_time(tmp_path: Path, motif: str) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(hostile_document(motif), encoding="utf-8")
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from kg.extract.alliance import extract_document\n"
        "from kg.extract.documents import read_document\n"
        "from kg.model.sources import default_sources\n"
        "from kg.pipeline.ingest import new_resolver\n"
        "try:\n"
        "    extract_document(read_document(Path(sys.argv[1])), new_resolver(default_sources()))\n"
        "except Exception as error:  # a refusal is an answer too; only the time is under test here\n"
        "    print(type(error).__name__, str(error)[:200])\n"
    )
    try:
        subprocess.run(
            [sys.executable, "-c", code, str(path)], check=True, timeout=SECONDS, capture_output=True
        )
    except subprocess.TimeoutExpired:
        pytest.fail(
            f"extracting a document with runs of {motif!r} took over {SECONDS} s: a rule is not linear"
        )
