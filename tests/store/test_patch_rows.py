"""The history's patch rows and graph list as they were written before session 20 made them cheaper
for a large new graph (kg.store.history.nquads_lines sorts its split list in place; Patch.graphs reads
each distinct graph name once): the same lines and names, byte for byte, and no more reads of a quad's
graph name than quads."""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.history import Patch, nquads_lines

EX = "https://example.org/"


def quads() -> list[ox.Quad]:
    g1, g2 = ox.NamedNode(f"{EX}g1"), ox.NamedNode(f"{EX}g2")
    blank = ox.BlankNode()
    return [
        ox.Quad(ox.NamedNode(f"{EX}b"), ox.NamedNode(f"{EX}p"), ox.Literal('two\nlines "quoted"'), g2),
        ox.Quad(ox.NamedNode(f"{EX}a"), ox.NamedNode(f"{EX}p"), ox.Literal("x", language="en"), g1),
        ox.Quad(blank, ox.NamedNode(f"{EX}q"), ox.Literal("1.5", datatype=ox.NamedNode(f"{EX}t")), g1),
        ox.Quad(ox.NamedNode(f"{EX}a"), ox.NamedNode(f"{EX}p"), blank, g2),
    ]


def old_lines(given: list[ox.Quad]) -> list[str]:
    text = (ox.serialize(list(given), format=ox.RdfFormat.N_QUADS) or b"").decode("utf-8")
    return sorted(line for line in text.split("\n") if line)


def test_the_lines_are_the_old_lines() -> None:
    given = quads()
    assert nquads_lines(given) == old_lines(given)
    assert nquads_lines(iter(given)) == old_lines(given)
    assert nquads_lines([]) == old_lines([]) == []
    assert len(nquads_lines(given)) == len(given)


def test_the_graphs_are_the_old_graphs() -> None:
    given = quads()
    patch = Patch(removed=given[:1], added=given[1:])
    assert patch.graphs() == sorted({str(q.graph_name.value) for q in given}) == [f"{EX}g1", f"{EX}g2"]
    assert Patch().graphs() == []
