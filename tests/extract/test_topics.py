"""A document's topics are the ones it names: the topics the reference data gives a unit or a
specification it mentions are stated only when the document's own words name them outside a name
(docs/corpus.md: only facts the document states are gold)."""

from __future__ import annotations

from pathlib import Path

from kg.pipeline.ingest import extract

TOPIC = "https://w3id.org/alliance-kg/id/topic/"

REGISTER = """DMTF / OGF Work Register

Alliance Organizations
- DMTF
- OGF

Alliance Scope
The DMTF Cloud Management Working Group and the OGF GLUE Working Group align their schemas
in this collaboration.{more}

Milestones / Dates
- Aligned schema: Q2 2027

Contacts
- Di Example, di@example.org
"""


def topics(tmp_path: Path, more: str) -> set[str]:
    path = tmp_path / "register.txt"
    path.write_text(REGISTER.format(more=more), encoding="utf-8")
    return {str(t).removeprefix(TOPIC) for t in extract(path).record.topics}


def test_topics_of_units_are_not_stated_when_the_document_does_not_name_them(tmp_path: Path) -> None:
    # "Cloud" inside the unit's name names the unit, not the topic
    assert topics(tmp_path, "") == set()


def test_topics_the_document_names_are_stated(tmp_path: Path) -> None:
    assert topics(tmp_path, " Both serve grid computing and cloud deployments.") == {"grid", "cloud"}
