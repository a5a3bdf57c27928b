"""Documents: the register extractor and `kg ingest` never fail uncaught.

Mutated registers (sections out of order or emptied, long lines, UTF-16 and BOMs, CRLF, NUL
bytes, spliced and flipped bytes), random text and random bytes: each is extracted, or refused
with a KgError naming the file. The default run tries a few dozen cases per target; `pytest -m
long` and `python benchmarks/fuzz.py` try thousands (docs/reliability.md).
"""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from rdflib import URIRef
from support.growth import cheapest_costs

from kg.errors import InputError
from kg.model.namespaces import AKG
from kg.pipeline.ingest import extract
from kg.testing.fuzzing import ROOT, document_plans, run
from kg.testing.seeds import run_seed

SEED = run_seed()  # $KG_FUZZ_SEED, else the fixed default: named in every failure
PLANS = {plan.name: plan for plan in document_plans()}
REGISTER = ROOT / "data" / "registers" / "ogf-dmtf-work-register.txt"


@pytest.mark.parametrize("name", sorted(PLANS))
def test_documents_are_extracted_or_refused_clearly(name: str) -> None:
    plan = PLANS[name]
    tally = run(plan.target(), plan.strategy(), plan.quick, SEED)
    assert tally.tried >= plan.quick


@pytest.mark.long
@pytest.mark.parametrize("name", sorted(PLANS))
def test_documents_long_run(name: str) -> None:
    plan = PLANS[name]
    tally = run(plan.target(), plan.strategy(), plan.long, SEED)
    print(f"{name} (seed {SEED}): {tally.tried} cases, {tally.accepted} accepted, {tally.refused} refused")


THE_FILE = URIRef("urn:the-source-file")


def facts_of(path: Path) -> set:
    """The extracted facts, less the file's own path and checksum, and with the source file's IRI (a
    hash of its bytes, docs/identity.md) written as one name: these differ by design between encodings."""
    facts = extract(path).facts
    files = {s for s, p, _ in facts if p in (AKG.path, AKG.sha256)}

    def same(term):  # type: ignore[no-untyped-def]
        return THE_FILE if term in files else term

    return {(same(s), p, same(o)) for s, p, o in facts if p not in (AKG.path, AKG.sha256)}


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("utf-16"),
        lambda text: codecs.BOM_UTF16_BE + text.encode("utf-16-be"),
        lambda text: text.encode("utf-32"),
        lambda text: codecs.BOM_UTF8 + text.encode(),
        lambda text: text.replace("\n", "\r\n").encode(),
        lambda text: text.replace("\n", "\r").encode(),
    ],
    ids=["utf-16", "utf-16-be", "utf-32", "utf-8-bom", "crlf", "cr"],
)
def test_encodings_and_line_ends_do_not_change_the_facts(encode, tmp_path: Path) -> None:
    """Regression: UTF-16 files (Windows "Unicode") were refused as binary because of their NUL bytes."""
    variant = tmp_path / REGISTER.name
    variant.write_bytes(encode(REGISTER.read_text(encoding="utf-8")))
    assert facts_of(variant) == facts_of(REGISTER)


def test_nul_bytes_are_refused_as_binary(tmp_path: Path) -> None:
    path = tmp_path / "register.txt"
    path.write_bytes(REGISTER.read_bytes().replace(b"\n\n", b"\n\x00\n", 1))
    with pytest.raises(InputError, match="binary file"):
        extract(path)


def capitals_register(path: Path, scale: float) -> Path:
    """The seed register with a line of `scale` x 100 kB of capitals and 90 kB of "Ab-" inserted."""
    data = REGISTER.read_bytes()
    run = b"A" * round(100_000 * scale) + b" " + b"Ab-" * round(30_000 * scale)
    path.write_bytes(data[:2000] + run + data[2000:])
    return path


def test_a_long_run_of_capitals_is_extracted_in_linear_time(tmp_path: Path) -> None:
    """Regression: a 28 kB line of capitals took 85 s (quadratic name patterns in kg.extract.names).

    Linear, measured as a ratio so that a loaded machine (parallel test workers) does not fail it:
    four times the line takes about four times as long (a quadratic pattern: sixteen times; the
    bound is their geometric mean), the cheapest of up to three CPU times each (support.growth). The
    full-size line also stays far from the 85 s.
    """
    small = capitals_register(tmp_path / "small.txt", 0.25)
    large = capitals_register(tmp_path / "large.txt", 1.0)
    cheapest_small, cheapest_large = cheapest_costs(lambda: extract(small), lambda: extract(large), bound=8)
    assert cheapest_large < 8 * cheapest_small, (cheapest_small, cheapest_large)
    assert cheapest_large < 30
