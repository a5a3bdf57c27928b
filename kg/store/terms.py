"""RDF terms between pyoxigraph and rdflib, and Oxigraph's TSV answers read into rdflib rows.

Why: rdflib is the model of every graph the project builds and validates; Oxigraph is
where graphs are stored and asked. Every crossing between the two goes through here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import Any, cast

import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError, KgError
from kg.model.collector import collector_paused
from kg.model.graphs import by_subject
from kg.sparql.results import Row, directional_literal, rdflib_literal

LANGUAGE_TAG = re.compile(r"[A-Za-z]+(?:-[A-Za-z0-9]+)*")


def _literal(term: ox.Literal) -> Literal:
    direction = term.direction
    if direction is not None and term.language:  # "x"@he--rtl: the direction kept (attack round 18)
        return directional_literal(term.value, term.language, str(direction))
    return rdflib_literal(term.value, term.language, term.datatype.value)


_MAKERS: dict[type, Callable[[Any], Node | None]] = {
    ox.NamedNode: lambda term: URIRef(term.value),
    ox.Literal: _literal,
    ox.BlankNode: lambda term: BNode(term.value),
    type(None): lambda term: None,
}


def from_oxigraph(term: Any) -> Node | None:
    """An rdflib term for a pyoxigraph term (None for an unbound variable)."""
    maker = _MAKERS.get(type(term))
    if maker is None:
        if isinstance(term, ox.Triple):  # rdflib has no triple term; the repr was the message (round 18)
            raise KgError(
                f"the answer holds a triple term (RDF 1.2, <<( {str(term)[:200]} )>>), which rdflib terms "
                "cannot hold: select its parts instead (SUBJECT(?t), PREDICATE(?t), OBJECT(?t))"
            )
        raise KgError(f"unsupported RDF term in an answer: {term!r}")
    return maker(term)


def rdflib_triple(
    triple: ox.Triple | ox.Quad, convert: Callable[[Any], Node | None] = from_oxigraph
) -> tuple[Node, Node, Node]:
    """The rdflib triple of a stored triple or quad: its three terms are always bound, so none is None."""
    terms = (convert(triple.subject), convert(triple.predicate), convert(triple.object))
    return cast(tuple[Node, Node, Node], terms)


def term_converter() -> Callable[[Any], Node | None]:
    """from_oxigraph with a cache for one answer, where the same terms come back row after row.

    Per answer rather than process-wide: a big answer's unique labels would only churn a shared
    cache. dict.get rather than try/except: on wide answers most look-ups miss.
    """
    cache: dict[Any, Node | None] = {}
    remembered = cache.get

    def convert(term: Any) -> Node | None:
        node = remembered(term)
        if node is None:
            node = cache[term] = from_oxigraph(term)
        return node

    return convert


def rows_from_tsv(data: bytes, variables: list[str]) -> list[Row]:
    """SELECT rows from Oxigraph's SPARQL TSV serialization of an answer.

    Why: making a pyoxigraph object for every term and then an rdflib one costs more than the
    query itself on wide answers (network-nodes: 68k rows x 5 terms); Oxigraph writes TSV in
    Rust, and each distinct cell is read once. Values escape tabs and newlines, so a line is a
    row and a tab separates cells. The lines are split and mapped to terms by C loops (str.split,
    set, map, zip), TSV_CHUNK lines at a time (their cells held no longer), with the collector
    paused: no cycle is made here, and its passes over the growing rows were a third of the time
    (session 23, engineer C: network-nodes' answer at 1e6, 0.98 -> 0.73 CPU-s).
    """
    lines = data.decode("utf-8").split("\n")[1:-1]  # after the header line, up to the final newline
    if not variables:
        return [{} for _ in lines]
    terms: dict[str, Node | None] = {}
    rows: list[Row] = []
    with collector_paused():
        for start in range(0, len(lines), TSV_CHUNK):
            table = [line.split("\t") for line in lines[start : start + TSV_CHUNK]]
            terms.update({cell: tsv_term(cell) for cell in set(chain.from_iterable(table)) - terms.keys()})
            term_of = terms.__getitem__
            rows.extend(dict(zip(variables, map(term_of, cells), strict=True)) for cells in table)
    return rows


TSV_CHUNK = 10_000


def tsv_term(cell: str) -> Node | None:
    """The rdflib term of one TSV cell (None when empty: unbound).

    The plain forms Oxigraph writes are read here: <iri> (IRIs are never escaped), "text",
    "text"@lang, "text"^^<datatype> without a backslash, and _:id. Anything else (escapes,
    bare numbers and booleans, triple terms) is read by pyoxigraph's own TSV parser.
    """
    if not cell:
        return None
    if cell[0] == "<" and cell[-1] == ">" and not cell.startswith("<<"):
        return URIRef(cell[1:-1])
    if cell[0] == '"' and "\\" not in cell:
        end = cell.rindex('"')
        lexical, tail = cell[1:end], cell[end + 1 :]
        if not tail:
            return rdflib_literal(lexical)
        if tail[0] == "@" and LANGUAGE_TAG.fullmatch(tail, 1):
            return rdflib_literal(lexical, language=tail[1:])
        if tail.startswith("^^<") and tail[-1] == ">":
            return rdflib_literal(lexical, datatype=tail[3:-1])
    if cell.startswith("_:"):
        return BNode(cell[2:])
    solutions = ox.parse_query_results(f"?v\n{cell}\n", ox.QueryResultsFormat.TSV)
    if not isinstance(solutions, ox.QuerySolutions):
        raise KgError(f"not a cell of a SELECT answer: {cell!r}")
    return from_oxigraph(next(iter(solutions))[0])


def to_oxigraph(term: Node) -> Any:
    """A pyoxigraph term for an rdflib term (ValueError for an IRI Oxigraph rejects)."""
    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", str(term)))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise ValueError(f"unsupported RDF term {term!r}")


def default_graph_quads(triples: Iterable[tuple[Node, Node, Node]]) -> Iterator[ox.Quad]:
    """rdflib triples as Oxigraph quads of the default graph, blank nodes by their labels (to_oxigraph),
    so that two conversions of one graph name one blank node alike: what validation in memory reads.

    Each distinct term is converted once per call, and a graph is read by subject (kg.model.graphs
    .by_subject): a 1 MB list-heavy document's 173,761 facts were 521,283 conversions and rdflib's
    pattern machinery per triple, a third of its validation's time."""
    converted: dict[Node, Any] = {}
    known = converted.get

    def convert(term: Node) -> Any:
        value = known(term)
        if value is None:
            value = converted[term] = to_oxigraph(term)
        return value

    if not isinstance(triples, Graph):
        return (ox.Quad(convert(s), convert(p), convert(o)) for s, p, o in triples)
    return (
        ox.Quad(subject, convert(p), convert(o))
        for s, by_predicate in by_subject(triples)
        for subject in (convert(s),)
        for p, objects in by_predicate.items()
        for o in objects
    )


class Converter:
    """rdflib terms to pyoxigraph terms, each distinct term converted once (a graph repeats its
    predicates, classes and subjects many times), blank nodes made fresh: what INSERT DATA does with
    its blank node labels, so that a graph written twice, or two documents' graphs, never share one.
    One converter is one write: the same rdflib blank node in two of its graphs is one store node.

    A literal of a datatype Oxigraph keeps by value ("01"^^xsd:integer, "...+00:00"^^xsd:dateTime) is
    given in the form the store keeps (stored_literals): so that the quads converted are the quads the
    store holds once they are written, and the history records them as they are (kg.store.history)
    rather than reading the graphs back from the store."""

    def __init__(self) -> None:
        self.terms: dict[Node, Any] = {}

    def __call__(self, term: Node) -> Any:
        converted = self.terms.get(term)
        if converted is None:
            if isinstance(term, BNode):
                converted = ox.BlankNode()
            elif isinstance(term, Literal) and term.datatype is not None:
                converted = stored_literals([to_oxigraph(term)])[0]
            else:
                converted = to_oxigraph(term)
            self.terms[term] = converted
        return converted

    def quads(self, graph: Graph, name: ox.NamedNode | ox.DefaultGraph) -> list[ox.Quad]:
        """The graph's triples as quads of the graph `name` (InputError naming the graph for a term
        Oxigraph rejects, e.g. an IRI with a space). Each subject and each predicate of a subject is
        converted once (kg.model.graphs.by_subject), the typed literals all at once (`typed`)."""
        convert, make = self, ox.Quad
        quads: list[ox.Quad] = []
        append = quads.append
        try:
            self.typed(graph)
            for s, by_predicate in by_subject(graph):
                subject = convert(s)
                for p, objects in by_predicate.items():
                    predicate = convert(p)
                    for o in objects:
                        append(make(subject, predicate, convert(o), name))
        except ValueError as error:
            where = name.value if isinstance(name, ox.NamedNode) else graph.identifier
            raise InputError(f"graph {where}: cannot be stored: {error}") from error
        return quads

    def typed(self, graph: Graph) -> None:
        """Convert the graph's typed literals not converted yet in one go (stored_literals: one scratch
        store for all of them; one each cost 0.4 ms)."""
        known = self.terms
        typed = {
            o
            for _, by_predicate in by_subject(graph)
            for objects in by_predicate.values()
            for o in objects
            if type(o) is Literal and o.datatype is not None and o not in known
        }
        order = list(typed)
        known.update(zip(order, stored_literals([to_oxigraph(o) for o in order]), strict=True))


PLAIN_DATATYPES = frozenset(
    {"http://www.w3.org/2001/XMLSchema#string", "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"}
)
LITERAL_OF = "urn:x-alliance-kg:literal:"


def stored_literals(literals: list[ox.Literal]) -> list[ox.Literal]:
    """Each literal in the form an Oxigraph store keeps it, asked of one scratch in-memory store: Oxigraph
    keeps the value of an XSD datatype it knows, not the lexical form written ("1.50"^^xsd:decimal comes
    back "1.5"; kg.model.rdfio.stored_forms does the same for a dataset). The store's own rule, not a
    copy of it; plain strings and language-tagged literals are kept as written, and not asked."""
    asked = [n for n, literal in enumerate(literals) if literal.datatype.value not in PLAIN_DATATYPES]
    if not asked:
        return list(literals)
    scratch, predicate = ox.Store(), ox.NamedNode(LITERAL_OF)
    scratch.extend(ox.Quad(ox.NamedNode(f"{LITERAL_OF}{n}"), predicate, literals[n]) for n in asked)
    forms = list(literals)
    for quad in scratch:
        forms[int(quad.subject.value[len(LITERAL_OF) :])] = quad.object
    return forms


def ntriples(graph: Graph) -> str:
    """N-Triples of an rdflib graph, written by Oxigraph (fast, and escapes every term correctly)."""
    try:
        triples = [ox.Triple(to_oxigraph(s), to_oxigraph(p), to_oxigraph(o)) for s, p, o in graph]
    except ValueError as error:
        raise InputError(f"graph {graph.identifier}: cannot be stored: {error}") from error
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode("utf-8")
