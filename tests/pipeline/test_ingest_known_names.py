"""A body discovered in one document is known to the next (issue 12 point 3): `kg ingest` resolves names
against the organizations the store already holds (named query known-organizations), not only the
reference data, so a second document naming the same new body by its full name reuses its IRI."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef

from kg.cli.main import main
from kg.store import open_store

FIXTURES = Path(__file__).parents[1] / "fixtures" / "registers"
FIRST = FIXTURES / "snia-ogf-pif-addendum.md"  # introduces "Photonic Interconnect Forum (PIF)"
SECOND = FIXTURES / "dmtf-pif-register.md"  # names it only as "Photonic Interconnect Forum"
PIF = URIRef("https://w3id.org/alliance-kg/id/organization/pif")
PARTIES_OF_SECOND = """
SELECT ?party WHERE {
  ?register akg:party ?party ; dcterms:title ?title .
  FILTER (STR(?title) = "DMTF / Photonic Interconnect Forum Work Register")
}"""


def parties_of_second(store: Path) -> set[URIRef]:
    with open_store(store) as kg:
        return {row["party"] for row in kg.select(PARTIES_OF_SECOND)}


def test_the_second_document_reuses_the_iri_the_first_gave(store_copy: Path) -> None:
    assert main(["ingest", str(FIRST), "--store", str(store_copy)]) == 0
    assert main(["ingest", str(SECOND), "--store", str(store_copy)]) == 0
    assert PIF in parties_of_second(store_copy)


def test_without_the_first_document_the_name_is_not_resolved_to_it(
    store_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(["ingest", str(SECOND), "--store", str(store_copy)])
    capsys.readouterr()
    assert code != 0 or PIF not in parties_of_second(store_copy)
