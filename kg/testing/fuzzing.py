"""Fuzz targets, seeds and mutators shared by tests/robustness/test_fuzz_*.py and benchmarks/fuzz.py.

Why one module: the default test suite runs each target with a small budget, the long run
(`python benchmarks/fuzz.py`, or `pytest -m long`) with thousands of cases; both must try
the same things. A case is a seed document or RDF file changed by a few mutations chosen by
hypothesis (so a failure shrinks to the fewest, smallest mutations), or plain random bytes.

The property every target checks: the input is accepted, or refused with a KgError whose
message names the file (for the CLI: a non-zero exit and one message, never a traceback).
Anything else (another exception, a crash, a syntax error in a query we built) is a failure.

Reproducible: `run` takes the run's one seed (kg.testing.seeds: --seed, else $KG_FUZZ_SEED, else
a fixed default) and hypothesis draws each target's cases from a seed derived from it; the seed
documents are the same bytes in every process, and a failure names the seed and the command
that draws the same cases again.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import random
import re
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache, partial
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import seed as hypothesis_seed
from hypothesis import strategies as st
from rdflib import Dataset, Graph, URIRef

from kg.errors import KgError
from kg.model.sources import project_root
from kg.testing.seeds import derive, reproduce_command

ROOT = project_root()
FIXTURES = ROOT / "tests" / "fixtures" / "registers"
MAX_CASE_BYTES = 1 << 20
SAMPLE_GRAPH = ROOT / "data" / "curated" / "ogf-dmtf.ttl"


class FuzzFailure(AssertionError):
    """The target broke its promise: not accepted, and not refused with a clear message."""


# --- Cases -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Seed:
    name: str
    suffix: str
    data: bytes


@dataclass(frozen=True)
class Case:
    """One input: the bytes, the file suffix they are written with, and how they were made."""

    suffix: str
    data: bytes = field(repr=False)
    how: str

    def __repr__(self) -> str:
        return f"Case({self.how}, {len(self.data):,} bytes, {self.suffix})"


# --- Mutators: (data, rng, another seed) -> data ------------------------------------------------------

Mutator = Callable[[bytes, random.Random, bytes], bytes]


def _text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")


def _bytes(text: str) -> bytes:
    return text.encode("utf-8", "surrogateescape")


def _blocks(data: bytes) -> list[str]:
    """Blank-line separated blocks: sections and paragraphs of a register, statements of RDF."""
    return re.split(r"(?:\r?\n){2,}", _text(data))


def _span(data: bytes, rng: random.Random) -> tuple[int, int]:
    start = rng.randrange(len(data) + 1)
    return start, min(len(data), start + rng.randint(0, 64))


def flip_bytes(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    buffer = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if buffer:
            buffer[rng.randrange(len(buffer))] = rng.randrange(256)
    return bytes(buffer)


def delete_span(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    start, end = _span(data, rng)
    return data[:start] + data[end:]


def duplicate_span(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    start, end = _span(data, rng)
    return data[:end] + data[start:end] * rng.randint(1, 50) + data[end:]


def insert_random_bytes(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 32)) + data[at:]


def insert_token(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.choice(TOKENS) * rng.choice((1, 1, 2, 50)) + data[at:]


def splice(data: bytes, rng: random.Random, other: bytes) -> bytes:
    at, start = rng.randrange(len(data) + 1), rng.randrange(len(other) + 1)
    return data[:at] + other[start : start + rng.randint(1, 2048)] + data[at:]


def truncate(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def shuffle_blocks(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    """Sections out of order."""
    blocks = _blocks(data)
    rng.shuffle(blocks)
    return _bytes("\n\n".join(blocks))


def empty_sections(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    """Keep the first line (the heading) of some blocks, drop their bodies."""
    blocks = [b.split("\n", 1)[0] if rng.random() < 0.3 else b for b in _blocks(data)]
    return _bytes("\n\n".join(blocks))


def drop_blocks(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    return _bytes("\n\n".join(b for b in _blocks(data) if rng.random() > 0.3))


def long_line(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return (
        data[:at] + rng.choice((b"A", b"word ", b"\xc3\xa9", b"-")) * rng.randint(10_000, 100_000) + data[at:]
    )


def nul_bytes(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + b"\x00" * rng.randint(1, 4) + data[at:]


def crlf(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    return data.replace(b"\r\n", b"\n").replace(b"\n", rng.choice((b"\r\n", b"\r", b"\n\r")))


def utf16(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    encoding = rng.choice(("utf-16", "utf-16-le", "utf-16-be", "utf-32"))
    return _text(data).encode(encoding, "surrogatepass")


def utf8_bom(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    return b"\xef\xbb\xbf" * rng.randint(1, 2) + data


def latin1(data: bytes, rng: random.Random, _other: bytes) -> bytes:
    return _text(data).encode("cp1252", "replace")


MUTATORS: tuple[Mutator, ...] = (
    flip_bytes,
    delete_span,
    duplicate_span,
    insert_random_bytes,
    insert_token,
    splice,
    truncate,
    shuffle_blocks,
    empty_sections,
    drop_blocks,
    long_line,
    nul_bytes,
    crlf,
    utf16,
    utf8_bom,
    latin1,
)
TOKENS: tuple[bytes, ...] = tuple(
    token.encode()
    for token in (
        *('"', "'", '"""', "'''", "<", ">", "{", "}", "[", "]", "(", ")", ".", ";", ",", "\\", "\\u", "#"),
        *("@prefix", "@base", "PREFIX", "GRAPH", "_:b0", "^^", "@en", "a", "true", "1e999", "-0.0e-0"),
        *('"@context"', '"@id"', '"@graph"', '"@type"', '"@list"', "null", "<!--", "]]>", "&amp;", "&#0;"),
        *("<rdf:Description>", 'rdf:parseType="Literal"', 'rdf:parseType="Collection"', "xml:lang"),
        *("Alliance Organizations", "Milestones", "Points of Contact", "Approval", "Review", "Scope"),
        *(
            "DMTF",
            "OGF",
            "SNIA",
            "OFA",
            "Version:",
            "Date:",
            "2012-13-45",
            "@",
            "mailto:",
            "\u202e",
            "\ufeff",
        ),
        *("<html>", "<h1>", "</table>", "<td>", "<script>", "# ", "| a | b |", "---", "- ", "1. ", "\t"),
    )
)


def mutate(seed: Seed, steps: Sequence[tuple[int, int]], other: Seed) -> Case:
    """Apply (mutator index, random seed) steps in order; the result is capped at MAX_CASE_BYTES."""
    data, names = seed.data, []
    for index, step_seed in steps:
        mutator = MUTATORS[index % len(MUTATORS)]
        data = mutator(data, random.Random(step_seed), other.data)[:MAX_CASE_BYTES]
        names.append(mutator.__name__)
    return Case(seed.suffix, data, f"{seed.name}+{'+'.join(names) or 'nothing'}")


def mutated(seeds: Sequence[Seed]) -> st.SearchStrategy[Case]:
    step = st.tuples(st.integers(0, len(MUTATORS) - 1), st.integers(0, 2**32 - 1))
    return st.builds(
        mutate, st.sampled_from(seeds), st.lists(step, min_size=1, max_size=4), st.sampled_from(seeds)
    )


def random_bytes(suffixes: Sequence[str]) -> st.SearchStrategy[Case]:
    return st.builds(
        lambda s, d: Case(s, d, "random-bytes"), st.sampled_from(suffixes), st.binary(max_size=4096)
    )


def random_text(suffixes: Sequence[str]) -> st.SearchStrategy[Case]:
    def encoded(suffix: str, text: str, encoding: str) -> Case:
        errors = "replace" if encoding == "cp1252" else "surrogatepass"
        return Case(suffix, text.encode(encoding, errors), f"random-text-{encoding}")

    return st.builds(
        encoded,
        st.sampled_from(suffixes),
        st.text(max_size=2000),
        st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "cp1252")),
    )


# --- Seeds ------------------------------------------------------------------------------------------


@cache
def register_seeds() -> tuple[Seed, ...]:
    """The seed registers and every fixture document (text, Markdown, HTML, PDF)."""
    paths = sorted((ROOT / "data" / "registers").glob("*.txt")) + sorted(
        p for p in FIXTURES.rglob("*") if p.suffix in (".txt", ".md", ".html", ".pdf")
    )
    return tuple(Seed(p.name, p.suffix, p.read_bytes()) for p in paths)


RDF_SUFFIXES = {
    "turtle": ".ttl",
    "trig": ".trig",
    "nt": ".nt",
    "nquads": ".nq",
    "json-ld": ".jsonld",
    "xml": ".rdf",
}


OXIGRAPH_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "json-ld": ox.RdfFormat.JSON_LD,
    "xml": ox.RdfFormat.RDF_XML,
}


@cache
def rdf_seeds(rdf_format: str) -> tuple[Seed, ...]:
    """A curated register graph serialized in `rdf_format` (in its named graph for quad formats), the
    same bytes in every process: Turtle and TriG by rdflib (prefixed, grouped by subject), the others
    by Oxigraph from the sorted triples (rdflib orders those by hash(), which PYTHONHASHSEED varies)."""
    iri = "https://w3id.org/alliance-kg/id/graph/register/ogf-dmtf"
    name = f"ogf-dmtf{RDF_SUFFIXES[rdf_format]}"
    if rdf_format not in OXIGRAPH_FORMATS:
        dataset = Dataset()
        graph = dataset.graph(URIRef(iri))
        graph.parse(SAMPLE_GRAPH, format="turtle")
        source = dataset if rdf_format == "trig" else graph
        return (Seed(name, RDF_SUFFIXES[rdf_format], source.serialize(format=rdf_format).encode()),)
    oxigraph_format = OXIGRAPH_FORMATS[rdf_format]
    triples = sorted(ox.parse(path=SAMPLE_GRAPH, format=ox.RdfFormat.TURTLE), key=str)
    statements: list[ox.Quad] | list[ox.Triple] = (
        [ox.Quad(t.subject, t.predicate, t.object, ox.NamedNode(iri)) for t in triples]
        if oxigraph_format.supports_datasets
        else [ox.Triple(t.subject, t.predicate, t.object) for t in triples]
    )
    prefixes = dict(sorted(Graph(bind_namespaces="none").parse(SAMPLE_GRAPH, format="turtle").namespaces()))
    data = ox.serialize(statements, format=oxigraph_format, prefixes={k: str(v) for k, v in prefixes.items()})
    if data is None:  # only without an output to write to
        raise RuntimeError(f"Oxigraph serialized nothing in {rdf_format}")
    return (Seed(name, RDF_SUFFIXES[rdf_format], data),)


# --- Targets -------------------------------------------------------------------------------------


@dataclass
class Tally:
    """What one target saw: cases tried, accepted, refused, the slowest case and the failures."""

    name: str
    tried: int = 0
    accepted: int = 0
    refused: int = 0
    slowest: float = 0.0
    slowest_case: str = ""
    failures: list[str] = field(default_factory=list)

    def record(self, outcome: str, seconds: float, case: Any) -> None:
        self.tried += 1
        if outcome == "accepted":
            self.accepted += 1
        else:
            self.refused += 1
        if seconds > self.slowest:
            self.slowest, self.slowest_case = seconds, repr(case)


class Target:
    """A function under fuzz: `check(case)` returns "accepted" or "refused", or raises FuzzFailure."""

    def __init__(self, name: str, check: Callable[[Any], str]) -> None:
        self.name = name
        self.check = check
        self.tally = Tally(name)

    def __call__(self, case: Any) -> None:
        started = time.perf_counter()
        outcome = self.check(case)
        self.tally.record(outcome, time.perf_counter() - started, case)


@cache
def workdir() -> Path:
    return Path(tempfile.mkdtemp(prefix="kg-fuzz-"))


def written(case: Case, stem: str) -> Path:
    path = workdir() / f"{stem}{case.suffix}"
    path.write_bytes(case.data)
    return path


def refused_clearly(error: KgError, path: Path) -> str:
    message = str(error)
    if not message.strip() or (str(path) not in message and path.name not in message):
        raise FuzzFailure(f"refusal does not name the file {path}: {message[:300]!r}")
    return "refused"


def check_extractor(case: Case) -> str:
    """kg.ingest.extract: read the document, extract the register, map it to triples and provenance."""
    from kg.pipeline.ingest import extract

    path = written(case, "register")
    try:
        extraction = extract(path)
    except KgError as error:
        return refused_clearly(error, path)
    if len(extraction.facts) == 0:
        raise FuzzFailure("accepted a document but extracted no facts")
    return "accepted"


def check_rdf_parse(case: Case) -> str:
    """rdfio.load_graph: the reader of `kg validate`, `kg build` and the reference data of `kg ingest`."""
    from kg.model.rdfio import load_graph

    path = written(case, "data")
    try:
        load_graph([path])
    except KgError as error:
        return refused_clearly(error, path)
    return "accepted"


def run_cli(argv: list[str]) -> tuple[int, str, str]:
    """`kg ARGV` in this process: (exit code, stdout, stderr); an exception escaping main() is a failure."""
    from kg.cli.main import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exit_:  # argparse
            code = exit_.code if isinstance(exit_.code, int) else 2
        except Exception as error:
            raise FuzzFailure(f"kg {' '.join(argv)}: uncaught {type(error).__name__}: {error}") from error
    return code, out.getvalue(), err.getvalue()


def cli_outcome(argv: list[str], accepted_codes: tuple[int, ...] = (0,)) -> str:
    code, _out, err = run_cli(argv)
    if code in accepted_codes:
        return "accepted"
    if code == 0 or not err.strip() or "Traceback" in err:
        raise FuzzFailure(f"kg {' '.join(argv)}: exit {code} with {err[:300]!r}")
    return "refused"


def check_validate_cli(case: Case) -> str:
    """`kg validate FILE`: 0 conforms, 1 violations (both a verdict), 2 refused with a message."""
    return cli_outcome(["validate", str(written(case, "data"))], accepted_codes=(0, 1))


def check_ingest_cli(case: Case) -> str:
    """`kg ingest --dry-run FILE`: extraction, mapping and SHACL validation, nothing written."""
    return cli_outcome(["ingest", "--dry-run", str(written(case, "register"))])


# --- Named-query parameters ----------------------------------------------------------------------

NASTY_VALUES = (
    "",
    " ",
    '"',
    "'",
    "\\",
    '" } ; DROP ALL ; #',
    "> } SELECT * WHERE { ?s ?p ?o } #",
    '"""',
    "\n",
    "\x00",
    "\u2028",
    "<http://127.0.0.1:1/x>",
    "<file:///etc/passwd>",
    "http://ex.org/a b",
    "http://ex.org/a>b",
    "urn:x",
    "mailto:a@b",
    "organization:dmtf",
    "organization:",
    ":",
    "nope:x",
    "DMTF",
    "dmtf",
    "today",
    "2012-02-29",
    "2013-02-29",
    "99999-01-01",
    "-0001-01-01",
    "9" * 5000,
    "+1",
    "-0",
    "1.5",
    "١٢",
    "\ufeffDMTF",
)


@dataclass(frozen=True)
class QueryCase:
    query: str
    parameter: str
    value: str


@cache
def parameters() -> tuple[tuple[str, str], ...]:
    """(query, parameter) for every parameter of every named query."""
    from kg.sparql.named import catalogue

    return tuple((name, p.name) for name, query in sorted(catalogue().items()) for p in query.parameters)


def query_cases() -> st.SearchStrategy[QueryCase]:
    values = st.one_of(
        st.sampled_from(NASTY_VALUES), st.text(max_size=60), st.from_regex(r"[a-z]{1,8}:\S{0,20}")
    )
    return st.builds(
        lambda pair, value: QueryCase(pair[0], pair[1], value), st.sampled_from(parameters()), values
    )


def round_trips(term: Any) -> bool:
    """The bound text of `term` is one SPARQL term, equal to `term`: user text cannot become syntax."""
    from kg.store.terms import from_oxigraph

    answer = ox.Store().query(f"SELECT ?v WHERE {{ VALUES ?v {{ {term.n3()} }} }}")
    assert isinstance(answer, ox.QuerySolutions)
    rows = list(answer)
    return len(rows) == 1 and from_oxigraph(rows[0][0]) == term


def named_query_checker(store: Any) -> Callable[[QueryCase], str]:
    """A check of one (query, parameter, value) against `store`, a kg.store.KnowledgeGraph."""
    from kg.sparql.named import QueryError, coerce

    def check(case: QueryCase) -> str:
        named = store.named_query(case.query)
        try:
            term = coerce(named.parameter(case.parameter), case.value, store.resolve)
        except QueryError as error:
            return refused_as_parameter(error)
        if not round_trips(term):
            raise FuzzFailure(f"{term!r} does not survive binding as one SPARQL term: {term.n3()!r}")
        try:
            store.query(case.query, {case.parameter: case.value})
        except QueryError as error:
            return refused_as_parameter(error)
        return "accepted"

    return check


def refused_as_parameter(error: KgError) -> str:
    if "syntax error" in str(error).lower():
        raise FuzzFailure(f"a bound parameter broke the query: {error}")
    return "refused"


def check_query_cli(store_path: Path) -> Callable[[QueryCase], str]:
    """`kg query NAME --param P=VALUE` end to end, exit code and message."""

    def check(case: QueryCase) -> str:
        if "\x00" in case.value:  # the OS refuses NUL in arguments before kg sees them
            return "refused"
        argv = ["query", case.query, "--store", str(store_path), "--param", f"{case.parameter}={case.value}"]
        return cli_outcome(argv)

    return check


# --- Running -------------------------------------------------------------------------------------


def run(
    target: Target,
    strategy: st.SearchStrategy[Any],
    examples: int,
    seed: int,
    *,
    chunk: int = 0,
    reproduce: str | None = None,
) -> Tally:
    """Run `target` on `examples` cases drawn by hypothesis; re-raise the (shrunk) failure, if any.

    `seed` is the run's seed (kg.testing.seeds): hypothesis draws from derive(seed, target name,
    chunk), so one seed reproduces every target of a run. A failure carries a note with the seed
    and `reproduce` (by default: the current test, or this script, with $KG_FUZZ_SEED set)."""
    phases = (Phase.generate, Phase.shrink)

    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        phases=phases,
        suppress_health_check=list(HealthCheck),
    )
    @given(strategy)
    def property_holds(case: Any) -> None:
        target(case)

    property_holds = hypothesis_seed(derive(seed, target.name, chunk))(property_holds)
    try:
        with without_local_constants():
            property_holds()
    except Exception as error:
        error.add_note(
            f"fuzz seed {seed} (target {target.name!r}, chunk {chunk}); "
            f"reproduce with: {reproduce or reproduce_command(seed)}"
        )
        raise
    return target.tally


@contextlib.contextmanager
def without_local_constants() -> Iterator[None]:
    """Hypothesis draws now and then a literal from the source of the project's modules that happen to
    be imported (hypothesis.internal.conjecture.providers, "local constants"): the same seed would draw
    other cases under pytest than in benchmarks/fuzz.py. Within this block it draws none (the global
    constants stay: tests/robustness/test_fuzz_seeds.py proves the cases reproducible)."""
    try:
        from hypothesis.internal.conjecture import providers
    except ImportError:  # pragma: no cover - another hypothesis: the seed test says whether it matters
        yield
        return
    real = getattr(providers, "_get_local_constants", None)
    if real is None or not hasattr(providers, "CONSTANTS_CACHE"):  # pragma: no cover
        yield
        return
    empty = providers.Constants()
    providers.CONSTANTS_CACHE.cache.clear()
    providers._get_local_constants = lambda: empty
    try:
        yield
    finally:
        providers._get_local_constants = real
        providers.CONSTANTS_CACHE.cache.clear()


def cases_drawn(strategy: st.SearchStrategy[Any], examples: int, seed: int, name: str) -> list[Any]:
    """The cases `run` draws from `strategy` for a target called `name` (that accepts every case)."""
    drawn: list[Any] = []

    def accept(case: Any) -> str:
        drawn.append(case)
        return "accepted"

    run(Target(name, accept), strategy, examples, seed)
    return drawn


def cases_digest(cases: Sequence[Any]) -> str:
    """SHA-256 of the cases in order (their bytes, or their fields), to compare two runs."""
    digest = hashlib.sha256()
    for case in cases:
        digest.update(repr(case).encode("utf-8", "surrogatepass") + b"\x00")
        digest.update(getattr(case, "data", b"") + b"\x00")
    return digest.hexdigest()


def document_cases(suffixes: Sequence[str] = (".txt", ".md", ".html")) -> st.SearchStrategy[Case]:
    """Mostly mutated registers; some random text and random bytes."""
    return st.one_of(
        mutated(register_seeds()), mutated(register_seeds()), random_text(suffixes), random_bytes(suffixes)
    )


def rdf_cases(rdf_format: str) -> st.SearchStrategy[Case]:
    suffix = RDF_SUFFIXES[rdf_format]
    return st.one_of(mutated(rdf_seeds(rdf_format)), mutated(rdf_seeds(rdf_format)), random_text([suffix]))


def any_rdf_cases() -> st.SearchStrategy[Case]:
    return st.one_of(*(rdf_cases(rdf_format) for rdf_format in RDF_SUFFIXES))


# --- The plan: every target, with its budget in the default tests and in the long run --------------


@dataclass(frozen=True)
class Plan:
    """One fuzz target with its case strategy and budgets (quick: default tests; long: the 10,000 run)."""

    name: str
    check: Callable[[Any], str]
    strategy: Callable[[], st.SearchStrategy[Any]]
    quick: int
    long: int

    def target(self) -> Target:
        return Target(self.name, self.check)


def document_plans() -> list[Plan]:
    return [
        Plan("extractor", check_extractor, document_cases, 60, 2600),
        Plan("kg ingest --dry-run", check_ingest_cli, document_cases, 8, 200),
    ]


def rdf_plans() -> list[Plan]:
    parse = [
        Plan(f"rdf parse: {rdf_format}", check_rdf_parse, partial(rdf_cases, rdf_format), 40, 800)
        for rdf_format in RDF_SUFFIXES
    ]
    return [*parse, Plan("kg validate", check_validate_cli, any_rdf_cases, 12, 350)]


def query_plans(store: Any, store_path: Path) -> list[Plan]:
    """`store` is a read-only kg.store.KnowledgeGraph at `store_path`, holding the seed graphs."""
    return [
        Plan("named-query parameters", named_query_checker(store), query_cases, 150, 2500),
        Plan("kg query --param", check_query_cli(store_path), query_cases, 6, 150),
    ]
