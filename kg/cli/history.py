"""`kg history`: the store's own history of writes (kg.store.history), and undoing one of them.

kg history [--store PATH] [--format text|json] [--limit N]   list the transactions, oldest first
kg history show ID                                           print the transaction's RDF Patch
kg history revert ID                                         undo it, as a new recorded transaction
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from kg.cli.options import add_format, add_store, positive_int
from kg.errors import UNPRINTABLE, KgError, printable

if TYPE_CHECKING:
    from kg.store.history import History, Transaction

GRAPHS_SHOWN = 3


def history_of(args: argparse.Namespace) -> History:
    """The history of the store the options name; an error when there is no store there."""
    from kg.store.embedded import store_location
    from kg.store.history import History
    from kg.store.interface import StoreError

    path = store_location(args.store)
    if not (path / "CURRENT").is_file():
        raise StoreError(f"no store at {path}: run 'kg build' to create it, or pass --store PATH")
    return History(path)


def cmd_list(args: argparse.Namespace) -> int:
    history = history_of(args)
    transactions = history.transactions()
    if args.limit is not None:
        transactions = transactions[-args.limit :] if args.limit else []
    if args.format == "json":
        json.dump([t.json() for t in transactions], sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
        return 0
    if not transactions:
        print(f"no transaction recorded in the history of {history.store_path}")
    for transaction in transactions:
        print(printable(describe(transaction)))
    say_unrecorded(history)
    return 0


def say_unrecorded(history: History) -> None:
    """A write killed after its commit is recorded only by the next writer (kg.store.history.recording);
    until then the list would not show what the store holds: said on standard error (attack round 23)."""
    if not (history.directory / "pending.rdfp").is_file():
        return
    from kg.store.embedded import EmbeddedStore

    try:
        with EmbeddedStore(history.store_path) as store:
            found = history.unrecorded(store.oxigraph)
    except KgError:  # a store that cannot be read: the list is what there is to say ('kg store check')
        return
    if found is not None:
        patch, moment = found
        when, graphs = moment.isoformat(timespec="seconds"), ", ".join(patch.graphs()[:3])
        told = (
            f"kg history: a write of about {when} (+{patch.added_count()} -{len(patch.removed)} in {graphs}) "
            "was interrupted after it was made and is not recorded yet: the next write to the store "
            "records it"
        )
        print(printable(told), file=sys.stderr)


def describe(transaction: Transaction) -> str:
    """Two lines: id, time (to the second), +added -removed, operation and command; the graphs."""
    moment = transaction.time[:19] + "Z"
    what = transaction.operation
    if transaction.reverts is not None:
        what += f" of {transaction.reverts}"
    if transaction.target:
        what += f" to {transaction.target}"
    if transaction.recovered:
        what += " (recovered after a crash)"
    counts = f"+{transaction.added} -{transaction.removed}"
    first = f"{transaction.id:>5}  {moment}  {counts}  {what}: {transaction.command}"
    graphs = transaction.graphs
    more = len(graphs) - GRAPHS_SHOWN
    shown = ", ".join(graphs[:GRAPHS_SHOWN]) + (f" and {more} more" if more > 0 else "")
    return first + (f"\n       graphs: {shown}" if graphs else "")


def transaction_id(text: str) -> int:
    """A transaction id as 'kg history' lists it: ASCII digits alone. kg.store.history.parse_id reads
    what int() does, so `kg history show " 1"` or a full-width one (U+FF11) showed transaction 1."""
    from kg.store.history import HistoryError, parse_id

    if not (text.isascii() and text.isdigit() and len(text) <= 30):
        shown = text if len(text) <= 40 else text[:40] + "..."
        raise HistoryError(f"a transaction id is a number ('kg history' lists them), got {shown!r}")
    return parse_id(text)


def cmd_show(args: argparse.Namespace) -> int:
    wanted = transaction_id(args.id)  # said before the store is looked for
    sys.stdout.write(terminal_safe_patch(history_of(args).patch_text(wanted)))
    return 0


def terminal_safe_patch(text: str) -> str:
    """An RDF Patch with each character that must not reach a terminal raw (kg.errors.UNPRINTABLE:
    controls, bidirectional overrides) written as its N-Triples escape `\\uXXXX`.

    Why: a patch of a store someone else wrote may hold them raw, and `kg history show` printed
    ESC sequences that retitled and cleared the terminal. Inside a literal the escape means the same
    character (RDF 1.1 N-Triples, UCHAR), so the patch still reads as the same changes; the patches
    kg writes hold none raw (Oxigraph escapes controls), so they are printed as they are."""
    return UNPRINTABLE.sub(lambda found: f"\\u{ord(found.group()):04X}", text)


def cmd_revert(args: argparse.Namespace) -> int:
    from kg.store.embedded import EmbeddedStore, store_location
    from kg.store.history import current_command, revert_empties

    wanted = transaction_id(args.id)
    history_of(args).get(wanted)  # no such transaction: said before the writer lock is taken
    with EmbeddedStore(store_location(args.store), readonly=False, command=current_command()) as store:
        emptied = revert_empties(store.path, store.oxigraph, wanted)
        if emptied and not args.allow_empty:
            confirmed(f"reverting transaction {wanted} removes every quad the store holds ({emptied})")
        done = store.revert(wanted)
    print(f"reverted transaction {wanted} as transaction {done.id}: +{done.added} -{done.removed}")
    if emptied:
        print(
            f"kg history: the store at {printable(str(store.path))} now holds no quad: "
            f"'kg history revert {done.id}' puts them back",
            file=sys.stderr,
        )
    return 0


def confirmed(what: str) -> None:
    """Ask on a terminal before a revert that empties the store; a HistoryError unless the answer is yes.

    Decided in attack round 23: `kg history revert 1` of a built store emptied it in one line, exit 0.
    A person at a terminal is asked (a typo of the id costs the whole store's queries until it is put
    back); a script, which cannot answer, is not stopped (it may mean it, and the revert is itself
    recorded and undone by another), and both are told afterwards on standard error."""
    from kg.store.history import HistoryError

    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        return
    sys.stderr.write(f"kg history: {what}, leaving it empty. Revert it? [y/N] ")
    sys.stderr.flush()
    if sys.stdin.readline().strip().lower() not in ("y", "yes"):
        raise HistoryError(f"{what}: not confirmed, nothing was changed (--allow-empty does not ask)")


def add_commands(commands: argparse._SubParsersAction) -> None:
    """Register `kg history` (list, show, revert) on the `kg` parser."""
    history = commands.add_parser(
        "history",
        help="the store's history of writes: list, show a transaction's RDF Patch, revert one (docs/time.md)",
        description="Every write to the embedded store (build, ingest, update, load, revert, and push "
        "from it) is recorded with its time, command and an RDF Patch of what it added and removed. "
        "Without an action, list them, oldest first.",
    )
    add_store(history)
    add_format(history, ["text", "json"], default="text")
    # it said "no transaction recorded" of a store with transactions for 0 or less (attack round 17)
    history.add_argument("--limit", type=positive_int, metavar="N", help="only the last N transactions")
    history.set_defaults(handler=cmd_list)
    actions = history.add_subparsers(dest="action", metavar="ACTION")

    show = actions.add_parser("show", help="print the RDF Patch of one transaction")
    show.add_argument("id", metavar="ID", help="the transaction's id (as 'kg history' lists it)")
    add_store(show, default=argparse.SUPPRESS)  # so that `kg history --store X show ID` keeps X
    show.set_defaults(handler=cmd_show)

    revert = actions.add_parser(
        "revert",
        help="undo one transaction, as a new one; refused when later ones changed the same quads",
        description="Apply the inverse of transaction ID to the store as a new recorded transaction. When "
        "later transactions removed a quad it added or added back one it removed, nothing is changed "
        "and the command exits 2, naming them. A revert that would leave the store with no quad is "
        "asked about first on a terminal (--allow-empty: not asked) and said on standard error.",
    )
    revert.add_argument("id", metavar="ID", help="the transaction's id (as 'kg history' lists it)")
    revert.add_argument(
        "--allow-empty",
        action="store_true",
        help="do not ask, on a terminal, before a revert that leaves the store with no quad (the first "
        "transaction of a built store is the whole store)",
    )
    add_store(revert, default=argparse.SUPPRESS)
    revert.set_defaults(handler=cmd_revert)
