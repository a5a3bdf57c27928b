"""Where the project's source files live and which named graph each one feeds.

The layout is a convention, so that adding a register is adding files, not code:
- ontology/*.ttl except shapes -> the ontology graph
- ontology/shapes.ttl -> the shapes graph
- data/reference/*.ttl -> the reference graph
- data/curated/<slug>.ttl -> the graph of register <slug>
- data/registers/*.txt -> the source documents, kept unchanged
- queries/*.rq -> the named queries (kg.sparql.named)

Where those folders are is decided here, in resources_root(), and nowhere else: a wheel carries
them as package data under kg/_resources/ (pyproject.toml, [tool.hatch.build]); a checkout or an
editable install reads the live top-level folders. What the commands write (dist/, the store) is
not a resource: it goes to the current folder (kg.pipeline.build, kg.store.embedded).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from rdflib import URIRef

from kg.model.namespaces import ONTOLOGY_IRI, REFERENCE_GRAPH, SHAPES_IRI, register_graph_iri

HOME_VARIABLE = "ALLIANCE_KG_HOME"
PACKAGED_RESOURCES = Path(__file__).resolve().parents[1] / "_resources"
CHECKOUT = Path(__file__).resolve().parents[2]


def resources_root() -> Path:
    """The folder holding ontology/, data/ and queries/, for every reader of them.

    $ALLIANCE_KG_HOME when set (another checkout, e.g. a changed copy in a test); else the copy
    an installed wheel carries in kg/_resources; else the checkout this package lives in (a
    source tree or an editable install, so edits to the files are seen at once).
    """
    configured = os.environ.get(HOME_VARIABLE)
    if configured:
        return Path(configured)
    if (PACKAGED_RESOURCES / "ontology").is_dir():
        return PACKAGED_RESOURCES
    return CHECKOUT


def project_root() -> Path:
    """The old name of resources_root()."""
    return resources_root()


@dataclass(frozen=True)
class Sources:
    """The source files of one checkout, grouped by the named graph they build."""

    root: Path

    @property
    def shapes_file(self) -> Path:
        return self.root / "ontology" / "shapes.ttl"

    @property
    def ontology_files(self) -> list[Path]:
        return sorted(p for p in (self.root / "ontology").glob("*.ttl") if p != self.shapes_file)

    @property
    def reference_files(self) -> list[Path]:
        return sorted((self.root / "data" / "reference").glob("*.ttl"))

    @property
    def curated_registers(self) -> dict[str, Path]:
        """Curated register graphs by slug, e.g. {'ogf-dmtf': .../data/curated/ogf-dmtf.ttl}."""
        return {p.stem: p for p in sorted((self.root / "data" / "curated").glob("*.ttl"))}

    def graph_files(self) -> dict[URIRef, list[Path]]:
        """Every named graph of the build with the files that make it, in load order."""
        graphs: dict[URIRef, list[Path]] = {
            ONTOLOGY_IRI: self.ontology_files,
            SHAPES_IRI: [self.shapes_file],
            REFERENCE_GRAPH: self.reference_files,
        }
        for slug, path in self.curated_registers.items():
            graphs[register_graph_iri(slug)] = [path]
        return graphs


def default_sources() -> Sources:
    return Sources(resources_root())
