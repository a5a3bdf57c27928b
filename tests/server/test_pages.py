"""Resource pages a person can read (issue 14, point 7), on what `kg build` publishes.

A register's page is in sections in the order of the document, its facts' source sentences are
shown as text (Markdown read, never raw), each with the document and the offsets that really hold
it, no provenance node shows up as "(anonymous)", every statement stays on the page, the HTML
parses without error with headings in order, and text from documents never becomes markup.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import Element, tostring

import anyio
import html5lib
import httpx
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kg.model.namespaces import AKG, BASE, ID, ONTOLOGY_IRI, register_graph_iri
from kg.pipeline.build import assemble, named_graphs
from kg.server.backend import EmbeddedBackend
from kg.server.describe import describe
from kg.server.html import Pages, markdown_text
from kg.server.worker import WorkerOptions
from kg.store import open_store
from kg.store.embedded import write_store
from kg.store.remote import push, push_target
from kg.testing.live_server import LiveServer, start_server

DOCUMENTS = Path(__file__).parents[2] / "data" / "registers"
REGISTER = "/doc/register/ogf-dmtf"
REGISTER_SECTIONS = [
    "Parties",
    "Scope and topics",
    "Specifications",
    "Milestones and targets",
    "Terms and policies",
    "Contacts",
    "Approval and dates",
]
OFFSETS = re.compile(r"characters ([\d,]+)\u2013([\d,]+)")
OA = Namespace("http://www.w3.org/ns/oa#")
HOSTILE = URIRef(ID + "register/hostile")
HOSTILE_GRAPH = register_graph_iri("hostile")
HOSTILE_TEXT = {
    "script": "<script>alert('scope')</script> stays text",
    "link": "See [the charter](javascript:alert(1)) and [home](https://example.org/x)",
    "image": 'An image ![<img src=x onerror=alert(2)>](javascript:alert(3) "t") here',
    "bold": "The parties agree to **collaborate** on _models_",
    "html": '<a href="javascript:alert(4)" onclick="alert(5)">click</a><iframe src="//evil"></iframe>',
}
HOSTILE_QUOTE = "The [Evil Body](javascript:alert(6)) and <b onmouseover=alert(7)>DMTF</b> agree."


def page(server: LiveServer, path: str) -> str:
    response = httpx.get(server.url.rstrip("/") + path, headers={"Accept": "text/html"}, timeout=60)
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    return response.text


def parse(text: str) -> Element:
    """The page as html5lib reads it (as a browser does); a parse error fails the test."""
    parser = html5lib.HTMLParser(namespaceHTMLElements=False)
    tree = parser.parse(text)
    assert not parser.errors, parser.errors[:5]
    return tree


def text_of(element: Element) -> str:
    return re.sub(r"\s+", " ", "".join(element.itertext())).strip()


def section(tree: Element, heading_id: str) -> Element:
    """The <section> whose heading has this id."""
    for part in tree.iter("section"):
        if any(h.get("id") == heading_id for h in part.iter("h2")):
            return part
    raise AssertionError(f"no section with heading #{heading_id}")


def inner_html(element: Element) -> str:
    """The markup inside an element, as html5lib serialized it back (for comparing with markdown_text)."""
    whole = tostring(element, encoding="unicode", method="html")
    return whole[whole.index(">") + 1 : whole.rindex("<")]


# --- Markdown as text --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("The [Open Grid Forum](#) (OGF)", "The Open Grid Forum (OGF)"),
        ("**bold** and _it_", "<strong>bold</strong> and <em>it</em>"),
        ("[x](javascript:alert(1))", "x"),
        ("![alt <b>text</b>](http://e.org/i.png)", "alt &lt;b&gt;text&lt;/b&gt;"),
        ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a `<b>` c", "a <code>&lt;b&gt;</code> c"),
        ("- o Establish a work relationship", "o Establish a work relationship"),
        ("1. first\n2. second", "1. first<br>2. second"),
        ("Version: 1.3d", "Version: 1.3d"),
        ("AT&amp;T & co", "AT&amp;T &amp; co"),
    ],
)
def test_markdown_is_read_as_text(source: str, shown: str) -> None:
    assert str(markdown_text(source)) == shown


# --- The register page ---------------------------------------------------------------------------


def test_register_page_is_in_the_documents_sections(built: LiveServer) -> None:
    text = page(built, REGISTER)
    tree = parse(text)
    headings = [text_of(h) for h in tree.iter("h2")]
    assert [h for h in headings if h in REGISTER_SECTIONS] == REGISTER_SECTIONS
    assert headings[-3:] == ["Source sentences", "Referenced by", "All statements"] or headings[-2:] == [
        "Referenced by",
        "All statements",
    ]
    assert "(anonymous)" not in text
    assert "](" not in text_of(tree)
    parties = text_of(section(tree, "parties"))
    assert "Open Grid Forum" in parties and "DMTF" in parties
    milestones = section(tree, "milestones")
    assert [text_of(th) for th in milestones.iter("th")][:3] == ["#", "Milestone", "Target"]
    assert "2Q2011" in text_of(milestones)
    contacts = text_of(section(tree, "contacts"))
    assert "Joel Replogle" in contacts and "Executive Director" in contacts


def test_source_sentences_are_text_at_the_offsets_they_name(built: LiveServer) -> None:
    tree = parse(page(built, REGISTER))
    document = (DOCUMENTS / "ogf-dmtf-work-register.txt").read_text(encoding="utf-8")
    graph = Graph().parse(data=httpx.get(built.url + REGISTER[1:] + ".nt", timeout=60).text, format="nt")
    source = graph.value(URIRef(BASE + "id/register/ogf-dmtf"), PROV.hadPrimarySource)
    document_iri = str(source).replace(BASE, "/")
    passages = [e for e in tree.iter() if e.get("class") == "passage"]
    cites = [e for e in tree.iter("p") if e.get("class") == "cite"]
    assert len(passages) == len(cites) > 20
    shown = [text_of(p) for p in passages]
    assert "The Open Grid Forum (OGF) and the Distributed Management Task Force (DMTF)" in " ".join(shown)
    for passage, cite in zip(passages, cites, strict=True):
        found = OFFSETS.search(text_of(cite))
        assert found, text_of(cite)
        start, end = (int(n.replace(",", "")) for n in found.groups())
        expected = html5lib.parseFragment(
            f"<blockquote>{markdown_text(document[start:end])}</blockquote>", namespaceHTMLElements=False
        )[0]
        assert inner_html(passage) == inner_html(expected)
        assert cite.find("a").get("href") == document_iri


def test_source_sentences_are_grouped_per_fact_in_their_sections(built: LiveServer) -> None:
    tree = parse(page(built, REGISTER))
    parties = section(tree, "parties")
    facts = [text_of(p) for p in parties.iter("p") if p.get("class") == "fact-line"]
    party = [f for f in facts if f.startswith("party:")]
    assert len(party) == 1 and "DMTF" in party[0] and "Open Grid Forum" in party[0]  # one fact, two values
    specifications = [
        text_of(p) for p in section(tree, "specifications").iter("p") if p.get("class") == "fact-line"
    ]
    assert len(specifications) > 1 and all(f.startswith("concerns:") for f in specifications)


def test_every_statement_stays_on_the_page(built: LiveServer) -> None:
    response = httpx.get(built.url.rstrip("/") + REGISTER + ".nt", timeout=60)
    graph = Graph().parse(data=response.text, format="nt")
    subject = URIRef(BASE + "id/register/ogf-dmtf")
    statements = section(parse(page(built, REGISTER)), "all-statements")
    links = {a.get("href") for a in statements.iter("a")}
    words = text_of(statements)
    triples = list(graph.triples((subject, None, None)))
    assert len(triples) > 40
    for _, predicate, value in triples:
        assert "/" + str(predicate).split("/alliance-kg/")[-1] in links or str(predicate) in links
        if isinstance(value, Literal):
            assert re.sub(r"\s+", " ", str(value)).strip() in words
        else:
            assert str(value).replace(BASE, "/") in links or str(value) in links


# --- Other pages ----------------------------------------------------------------------------------


def test_organization_page_lists_its_alliances_units_and_contacts(built: LiveServer) -> None:
    tree = parse(page(built, "/doc/organization/ogf"))
    assert "OGF / DMTF Work Register" in text_of(section(tree, "registers"))
    assert "Open Cloud Computing Interface Working Group" in text_of(section(tree, "units"))
    contacts = text_of(section(tree, "contacts"))
    assert "Joel Replogle" in contacts and "Executive Director" in contacts
    about = section(tree, "about")
    assert "The mission of the Open Grid Forum" in text_of(about)
    assert any(p.get("class") == "passage" for p in about.iter())  # the mission's source sentence


def test_person_page_names_the_register_of_each_contact_point(built: LiveServer) -> None:
    contacts = section(parse(page(built, REGISTER)), "contacts")
    person = next(
        a.get("href") for a in contacts.iter("a") if (a.get("href") or "").startswith("/id/person/")
    )
    row = text_of(section(parse(page(built, person.replace("/id/", "/doc/", 1))), "contacts"))
    assert "OGF / DMTF Work Register" in row and "Open Grid Forum" in row


def test_source_document_page_lists_the_facts_read_from_it(built: LiveServer) -> None:
    """A source document's page lists each passage quoted from it with the facts read there,
    instead of one "(anonymous)" link per annotation target."""
    graph = Graph().parse(data=httpx.get(built.url + REGISTER[1:] + ".nt", timeout=60).text, format="nt")
    source = graph.value(URIRef(BASE + "id/register/ogf-dmtf"), PROV.hadPrimarySource)
    text = page(built, str(source).replace(BASE + "id/", "/doc/"))
    tree = parse(text)
    assert "(anonymous)" not in text
    facts = [text_of(e) for e in section(tree, "sources").iter("summary")]
    assert len(facts) > 20
    assert any(f.startswith("OGF / DMTF Work Register → party →") for f in facts)
    assert any("mission" in f and f.startswith("Open Grid Forum") for f in facts)


def test_annotation_page_shows_its_statement_and_passage(built: LiveServer) -> None:
    text = page(built, REGISTER + "/annotation-3")
    tree = parse(text)
    assert "(anonymous)" not in text
    assert text_of(section(tree, "body"))
    sources = section(tree, "sources")
    assert [e for e in sources.iter() if e.get("class") == "passage"]
    assert "](" not in text_of(sources)  # the quote read as Markdown ("All statements" has it as stored)


def test_alliance_page_lists_its_parties_topics_and_documents(built: LiveServer) -> None:
    parties = section(parse(page(built, REGISTER)), "parties")
    alliance = next(
        a.get("href") for a in parties.iter("a") if (a.get("href") or "").startswith("/id/alliance/")
    )
    tree = parse(page(built, alliance.replace("/id/", "/doc/", 1)))
    assert "Open Grid Forum" in text_of(section(tree, "parties"))
    assert "Cloud computing" in text_of(section(tree, "topics"))
    assert "OGF / DMTF Work Register" in text_of(section(tree, "documents"))


def test_every_kind_of_alliance_document_reads_like_one(tmp_path_factory: pytest.TempPathFactory) -> None:
    """A memorandum of understanding is laid out as an alliance document: the ontology in the store
    says so (akg:MemorandumOfUnderstanding is an akg:AllianceDocument), no list in the server."""
    mou = URIRef(ID + "memorandum/sample")
    graph = Graph(identifier=register_graph_iri("memorandum-sample"))
    graph.add((mou, RDF.type, AKG.MemorandumOfUnderstanding))
    graph.add((mou, RDFS.label, Literal("Sample memorandum", lang="en")))
    graph.add((mou, AKG.party, URIRef(ID + "organization/dmtf")))
    graph.add((mou, AKG.dateSigned, Literal("2024-05-01", datatype=XSD.date)))
    graphs = named_graphs(assemble())
    path = tmp_path_factory.mktemp("memorandum") / "store"
    write_store({ONTOLOGY_IRI: graphs[ONTOLOGY_IRI], graph.identifier: graph}, path)  # type: ignore[dict-item]
    server = start_server("--store", str(path))
    try:
        tree = parse(page(server, "/doc/memorandum/sample"))
    finally:
        server.stop()
    assert "organization:dmtf" in text_of(section(tree, "parties"))  # no reference graph: no label
    assert "2024-05-01" in text_of(section(tree, "approval"))


def linked_pages(built: LiveServer) -> list[str]:
    """A page of each kind the register links to: organization, unit, specification, person, milestone."""
    tree = parse(page(built, REGISTER))
    hrefs = [a.get("href") or "" for a in tree.iter("a")]
    kinds = (
        "/id/organization/",
        "/id/working-group/",
        "/id/specification/",
        "/id/person/",
        "/id/register/ogf-dmtf/",
    )
    found = [next(h for h in hrefs if h.startswith(kind)) for kind in kinds]
    return [REGISTER, "/doc/register/dmtf-snia-ofa", *(h.replace("/id/", "/doc/", 1) for h in found)]


def test_pages_parse_with_one_title_and_headings_in_order(built: LiveServer) -> None:
    for path in linked_pages(built):
        text = page(built, path)
        tree = parse(text)
        levels = [
            int(e.tag[1]) for e in tree.iter() if isinstance(e.tag, str) and re.fullmatch(r"h[1-6]", e.tag)
        ]
        assert levels.count(1) == 1 and levels[0] == 1, path
        assert all(b - a <= 1 for a, b in itertools.pairwise(levels)), (path, levels)
        ids = [e.get("id") for e in tree.iter() if e.get("id")]
        assert len(ids) == len(set(ids)), path
        for part in tree.iter("section"):
            assert part.get("aria-labelledby") in ids, path
        assert "(anonymous)" not in text and "](" not in text_of(tree), path


def test_pages_reachable_from_the_registers_parse_and_hide_no_node(built: LiveServer) -> None:
    """The first 80 pages a reader reaches from the two registers (organizations, units, specifications,
    milestones, contacts, persons, documents, alliances, topics...) all parse without error and show
    no "(anonymous)" node."""
    queue, seen = [REGISTER, "/doc/register/dmtf-snia-ofa"], set()
    while queue and len(seen) < 80:
        path = queue.pop(0)
        if path in seen:
            continue
        seen.add(path)
        text = page(built, path)
        assert "(anonymous)" not in text, path
        for link in parse(text).iter("a"):
            href = (link.get("href") or "").split("#")[0].split("?")[0]
            if href.startswith("/id/"):
                queue.append(href.replace("/id/", "/doc/", 1))
    assert len(seen) == 80


# --- Bounded work per page ------------------------------------------------------------------------


class Counting:
    """The embedded backend, counting the trips a page makes to the store."""

    def __init__(self, backend: EmbeddedBackend) -> None:
        self.backend, self.trips = backend, 0

    def __getattr__(self, name: str):
        method = getattr(self.backend, name)

        async def counted(*args, **kwargs):
            self.trips += 1
            return await method(*args, **kwargs)

        return counted


def test_a_page_asks_the_store_a_fixed_number_of_times(built_store_path: Path) -> None:
    """However many facts, parts and source sentences a resource has, its page costs the same few
    bounded queries (the description with its provenance, the records, their labels)."""
    backend = EmbeddedBackend(built_store_path, workers=1, options=WorkerOptions(sandbox=False))
    trips = {}
    for path in (REGISTER, "/doc/register/dmtf-snia-ofa", "/doc/organization/dmtf", "/doc/topic/cloud"):
        counting = Counting(backend)
        iri = BASE + "id/" + path.removeprefix("/doc/")
        description = anyio.run(describe, counting, iri, 1, 100, True)
        Pages(BASE).resource(description, [])
        trips[path] = counting.trips
    assert len(set(trips.values())) == 1 and max(trips.values()) <= 3, trips


# --- The same pages in front of a remote store -----------------------------------------------------


@pytest.fixture(scope="module", params=["oxigraph_server", "virtuoso_server"])
def remote(request: pytest.FixtureRequest, built_store_path: Path) -> Iterator[LiveServer]:
    """`kg serve --endpoint` in front of a real SPARQL store holding the built graphs (kg push's code)."""
    store_server = request.getfixturevalue(request.param)
    source = open_store(built_store_path)
    try:
        ours = [g for g in source.graphs() if str(g).startswith(BASE)]
        push(source, push_target(store_server.graph_store_url, **store_server.auth), graphs=ours)
    finally:
        source.close()
    server = start_server("--endpoint", store_server.query_url, "--timeout", "20")
    yield server
    server.stop()


def reading(server: LiveServer, path: str) -> tuple[list[str], list[str], list[str]]:
    """What a person reads on a page: its headings, its facts and its quoted passages."""
    tree = parse(page(server, path))
    classes = {"fact-line": [], "passage": []}  # type: dict[str, list[str]]
    for element in tree.iter():
        if element.get("class") in classes:
            classes[element.get("class")].append(text_of(element))
    return [text_of(h) for h in tree.iter("h2")], sorted(classes["fact-line"]), sorted(classes["passage"])


def test_pages_read_the_same_over_a_remote_store(remote: LiveServer, built: LiveServer) -> None:
    for path in (REGISTER, "/doc/organization/ogf"):
        headings, facts, passages = reading(remote, path)
        assert (headings, passages) == reading(built, path)[::2]
        assert len(facts) == len(reading(built, path)[1]) > 0


# --- Text from documents never becomes markup -----------------------------------------------------


def hostile_graph() -> Graph:
    """A register whose texts and quoted source try to inject markup, scripts and links."""
    graph = Graph(identifier=HOSTILE_GRAPH)
    graph.add((HOSTILE, RDF.type, AKG.WorkRegister))
    graph.add((HOSTILE, RDFS.label, Literal("Hostile register <i>x</i>", lang="en")))
    for text in HOSTILE_TEXT.values():
        graph.add((HOSTILE, AKG.scope, Literal(text, lang="en")))
    graph.add((HOSTILE, AKG.party, URIRef("javascript:alert(8)")))
    graph.add((HOSTILE, AKG.version, Literal("1<2", datatype=XSD.string)))
    annotation, target, quote, position = (URIRef(f"{HOSTILE}/annotation-{n}") for n in (1, 2, 3, 4))
    statement = URIRef(f"{HOSTILE}/statement-1")
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, statement))
    graph.add((statement, RDF.type, RDF.Statement))
    graph.add((statement, RDF.subject, HOSTILE))
    graph.add((statement, RDF.predicate, AKG.party))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, OA.hasSource, URIRef("javascript:alert(9)")))
    graph.add((target, OA.hasSelector, quote))
    graph.add((target, OA.hasSelector, position))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(HOSTILE_QUOTE)))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(10, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal("not a number", datatype=XSD.nonNegativeInteger)))
    return graph


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    path = tmp_path_factory.mktemp("hostile") / "store"
    graph = hostile_graph()
    write_store({HOSTILE_GRAPH: graph}, path)
    server = start_server("--store", str(path))
    yield server
    server.stop()


def test_document_text_cannot_inject_markup(hostile: LiveServer) -> None:
    text = page(hostile, "/doc/register/hostile")
    tree = parse(text)
    elements = list(tree.iter())
    assert not [e.tag for e in elements if e.tag in ("script", "iframe", "img", "b", "i", "object", "embed")]
    for element in elements:
        for name, value in element.attrib.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name.lower() in ("href", "src", "action", "formaction", "srcset", "data"):
                assert "javascript:" not in value.lower(), (element.tag, name, value)
    words = text_of(tree)
    assert "<script>alert('scope')</script> stays text" in words
    assert "See the charter and home" in words  # links read as their text, targets dropped
    assert "The Evil Body and <b onmouseover=alert(7)>DMTF</b> agree." in words
    assert '<a href="javascript:alert(4)" onclick="alert(5)">click</a>' in words
    bold = [e for e in elements if e.tag == "strong"]
    assert [text_of(e) for e in bold] == ["collaborate"]
    assert HOSTILE_TEXT["bold"] not in text_of(section(tree, "scope"))  # the exact value: "All statements"
    assert HOSTILE_TEXT["bold"] in text_of(section(tree, "all-statements"))
    assert "Hostile register <i>x</i>" in text_of(tree.find(".//h1"))
    assert HOSTILE_QUOTE not in words  # the quote is read as Markdown, not shown raw
    assert "statement-1" not in text_of(section(tree, "incoming"))  # the annotated statement is provenance
    approval = section(tree, "approval")
    assert "version" in text_of(approval) and "1<2" in text_of(approval)  # a value with its name
