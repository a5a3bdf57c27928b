"""The catalogue of named SPARQL queries in queries/, and safe binding of their parameters.

A named query is a file `queries/NAME.rq` whose header comment says what it is:

    # title: Organizations DMTF collaborates with
    # description: Partners of an organization, with the registers and specifications.
    # param: org iri required -- the organization (IRI, prefixed name, label or acronym)
    # param: as_of date default=today -- the date the answer is computed for

Each parameter `p` is bound through a `VALUES ?p { UNDEF }` line that the query
must contain. Binding replaces that UNDEF with the value rendered as an RDF term
by rdflib (escaped literal or checked IRI); an optional parameter left unbound
stays UNDEF, which constrains nothing. The same bound text runs unchanged on
rdflib, Oxigraph or any remote SPARQL 1.1 endpoint, and user text never becomes
query syntax.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.model.namespaces import PREFIXES
from kg.model.sources import project_root

PARAMETER_TYPES = ("iri", "string", "date", "integer")
HEADER_LINE = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
PARAM_SPEC = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\w+)"
    r"(?:\s+(?P<mode>required|optional|default=\S+))?\s*(?:--\s*(?P<description>.*))?"
)
IRI_FORBIDDEN = re.compile(r'[\s<>"{}|^`\\]')
PREFIXED_NAME = re.compile(r"(?P<prefix>[A-Za-z][\w-]*)?:(?P<local>[\w.-]*)")

IriResolver = Callable[[str], URIRef]
FORM_PATTERN = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
UPDATE_PATTERN = re.compile(
    r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b(?!\s*\()", re.IGNORECASE
)


class QueryError(KgError):
    """A named query is unknown, malformed, or given bad parameters."""


@dataclass(frozen=True)
class Parameter:
    name: str
    type: str
    required: bool = False
    default: str | None = None
    description: str = ""

    def describe(self) -> str:
        mode = "required" if self.required else f"default={self.default}" if self.default else "optional"
        return f"{self.name} ({self.type}, {mode})"


@dataclass(frozen=True)
class NamedQuery:
    name: str
    title: str
    description: str
    text: str
    parameters: tuple[Parameter, ...] = field(default_factory=tuple)
    path: Path | None = None

    @cached_property
    def form(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword after the prologue.

        Cached: the text never changes, and a sub-millisecond query should not pay for four regexes.
        """
        return query_form(self.text)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")

    def bind(self, values: Mapping[str, object], resolve: IriResolver | None = None) -> str:
        """The query text with every given parameter bound; see the module docstring."""
        for name in values:
            self.parameter(name)
        text = self.text
        for parameter in self.parameters:
            raw = values.get(parameter.name, parameter.default)
            if raw is None:
                if parameter.required:
                    raise QueryError(
                        f"query {self.name!r} needs --param {parameter.name}=VALUE "
                        f"({parameter.type}): {parameter.description}"
                    )
                continue
            term = coerce(parameter, raw, resolve)
            text = _substitute(text, parameter.name, term.n3(), self.name)
        return text


def strip_tokens(text: str) -> str:
    """Query text without comments, IRIs and strings, so keywords are found only where they are keywords."""
    text = re.sub(r"'''.*?'''|\"\"\".*?\"\"\"", " ", text, flags=re.DOTALL)
    text = re.sub(r"'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", " ", text)
    text = re.sub(r"<[^<>\s{}]*>", " ", text)
    return re.sub(r"#[^\n]*", " ", text)


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE; QueryError for an update or something that is no query."""
    body = strip_tokens(text)
    match = FORM_PATTERN.search(body)
    if match is None:
        if UPDATE_PATTERN.search(body):
            raise QueryError("this is a SPARQL update, not a query: 'kg sparql' and the query API only read")
        raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")
    return match.group(1).upper()


@lru_cache(maxsize=256)
def _values_line(name: str) -> re.Pattern[str]:
    return re.compile(r"VALUES\s+[?$]" + re.escape(name) + r"\s*\{\s*UNDEF\s*\}", re.IGNORECASE)


def _substitute(text: str, name: str, rendered: str, query_name: str) -> str:
    text, count = _values_line(name).subn(lambda _match: f"VALUES ?{name} {{ {rendered} }}", text, count=1)
    if not count:
        raise QueryError(f"query {query_name!r} declares {name!r} but has no 'VALUES ?{name} {{ UNDEF }}'")
    return text


def coerce(parameter: Parameter, raw: object, resolve: IriResolver | None = None):
    """Turn a user value into a typed RDF term, or explain in one line why it cannot be."""
    text = str(raw).strip()
    problem = f"parameter {parameter.name!r} expects {parameter.type}"
    if parameter.type == "string":
        return Literal(str(raw))
    if parameter.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", text):
            raise QueryError(f"{problem}, got {text!r} (example: 2)")
        return Literal(int(text), datatype=XSD.integer)
    if parameter.type == "date":
        return Literal(_parse_date(text, problem), datatype=XSD.date)
    if parameter.type == "iri":
        return to_iri(text, resolve, problem)
    raise QueryError(f"{problem}: unknown parameter type (known: {', '.join(PARAMETER_TYPES)})")


def _parse_date(text: str, problem: str) -> dt.date:
    if text.lower() == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{problem} as YYYY-MM-DD or 'today', got {text!r}") from None


def to_iri(text: str, resolve: IriResolver | None = None, problem: str = "expected an IRI") -> URIRef:
    """A full IRI (<...> or scheme:...), a prefixed name (org:dmtf), or a label resolved by `resolve`."""
    candidate = text[1:-1] if text.startswith("<") and text.endswith(">") else text
    prefixed = PREFIXED_NAME.fullmatch(candidate)
    if prefixed and (prefixed.group("prefix") or "") in PREFIXES:
        return URIRef(PREFIXES[prefixed.group("prefix") or ""] + prefixed.group("local"))
    if re.match(r"[A-Za-z][A-Za-z0-9+.-]*://", candidate) or candidate.startswith(("urn:", "mailto:")):
        if IRI_FORBIDDEN.search(candidate):
            raise QueryError(f"{problem}: {text!r} contains characters not allowed in an IRI")
        return URIRef(candidate)
    if resolve is None:
        raise QueryError(f"{problem}: {text!r} is not an IRI or a known prefixed name")
    return resolve(text)


def parse_header(text: str, name: str) -> tuple[str, str, tuple[Parameter, ...]]:
    title, description, parameters = name, "", []
    for line in text.splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            break
        match = HEADER_LINE.match(stripped)
        if not match:
            continue
        key, value = match.group(1), match.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description = f"{description} {value}".strip()
        else:
            parameters.append(_parse_parameter(value, name))
    return title, description, tuple(parameters)


def _parse_parameter(spec: str, query_name: str) -> Parameter:
    match = PARAM_SPEC.fullmatch(spec)
    if not match or match.group("type") not in PARAMETER_TYPES:
        raise QueryError(
            f"queries/{query_name}.rq: bad '# param:' line {spec!r} "
            f"(expected: NAME TYPE [required|optional|default=V] -- description; "
            f"TYPE one of {', '.join(PARAMETER_TYPES)})"
        )
    mode = match.group("mode") or "optional"
    return Parameter(
        name=match.group("name"),
        type=match.group("type"),
        required=mode == "required",
        default=mode.split("=", 1)[1] if mode.startswith("default=") else None,
        description=(match.group("description") or "").strip(),
    )


def load_query(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    title, description, parameters = parse_header(text, path.stem)
    return NamedQuery(path.stem, title, description, text, parameters, path)


def queries_dir() -> Path:
    return project_root() / "queries"


def catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without .rq)."""
    directory = directory or queries_dir()
    return {path.stem: load_query(path) for path in sorted(directory.glob("*.rq"))}


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    queries = catalogue(directory)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=3)
    hint = f" Did you mean: {', '.join(close)}?" if close else " Run 'kg query --list' to see them."
    raise QueryError(f"no named query {name!r}.{hint}")
