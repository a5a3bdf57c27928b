"""Shared test fixtures.

Store and servers (kg.store.embedded, kg.store.remote): every test session writes its stores under a
temporary directory ($ALLIANCE_KG_STORE is pointed there), never into the checkout's
.alliance-kg/store. `oxigraph_server` and `virtuoso_server` start real servers once per
session (kg.testing.servers); when one is not installed the tests that need it skip
locally and FAIL when CI=true, because .ci/run must install it.

The default run is parallel (pytest-xdist, pyproject.toml): a session is one worker process,
so each worker builds its own stores under its own temporary directory (tmp_path_factory is
per worker) and starts its own servers on free ports; nothing here is shared between workers.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from support.guarded_endpoint import Guarded, serve
from support.kg_server import http_client

from kg.pipeline.build import assemble, named_graphs
from kg.store.embedded import STORE_VARIABLE, write_store
from kg.testing.live_server import stop_all as stop_all_servers
from kg.testing.servers import Server, ServerUnavailable, required_in_ci, start_oxigraph, start_virtuoso


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The modules marked `costly` first, each in its own order. Why: pytest-xdist (`--dist loadfile`)
    hands whole files to its workers in the order collected, so a costly file collected last ran alone
    at the end while the other core idled (the last minutes of a CI run). The sort is stable and the
    same on every worker, as xdist requires."""
    items.sort(key=lambda item: item.get_closest_marker("costly") is None)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Every `kg serve` the tests started is stopped here, in the test process, rather than by atexit
    handlers alone, which an xdist worker ending with os._exit never runs (kg.testing.live_server)."""
    stop_all_servers()


@pytest.fixture(scope="session", autouse=True)
def private_store_location(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Keep `kg build` in tests away from the checkout's own store, and kg ingest's cache in the session's."""
    location = tmp_path_factory.mktemp("default-store") / "store"
    patch = pytest.MonkeyPatch()
    patch.setenv(STORE_VARIABLE, str(location))
    patch.setenv("ALLIANCE_KG_CACHE", str(tmp_path_factory.mktemp("cache")))  # kg.validate.cache, per session
    yield location
    patch.undo()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the checkout's graphs (ontology, shapes, reference, the seed registers)."""
    path = tmp_path_factory.mktemp("seed") / "store"
    write_store(named_graphs(assemble()), path)
    return path


@pytest.fixture(scope="module")
def http() -> Iterator[httpx.Client]:
    """A client of the session's shared kg serve on the test store (tests/support/kg_server.py)."""
    with http_client() as client:
        yield client


@pytest.fixture
def store_copy(seed_store: Path, tmp_path: Path) -> Path:
    """A private copy of the seed store that a test may write to or break."""
    target = tmp_path / "store"
    shutil.copytree(seed_store, target)
    return target


def _server(starter) -> Iterator[Server]:
    try:
        server = starter()
    except ServerUnavailable as missing:
        if required_in_ci():
            pytest.fail(f"{missing}: CI must install it (.ci/run)")
        pytest.skip(str(missing))
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def oxigraph_server() -> Iterator[Server]:
    yield from _server(start_oxigraph)


@pytest.fixture(scope="session")
def virtuoso_server() -> Iterator[Server]:
    yield from _server(start_virtuoso)


@pytest.fixture(params=["basic", "digest"])
def guarded(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(URL, scheme) of a Guarded endpoint demanding that scheme; what it saw is in Guarded.seen."""
    handler = type("Guarded" + request.param.title(), (Guarded,), {"scheme": request.param})
    Guarded.seen.clear()
    yield from ((url, request.param) for url in serve(handler))
