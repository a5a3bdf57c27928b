"""`kg evaluate`: a thin command-line layer over kg.pipeline.evaluate."""

from __future__ import annotations

import argparse
import sys


def cmd_evaluate(args: argparse.Namespace) -> int:
    from kg.pipeline.evaluate import evaluate_seeds

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


def add_commands(commands: argparse._SubParsersAction) -> None:
    evaluate = commands.add_parser(
        "evaluate", help="precision and recall of extraction against the curated graphs"
    )
    evaluate.add_argument("slugs", nargs="*", metavar="SLUG", help="seed registers (default: all)")
    evaluate.add_argument("--details", action="store_true", help="list the missing and extra triples")
    evaluate.add_argument("--min", type=float, default=0.95, help="fail below this precision or recall")
    evaluate.set_defaults(handler=cmd_evaluate)
