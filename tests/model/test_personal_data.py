"""`--hide-emails` publishes foaf:mbox_sha1sum, never a point of contact's address.

Checked where an address could leak: the distribution files and the store of `kg build`, and
everything `kg serve` answers (resource documents, SPARQL, dumps), including a query that
would test an address character by character.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import httpx
import pytest
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import FOAF
from support.kg_server import served_store

from kg.cli.main import main
from kg.model.namespaces import VCARD
from kg.model.privacy import HIDDEN, hide_emails_in_graph, mbox_sha1sum
from kg.store import open_store
from kg.testing.live_server import start_server

ROOT = Path(__file__).resolve().parents[2]
ADDRESSES = sorted(
    set(
        re.findall(
            r"mailto:([^>\s]+)", "".join(p.read_text() for p in (ROOT / "data" / "curated").glob("*.ttl"))
        )
    )
)
EX = "https://example.org/"


def test_the_hash_is_foafs_sha1_of_the_mailto_iri() -> None:
    assert mbox_sha1sum("mailto:alan.sill@ttu.edu") == hashlib.sha1(b"mailto:alan.sill@ttu.edu").hexdigest()


def test_addresses_become_hashes_or_disappear() -> None:
    contact, other = URIRef(EX + "contact"), URIRef(EX + "other")
    graph = Graph(identifier=URIRef(EX + "graph"))
    graph.add((contact, VCARD.hasEmail, URIRef("mailto:a.b@example.org")))
    graph.add((contact, URIRef(EX + "quote"), Literal("Write to a.b@example.org or c@d.org.", lang="en")))
    graph.add((contact, URIRef(EX + "list"), URIRef("mailto:list@example.org")))
    graph.add((URIRef("mailto:x@example.org"), URIRef(EX + "p"), other))
    graph.add((contact, URIRef(EX + "name"), Literal("Alan")))
    graph.add((BNode("b"), URIRef(EX + "p"), Literal("no address here")))
    published = set(hide_emails_in_graph(graph))
    assert published == {
        (contact, FOAF.mbox_sha1sum, Literal(mbox_sha1sum("mailto:a.b@example.org"))),
        (contact, URIRef(EX + "quote"), Literal(f"Write to {HIDDEN} or {HIDDEN}.", lang="en")),
        (contact, URIRef(EX + "name"), Literal("Alan")),
        (BNode("b"), URIRef(EX + "p"), Literal("no address here")),
    }


def assert_no_address(text: str, where: str) -> None:
    leaked = [a for a in ADDRESSES if a in text]
    assert not leaked, f"{where} shows {leaked}"


def test_kg_build_hide_emails_publishes_hashes_only(tmp_path: Path, capsys) -> None:
    assert ADDRESSES
    out, store = tmp_path / "dist", tmp_path / "store"
    assert main(["build", "--out", str(out), "--store", str(store), "--hide-emails"]) == 0
    capsys.readouterr()
    for path in out.iterdir():
        assert_no_address(path.read_text(encoding="utf-8"), str(path))
    published = Graph().parse(out / "alliance-kg.ttl")
    assert {str(o) for o in published.objects(None, FOAF.mbox_sha1sum)} == {
        mbox_sha1sum(f"mailto:{address}") for address in ADDRESSES
    }
    assert not list(published.objects(None, VCARD.hasEmail))
    with open_store(store) as kg:
        assert not kg.ask("ASK { ?c vcard:hasEmail ?e }")
        assert kg.ask("ASK { ?c foaf:mbox_sha1sum ?h }")


@pytest.fixture(scope="module")
def hiding_server():
    server = start_server("--store", str(served_store()), "--hide-emails")
    yield server
    server.stop()


def sparql(server, query: str) -> dict:
    response = httpx.get(
        server.url + "sparql", params={"query": query}, headers={"Accept": "application/sparql-results+json"}
    )
    assert response.status_code == 200, response.text
    return response.json()


def test_kg_serve_hide_emails_never_shows_an_address(hiding_server) -> None:
    rows = sparql(hiding_server, "SELECT ?c ?h WHERE { ?c foaf:mbox_sha1sum ?h }")["results"]["bindings"]
    assert rows and all(re.fullmatch(r"[0-9a-f]{40}", row["h"]["value"]) for row in rows)
    assert not sparql(hiding_server, "ASK { ?c vcard:hasEmail ?e }")["boolean"]
    probe = (  # any address-like text outside the vocabulary graphs (whose documentation has examples)
        "ASK { GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (<https://w3id.org/alliance-kg/ontology>, "
        "<https://w3id.org/alliance-kg/shapes>) "
        '&& REGEX(STR(?o), "[A-Za-z0-9._%+-]@[A-Za-z0-9-]+[.][A-Za-z]")) }'
    )
    assert not sparql(hiding_server, probe)["boolean"]  # nothing left to test character by character
    contact = rows[0]["c"]["value"]
    path = contact.replace("https://w3id.org/alliance-kg/id/", "doc/")
    for suffix in (".ttl", ".html", ".jsonld"):
        page = httpx.get(hiding_server.url + path + suffix)
        assert page.status_code == 200 and "mbox_sha1sum" in page.text
        assert_no_address(page.text, path + suffix)
    for dump in ("alliance-kg.nq", "alliance-kg.ttl"):
        assert_no_address(httpx.get(hiding_server.url + "dumps/" + dump).text, dump)


def test_hide_emails_refuses_what_it_cannot_honour(capsys) -> None:
    assert main(["serve", "--hide-emails", "--endpoint", "http://127.0.0.1:9/sparql"]) == 2
    assert "embedded store" in capsys.readouterr().err
