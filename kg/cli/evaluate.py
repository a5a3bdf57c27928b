"""`kg evaluate`: a thin command-line layer over kg.pipeline.evaluate.

Without --corpus it compares the seed registers' extraction with their curated gold graphs,
triple by triple; with --corpus DIR it scores every document of a corpus laid out as
docs/corpus.md says (dev/ and held-out/, each document beside its <name>.gold.json).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg.cli.options import fraction


def cmd_evaluate(args: argparse.Namespace) -> int:
    if args.corpus:
        return evaluate_corpus(args)
    from kg.pipeline.evaluate import evaluate_seeds

    refuse_unknown_seeds(args.slugs)
    comparisons = evaluate_seeds(args.slugs or None)
    failed = []
    for comparison in comparisons:
        sys.stdout.write(comparison.as_text(details=args.details) + "\n")
        if not comparison.passes(args.min):
            failed.append(comparison.name)
    if failed:
        sys.stderr.write(f"kg evaluate: below {args.min:.2f} precision or recall: {', '.join(failed)}\n")
        return 1
    return 0


def refuse_unknown_seeds(slugs: list[str]) -> None:
    """One line naming the seeds when a SLUG is none of them.

    Why: `kg evaluate nosuch` ended in a Python traceback (a KeyError deep in kg.pipeline.evaluate);
    a user who mistyped a slug, or gave a document's name, learns which slugs there are instead."""
    if not slugs:
        return
    from kg.errors import InputError
    from kg.model.sources import default_sources
    from kg.pipeline.ingest import seed_documents

    sources = default_sources()
    known = sorted(set(seed_documents(sources)) & set(sources.curated_registers))
    unknown = [slug for slug in slugs if slug not in known]
    if unknown:
        raise InputError(
            f"no seed register {', '.join(map(repr, unknown))}: the seeds are {', '.join(known)} "
            "(any other document is scored against its gold with --corpus DIR)"
        )


def evaluate_corpus(args: argparse.Namespace) -> int:
    """Scores per subset, kind of document and kind of fact; exit 1 when a subset is below --min-f1."""
    from kg.errors import InputError
    from kg.pipeline.evaluate import corpus_report, evaluate_corpus, f1, subset_scores, summed

    if args.slugs:
        raise InputError("give seed register slugs or --corpus DIR, not both")
    root = Path(args.corpus)
    if not root.is_dir():
        raise InputError(f"{root}: no such corpus folder (docs/corpus.md describes its layout)")
    scores = evaluate_corpus(root, validated=args.validated)
    sys.stdout.write(corpus_report(scores, details=args.details))
    if args.min_f1 is None:
        return 0
    low = [
        s
        for s in ("dev", "held-out")
        if subset_scores(scores, s) and f1(summed(subset_scores(scores, s))) < args.min_f1
    ]
    if low:
        sys.stderr.write(f"kg evaluate: micro-F1 below {args.min_f1:.2f} on: {', '.join(low)}\n")
        return 1
    return 0


def add_commands(commands: argparse._SubParsersAction) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="precision and recall of extraction against the curated graphs or a corpus's gold"
    )
    evaluate.add_argument("slugs", nargs="*", metavar="SLUG", help="seed registers (default: all)")
    evaluate.add_argument(
        "--corpus",
        metavar="DIR",
        help="score the documents of DIR/dev and DIR/held-out against their gold (docs/corpus.md)",
    )
    evaluate.add_argument("--details", action="store_true", help="list the missing and extra facts")
    evaluate.add_argument(
        "--validated",
        action="store_true",
        help="corpus: score what kg ingest would write (validated, the facts a Violation names dropped, "
        "a document still violating refused), not what the rules read",
    )
    evaluate.add_argument(
        "--min", type=fraction, default=0.95, help="seeds: fail below this precision or recall"
    )
    evaluate.add_argument(
        "--min-f1", type=fraction, help="corpus: fail when a subset's micro-F1 is below this"
    )
    evaluate.set_defaults(handler=cmd_evaluate)
