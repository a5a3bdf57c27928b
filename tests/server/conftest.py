"""The page tests' server: `kg serve` on the graph `kg build` publishes.

Why a store of their own: the shared test store (tests/support/kg_server.py) holds the curated
register graphs, which carry no provenance, while what `kg build` publishes is extracted from the
documents, with a Web Annotation for every fact: the pages must read well on that. One server per
worker session, started on first use and stopped at exit (kg.testing.live_server).
"""

from __future__ import annotations

import atexit
import functools
import shutil
import tempfile
from pathlib import Path

import pytest

from kg.pipeline.build import assemble, named_graphs
from kg.store.embedded import write_store
from kg.testing.live_server import LiveServer, start_server


def temporary_store(prefix: str) -> Path:
    """A store path in a temporary folder removed at exit."""
    directory = Path(tempfile.mkdtemp(prefix=prefix))
    atexit.register(shutil.rmtree, directory, True)
    return directory / "store"


@functools.cache
def built_store() -> Path:
    """What `kg build` publishes: every graph, registers extracted from their documents."""
    path = temporary_store("kg-pages-built-")
    write_store(named_graphs(assemble(registers="documents")), path)
    return path


@functools.cache
def built_server() -> LiveServer:
    return start_server("--store", str(built_store()))


@pytest.fixture(scope="session")
def built() -> LiveServer:
    """`kg serve` on the built store, shared by the page tests of one worker session."""
    return built_server()


@pytest.fixture(scope="session")
def built_store_path() -> Path:
    return built_store()
