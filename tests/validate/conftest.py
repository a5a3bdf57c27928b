"""Fixtures the validation tests share: the packaged shapes and ontology, each parsed once per module."""

from __future__ import annotations

import pytest
from rdflib import Graph

from kg.model.rdfio import load_graph
from kg.model.sources import default_sources


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_graph([default_sources().shapes_file])


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return load_graph(default_sources().ontology_files)
