"""Attack round 21 (session 33, R): the service description's result formats as clients read them.

sd:resultFormat named JSON-LD as https://www.w3.org/ns/formats/data/JSON-LD (pyoxigraph's
`RdfFormat.JSON_LD.iri`), which is no IRI of W3C's "Unique URIs for File Formats": its JSON-LD is
http://www.w3.org/ns/formats/JSON-LD, so a client looking for it (rdflib reading the description
here) concluded the endpoint does not answer JSON-LD, which it does."""

from __future__ import annotations

from rdflib import Graph, Namespace
from support.kg_server import http_client, shared_server

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = "http://www.w3.org/ns/formats/"
REGISTERED = {  # the list at http://www.w3.org/ns/formats/ that an RDF store may answer in
    "JSON-LD", "N3", "N-Triples", "N-Quads", "RDF_XML", "RDF_JSON", "Turtle", "TriG",
    "SPARQL_Results_XML", "SPARQL_Results_JSON", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
}  # fmt: skip


def result_formats() -> set[str]:
    description = Graph().parse(shared_server().url.rstrip("/") + "/sparql")  # rdflib's own conneg
    return {str(o) for o in description.objects(None, SD.resultFormat)}


def test_every_result_format_is_a_registered_one() -> None:
    formats = result_formats()
    assert FORMATS + "JSON-LD" in formats  # before: https://www.w3.org/ns/formats/data/JSON-LD
    assert {f.removeprefix(FORMATS) for f in formats} <= REGISTERED, formats


def test_the_formats_named_are_answered() -> None:
    formats = result_formats()
    media = {"JSON-LD": "application/ld+json", "Turtle": "text/turtle", "RDF_XML": "application/rdf+xml"}
    construct = "CONSTRUCT { <http://e.org/a> <http://e.org/b> 1 } WHERE {}"
    with http_client() as http:
        for name, media_type in media.items():
            assert FORMATS + name in formats
            answer = http.get("/sparql", params={"query": construct}, headers={"Accept": media_type})
            assert answer.status_code == 200 and answer.headers["content-type"].startswith(media_type)
