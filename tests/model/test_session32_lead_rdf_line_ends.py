"""Every RDF file the project reads (kg build's sources, kg diff, reference data: kg.model.rdfio) is read
as its grammar says: Turtle, TriG, N-Triples and N-Quads whose lines end in CR alone are the same graphs as
with LF (rdflib's parsers ran a first-line comment to the end of the file: an empty graph), and a file of
RDF 1.2 terms is refused naming RDF 1.2 and its line, not "Bad syntax" (attack round 19's request)."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import URIRef
from rdflib.compare import isomorphic

from kg.errors import InputError
from kg.model.rdfio import load_dataset, load_graph
from kg.model.sources import default_sources

TRIG = """# two graphs
@prefix ex: <http://example.org/> .
ex:g1 { ex:a ex:p "one" ; ex:q [ ex:r 1 ] . }
ex:g2 { ex:b ex:p "two"@en . }
"""


def with_cr(text: str) -> bytes:
    return text.replace("\r\n", "\n").replace("\n", "\r").encode("utf-8")


def test_a_curated_register_with_cr_line_ends_is_the_same_graph(tmp_path: Path) -> None:
    register = default_sources().curated_registers["ogf-dmtf"]
    cr = tmp_path / "register.ttl"
    cr.write_bytes(with_cr(register.read_text(encoding="utf-8")))
    expected = load_graph([register])
    found = load_graph([cr])  # before: a comment on line 1 ran to the end: an empty graph
    assert len(found) == len(expected) > 100
    assert isomorphic(found, expected)


def test_trig_with_cr_line_ends_keeps_its_graphs_and_blank_nodes(tmp_path: Path) -> None:
    lf, cr = tmp_path / "lf.trig", tmp_path / "cr.trig"
    lf.write_text(TRIG, encoding="utf-8", newline="\n")
    cr.write_bytes(with_cr(TRIG))
    expected, found = load_dataset([lf]), load_dataset([cr])
    for name in ("http://example.org/g1", "http://example.org/g2"):
        assert isomorphic(found.graph(URIRef(name)), expected.graph(URIRef(name)))
    assert len(list(found.quads())) == len(list(expected.quads())) == 4


def test_two_files_blank_node_labels_stay_two_nodes(tmp_path: Path) -> None:
    first, second = tmp_path / "a.ttl", tmp_path / "b.ttl"
    first.write_bytes(b"@prefix ex: <http://example.org/> .\r_:b0 ex:p 1 .\r")
    second.write_bytes(b"@prefix ex: <http://example.org/> .\r_:b0 ex:p 2 .\r")
    graph = load_graph([first, second])
    assert len(graph) == 2
    assert len(set(graph.subjects())) == 2


def test_a_bad_file_with_cr_line_ends_is_refused_naming_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.ttl"
    path.write_bytes(b'@prefix ex: <http://example.org/> .\rex:a ex:b "c" \rex:d ex:e .\r')
    with pytest.raises(InputError, match=rf"^{path}:3: not valid turtle"):
        load_graph([path])


@pytest.mark.parametrize(
    ("line", "what"),
    [
        ('ex:a ex:b "shalom"@he--rtl .', "a directional language-tagged string"),
        ("ex:a ex:b <<( ex:a ex:b ex:c )>> .", "a triple term"),
    ],
    ids=["directional", "triple-term"],
)
@pytest.mark.parametrize("ends", ["\n", "\r"], ids=["lf", "cr"])
def test_rdf12_terms_are_refused_naming_rdf12_and_the_line(
    line: str, what: str, ends: str, tmp_path: Path
) -> None:
    path = tmp_path / "rdf12.ttl"
    path.write_bytes(f"@prefix ex: <http://example.org/> .{ends}{ends}{line}{ends}".encode())
    with pytest.raises(InputError) as refused:  # before: "not valid turtle: ... Bad syntax"
        load_dataset([path])
    assert str(refused.value).startswith(f"{path}:3: RDF 1.2 is not supported: the file holds {what}")
