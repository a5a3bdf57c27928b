"""`kg serve`: a linked-data server and SPARQL 1.1 endpoint over the knowledge graph.

Modules: app (ASGI app, CORS, limits), sparql (the protocol, service description),
linked (303 resources, documents, ontology and shapes, home, network picture), dataset
(VoID, dumps, Graph Store read side), describe (what a resource page says), conneg and
formats (RFC 9110 negotiation), guard (no SERVICE, no LOAD), worker (killable query
processes), backend (embedded store or remote endpoint), results and html (writers).
"""

from typing import Any

__all__ = ["ServerConfig", "create_app"]


def __getattr__(name: str) -> Any:
    """The app is imported on first use: query workers import kg.server.worker alone, so that one
    restarted after a timeout does not load starlette and the app (benchmarks/soak.py)."""
    if name == "create_app":
        from kg.server.app import create_app

        return create_app
    if name == "ServerConfig":
        from kg.server.context import ServerConfig

        return ServerConfig
    raise AttributeError(f"module 'kg.server' has no attribute {name!r}")
