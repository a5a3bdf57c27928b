"""Kinds named by titles the first rules did not know: a joint work plan, a joint project charter
(work registers), a roadmap update and a slide deck exported as text (meeting records). Invented
bodies and content."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.pipeline.ingest import extract

BODY = """
The Kestrel Networks Alliance (KNA) and the Quantum Grid Alliance (QGA) collaborate on the
energy efficiency of radio networks under their liaison agreement.

- Shared energy metrics profile - Q3 2026
"""


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("KNA / QGA Joint Work Plan on Energy Metrics", "WorkRegister"),
        ("KNA / QGA Energy Metrics Joint Project Charter (R2.1)", "WorkRegister"),
        ("KNA and QGA: Joint Roadmap Update", "MeetingRecord"),
        ("Download presentation\n\nKNA and QGA energy metrics", "MeetingRecord"),
    ],
)
def test_the_title_names_the_kind(tmp_path: Path, title: str, kind: str) -> None:
    path = tmp_path / "document.md"
    path.write_text(title + "\n" + BODY, encoding="utf-8")
    assert extract(path).record.kind == kind
