"""Reading a DOT export back needs pydot, an optional extra: without it the error names the extra.

Found by a new user on a plain install: `read_network("organizations.dot")` was a bare
ModuleNotFoundError, while every other missing extra is named with how to install it."""

from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx
import pytest

from kg.network.export import export_network, read_network
from kg.network.graphs import NetworkError


def test_reading_dot_without_pydot_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    graph = nx.Graph()
    graph.add_edge("https://example.org/a", "https://example.org/b", weight=1)
    path = tmp_path / "organizations.dot"
    export_network(graph, path, "dot")
    monkeypatch.setitem(sys.modules, "pydot", None)  # `import pydot` raises ImportError, as when absent
    with pytest.raises(NetworkError, match=r"organizations\.dot: reading DOT back needs pydot: pip install"):
        read_network(path)
