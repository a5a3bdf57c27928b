"""Units the store discovered earlier that share a name keep apart by the body written before them (issue 12
point 3: "resolution never merges two different bodies ... without evidence"). A register naming "DMTF
Technical Committee" and "NMF Technical Committee" introduces two units whose preferred label is
"Technical Committee"; a later document read against them (known-organizations) lost DMTF's unit: the name
stood for both, so it named neither, and the unit was not discovered again either."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS, XSD

from kg.extract.names import known_graph
from kg.model.namespaces import AKG, ID
from kg.model.provenance import split_provenance
from kg.pipeline.ingest import extract

WG = f"{ID}working-group/"
DMTF_TC, TMF_TC = URIRef(f"{WG}dmtf-technical-committee"), URIRef(f"{WG}tm-forum-technical-committee")
KNOWN = [
    (DMTF_TC, URIRef(f"{ID}organization/dmtf"), "DMTF Technical Committee"),
    (TMF_TC, URIRef(f"{ID}organization/tm-forum"), "NMF Technical Committee"),
]
LAYOUTS = {
    "note.md": (
        "# Liaison note between DMTF and TM Forum\n\nDate: 12 March 2027\n\n"
        "The {a} will review the TM Forum information model and report back by June 2027.\n"
        "The {b} will send its comments to the {a}.\n\n"
        "Contact: Ana Example, {a} Chair, ana@dmtf.example\n"
    ),
    "register.txt": (
        "DMTF - TM Forum Work Register\nVersion 1.0\n\nParties\n  DMTF\n  TM Forum\n\n"
        "Working groups\n  - {a}\n  - {b}\n\nMilestones\n  1. Joint review of the model - 3Q2027\n"
    ),
}


def known() -> object:
    rows = []
    for unit, owner, alternative in KNOWN:
        rows += [
            {"entity": unit, "property": RDF.type, "value": AKG.TechnicalWorkGroup},
            {"entity": unit, "property": SKOS.prefLabel, "value": Literal("Technical Committee", lang="en")},
            {"entity": unit, "property": SKOS.altLabel, "value": Literal(alternative, lang="en")},
            {"entity": unit, "property": AKG.unitOf, "value": owner},
            {"entity": unit, "property": AKG.needsReview, "value": Literal(True, datatype=XSD.boolean)},
        ]
    return known_graph(rows)


def units(path: Path, store_knows: bool) -> set[URIRef]:
    extraction = extract(path, known=known() if store_knows else None)  # type: ignore[arg-type]
    facts, _ = split_provenance(extraction.facts)
    return {o for o in facts.objects(None, AKG.participatingUnit) if isinstance(o, URIRef)}


@pytest.mark.parametrize("name", sorted(LAYOUTS))
@pytest.mark.parametrize("order", ["dmtf first", "nmf first"])
def test_known_units_of_one_name_keep_apart_by_their_body(name: str, order: str, tmp_path: Path) -> None:
    a, b = ("DMTF Technical Committee", "NMF Technical Committee")
    if order == "nmf first":
        a, b = b, a
    path = tmp_path / name
    path.write_text(LAYOUTS[name].format(a=a, b=b), encoding="utf-8")
    fresh = units(path, store_knows=False)
    assert {DMTF_TC, TMF_TC} <= fresh  # read without the store: both discovered
    assert units(path, store_knows=True) == fresh  # and the same read against them
