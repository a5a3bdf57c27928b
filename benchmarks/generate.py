"""Writes the synthetic alliance corpus (kg.testing.corpus) to an N-Quads file, for the benchmarks.

python benchmarks/generate.py --triples 1e6 --out benchmarks/data/corpus-1e6.nq
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kg.testing.corpus import Corpus, write


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=float, default=1e4, help="target size, e.g. 1e4, 1e5, 1e6")
    parser.add_argument("--seed", type=int, default=20261121)
    parser.add_argument("--out", type=Path, help="N-Quads file (default: benchmarks/data/corpus-SIZE.nq)")
    args = parser.parse_args()
    corpus = Corpus(int(args.triples), args.seed)
    out = args.out or Path(__file__).parent / "data" / f"corpus-{args.triples:.0e}.nq".replace("+0", "")
    count = write(corpus, out)
    print(f"{count} quads, {corpus.registers} registers, {corpus.organizations} organizations -> {out}")


if __name__ == "__main__":
    main()
