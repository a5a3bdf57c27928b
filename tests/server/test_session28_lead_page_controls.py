"""Control characters and bidirectional overrides in the graph's text reach no page raw
(kg.server.html.shown_text): a page shows each as its escape, as the command line does.

Why: Jinja2 escapes markup, not controls. A label holding ESC, BEL or U+202E (written with the update
token, or loaded from a dump) was in <title> and <h1> as it was: an HTML parse error, a page that
retitles the terminal `curl` prints it on, a title shown backwards from the override on (the fifteenth
outside attack, session 28, attack 34).
"""

from __future__ import annotations

from collections.abc import Iterator

import html5lib
import httpx
import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS

from kg.errors import UNPRINTABLE
from kg.model.namespaces import AKG, ID, register_graph_iri
from kg.server.html import shown_text
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server

REGISTER = ID + "register/controls"
LABEL = "Joint register \x1b]0;owned\x07 of \u202eFTMD and OGF"
SCOPE = "Profiles \x1b[31mred\x1b[0m and\x85 more\x00, checked\u2066 twice"


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    graph = Graph(identifier=register_graph_iri("controls"))
    register = graph.resource(REGISTER).identifier
    graph.add((register, RDF.type, AKG.WorkRegister))
    graph.add((register, RDFS.label, Literal(LABEL, lang="en")))
    graph.add((register, AKG.scope, Literal(SCOPE, lang="en")))
    path = tmp_path_factory.mktemp("controls") / "store"
    write_store({graph.identifier: graph}, path)
    live = start_server("--store", str(path))
    yield live
    live.stop()


def page(server: LiveServer, path: str) -> str:
    answer = httpx.get(server.url.rstrip("/") + path, headers={"Accept": "text/html"}, timeout=60)
    assert answer.status_code == 200, answer.text[:300]
    return answer.text


def test_a_page_shows_controls_as_escapes(server: LiveServer) -> None:
    text = page(server, "/doc/register/controls")
    assert not UNPRINTABLE.search(text), [hex(ord(c)) for c in UNPRINTABLE.findall(text)][:5]
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    tree = parser.parse(text)
    assert not parser.errors, parser.errors[:5]
    title = "".join(tree.find(".//title").itertext())
    assert "Joint register \\x1b]0;owned\\x07 of \\u202eFTMD and OGF" in title
    heading = "".join(tree.find(".//h1").itertext())
    assert "\\x1b]0;owned\\x07" in heading and "\\u202e" in heading
    words = "".join(tree.itertext())
    assert "Profiles \\x1b[31mred\\x1b[0m and\\x85 more\\x00, checked\\u2066 twice" in words


def test_the_data_itself_is_served_as_it_is(server: LiveServer) -> None:
    """The escapes are the page's way of showing text; Turtle and N-Triples carry the value exactly."""
    answer = httpx.get(
        server.url.rstrip("/") + "/doc/register/controls",
        headers={"Accept": "application/n-triples"},
        timeout=60,
    )
    assert answer.status_code == 200
    graph = Graph().parse(data=answer.text, format="nt")
    assert Literal(LABEL, lang="en") in set(graph.objects())


def test_markup_stays_markup_and_plain_values_pass() -> None:
    from markupsafe import Markup

    shown = shown_text(Markup("<em>a\x1bb</em>"))
    assert isinstance(shown, Markup) and str(shown) == "<em>a\\x1bb</em>"
    assert shown_text("plain, tab\tand\nline") == "plain, tab\tand\nline"
    assert shown_text(3) == 3 and shown_text(None) is None
