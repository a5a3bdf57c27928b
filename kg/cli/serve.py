"""`kg serve`: run the linked-data server and SPARQL endpoint (kg.server) with uvicorn.

Why a separate module: kg.cli.main stays a list of commands; everything about serving,
including its many limits, is here and in kg.server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
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
        "(points of contact are people; see kg.model.privacy); read-only; the copy is made in "
        "$TMPDIR and removed with the server",
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


HIDDEN_COPIES = "kg-serve-hidden"
"""$TMPDIR/kg-serve-hidden-<uid>/: the copies of running `kg serve --hide-emails` servers, one
folder NAME each, beside the file NAME.lock that its server holds locked (flock) while it runs."""


@contextmanager
def hidden_store(config) -> Iterator[Path]:
    """A temporary copy of the store without e-mail addresses, for as long as the server runs.

    Queries run on the copy, so no FILTER can recover an address; the copy is read-only (an
    update would change the copy, not the store), so the update token is refused with it.

    The copy goes with its server: it is removed at exit, on SIGTERM, SIGINT and SIGHUP
    (uvicorn passes them on once it has shut down), and when the server dies otherwise (SIGKILL,
    the machine stops) the next `kg serve --hide-emails` removes it, since its lock is free then
    (`sweep_copies`). Why not open the copy and unlink it at once: the query workers open the
    store by path, and are started again after each query killed at its time limit. A copy that
    cannot be made (a full disk, a file-size limit) is a KgError naming the folder; it leaves nothing.
    """
    from kg.model.privacy import hidden_copy

    if config.endpoint is not None:
        raise KgError(
            "--hide-emails needs the embedded store: push a store built with 'kg build --hide-emails'"
        )
    if config.update_token:
        raise KgError(f"--hide-emails serves a read-only copy: unset {TOKEN_VARIABLE} to use it")
    root = Path(tempfile.gettempdir()) / f"{HIDDEN_COPIES}-{os.getuid()}"
    with ExitStack() as stack:
        stack.enter_context(exit_on_signals())
        try:
            copies_folder(root)
            sweep_copies(root)
            directory = stack.enter_context(owned_directory(root))
            print(f"copying {config.store} without e-mail addresses to {directory}", flush=True)
            copy = hidden_copy(config.store, directory / "store")
        except OSError as error:
            raise copy_failed(root, config.store, error) from None
        yield copy


def copy_failed(root: Path, store: Path, error: OSError) -> KgError:
    size = sum(p.stat().st_size for p in Path(store).rglob("*") if p.is_file())
    reason = " ".join(str(error).split()) or type(error).__name__
    error.__traceback__ = None  # let the failed copy's store go now (its frame holds it)
    return KgError(
        f"--hide-emails cannot copy the store to {root}: {reason}. Free space there (the store "
        f"takes {size / 1e6:.1f} MB), or set TMPDIR to a folder with room for the copy"
    )


def copies_folder(root: Path) -> None:
    """Make `root` (mode 0700); refuse one that is not a folder of this user (a shared /tmp)."""
    import stat

    root.mkdir(mode=0o700, exist_ok=True)
    found = os.lstat(root)
    if not stat.S_ISDIR(found.st_mode) or found.st_uid != os.getuid():
        raise KgError(f"{root} is not a folder of yours: remove it, or set TMPDIR to another folder")


def sweep_copies(root: Path) -> None:
    """Remove the copies of servers that are gone: those whose lock nobody holds."""
    import fcntl

    for lock in root.glob("*.lock"):
        try:
            descriptor = os.open(lock, os.O_RDWR)
        except FileNotFoundError:
            continue  # removed meanwhile by its server or another sweep
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(descriptor)  # its server runs
            continue
        try:
            shutil.rmtree(root / lock.stem, ignore_errors=True)
            lock.unlink(missing_ok=True)
        finally:
            os.close(descriptor)
    with suppress(FileNotFoundError):  # `root` removed meanwhile: nothing to sweep
        for entry in root.iterdir():  # a folder is made after its lock and removed before it
            if entry.is_dir() and not (root / f"{entry.name}.lock").exists():
                shutil.rmtree(entry, ignore_errors=True)


@contextmanager
def owned_directory(root: Path) -> Iterator[Path]:
    """A new folder in `root` whose lock this process holds until the folder is removed."""
    import fcntl

    while True:
        try:
            descriptor, name = tempfile.mkstemp(prefix=f"{os.getpid()}-", suffix=".lock", dir=root)
        except FileNotFoundError:  # the last server to stop removed the empty `root` meanwhile
            copies_folder(root)
            continue
        lock = Path(name)
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            if os.stat(lock).st_ino == os.fstat(descriptor).st_ino:
                break  # else a sweep took it for a dead server's lock before we locked it
        except (BlockingIOError, FileNotFoundError):
            pass
        os.close(descriptor)
    directory = root / lock.name.removesuffix(".lock")
    try:
        os.write(descriptor, f"{os.getpid()}\n".encode())
        directory.mkdir(mode=0o700)
        yield directory
    finally:
        with blocked_signals():
            shutil.rmtree(directory, ignore_errors=True)
            lock.unlink(missing_ok=True)
            os.close(descriptor)
            with suppress(OSError):
                root.rmdir()  # when no other server has a copy there


EXIT_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGINT", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def exit_on_signals() -> Iterator[None]:
    """SIGTERM and SIGINT raise SystemExit (exit status 128 + the signal), so that `finally` blocks
    run: the default SIGTERM ends the process without them. uvicorn handles both while it serves
    (a graceful shutdown), then raises them again. SIGHUP (the terminal closed), which uvicorn does
    not handle, is passed on as SIGTERM, so that it too shuts the server down gracefully."""

    def leave(signum: int, frame: object) -> None:
        if signum == getattr(signal, "SIGHUP", None):
            signal.raise_signal(signal.SIGTERM)
            return
        raise SystemExit(128 + signum)

    previous = {number: signal.signal(number, leave) for number in EXIT_SIGNALS}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


@contextmanager
def blocked_signals() -> Iterator[None]:
    """EXIT_SIGNALS wait (a second Ctrl-C) until what runs here is done."""
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, EXIT_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def cmd_serve(args: argparse.Namespace) -> int:
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
    with ExitStack() as stack:
        if args.hide_emails:
            config.store = stack.enter_context(hidden_store(config))
        run(args, config)
    return 0


def run(args: argparse.Namespace, config) -> None:
    """uvicorn with the app of `config`, until it is stopped."""
    import dataclasses
    import json

    import uvicorn

    from kg.server import create_app

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
