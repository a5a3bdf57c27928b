"""The options several `kg` commands share, defined once so that they read and behave alike.

| option | commands |
|---|---|
| `--store PATH` | build, validate, query, sparql, push, ingest, explain, serve, network * |
| `--endpoint URL` | query, sparql, network *, serve |
| `--user`, `--password`, `--auth`, `--timeout`, `--max-rows` (endpoint) | query, sparql, push, network * |
| `--format` / `-f` | validate, query, sparql, network summary, network export |
| `--out` | build (a folder), network export and draw (a file) |
| `--hide-emails` | build, serve |
| `--max-bytes`, `--max-triples`, `--max-seconds`, `--max-memory` (a document's extraction) | ingest, diff |

Where outputs go when no option says (README, "Where outputs go"): the store is
$ALLIANCE_KG_STORE, else ./.alliance-kg/store (kg.store.embedded.default_store_path); the
distribution is $ALLIANCE_KG_DIST, else ./dist (kg.pipeline.build.default_out_dir). Both are
relative to the current folder, never to the source tree or the installed package.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.store import KnowledgeGraph

# The names of kg.store.embedded.STORE_VARIABLE and kg.pipeline.build.DIST_VARIABLE (the install test
# checks they agree), here so that building the parser imports neither the store nor rdflib.
STORE_VARIABLE = "ALLIANCE_KG_STORE"
DIST_VARIABLE = "ALLIANCE_KG_DIST"
PASSWORD_VARIABLE = "ALLIANCE_KG_PASSWORD"
DEFAULT_STORE = f"${STORE_VARIABLE}, else ./.alliance-kg/store"
# kg.model.namespaces.BASE (the default of `kg serve --base`), here so that building the parser does
# not import rdflib (tests/cli/test_startup.py keeps them in step).
BASE_IRI = "https://w3id.org/alliance-kg/"
DEFAULT_DIST = f"${DIST_VARIABLE}, else ./dist"

Parser = argparse.ArgumentParser | argparse._ArgumentGroup


def add_store(parser: Parser, what: str = "the embedded store", **options: Any) -> None:
    """--store PATH: `what`, with where the default store is (extra argparse `options`, e.g. nargs)."""
    parser.add_argument("--store", metavar="PATH", help=f"{what} (default: {DEFAULT_STORE})", **options)


def add_endpoint(parser: Parser, help_text: str = "query this SPARQL 1.1 endpoint instead") -> None:
    parser.add_argument("--endpoint", metavar="URL", type=endpoint_url, help=help_text)


def endpoint_url(text: str) -> str:
    """--endpoint's URL, refused when it is empty: `--endpoint "$URL"` with URL unset queried the
    embedded store instead, without a word (`if endpoint:` read "" as not given; attack round 21), as
    `--store ""` did before kg.store.embedded.store_location refused it."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r} names no URL: give the endpoint's, or leave the option out for the embedded store"
        )
    return text


def named_thing(text: str) -> str:
    """An IRI, prefixed name or label narrowing a command (`kg calendar --org`, `--register`), refused when
    it is empty: `kg calendar --org "$ORG"` with ORG unset wrote every organization's calendar, exit 0
    (`if value` read "" as not given; attack round 22), where `--register " "` was refused already."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r} names nothing: give an IRI, a prefixed name or a label, or leave the option out for "
            "all"
        )
    return text


def not_blank(what: str) -> Callable[[str], str]:
    """An argparse type refusing an empty or blank value of an option naming `what` (a date, a file): a
    script's `--as-of "$WHEN"` or `--out "$FILE"` with the variable unset answered as of now, or wrote the
    default file or standard output, exit 0, as if the option were left out (attack round 22)."""

    def checked(text: str) -> str:
        if not text.strip():
            raise argparse.ArgumentTypeError(f"{text!r} names no {what}: give one, or leave the option out")
        return text

    return checked


def add_store_options(parser: argparse.ArgumentParser, *, endpoint: bool = True) -> None:
    """--store, and (for reading commands) --endpoint, with the endpoint's credentials and timeout."""
    add_store(parser)
    if endpoint:
        add_endpoint(parser)
    add_connection_options(parser)


AUTH_CHOICES = ("basic", "digest", "bearer")
"""kg.store.http.AUTH_SCHEMES, written here: that module imports httpx, which no command loads at start."""


def add_connection_options(parser: argparse.ArgumentParser) -> None:
    """Credentials and timeout of a remote SPARQL endpoint (see connection)."""
    parser.add_argument("--user", help="user name for the endpoint")
    parser.add_argument("--password", help=f"password (better: set ${PASSWORD_VARIABLE})")
    parser.add_argument(
        "--auth",
        choices=AUTH_CHOICES,
        default="basic",
        help="HTTP auth scheme (bearer: the password is a token, as kg serve's update token)",
    )
    parser.add_argument(
        "--timeout", type=positive_seconds, default=30.0, metavar="SECONDS", help="HTTP timeout"
    )
    parser.add_argument(
        "--max-rows",
        type=positive_int,
        metavar="N",
        help="refuse an endpoint's answer of more than N rows (or triples, for CONSTRUCT and DESCRIBE), "
        "counted as it is read (default: a million, kg.store.remote.MAX_ROWS)",
    )


def connection(args: argparse.Namespace) -> dict[str, Any]:
    """The keyword arguments of a remote endpoint, from the connection options (and $ALLIANCE_KG_PASSWORD)."""
    password = args.password if args.password is not None else os.environ.get(PASSWORD_VARIABLE)
    options = {"user": args.user, "password": password, "auth": args.auth, "timeout": args.timeout}
    return options | ({"max_rows": args.max_rows} if args.max_rows is not None else {})


def open_from_args(args: argparse.Namespace) -> KnowledgeGraph:
    """The graph the store options name: --endpoint URL when given, else the embedded store."""
    from kg.store import open_store

    endpoint = getattr(args, "endpoint", None)
    if endpoint:
        return open_store(endpoint=endpoint, **connection(args))
    return open_store(args.store)


WHOLE_NUMBER = re.compile(r"-?[0-9]{1,30}")
"""What a count option takes: ASCII digits, a minus sign before them at most."""


def ascii_integer(text: str) -> int:
    """`text` as int() reads it, when it is written as WHOLE_NUMBER says.

    Why not int() alone: it also reads ' 5', '1_000', a full-width digit (U+FF15) and '+5', so a mistyped or
    pasted value was taken for another one without a word (attack round 20 found it of `kg history show`)."""
    if not WHOLE_NUMBER.fullmatch(text):
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise argparse.ArgumentTypeError(f"{shown!r} is not a whole number (ASCII digits)")
    return int(text)


def positive_int(text: str) -> int:
    value = ascii_integer(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return value


def whole_number(text: str) -> int:
    """0 or more: `kg ingest --workers -1` ran as 0 does, extraction in the command's own process without
    the CPU and memory limits, with no word said (attack round 17)."""
    value = ascii_integer(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value


def most_processes() -> int:
    """The most worker processes a command starts: four a core, at least 64 (kg serve's query workers,
    kg ingest's extraction processes). More only queue on the cores, and each costs its memory: `kg serve
    --query-workers 1000` took the 2-core machine's load average past 600 (attack round 22)."""
    return max(64, 4 * (os.cpu_count() or 1))


def process_count(text: str) -> int:
    """0 or more, and no more than `most_processes`: `kg ingest --workers 1000` made a pool of a thousand
    extraction processes, each with the rules loaded and a memory limit of its own (2 GiB by default)."""
    value = whole_number(text)
    if value > (most := most_processes()):
        raise argparse.ArgumentTypeError(f"at most {most} on this machine of {os.cpu_count() or 1} cores")
    return value


def fraction(text: str) -> float:
    """A share from 0 to 1: `kg evaluate --min nan` failed every register ("below nan"), `--min 2` too."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= value <= 1:  # NaN too
        raise argparse.ArgumentTypeError(f"must be a number from 0 to 1, not {text!r}")
    return value


def positive_seconds(text: str) -> float:
    """A number of seconds an endpoint is given: finite and more than 0.

    Why (attack round 17): `--timeout nan`, `inf`, `1e400` or `-1` reached the socket's settimeout and
    ended `kg sparql`, `kg push`, `kg calendar` and `kg network` in a ValueError or OverflowError
    traceback; `--timeout 0` was "cannot reach URL (Operation now in progress)", a wrong reason."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not 0 < value < float("inf"):  # NaN too
        raise argparse.ArgumentTypeError(f"must be a finite number of seconds more than 0, not {text!r}")
    return value


def add_document_limits(parser: argparse.ArgumentParser) -> None:
    """The bounds of one document's extraction (docs/ingest.md, "Limits"): what `kg ingest` and `kg diff`
    read is written by others, so both take the same caps, with the same defaults."""
    parser.add_argument(
        "--max-bytes",
        type=positive_int,
        metavar="N",
        help="refuse documents larger than N bytes before reading them (default: $ALLIANCE_KG_MAX_BYTES, "
        "else 8 MiB)",
    )
    parser.add_argument(
        "--max-triples",
        type=positive_int,
        metavar="N",
        help="refuse documents whose graph (facts and provenance) would hold more than N triples, while it "
        "is built (default: $ALLIANCE_KG_MAX_TRIPLES, else 250,000)",
    )
    parser.add_argument(
        "--max-seconds",
        type=positive_int,
        metavar="N",
        help="stop a document's extraction, in an extraction process, after N CPU seconds (the kernel's "
        "limit) and refuse it (default: $ALLIANCE_KG_MAX_SECONDS, else 300)",
    )
    parser.add_argument(
        "--max-memory",
        type=positive_int,
        metavar="MIB",
        help="cap an extraction process's memory (address space) at MIB MiB; a document that needs more "
        "is refused (default: $ALLIANCE_KG_MAX_MEMORY, else 2048)",
    )


def add_format(
    parser: argparse.ArgumentParser,
    choices: Sequence[str],
    *,
    default: str | None = None,
    short: bool = False,
    help_text: str | None = None,
) -> None:
    """--format (and -f when `short`) with these choices."""
    flags = ("--format", "-f") if short else ("--format",)
    parser.add_argument(*flags, choices=choices, default=default, help=help_text)


def add_out(
    parser: argparse.ArgumentParser,
    help_text: str,
    *,
    metavar: str = "FILE",
    required: bool = False,
) -> None:
    """--out: where a command writes (no default here: each command says what its default is)."""
    what = "folder" if metavar == "DIR" else "file"
    parser.add_argument("--out", type=not_blank(what), metavar=metavar, required=required, help=help_text)


def add_as_of_date(parser: argparse.ArgumentParser, help_text: str) -> None:
    """--as-of DATE: the day a calendar, a timeline or a network is drawn for (an empty value refused, as an
    unset $WHEN would be; each command says what its default is)."""
    parser.add_argument("--as-of", dest="as_of", type=not_blank("date"), metavar="DATE", help=help_text)


def add_hide_emails(parser: argparse.ArgumentParser, help_text: str) -> None:
    """--hide-emails: foaf:mbox_sha1sum hashes instead of e-mail addresses (kg.model.privacy)."""
    parser.add_argument("--hide-emails", action="store_true", help=help_text)


@contextlib.contextmanager
def replaced_whole(out: Path) -> Iterator[Path]:
    """Where a command writes the file `out` (and any file named after it, a CSV's node table):
    a private folder beside it; on success each file written replaces its namesake at once.

    Why: written in place, a full disk or a file-size limit left `out` half-written, its old
    content lost, and the OSError of the write was a traceback (kg calendar, kg timeline,
    kg network export and draw; docs/reliability.md section 11). Now the old file stays whole and
    the command ends with one line naming the file (exit 2).

    A link is written through, as editors do: the file it leads to is replaced, the link kept; a
    terminal or a pipe (`--out /dev/stdout`) is written into. Renamed over, the link itself became a
    file: a calendar linked into a synced folder was never updated there again, and `/dev/stdout`
    was replaced for every later program of a root shell (docs/reliability.md section 16).
    """
    from kg.errors import KgError

    if is_stream(out):
        with written_into(out) as staged:
            yield staged
        return
    target = Path(os.path.realpath(out)) if out.is_symlink() else out
    staging: Path | None = None
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".kg-partial", dir=target.parent))
        yield staging / target.name
        mode = 0o666 & ~current_umask()
        for written in sorted(staging.iterdir()):
            written.chmod(mode)
            os.replace(written, target.parent / written.name)
    except OSError as error:
        reason = error.strerror or str(error)
        raise KgError(f"cannot write {out}: {reason}; {out} is as it was before") from None
    finally:
        if staging is not None:
            shutil.rmtree(staging, ignore_errors=True)


def is_stream(path: Path) -> bool:
    """Whether `path` leads (through links) to a terminal, a pipe or a socket: written into, never
    replaced."""
    try:
        kind = os.stat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(kind) or stat.S_ISFIFO(kind) or stat.S_ISSOCK(kind)


@contextlib.contextmanager
def written_into(out: Path) -> Iterator[Path]:
    """The command writes into a private folder; its file is then copied into the stream `out`.
    A second file (a CSV's node table) has no place beside a stream: refused, naming it."""
    from kg.errors import KgError

    staging = Path(tempfile.mkdtemp(prefix="kg-out-", suffix=".kg-partial"))
    try:
        yield staging / out.name
        written = sorted(staging.iterdir())
        if len(written) > 1:
            others = ", ".join(p.name for p in written if p.name != out.name)
            raise KgError(f"{out} is a stream, and this output has more files ({others}): --out a file")
        with (staging / out.name).open("rb") as source, open(out, "wb") as sink:
            shutil.copyfileobj(source, sink)
    except OSError as error:
        raise KgError(f"cannot write {out}: {error.strerror or error}") from None
    finally:
        shutil.rmtree(staging, ignore_errors=True)


# What kg itself writes into a store's folder besides RocksDB's files (kg.store.check.STORE_FILES):
# RocksDB's lock and logs, the writer gate and default-graph marker, the history.
STORE_EXTRAS = re.compile(r"LOCK|LOG(\.old\.\d+)?|alliance-kg\.[\w.-]+|history")
DIST_FILES = re.compile(r"alliance-kg\.(trig|ttl|nq|jsonld)")
"""The files of a distribution (kg.pipeline.build.DISTRIBUTION_FORMATS), here so that checking a
folder before a build imports neither rdflib nor the pipeline."""


# What file managers and file systems leave in any folder they show or serve, never a user's work: macOS
# Finder's .DS_Store and AppleDouble ._ files, Windows' Thumbs.db and desktop.ini, KDE's .directory, and
# NFS's .nfsXXXX files of deleted files still open (a rebuild was refused for one of them).
SYSTEM_DROPPINGS = re.compile(
    r"\.DS_Store|\._.+|Thumbs\.db|desktop\.ini|\.directory|\.nfs[0-9A-Fa-f]+", re.IGNORECASE
)


def replaceable_store(path: Path) -> Path:
    """`path` when a command that writes a store may replace what is there (`kg build`, `kg store
    load`) or make its store there (`kg ingest`): nothing, an empty folder, or a store; else KgError.

    Why: both commands put a new store in place of the folder whole (kg.model.rdfio.atomic_directory
    swaps it in), so a `--store ~/Documents` or `$ALLIANCE_KG_STORE` pointing at a folder of the
    user's deleted every file in it, with exit 0 (docs/reliability.md section 16); and a store made
    among other files by `kg ingest` would be replaced so by the next `kg build`.
    """
    from kg.store.check import looks_like_a_store

    return replaceable(path, "--store", "a store", looks_like_a_store, STORE_EXTRAS)


def replaceable_distribution(path: Path) -> Path:
    """`path` when `kg build` may put a distribution in place of it: nothing, an empty folder, or a
    folder of a distribution's files only; else KgError (why: replaceable_store)."""
    return replaceable(path, "--out", "a distribution", lambda folder: False, DIST_FILES)


def replaceable(
    path: Path, option: str, kind: str, is_ours: Callable[[Path], bool], our_names: re.Pattern[str]
) -> Path:
    """`path`, if replacing it whole destroys nothing but what kg wrote there (`kind`); else KgError
    naming the first thing of someone else's and what to do."""
    from kg.errors import KgError, one_line

    where = Path(os.path.abspath(path))  # `.` and `..` as names: `--out .` has no name to swap
    here = Path.cwd()
    advice = f"name a new or empty folder, or {kind}, for {option}"
    if is_ours(where):  # a store is written in place (a damaged one replaced: kg.store.embedded.write_store)
        return path
    if where == here or where in here.parents:
        raise KgError(f"{one_line(str(path))} is the folder you are in (or holds it); {advice}")
    if (
        where.is_symlink() and where.is_dir()
    ):  # `dist -> /mnt/artifacts/dist`: the folder it names is replaced
        try:
            target = where.resolve(strict=True)
        except (OSError, RuntimeError):
            target = where
        if target != where:
            return replaceable(target, option, kind, is_ours, our_names)
    if where.is_symlink() or (where.exists() and not where.is_dir()):
        raise KgError(f"{one_line(str(path))} is a file or a link, which a folder would replace; {advice}")
    if not where.exists():
        return path
    try:
        foreign = sorted(
            entry.name
            for entry in os.scandir(where)
            if not our_names.fullmatch(entry.name) and not SYSTEM_DROPPINGS.fullmatch(entry.name)
        )
    except OSError as error:
        raise KgError(f"cannot read {one_line(str(path))}: {error.strerror or error}") from None
    if foreign:
        more = f" and {len(foreign) - 1} more" if len(foreign) > 1 else ""
        raise KgError(
            f"{one_line(str(path))} holds {one_line(foreign[0])!r}{more}, which kg did not write, and would "
            f"be replaced whole; {advice}"
        )
    return path


def current_umask() -> int:
    """The process's umask (read by setting it, then set back)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
