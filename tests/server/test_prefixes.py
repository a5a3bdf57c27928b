"""One meaning per prefix (issue 14 point 6), on a real `kg serve` and `kg sparql`.

A user copies `?c rdfs:subClassOf org:FormalOrganization` from ontology/alignments.ttl into
the endpoint, whose prefixes are predeclared: `org:` must mean W3C ORG there too, as in every
file we write; our organizations are `organization:`. Dumps bind `oa:` instead of inventing
`ns1:`, and the ontology's version IRI resolves.
"""

from __future__ import annotations

import re
from pathlib import Path

import httpx
import pytest
from rdflib import OWL, Graph, URIRef

from kg.cli.main import main
from kg.model.namespaces import ONTOLOGY_IRI, PREFIXES

W3C_ORG = "http://www.w3.org/ns/org#"
COPIED_FROM_ALIGNMENTS = "SELECT ?c WHERE { ?c rdfs:subClassOf org:FormalOrganization }"


def test_standard_prefixes_keep_their_standard_meaning() -> None:
    assert PREFIXES["org"] == W3C_ORG
    assert PREFIXES["oa"] == "http://www.w3.org/ns/oa#"
    assert PREFIXES["organization"] == "https://w3id.org/alliance-kg/id/organization/"
    ontology_files = sorted(Path("ontology").glob("*.ttl"))
    for path in ontology_files:
        declared = dict(re.findall(r"@prefix\s+([\w-]*):\s*<([^>]*)>", path.read_text()))
        for prefix, namespace in declared.items():
            if prefix in PREFIXES:
                assert PREFIXES[prefix] == namespace, (
                    f"{path}: {prefix}: means {namespace}, elsewhere {PREFIXES[prefix]}"
                )


def test_a_pattern_copied_from_the_alignments_finds_our_classes_at_the_endpoint(http: httpx.Client) -> None:
    response = http.get(
        "/sparql",
        params={"query": COPIED_FROM_ALIGNMENTS},
        headers={"Accept": "application/sparql-results+json"},
    )
    assert response.status_code == 200
    classes = {row["c"]["value"] for row in response.json()["results"]["bindings"]}
    assert "https://w3id.org/alliance-kg/ontology#Organization" in classes


def test_our_organizations_have_their_own_prefix_at_the_endpoint(http: httpx.Client) -> None:
    ask = "ASK { ?register akg:party organization:dmtf }"
    response = http.get(
        "/sparql", params={"query": ask}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200 and response.json()["boolean"] is True


def test_the_same_pattern_in_kg_sparql(seed_store: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sparql", COPIED_FROM_ALIGNMENTS, "--store", str(seed_store), "--format", "csv"]) == 0
    assert "https://w3id.org/alliance-kg/ontology#Organization" in capsys.readouterr().out


@pytest.mark.parametrize("name", ["alliance-kg.ttl", "alliance-kg.trig"])
def test_dumps_write_no_invented_prefixes(http: httpx.Client, name: str) -> None:
    response = http.get(f"/dumps/{name}")
    if response.status_code == 404:
        pytest.fail(f"/dumps/{name} is not served: {response.text[:200]}")
    text = response.text
    assert not re.search(r"@prefix ns\d+:", text) and not re.search(r"\bns\d+:", text)
    assert "@prefix oa: <http://www.w3.org/ns/oa#>" in text
    assert "@prefix org: <https://w3id.org" not in text


def test_the_ontology_version_iri_resolves(http: httpx.Client) -> None:
    ontology = Graph().parse(data=http.get("/ontology.ttl").text, format="turtle")
    version = ontology.value(ONTOLOGY_IRI, OWL.versionIRI)
    assert isinstance(version, URIRef)
    path = "/" + str(version).removeprefix("https://w3id.org/alliance-kg/")
    response = http.get(path + ".ttl", follow_redirects=True)
    assert response.status_code == 200
    assert (ONTOLOGY_IRI, OWL.versionIRI, version) in Graph().parse(data=response.text, format="turtle")
    missing = http.get("/ontology/0.0.0-no-such-version")
    assert missing.status_code == 404 and str(version) in missing.text
