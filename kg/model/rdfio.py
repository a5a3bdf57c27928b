"""Reading and writing RDF files with errors that name the file and line.

rdflib raises many kinds of exceptions for bad input (BadSyntax, SAXParseException,
JSONDecodeError, ...); users need one kind, with the place and the cause.
"""

from __future__ import annotations

import ctypes
import errno
import logging
import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from kg.errors import InputError, KgError
from kg.model.namespaces import bind_prefixes
from kg.model.rdfguard import check_rdf_file

FORMATS_BY_SUFFIX = {
    ".ttl": "turtle",
    ".turtle": "turtle",
    ".trig": "trig",
    ".nt": "nt",
    ".ntriples": "nt",
    ".nq": "nquads",
    ".jsonld": "json-ld",
    ".json": "json-ld",
    ".rdf": "xml",
    ".owl": "xml",
    ".xml": "xml",
}
QUAD_FORMATS = {"trig", "nquads", "json-ld"}


def format_of(path: Path) -> str:
    try:
        return FORMATS_BY_SUFFIX[path.suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(FORMATS_BY_SUFFIX))
        raise InputError(f"{path}: unknown RDF file type {path.suffix!r} (known: {known})") from None


def _line_of(error: Exception) -> int | None:
    """Dig the line number out of whichever parser raised the error."""
    for attribute in ("lineno", "line"):
        value = getattr(error, attribute, None)
        if isinstance(value, int):
            return value
    getter = getattr(error, "getLineNumber", None)  # xml.sax.SAXParseException
    if callable(getter):
        return getter()
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


def _reason(error: Exception) -> str:
    if isinstance(error, RecursionError):
        return "nested too deeply (collections or blank nodes within each other, past the parser's limit)"
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return " ".join(str(message).split())


# The formats Oxigraph's parsers read without entities or remote contexts, so a second reading of a file
# rdflib refused is safe and linear (kg.model.rdfguard has already passed the file).
OXIGRAPH_FORMATS = {
    "nt": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "trig": ox.RdfFormat.TRIG,
}


def oxigraph_error(path: Path, rdf_format: str) -> tuple[int, str] | None:
    """The line at which Oxigraph's parser stops on `path` and why, or None (it reads it, or cannot say).

    Why: rdflib's N-Triples and N-Quads parsers give the rest of the bad line and no number, and its
    Turtle parser counts lines past the end of a file cut short; the error must name the line
    (README: "with its line number"), and Oxigraph's streaming parser says exactly where."""
    oxigraph_format = OXIGRAPH_FORMATS.get(rdf_format)
    if oxigraph_format is None:
        return None
    try:
        for _ in ox.parse(path=str(path), format=oxigraph_format):
            pass
    except SyntaxError as error:
        reason = re.sub(r"^Parser error (?:at|between) line [^:]*: ", "", error.msg or "")
        return (error.lineno, reason) if error.lineno else None
    except (OSError, ValueError):
        return None
    return None


def parse_error(path: Path, error: Exception) -> InputError:
    rdf_format = format_of(path)
    # Nesting past rdflib's recursion limit is said as such: the line would not help, and Oxigraph's own
    # stack for a hostile depth grows with it (a million levels, 360 MB).
    located = None if isinstance(error, RecursionError) else oxigraph_error(path, rdf_format)
    line, reason = located if located else (_line_of(error), _reason(error))
    where = f"{path}:{line}" if line else str(path)
    return InputError(f"{where}: not valid {rdf_format}: {reason or _reason(error)}")


def load_dataset(paths: Iterable[Path]) -> Dataset:
    """Parse files into one Dataset: quad formats keep their graphs, triple formats fill the default one."""
    dataset = bind_prefixes(Dataset())
    for path in paths:
        load_into(dataset, path)
    return dataset


def load_into(dataset: Dataset, path: Path, graph: URIRef | None = None) -> None:
    """Parse one file into `dataset` (into `graph` when given and the format has no graphs)."""
    rdf_format = format_of(path)
    if not path.is_file():  # asked of what the name leads to: a named pipe is never opened
        if path.exists():
            raise InputError(
                f"{path}: not a regular file (a folder, a named pipe or a device): nothing was read"
            )
        raise InputError(f"{path}: no such file")
    try:
        check_rdf_file(path, rdf_format)  # hostile input is refused before rdflib can fetch or run away
        if rdf_format in OXIGRAPH_FORMATS and has_lone_cr(path):
            oxigraph_into(dataset, path, rdf_format, graph)
            return
        with _quiet_literal_warnings():
            if rdf_format in QUAD_FORMATS:
                dataset.parse(path, format=rdf_format)
            else:
                target = dataset.graph(graph) if graph is not None else dataset.default_graph
                target.parse(path, format=rdf_format)
    except InputError:
        raise
    except OSError as error:  # unreadable (permissions, I/O): a message, not a traceback echoing the name
        raise InputError(f"{path}: cannot be read: {error.strerror or error}") from None
    except Exception as error:
        # (not for nesting past rdflib's limit: Oxigraph's own stack grows with a hostile depth, parse_error)
        rdf12 = None if isinstance(error, RecursionError) else rdf12_refusal(path, rdf_format)
        raise rdf12 or parse_error(path, error) from error


LONE_CR = re.compile(rb"\r(?!\n)")
RDF12_TERM = re.compile(r"<<|@[A-Za-z]+(?:-[A-Za-z0-9]+)*--(?:ltr|rtl)\b")
READ_PIECE = 1 << 20


def has_lone_cr(path: Path) -> bool:
    """Whether the file holds a CR not followed by LF (old Mac line ends), read a mebibyte at a time.

    Why: the grammars of Turtle, TriG, N-Triples and N-Quads take CR alone as a line end (white space),
    rdflib's parsers do not: a comment on the first line ran to the end of the file, and a valid file was
    read as an empty graph or refused as "Bad syntax" (attack rounds 18-19). Such a file is read by
    Oxigraph's parser, which follows the grammar."""
    with path.open("rb") as stream:
        carry = b""
        while piece := stream.read(READ_PIECE):
            if LONE_CR.search(carry + piece[:1]) or LONE_CR.search(piece[:-1]):
                return True
            carry = piece[-1:]
        return carry == b"\r"


def oxigraph_into(dataset: Dataset, path: Path, rdf_format: str, graph: URIRef | None = None) -> None:
    """Parse one file with Oxigraph's parser into `dataset` (its named graphs kept; triples into `graph`
    when given, else the default graph), each of its blank nodes a new rdflib one (two files' `_:b0` are
    two nodes, as rdflib's parser makes them). kg.model.rdfguard has passed the file: Oxigraph's parsers
    fetch nothing and are linear. InputError naming RDF 1.2 for a term rdflib cannot hold."""
    blanks: dict[str, BNode] = {}
    default = dataset.graph(graph) if graph is not None else dataset.default_graph
    try:
        for quad in ox.parse(path=str(path), format=OXIGRAPH_FORMATS[rdf_format]):
            newer = rdf12_term(quad)
            if newer:
                raise _rdf12_error(path, newer)
            name = quad.graph_name
            target = (
                default if isinstance(name, ox.DefaultGraph) else dataset.graph(_graph_name(name, blanks))
            )
            subject, predicate = _rdflib_term(quad.subject, blanks), _rdflib_term(quad.predicate, blanks)
            target.add((subject, predicate, _rdflib_term(quad.object, blanks)))
    except (SyntaxError, ValueError) as error:
        raise parse_error(path, error) from error


def _graph_name(name: ox.NamedNode | ox.BlankNode, blanks: dict[str, BNode]) -> URIRef | BNode:
    return URIRef(name.value) if isinstance(name, ox.NamedNode) else blanks.setdefault(name.value, BNode())


def _rdflib_term(term: object, blanks: dict[str, BNode]) -> Node:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return blanks.setdefault(term.value, BNode())
    assert isinstance(term, ox.Literal)
    return _rdflib_literal(term)


def rdf12_refusal(path: Path, rdf_format: str) -> InputError | None:
    """For a file rdflib's parser refused: the refusal naming RDF 1.2 when Oxigraph's parser reads it and
    finds an RDF 1.2 term (rdflib's terms cannot hold them: "Bad syntax" said nothing useful), else None."""
    if rdf_format not in OXIGRAPH_FORMATS:
        return None
    try:  # Oxigraph's terms looked at as they come: none is made an rdflib term, nothing is kept
        for quad in ox.parse(path=str(path), format=OXIGRAPH_FORMATS[rdf_format]):
            newer = rdf12_term(quad)
            if newer:
                return _rdf12_error(path, newer)
    except (SyntaxError, ValueError, OSError, RecursionError, MemoryError):
        return None
    return None


def rdf12_term(quad: ox.Quad) -> str | None:
    """What RDF 1.2 term the quad holds, in words for a message, or None for an RDF 1.1 quad."""
    if isinstance(quad.subject, ox.Triple) or isinstance(quad.object, ox.Triple):
        return "a triple term"
    if isinstance(quad.object, ox.Literal) and quad.object.direction is not None:
        return 'a directional language-tagged string ("..."@he--rtl)'
    return None


def _rdf12_error(path: Path, what: str) -> InputError:
    """RDF 1.2 named as what it is, with the line of its first such term when the text shows it."""
    line = None
    with path.open(encoding="utf-8", errors="replace", newline="") as text:
        for number, content in enumerate(re.split(r"\r\n|\r|\n", text.read()), 1):
            if RDF12_TERM.search(content):
                line = number
                break
    where = f"{path}:{line}" if line else str(path)
    return InputError(
        f"{where}: RDF 1.2 is not supported: the file holds {what}, and alliance-kg reads RDF 1.1 "
        "(rdflib's terms and the shapes' engine have no such terms); write it without them"
    )


@contextmanager
def _quiet_literal_warnings():
    """rdflib logs a traceback for every ill-typed literal it parses ("zz"^^xsd:hexBinary); SHACL
    reports those as violations with the node and path, so the traceback would only confuse."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def load_graph(paths: Iterable[Path]) -> Graph:
    """Parse files into one plain Graph (the union of all their triples)."""
    graph = bind_prefixes(Graph())
    for path in paths:
        dataset = bind_prefixes(Dataset())
        load_into(dataset, path)
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
    return graph


def canonical_literals(dataset: Dataset) -> int:
    """Write every literal of `dataset` in the form the store keeps it; return how many changed.

    Why: Oxigraph (the store, hence the endpoint and its dumps) keeps the value of a literal of
    an XSD datatype it knows, not what was written: "5"^^xsd:nonNegativeInteger (or xsd:int,
    xsd:long, ...) comes back as "5"^^xsd:integer, "2026-11-21T12:00:00+00:00" as
    "2026-11-21T12:00:00Z", "1.50"^^xsd:decimal as "1.5", language tags in lower case, and
    pyoxigraph has no option to keep them (docs/store.md). What `kg build` publishes must be
    what the store answers, literal for literal, so the published graph uses those forms: the
    same values, and the datatypes and lexical forms every engine keeps. Oxigraph itself says
    what they are (`stored_forms`), so that the rule is the store's and not a copy of it.
    """
    literals = {o for _, _, o, _ in dataset.quads() if isinstance(o, Literal)}
    forms = {old: new for old, new in stored_forms(literals).items() if not same_literal(old, new)}
    changed = 0
    for graph in list(dataset.graphs()):
        for s, p, o in list(graph):
            if isinstance(o, Literal) and o in forms:
                graph.remove((s, p, o))
                graph.add((s, p, forms[o]))
                changed += 1
    return changed


def same_literal(a: Literal, b: Literal) -> bool:
    """The same RDF term, lexical form included (rdflib's == compares "x"^^xsd:string and "x" apart)."""
    return (str(a), a.language, a.datatype) == (str(b), b.language, b.datatype)


def stored_forms(literals: set[Literal]) -> dict[Literal, Literal]:
    """Each literal as an Oxigraph store gives it back, asked of an in-memory store."""
    order = list(literals)
    store = ox.Store()
    predicate = ox.NamedNode("urn:x-alliance-kg:literal")
    store.extend(
        ox.Quad(ox.NamedNode(f"urn:x-alliance-kg:literal:{n}"), predicate, _oxigraph_literal(literal))
        for n, literal in enumerate(order)
    )
    forms = {}
    for quad in store:
        index = int(quad.subject.value.rsplit(":", 1)[1])
        forms[order[index]] = _rdflib_literal(quad.object)
    return forms


def _oxigraph_literal(literal: Literal) -> ox.Literal:
    if literal.language:
        return ox.Literal(str(literal), language=literal.language)
    if literal.datatype is not None:
        return ox.Literal(str(literal), datatype=ox.NamedNode(str(literal.datatype)))
    return ox.Literal(str(literal))


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _rdflib_literal(literal: ox.Literal) -> Literal:
    """The rdflib literal with this exact lexical form (rdflib would otherwise write some values its
    own way: "…Z" as "…+00:00"); xsd:string as a plain literal, the same RDF 1.1 term."""
    if literal.language:
        return Literal(literal.value, lang=literal.language, normalize=False)
    datatype = literal.datatype.value
    if datatype == XSD_STRING:
        return Literal(literal.value, normalize=False)
    return Literal(literal.value, datatype=URIRef(datatype), normalize=False)


@contextmanager
def atomic_directory(target: Path):
    """Yield a fresh temporary directory that replaces `target` only if the block succeeds.

    Readers see either the old directory or the complete new one, never a half-written one:
    on Linux the two are swapped in one step (renameat2 RENAME_EXCHANGE), so that even a
    SIGKILL between two renames cannot leave no directory at all (tests/robustness/test_faults_build.py).
    A write that fails (a full disk) is a KgError, and `target` is left as it was.
    The published directory gets the mode a new directory gets (0o777 less the umask), not
    mkdtemp's private 0o700: dist/ and the store are for everyone who may read the folder.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        os.chmod(staging, 0o777 & ~_umask())
        yield staging
    except OSError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise KgError(f"cannot write {target}: {error.strerror or error}; {target} is unchanged") from None
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if target.exists() and _exchange(staging, target):
        shutil.rmtree(staging, ignore_errors=True)  # it now holds the previous directory
        return
    retired = target.with_name(f".{target.name}.old-{os.getpid()}")
    if target.exists():
        os.replace(target, retired)
    os.replace(staging, target)
    shutil.rmtree(retired, ignore_errors=True)


def _umask() -> int:
    """The process's umask, read without changing it where Linux tells it (os.umask sets it to read it)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _exchange(first: Path, second: Path) -> bool:
    """Swap two paths atomically (Linux renameat2 with RENAME_EXCHANGE); False where not supported."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, rename_exchange = -100, 2
    if renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), rename_exchange) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.EOPNOTSUPP):
        return False
    raise OSError(code, os.strerror(code), str(second))
