"""A body named in a title or heading written in capitals ("MEMORANDUM OF UNDERSTANDING BETWEEN THE OPEN
TELEMETRY CONSORTIUM (OTC) AND THE GRID DATA ALLIANCE (GDA)") is a body, as running text names it
(kg.extract.names.as_titled).

Why: the rules know a new body by the head its name ends on ("Consortium", "Alliance") and by its
capitalised words; in capitals no head is written as they know it, and such a memorandum named no
organization and was refused; a page under such a title lost its bodies to specifications named in
capitals. A run of acronyms ("ISO/IEC JTC", "OASIS ODF TC") is left as it is written.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract.names import as_titled
from kg.pipeline.ingest import extract

TITLE = (
    "MEMORANDUM OF UNDERSTANDING BETWEEN THE OPEN TELEMETRY CONSORTIUM (OTC) AND THE GRID DATA ALLIANCE (GDA)"
)
TERMS = [
    "The Parties agree to cooperate on the Telemetry Exchange Profile.",
    "This Memorandum takes effect on the date of the last signature.",
]

ITEMS = "".join(f"<li>{t}</li>" for t in TERMS)

DOCUMENTS = {
    "mou.txt": f"{TITLE}\n\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(TERMS, 1)) + "\n",
    "mou.md": f"# {TITLE}\n\n" + "\n".join(f"{n}. {t}" for n, t in enumerate(TERMS, 1)) + "\n",
    "mou.html": f"<html><body><h1>{TITLE}</h1><ol>{ITEMS}</ol></body></html>",
}


@pytest.mark.parametrize("name", sorted(DOCUMENTS))
def test_a_memorandum_titled_in_capitals_names_its_parties(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text(DOCUMENTS[name], encoding="utf-8")
    record = extract(path).record
    assert record.kind == "MemorandumOfUnderstanding"
    parties = {(entity.label, entity.acronym) for entity, _ in record.parties}
    assert parties == {("Open Telemetry Consortium", "OTC"), ("Grid Data Alliance", "GDA")}


@pytest.mark.parametrize(
    "written, read",
    [
        ("OPEN TELEMETRY CONSORTIUM", "Open Telemetry Consortium"),
        ("INSTITUTE OF GRID AND DATA ENGINEERS", "Institute of Grid and Data Engineers"),
        ("ITU-T FOCUS GROUP", "ITU-T Focus Group"),
        ("ISO/IEC JTC", "ISO/IEC JTC"),
        ("OASIS ODF TC", "OASIS ODF TC"),
        ("Open Telemetry CONSORTIUM", "Open Telemetry CONSORTIUM"),
        ("CONSORTIUM", "CONSORTIUM"),
    ],
)
def test_what_is_read_as_running_text(written: str, read: str) -> None:
    assert as_titled(written) == read
