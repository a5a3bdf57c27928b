"""A longer name never reaches back across a sentence's end (session 23, engineer E, named by engineer B on a
dev liaison statement): "... its earlier information on TS-4410. BuoyLink is preparing ..." gave a
specification "TS-4410. BuoyLink", since the words before a unit's subject written alone were read as the
start of its name even when the last of them closed a sentence. The bodies and names are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, topic_labels

STATEMENT = """LIAISON STATEMENT

From: Open Buoy Consortium (OBC) BuoyLink Working Group
To: Harbour Metrology Council (HMC) Tide Gauge Task Force

The OBC BuoyLink Working Group thanks the HMC Tide Gauge Task Force for its earlier information on
{code}. BuoyLink is preparing a revision of its telemetry profile and would like to use a connector
defined by the HMC rather than define its own.
"""


@pytest.mark.parametrize("code", ["HMC-TA-1009", "TR-4410", "TideML"])
def test_no_name_runs_across_a_full_stop(tmp_path: Path, code: str) -> None:
    labels = topic_labels(extracted(tmp_path, STATEMENT.format(code=code), "statement.txt"))
    assert not [label for label in labels if ". " in label], labels
