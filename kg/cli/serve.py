"""`kg serve`: run the linked-data server and SPARQL endpoint (kg.server) with uvicorn.

Why a separate module: kg.cli.main stays a list of commands; everything about serving,
including its many limits, is here and in kg.server.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from kg.cli.options import add_endpoint, add_hide_emails, add_store
from kg.errors import KgError
from kg.model.namespaces import BASE

TOKEN_VARIABLE = "ALLIANCE_KG_UPDATE_TOKEN"


def add_commands(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve linked data and a SPARQL 1.1 endpoint (http://127.0.0.1:8000/ by default)",
        description="Serve the knowledge graph: dereferenceable IRIs, HTML pages, SPARQL 1.1 Protocol, "
        "VoID and dumps. Binds 127.0.0.1 unless --host says otherwise.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    source = serve.add_mutually_exclusive_group()
    add_store(source)
    add_endpoint(source, "serve a remote SPARQL endpoint holding the pushed graphs")
    serve.add_argument(
        "--base", default=BASE, help=f"public IRI base mapped to this server's root (default: {BASE})"
    )
    serve.add_argument(
        "--timeout", type=float, default=10.0, help="wall-clock limit per query, seconds (default: 10)"
    )
    serve.add_argument("--max-rows", type=int, default=10_000, help="most rows or triples a query may return")
    serve.add_argument(
        "--max-request-bytes", type=int, default=1 << 20, help="largest request body (default: 1 MiB)"
    )
    serve.add_argument("--query-workers", type=int, default=2, help="worker processes running SPARQL queries")
    serve.add_argument("--page-size", type=int, default=100, help="incoming links per page of a resource")
    serve.add_argument("--workers", type=int, default=1, help="server processes (uvicorn workers)")
    serve.add_argument(
        "--log-level", default="info", choices=["critical", "error", "warning", "info", "debug"]
    )
    add_hide_emails(
        serve,
        "serve a copy of the store with foaf:mbox_sha1sum hashes instead of e-mail addresses "
        "(points of contact are people; see kg.model.privacy); read-only",
    )
    serve.set_defaults(handler=cmd_serve)


def config_from(args: argparse.Namespace):
    from kg.server import ServerConfig

    if args.timeout <= 0 or args.max_rows <= 0 or args.max_request_bytes <= 0 or args.query_workers <= 0:
        raise KgError("--timeout, --max-rows, --max-request-bytes and --query-workers must be positive")
    base = args.base if args.base.endswith(("/", "#")) else args.base + "/"
    return ServerConfig(
        store=Path(args.store) if args.store else None,
        endpoint=args.endpoint,
        public_base=base,
        timeout=args.timeout,
        max_rows=args.max_rows,
        max_request_bytes=args.max_request_bytes,
        update_token=os.environ.get(TOKEN_VARIABLE) or None,
        workers=args.query_workers,
        page_size=args.page_size,
    )


def app_factory():
    """The app of one uvicorn worker process (--workers): the configuration comes from the environment."""
    import json

    from kg.server import ServerConfig, create_app

    settings = json.loads(os.environ["ALLIANCE_KG_SERVE_CONFIG"])
    if settings.get("store"):
        settings["store"] = Path(settings["store"])
    settings["update_token"] = os.environ.get(TOKEN_VARIABLE) or None
    return create_app(ServerConfig(**settings))


def hidden_store(config) -> Path:
    """A temporary copy of the store without e-mail addresses, removed when the server stops.

    Queries run on the copy, so no FILTER can recover an address; the copy is read-only (an
    update would change the copy, not the store), so the update token is refused with it.
    """
    import atexit
    import shutil
    import tempfile

    from kg.model.privacy import hidden_copy

    if config.endpoint is not None:
        raise KgError(
            "--hide-emails needs the embedded store: push a store built with 'kg build --hide-emails'"
        )
    if config.update_token:
        raise KgError(f"--hide-emails serves a read-only copy: unset {TOKEN_VARIABLE} to use it")
    directory = Path(tempfile.mkdtemp(prefix="kg-serve-hidden-"))
    atexit.register(shutil.rmtree, directory, True)
    print(f"copying {config.store} without e-mail addresses to {directory}", flush=True)
    return hidden_copy(config.store, directory / "store")


def cmd_serve(args: argparse.Namespace) -> int:
    import dataclasses
    import json

    import uvicorn

    from kg.server import create_app

    config = config_from(args)
    if config.endpoint is None:
        from kg.store import StoreError
        from kg.store.embedded import store_location

        path = store_location(config.store)
        if not (path / "CURRENT").is_file():
            raise StoreError(
                f"no store at {path}: run 'kg build' first, or pass --store PATH or --endpoint URL"
            )
        config.store = path
    if args.hide_emails:
        config.store = hidden_store(config)
    print(
        f"serving {config.endpoint or config.store} at http://{args.host}:{args.port}/ "
        f"(SPARQL: /sparql; IRIs under {config.public_base})",
        flush=True,
    )
    from kg.server.protocol import BoundedHttpTools

    options = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "proxy_headers": False,
        "http": BoundedHttpTools,  # 431 past 64 KiB of request head (plain httptools takes any amount)
    }
    if args.workers > 1:
        settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in dataclasses.asdict(config).items()}
        settings.pop("update_token")
        os.environ["ALLIANCE_KG_SERVE_CONFIG"] = json.dumps(settings)
        uvicorn.run("kg.cli.serve:app_factory", factory=True, workers=args.workers, **options)
    else:
        uvicorn.run(create_app(config), **options)
    return 0
