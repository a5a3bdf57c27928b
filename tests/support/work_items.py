"""What the work-item layout tests share: two invented parties, and the (label, target) pairs a
document's extraction finds."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

ORGS = """## Organizations

- Harbour Metrology Council (HMC), through its Tide Gauge Working Group
- Open Buoy Consortium (OBC), through its Telemetry Task Force

"""


def milestone_pairs(tmp_path: Path, text: str, name: str) -> set[tuple[str, str | None]]:
    """Write `text` to tmp_path/name and extract it: each milestone's label and target as written."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {(m.label, m.target.text if m.target else None) for m in extract(path).record.milestones}
