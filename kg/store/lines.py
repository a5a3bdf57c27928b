"""Graphs the store does not hold yet, written as N-Triples text: what the store loads and what the
history records of them.

Why (issue 12 point 8, session 25): a 1 MB list-heavy document is 515,741 triples. Converted to
pyoxigraph quads in Python (3.8 CPU-s), copied again for the default graph (1.4 s), held whole for the
history and the judgement of the next document (257 MB), then hashed to de-duplicate (1.5 s), read for
their graph names (0.8 s) and serialized again for the patch (0.9-1.7 s), they were a third of the write.
Here each distinct term is converted once (kg.store.terms.Converter: fresh blank nodes, literals in the
form the store keeps) and its N-Triples text (`str()` of the Oxigraph term, what Oxigraph's own N-Quads
writer writes) is joined into one line per triple. The lines, sorted and distinct, are:

* what the store loads: a piece at a time, as N-Quads for the named graph and as N-Triples for the
  default graph, parsed by Oxigraph (in Rust, blank node labels kept, so both copies are the same nodes);
* the history's rows: the patch of a write of new graphs is `A line` for each of them, in this order
  (kg.store.history.Patch.added_rows); one graph's lines, sorted, give the N-Quads lines of its quads
  sorted, since a line that is a prefix of another continues with a character greater than a space;
* what the next document's validation reads of a write still running (kg.pipeline.ingest.Writing).

Oxigraph's bulk loader (Store.bulk_load) would take the text without any Python quad, but it names every
blank node anew, per call: the named graph and its default-graph copy, loaded a piece at a time, would
not share their blank nodes, and the history could not name them. `Store.load` and INSERT DATA do the same.
"""

from __future__ import annotations

import heapq
import itertools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import XSD, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError
from kg.model.graphs import SubjectIndex, by_subject
from kg.store.terms import Converter, stored_literals, to_oxigraph

STORED_AS_INTEGER = frozenset({XSD.integer, XSD.nonNegativeInteger})
"""Datatypes whose literals Oxigraph keeps as the xsd:integer of their value (within 64 bits)."""
SMALL_NATURAL = re.compile(r"0|[1-9][0-9]{0,17}")
"""A natural number's canonical text, under 10**18: the stored text of its xsd:integer is the same."""
INTEGER_SUFFIX = f"^^<{XSD.integer}>"
PIECE = 50_000  # triples parsed and given to the store at a time (twice as many quads: named and default)


@dataclass(frozen=True)
class GraphLines:
    """The triples of new named graphs as N-Triples lines without their final " .": graph IRI -> its
    lines, sorted, each once (the store's set semantics: two rdflib terms Oxigraph keeps as one give one
    line)."""

    graphs: dict[str, list[str]]

    @classmethod
    def of(cls, graphs: Mapping[URIRef, Graph]) -> GraphLines:
        """The graphs' lines, one Converter for all (one store node per rdflib blank node of the write)."""
        convert = Converter()
        texts: dict[Node, str] = {}
        return cls({str(iri): _lines(graph, iri, convert, texts) for iri, graph in graphs.items()})

    def __len__(self) -> int:
        return sum(map(len, self.graphs.values()))

    def graph_names(self) -> list[str]:
        """The graphs written, sorted (those with a triple: an empty graph is no graph in the store)."""
        return sorted(iri for iri, lines in self.graphs.items() if lines)

    def nquads_rows(self) -> Iterator[str]:
        """Every quad's N-Quads line without its newline, sorted (kg.store.history.nquads_lines's order)."""
        streams = [_with_suffix(lines, _suffix(iri)) for iri, lines in self.graphs.items() if lines]
        return streams[0] if len(streams) == 1 else heapq.merge(*streams)

    def row_pieces(self, kind: str, size: int = PIECE) -> Iterator[str]:
        """The history's rows `kind line`, each with its newline, in nquads_rows's order, `size` rows to a
        string. One graph's rows are joined around its lines as they are (no string made per row)."""
        written = [(iri, lines) for iri, lines in self.graphs.items() if lines]
        if len(written) != 1:
            rows = (f"{kind} {row}\n" for row in self.nquads_rows())
            while piece := "".join(itertools.islice(rows, size)):
                yield piece
            return
        iri, lines = written[0]
        suffix = _suffix(iri)
        separator = f"{suffix}\n{kind} "
        for start in range(0, len(lines), size):
            yield f"{kind} " + separator.join(lines[start : start + size]) + f"{suffix}\n"

    def pieces(self, size: int = PIECE, *, named: bool = True) -> Iterator[str]:
        """The lines, `size` at a time, as N-Quads text in their named graph (`named`) or as N-Triples
        text (the default graph's copies): what the store parses and adds."""
        for iri, lines in self.graphs.items():
            end = f"{_suffix(iri)}\n" if named else " .\n"
            for start in range(0, len(lines), size):
                yield end.join(lines[start : start + size]) + end

    def quad_pieces(self, size: int = PIECE) -> Iterator[Iterator[ox.Quad]]:
        """The quads to add, `size` at a time: every named quad, then the default graph's copies (the
        same blank nodes: their labels are kept; the order the loader was given quads in before, named
        first), as Oxigraph's parsers read them (no Python frame per quad). Parsed leniently: the text
        is Oxigraph's own writing of terms it made, their IRIs checked when they were made."""
        for text in self.pieces(size, named=True):
            yield ox.parse(text, format=ox.RdfFormat.N_QUADS, lenient=True)
        for text in self.pieces(size, named=False):
            yield ox.parse(text, format=ox.RdfFormat.N_TRIPLES, lenient=True)

    def named_quads(self) -> list[ox.Quad]:
        """The quads of the named graphs alone (tests, and a reader of a few graphs' quads)."""
        quads = itertools.chain.from_iterable(self.quad_pieces())
        return [quad for quad in quads if not isinstance(quad.graph_name, ox.DefaultGraph)]


def _suffix(iri: str) -> str:
    return f" {ox.NamedNode(iri)} ."


def _with_suffix(lines: list[str], suffix: str) -> Iterator[str]:
    return (line + suffix for line in lines)


def _lines(graph: Graph, iri: URIRef, convert: Converter, texts: dict[Node, str]) -> list[str]:
    """One graph's lines, sorted and distinct (InputError naming the graph for a term Oxigraph rejects,
    as Converter.quads). Each subject's text and each predicate's are joined once per subject.

    Each term's text is looked up by the term object's identity (`id`), found by equality (`texts`,
    the write's blank nodes: one store node per rdflib blank node) only the first time an object is met.
    Why: rdflib hashes a Literal in Python (its text, language and datatype), a third of a microsecond
    a time, and a 1 MB list-heavy document's graph holds 102,000 literals met 2-3 times each (the typed
    ones gathered first, then every triple); a graph's terms are alive (held by the graph, or by
    `grouped`) while their ids are keys, so an id names one object throughout."""
    grouped = by_subject(graph)  # held: another store's triples are grouped here, their terms with them
    by_id: dict[int, str] = {}
    known = by_id.get

    def text(term: Node) -> str:
        kind = type(term)
        if kind is URIRef:
            found = str(ox.NamedNode(term))  # type: ignore[arg-type]  # a URIRef is its str
        elif kind is Literal and term.datatype is None:  # type: ignore[attr-defined]
            found = str(to_oxigraph(term))
        else:  # a blank node (the write's one store node for it), or a term of another class
            found = texts.get(term)  # type: ignore[assignment]
            if found is None:
                found = texts[term] = str(convert(term))
        by_id[id(term)] = found
        return found

    lines: list[str] = []
    extend, append = lines.extend, lines.append
    try:
        by_id.update(_typed_texts(grouped))
        for s, by_predicate in grouped:
            subject = known(id(s)) or text(s)
            for p, objects in by_predicate.items():
                if len(objects) == 1:  # most: one string made, no list (session 29: 1.20 -> 1.08 s at 1 MB)
                    for o in objects:
                        append(f"{subject} {known(id(p)) or text(p)} {known(id(o)) or text(o)}")
                    continue
                head = f"{subject} {known(id(p)) or text(p)} "
                extend([head + (known(id(o)) or text(o)) for o in objects])
    except ValueError as error:
        raise InputError(f"graph {iri}: cannot be stored: {error}") from error
    lines.sort()
    if any(map(str.__eq__, lines, itertools.islice(lines, 1, None))):  # two rdflib terms, one stored
        lines = [line for n, line in enumerate(lines) if n == 0 or line != lines[n - 1]]  # ("01", "1")
    return lines


def _typed_texts(grouped: SubjectIndex) -> dict[int, str]:
    """The texts of the typed literals among the objects, by the identity of the literal object, in the
    form the store keeps them (kg.store.terms.stored_literals: one scratch store for them all; one each
    cost 0.4 ms), but for a small natural number of STORED_AS_INTEGER, whose form is known: Oxigraph
    keeps it as the xsd:integer of that text (the provenance's offsets, 37,398 of the 56,186 typed
    literals of a 1 MB list-heavy document; tests/store/test_session26_m_lines.py asks the store).
    ValueError for a literal Oxigraph rejects."""
    typed: dict[int, Literal] = {}
    texts: dict[int, str] = {}
    natural = SMALL_NATURAL.fullmatch
    for _, by_predicate in grouped:
        for objects in by_predicate.values():
            for o in objects:
                if type(o) is Literal and (datatype := o.datatype) is not None:
                    if datatype in STORED_AS_INTEGER and natural(o):
                        texts[id(o)] = f'"{o}"{INTEGER_SUFFIX}'
                    else:
                        typed[id(o)] = o
    forms = stored_literals([to_oxigraph(o) for o in typed.values()])
    texts.update(zip(typed, map(str, forms), strict=True))
    return texts
