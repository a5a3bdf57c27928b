"""A seed register grown to thousands of points of contact and milestones, to time its validation.

Why: a document's validation must cost time linear in the document (ingest validates every
document). The seed OGF-DMTF register (its curated graph) gets `n` more points of contact and `n`
more milestones, copies of its own first ones under new IRIs, so the shapes see what real
extractions produce, only more of it.

Run as a script to print the figures of docs (seconds per size, both ways kg ingest validates):

    python tests/validate/big_register.py 500 1000 2000 4000
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

from rdflib import RDF, Graph, URIRef

from kg.model.namespaces import AKG, register_graph_iri
from kg.model.rdfio import load_graph
from kg.model.sources import default_sources

SEED = "ogf-dmtf"


def seed_register() -> Graph:
    """The curated graph of the seed register (what an extraction of its document holds)."""
    return load_graph([default_sources().curated_registers[SEED]])


def _first(graph: Graph, register: URIRef, predicate: URIRef) -> URIRef:
    values = sorted(v for v in graph.objects(register, predicate) if isinstance(v, URIRef))
    if not values:
        raise ValueError(f"the seed register {register} has no {predicate}")
    return values[0]


def grown(n: int, base: Graph | None = None) -> Graph:
    """The seed register with `n` more points of contact and `n` more milestones (copies of its first)."""
    base = base if base is not None else seed_register()
    graph = Graph(identifier=register_graph_iri(SEED))
    graph += base
    register = next(iter(base.subjects(RDF.type, AKG.WorkRegister)))
    for predicate in (AKG.contactPoint, AKG.milestone):
        model = _first(base, register, predicate)
        statements = list(base.predicate_objects(model))
        for k in range(1, n + 1):
            copy = URIRef(f"{model}-copy-{k}")
            graph.add((register, predicate, copy))
            for p, o in statements:
                if p == AKG.ordinal:
                    continue  # at most one ordinal each; a copy has none
                graph.add((copy, p, o))
    return graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="+", type=int, help="points of contact (and milestones) to add")
    args = parser.parse_args()

    from kg.pipeline.build import assemble, named_graphs
    from kg.pipeline.ingest import reference_graphs
    from kg.store.embedded import EmbeddedStore, write_store
    from kg.validate.at_scale import validate_in_context
    from kg.validate.shacl import load_ontology, load_shapes, validate

    sources = default_sources()
    reference, _ = reference_graphs(sources.root)
    shapes, ontology = load_shapes(sources), load_ontology(sources)
    folder = Path(tempfile.mkdtemp(prefix="big-register-"))
    try:
        write_store(named_graphs(assemble()), folder / "store")
        print("added  triples  no-store-s  in-store-s  results")
        with EmbeddedStore(folder / "store", readonly=True) as store:
            for n in args.sizes:
                graph = grown(n)
                data = Graph()
                data += reference
                data += graph
                started = time.perf_counter()
                alone = validate(data, shapes, ontology)
                middle = time.perf_counter()
                in_store = validate_in_context(store, graph)
                ended = time.perf_counter()
                counts = f"{len(alone.results)}/{len(in_store.results)}"
                alone_s, in_store_s = middle - started, ended - middle
                print(f"{n:5d}  {len(graph):7d}  {alone_s:10.2f}  {in_store_s:10.2f}  {counts}", flush=True)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
