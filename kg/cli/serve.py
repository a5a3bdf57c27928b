"""`kg serve`: run the linked-data server and SPARQL endpoint (kg.server) with uvicorn.

Why a separate module: kg.cli.main stays a list of commands; everything about serving,
including its many limits, is here and in kg.server.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import sys
import tempfile
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from typing import Any

from kg.cli.options import BASE_IRI as BASE
from kg.cli.options import add_endpoint, add_hide_emails, add_store, ascii_integer, most_processes
from kg.errors import KgError

TOKEN_VARIABLE = "ALLIANCE_KG_UPDATE_TOKEN"
CONFIG_VARIABLE = "ALLIANCE_KG_SERVE_CONFIG"
"""How the configuration reaches the uvicorn worker processes (--workers N): JSON, {"server": the
ServerConfig's fields but the token, "connections": BoundedHttpTools.configure's arguments}."""

# kg.server.protocol's defaults, here so that building the parser imports neither uvicorn nor the server.
HEAD_SECONDS = 5.0
BODY_SECONDS = 30.0
MAX_CONNECTIONS = 1024
DEFAULT_MEMORY_MB = 4096  # kg.server.worker's, for the same reason
MIN_CONNECTIONS = 64  # fewer, and a handful of idle sockets keep everyone else waiting
OWN_FILES = 64
"""Open files a server process needs besides its connections, the store's files and two pipes per
query worker: the listening socket, the event loop, fonts, temporary files (10 measured)."""
BACKLOG = 128
"""Connections waiting to be accepted (listen's backlog; uvicorn's default is 2,048). asyncio accepts
up to this many at once, each an open file, and BoundedHttpTools closes the ones it makes room with
one turn of the event loop later, so in a burst up to about 3 x BACKLOG connections are open beyond
--max-connections (a burst of 9,000 connections from 6 threads: 384 with 128, up to 1,300 with 512)."""


def add_commands(commands: argparse._SubParsersAction) -> None:
    serve = commands.add_parser(
        "serve",
        help="serve linked data and a SPARQL 1.1 endpoint (http://127.0.0.1:8000/ by default)",
        description="Serve the knowledge graph: dereferenceable IRIs, HTML pages, SPARQL 1.1 Protocol, "
        "VoID and dumps. Binds 127.0.0.1 unless --host says otherwise.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: 127.0.0.1)")
    serve.add_argument("--port", type=ascii_integer, default=8000, help="port (default: 8000)")
    serve.add_argument(
        "--allowed-host",
        action="append",
        metavar="HOST",
        help="also answer requests whose Host header names HOST (repeatable; '*.example.org' for a domain, "
        "'*' for any): by default only the --host address and, on a loopback address, localhost, "
        "127.0.0.1 and [::1]; any host when bound to every address (0.0.0.0, ::)",
    )
    source = serve.add_mutually_exclusive_group()
    add_store(source)
    add_endpoint(source, "serve a remote SPARQL endpoint holding the pushed graphs")
    serve.add_argument(
        "--base", default=BASE, help=f"public IRI base mapped to this server's root (default: {BASE})"
    )
    serve.add_argument(
        "--timeout", type=float, default=10.0, help="wall-clock limit per query, seconds (default: 10)"
    )
    serve.add_argument(
        "--max-rows", type=ascii_integer, default=10_000, help="most rows or triples a query may return"
    )
    serve.add_argument(
        "--max-request-bytes",
        type=ascii_integer,
        default=1 << 20,
        help="largest request body (default: 1 MiB)",
    )
    serve.add_argument(
        "--query-workers", type=ascii_integer, default=2, help="worker processes running SPARQL queries"
    )
    serve.add_argument(
        "--page-size", type=ascii_integer, default=100, help="incoming links per page of a resource"
    )
    serve.add_argument("--workers", type=ascii_integer, default=1, help="server processes (uvicorn workers)")
    serve.add_argument(
        "--head-timeout",
        type=float,
        default=HEAD_SECONDS,
        metavar="SECONDS",
        help="a request's line and headers must arrive within this time, else the connection is "
        f"closed (408 when part came) (default: {HEAD_SECONDS:g})",
    )
    serve.add_argument(
        "--body-timeout",
        type=float,
        default=BODY_SECONDS,
        metavar="SECONDS",
        help="a request's body must arrive within this time of its head, else 408 and the connection "
        f"is closed (default: {BODY_SECONDS:g})",
    )
    serve.add_argument(
        "--max-connections",
        type=ascii_integer,
        metavar="N",
        help="open connections per server process; past it, the one that waited longest for a "
        f"request is closed (default: {MAX_CONNECTIONS:,}, or what the open-file limit allows)",
    )
    serve.add_argument(
        "--max-answer-bytes",
        type=ascii_integer,
        default=64 << 20,
        metavar="N",
        help="largest answer a query may give, written (default: 64 MiB); more is refused like more rows",
    )
    serve.add_argument(
        "--max-html-rows",
        type=ascii_integer,
        default=1_000,
        metavar="N",
        help="rows or triples an HTML page shows; the rest in machine formats (default: 1000)",
    )
    serve.add_argument(
        "--worker-memory-mb",
        type=ascii_integer,
        default=DEFAULT_MEMORY_MB,
        metavar="MB",
        help="address space of each query worker; a query needing more is answered 503 and costs "
        f"only its worker (default: {DEFAULT_MEMORY_MB})",
    )
    serve.add_argument(
        "--slow-query-seconds",
        type=float,
        default=1.0,
        metavar="SECONDS",
        help="visitors' queries that take longer are logged with their duration (default: 1)",
    )
    serve.add_argument(
        "--no-sandbox",
        action="store_true",
        help="run query workers WITH network access where the kernel gives no network namespace: "
        "a query could then make this server fetch URLs if the SERVICE/LOAD guard were ever "
        "fooled (by default the server refuses to start instead)",
    )
    serve.add_argument(
        "--process-header",
        action="store_true",
        help="name the server process that answered (its process id) in a Server-Process header "
        "of every response, to see how connections spread over --workers (benchmarks, tests); "
        "off by default, since it tells clients a process id",
    )
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


MIN_WORKER_MEMORY_MB = 512


def most_query_workers() -> int:
    """The most query worker processes `kg serve` starts in all (kg.cli.options.most_processes).

    Why: `--query-workers 1000` was taken: the server started a thousand worker processes at once, each
    loading the interpreter and opening the store (30 MB each), the load average went past 600 on a
    2-core machine and every other program there stalled; a Ctrl-C while they started left them to end
    one by one as each finished starting (attack round 22). Queries beyond the cores wait either way."""
    return most_processes()


def config_from(args: argparse.Namespace):
    from kg.server import ServerConfig

    sizes = (
        args.max_rows,
        args.max_request_bytes,
        args.query_workers,
        args.worker_memory_mb,
        args.max_answer_bytes,
        args.max_html_rows,
        args.page_size,
        args.workers,
    )
    if min(sizes) <= 0 or not args.timeout > 0 or not args.slow_query_seconds > 0:
        raise KgError(
            "--timeout, --max-rows, --max-request-bytes, --max-answer-bytes, --max-html-rows, "
            "--query-workers, --worker-memory-mb, --page-size, --workers and --slow-query-seconds must be "
            "positive"
        )
    # Attack round 16: `--timeout inf` (or 1e400) was taken, and no query was ever stopped; a port
    # past 65535 ended in an OverflowError traceback from bind(); `--worker-memory-mb 256` in RocksDB's
    # "Anonymous mmap ... failed. Aborting." and a startup traceback.
    if args.timeout == float("inf"):
        raise KgError("--timeout must be a finite number of seconds: it is what stops a visitor's query")
    if not 0 <= args.port <= 65535:
        raise KgError(f"--port must be a port number from 0 to 65535, got {args.port}")
    if args.workers * args.query_workers > (most := most_query_workers()):
        raise KgError(
            f"--query-workers {args.query_workers} in each of --workers {args.workers} server processes "
            f"would start {args.workers * args.query_workers:,} query worker processes, each about 30 MB "
            f"with its store open: at most {most} on this machine of {os.cpu_count() or 1} cores (more "
            "only queue on the cores)"
        )
    if args.worker_memory_mb < MIN_WORKER_MEMORY_MB:
        raise KgError(
            f"--worker-memory-mb must be at least {MIN_WORKER_MEMORY_MB}: a query worker's interpreter and "
            "store take about 300 MB of address space before any query"
        )
    base = args.base if args.base.endswith(("/", "#")) else args.base + "/"
    checked_base(base)
    if not args.host.strip():  # uvicorn binds every address for "": a script's unset $HOST exposed the server
        raise KgError(
            "--host is empty: give the address to bind (127.0.0.1 by default; 0.0.0.0 or :: for every "
            "address, said so)"
        )
    for name in args.allowed_host or []:
        if name != "*" and ("*" in name.removeprefix("*.") or not name.strip() or " " in name):
            # Starlette's AssertionError traceback for '*.*' (attack round 17)
            raise KgError(f"--allowed-host takes a host name, '*.example.org' or '*', not {name!r}")
    return ServerConfig(
        store=Path(args.store) if args.store else None,
        endpoint=args.endpoint,
        public_base=base,
        timeout=args.timeout,
        max_rows=args.max_rows,
        max_request_bytes=args.max_request_bytes,
        update_token=update_token(),
        workers=args.query_workers,
        page_size=args.page_size,
        sandbox=not args.no_sandbox,
        worker_memory_mb=args.worker_memory_mb,
        max_answer_bytes=args.max_answer_bytes,
        max_html_rows=args.max_html_rows,
        slow_query_seconds=args.slow_query_seconds,
        process_header=args.process_header,
        allowed_hosts=allowed_hosts(args.host, args.allowed_host),
    )


LOOPBACK_NAMES = ["localhost", "127.0.0.1", "[::1]"]
EVERY_ADDRESS = {"0.0.0.0", "::", ""}


def allowed_hosts(bound: str, given: list[str] | None) -> list[str] | None:
    """The Host header values the server answers (None: any). Why a default at all: a server on
    127.0.0.1 is reachable from any web page the user's browser opens, under any name an attacker
    points at 127.0.0.1 (DNS rebinding); only the names of the loopback address are its own. Bound
    to every address, the server is meant to be reached by whatever names the machine has. `given`
    (--allowed-host) adds names: a proxy's public name, say."""
    if bound in EVERY_ADDRESS or "*" in (given or []):
        return None
    host = (f"[{bound}]" if ":" in bound else bound).lower()
    own = {host, *LOOPBACK_NAMES} if is_loopback(bound) else {host}
    return sorted(own | {name.lower() for name in given or []})


def url_host(host: str) -> str:
    """The host as a URL writes it: an IPv6 address in brackets (http://[::1]:8000/, not http://::1:8000/)."""
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def is_loopback(host: str) -> bool:
    import ipaddress

    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def checked_base(base: str) -> None:
    """--base must be an absolute IRI: the server writes every resource's IRI under it. `--base relative/`
    or one holding a blank was taken, and VoID answered 500 with a traceback (attack round 17)."""
    import pyoxigraph as ox

    try:
        ox.NamedNode(base + "id/x")
    except ValueError:
        raise KgError(f"--base must be an absolute IRI (https://example.org/kg/), not {base!r}") from None
    if "?" in base or "#" in base:
        # "https://example.org/kg?x=" or "https://example.org/kg#": every IRI would be minted inside the
        # base's query or fragment, which no request's path carries, so none would dereference here
        raise KgError(f"--base must end in its path, with no query ('?') or fragment ('#'): not {base!r}")


def update_token() -> str | None:
    """$ALLIANCE_KG_UPDATE_TOKEN, when it is one a client can send in an Authorization field.

    Why (attack round 17): the server started with any token, and one holding a control character
    ('tok\\nen', which no field may carry), starting or ending with a blank (which every parser trims from
    a field) or not UTF-8 (a 500 on every write) locked every write out with no word said; a token
    past ASCII ('pässwort') is sent as UTF-8 and taken (kg.server.sparql.check_token)."""
    token = os.environ.get(TOKEN_VARIABLE) or None
    if token is None:
        return None
    try:
        token.encode()
    except UnicodeEncodeError:
        raise KgError(f"${TOKEN_VARIABLE} is not UTF-8 text: no client could send it") from None
    from kg.store.http import sendable_token

    if not sendable_token(token):
        raise KgError(
            f"${TOKEN_VARIABLE} starts or ends with a blank, or holds a control character: no client could "
            "send it in an Authorization field (RFC 9110 5.5); choose letters, digits and punctuation"
        )
    return token


def connection_limits(args: argparse.Namespace) -> dict[str, Any]:
    """BoundedHttpTools.configure's arguments from --head-timeout and --max-connections (None:
    the default, or what fits under the open-file limit; see `open_files_for`)."""
    if not args.head_timeout > 0 or (args.max_connections is not None and args.max_connections <= 0):
        raise KgError("--head-timeout and --max-connections must be positive")  # `not >`: NaN too
    for option, seconds in (("--head-timeout", args.head_timeout), ("--body-timeout", args.body_timeout)):
        if not 0 < seconds < float("inf"):  # NaN too
            raise KgError(
                f"{option} must be a positive number of seconds: an endless wait is what a slowloris needs"
            )
    return {
        "head_seconds": args.head_timeout,
        "body_seconds": args.body_timeout,
        "max_connections": args.max_connections,
    }


def open_files_for(requested: int | None, own_files: int) -> int:
    """The connections a server process may keep (`requested`, else MAX_CONNECTIONS), with this
    process's soft limit of open files (RLIMIT_NOFILE) raised to its hard limit when they and
    `own_files` do not fit under it.

    Why: past the soft limit (often 1,024) accept() fails and no client is served, however many
    idle connections BoundedHttpTools would close; worker processes inherit the limit. When they
    cannot fit under the hard limit: a KgError for --max-connections N, and for the default, as
    many as fit (said on stderr), unless that is fewer than MIN_CONNECTIONS.
    """
    import resource

    wanted = requested or MAX_CONNECTIONS
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    unlimited = resource.RLIM_INFINITY
    if hard != unlimited and wanted + own_files > hard:
        fitting = hard - own_files
        if requested is not None or fitting < MIN_CONNECTIONS:
            raise KgError(
                f"{wanted:,} connections need {wanted + own_files:,} open files (with {own_files:,} for "
                f"the server's own and connections being accepted), but this system allows a process "
                f"at most {hard:,} (ulimit -Hn): "
                + (
                    f"give --max-connections {fitting:,} or less, or raise the hard limit"
                    if fitting >= MIN_CONNECTIONS
                    else "raise the hard limit"
                )
            )
        print(
            f"kg serve: at most {fitting:,} connections per server process (--max-connections), "
            f"as this system allows a process {hard:,} open files (ulimit -Hn)",
            file=sys.stderr,
            flush=True,
        )
        wanted = fitting
    needed = wanted + own_files
    if soft == unlimited or soft >= needed:
        return wanted
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (needed if hard == unlimited else hard, hard))
    except (ValueError, OSError) as error:
        raise KgError(
            f"{wanted:,} connections need {needed:,} open files, and the limit of {soft:,} "
            f"(ulimit -n) cannot be raised: {error}"
        ) from None
    return wanted


def files_of(config) -> int:
    """The open files a server process may hold besides its connections: OWN_FILES, the query
    workers' pipes, the store's files, and the connections being accepted (3 x BACKLOG)."""
    store = 0
    if config.store is not None and Path(config.store).is_dir():
        store = sum(1 for path in Path(config.store).iterdir() if path.is_file())
    return OWN_FILES + 2 * config.workers + store + 3 * BACKLOG


def app_factory():
    """The app of one uvicorn worker process (--workers): the configuration comes from the environment."""
    import json

    from kg.server import ServerConfig, create_app
    from kg.server.protocol import BoundedHttpTools

    settings = json.loads(os.environ[CONFIG_VARIABLE])
    server = settings["server"]
    if server.get("store"):
        server["store"] = Path(server["store"])
    server["update_token"] = os.environ.get(TOKEN_VARIABLE) or None
    BoundedHttpTools.configure(**settings["connections"])
    return create_app(ServerConfig(**server))


def log_config() -> dict:
    """uvicorn's logging configuration, with what uvicorn and asyncio log per request rate-limited
    (kg.server.protocol.RepeatedMessages): an attack of bad requests cannot flood the log."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config["filters"] = {
        "repeats": {"()": "kg.server.protocol.RepeatedMessages"},
        "credentials": {"()": "kg.server.protocol.HiddenCredentials"},
    }
    config["loggers"]["uvicorn.error"]["filters"] = ["repeats"]
    config["loggers"]["uvicorn.access"]["filters"] = ["credentials"]
    config["loggers"]["asyncio"] = {"filters": ["repeats"]}
    return config


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
            keep_union(copy)
        except OSError as error:
            raise copy_failed(root, config.store, error) from None
        yield copy


def keep_union(copy: Path) -> None:
    """The copy's default graph made (and marked) the union of its graphs, as a set (kg.store.union)."""
    from kg.store.embedded import EmbeddedStore

    EmbeddedStore(copy, readonly=False, announce_writes=False).close()


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
    limits = connection_limits(args)
    if config.endpoint is None:
        from kg.store import StoreError
        from kg.store.embedded import store_location

        path = store_location(config.store)
        if not (path / "CURRENT").is_file():
            raise StoreError(
                f"no store at {path}: run 'kg build' first, or pass --store PATH or --endpoint URL"
            )
        config.store = path
    limits["max_connections"] = open_files_for(args.max_connections, files_of(config))
    with ExitStack() as stack:
        if args.hide_emails:
            config.store = stack.enter_context(hidden_store(config))
        run(args, config, limits)
    return 0


def run(args: argparse.Namespace, config, limits: dict[str, Any]) -> None:
    """uvicorn with the app of `config` and connections bounded by `limits`, until it is stopped."""
    import dataclasses
    import json

    import uvicorn

    from kg.server import create_app
    from kg.server.balance import listen
    from kg.server.protocol import BoundedHttpTools
    from kg.store.secrets import without_password

    # Bound here, before it is announced: `--port 0` (any free port) announced port 0 (attack round 18).
    try:
        listener = listen(args.host, args.port, BACKLOG)
    except OSError as error:
        raise KgError(f"cannot listen on {args.host}:{args.port}: {error.strerror or error}") from None
    port = listener.getsockname()[1]
    served = without_password(config.endpoint or str(config.store))  # no password on a terminal or in a log
    print(
        f"serving {served} at http://{url_host(args.host)}:{port}/ "
        f"(SPARQL: /sparql; IRIs under {config.public_base})",
        flush=True,
    )

    options = {
        "host": args.host,
        "port": args.port,
        "log_level": args.log_level,
        "log_config": log_config(),
        "backlog": BACKLOG,
        "proxy_headers": False,
        "http": BoundedHttpTools,  # bounded request heads, waits and connections (plain httptools has none)
    }
    if args.workers > 1:
        # Each worker process imports BoundedHttpTools afresh: app_factory configures it there.
        settings = {k: (str(v) if isinstance(v, Path) else v) for k, v in dataclasses.asdict(config).items()}
        settings.pop("update_token")
        os.environ[CONFIG_VARIABLE] = json.dumps({"server": settings, "connections": limits})
        balanced(args, {**options, "app": "kg.cli.serve:app_factory", "factory": True}, listener)
    else:
        BoundedHttpTools.configure(**limits)
        with listener:
            server = uvicorn.Server(uvicorn.Config(create_app(config), **options))
            with suppress(KeyboardInterrupt):
                server.run(sockets=[listener])
        if not server.started:
            raise SystemExit(3)  # uvicorn.run's exit when the server never started


def balanced(args: argparse.Namespace, options: dict[str, Any], listener) -> None:
    """--workers N: N server processes, each handed its share of the connections by this one
    (kg.server.balance: keep-alive connections spread evenly, whichever way they arrive)."""
    import uvicorn

    from kg.server.balance import Balancer

    uvicorn.Config(**options)  # sets up this process's logging as the server processes' own
    with listener:
        stopped_by = Balancer(listener, args.workers, options).run()
    if stopped_by is not None:
        signal.raise_signal(stopped_by)  # say which signal stopped it, as a single uvicorn process does
