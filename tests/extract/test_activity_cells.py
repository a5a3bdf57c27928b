"""A table's column of activities names what is done together (a workshop, a webinar series) or says
yes and no, as often as it names specifications: only the specifications are topics (the review's
invented liaisons page gave "Joint Workshop", "Webinar Series" and "Yes" as three specifications)."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.model.provenance import split_provenance
from kg.model.sources import default_sources
from kg.pipeline.evaluate import GraphFacts, render_fact
from kg.pipeline.ingest import extract, reference_graphs

PAGE = """# Liaison relationships of the Example Fabric Forum

| Organization | Agreement | Activity | Contact |
|---|---|---|---|
| SNIA | Liaison | Joint Workshop | Ana Ruiz |
| DMTF | MoU | Webinar Series | Ben Ode |
| OCP | Liaison | Yes | Cai Lin |
| NVM Express | MoU | NVMe-MI, Redfish | Dan Obi |
"""


def test_occasions_and_answers_in_an_activities_column_are_no_topics(tmp_path: Path) -> None:
    (tmp_path / "liaisons.md").write_text(PAGE, encoding="utf-8")
    extraction = extract(tmp_path / "liaisons.md")
    graph = Graph(identifier=extraction.facts.identifier)
    graph += split_provenance(extraction.facts)[0]
    facts = GraphFacts(graph, reference_graphs(default_sources().root)[0]).facts()
    topics = " ; ".join(render_fact(fact) for fact in facts["topics"])
    assert "nvme-mi" in topics
    for activity in ("workshop", "webinar", "yes"):
        assert activity not in topics
