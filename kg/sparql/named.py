"""The catalogue of named SPARQL queries in queries/, and safe binding of their parameters.

A named query is a file `queries/NAME.rq` whose header comment says what it is:

    # title: Organizations DMTF collaborates with
    # description: Partners of an organization, with the registers and specifications.
    # param: org iri required -- the organization (IRI, prefixed name, label or acronym)
    # param: as_of date default=today -- the date the answer is computed for

Each parameter `p` is bound through a `VALUES ?p { UNDEF }` line that the query
must contain (every such line, when it has several). Binding replaces that UNDEF
with the value rendered as an RDF term by rdflib (escaped literal or checked IRI);
an optional parameter left unbound stays UNDEF, which constrains nothing. The same
bound text runs unchanged on rdflib, Oxigraph or any remote SPARQL 1.1 endpoint,
and user text never becomes query syntax.

A value may also be a list (or tuple): its terms become as many rows of the VALUES
line (`VALUES ?x { <a> <b> }`; an empty list gives no row, so the query answers
nothing). A line of several variables, `VALUES (?x ?y) { (UNDEF UNDEF) }`, is bound by
parameter x with a list of tuples (`VALUES (?x ?y) { (<a> <b>) (<c> <d>) }`). A term
already made (a pyoxigraph NamedNode, whose IRI its own RFC 3987 parser checked) is
rendered as it is, never read as a prefixed name or a label. A parameter of type
`limit` or `offset` binds the number of the query's one `LIMIT n` (`OFFSET n`) clause
instead of a VALUES line: SPARQL has no variable there, and the file keeps its own
number as the default.
"""

from __future__ import annotations

import bisect
import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import pyoxigraph as ox
from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.errors import KgError
from kg.model.namespaces import PREFIXES
from kg.model.sources import resources_root
from kg.sparql.lexer import Lexed, lex

PARAMETER_TYPES = ("iri", "string", "date", "integer", "limit", "offset")
SLICE_KEYWORDS = {"limit": "LIMIT", "offset": "OFFSET"}
"""Parameter types that bind a solution modifier's number rather than a VALUES line."""
HEADER_LINE = re.compile(r"#\s*(title|description|param)\s*:\s*(.*)")
PARAM_SPEC = re.compile(
    r"(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s+(?P<type>\w+)"
    r"(?:\s+(?P<mode>required|optional|default=\S+))?\s*(?:--\s*(?P<description>.*))?"
)
IRI_FORBIDDEN = re.compile(r'[\s<>"{}|^`\\\x00-\x20\x7f-\x9f]')
"""What a SPARQL IRIREF cannot hold (space and the controls, #x00-#x20, among them) and what RFC 3987
keeps out of an IRI (DEL and the C1 controls): refused here in one line, where the store's parser
would have answered with a syntax error telling the user to fix the query text."""
LONE_SURROGATE = re.compile("[\ud800-\udfff]")
PREFIXED_NAME = re.compile(r"(?P<prefix>[A-Za-z][\w-]*)?:(?P<local>[\w.-]*)")

IriResolver = Callable[[str], URIRef]
Origins = tuple[tuple[str, int], ...]  # (file as shown, line number) of each line of a text


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
    origins: Origins = ()

    def origin(self, line: int) -> str:
        """The file and line that line `line` of the text comes from.

        Why: a query that includes fragments is longer than its file, so the line of a SPARQL
        syntax error in its text must be traced back to the query or the fragment to fix.
        """
        if 1 <= line <= len(self.origins):
            shown, number = self.origins[line - 1]
            return f"{shown} line {number}"
        return f"{self.path.name if self.path else self.name} line {line}"

    def locate(self, message: str) -> str:
        """An error message about this query's text, each "line N" followed by where that line comes from."""
        return re.sub(r"\bline (\d+)", lambda m: f"{m.group()} ({self.origin(int(m.group(1)))})", message)

    @cached_property
    def form(self) -> str:
        """SELECT, ASK, CONSTRUCT or DESCRIBE: the first query-form keyword after the prologue.

        Cached: the text never changes, and a sub-millisecond query should not pay for lexing it again.
        """
        return form_of(self.lexed)

    def parameter(self, name: str) -> Parameter:
        for parameter in self.parameters:
            if parameter.name == name:
                return parameter
        known = ", ".join(p.name for p in self.parameters) or "none"
        raise QueryError(f"query {self.name!r} has no parameter {name!r} (parameters: {known})")

    @cached_property
    def lexed(self) -> Lexed:
        """The text read once by kg.sparql.lexer, for its form and where its comments and strings are
        (each lexed it again: 1-2 ms of every command that runs a named query)."""
        return lex(self.text)

    @cached_property
    def opaque(self) -> tuple[tuple[int, int], ...]:
        """Where the text's comments and strings are: no VALUES line or LIMIT there is one to bind."""
        return self.lexed.opaque

    def bind(self, values: Mapping[str, object], resolve: IriResolver | None = None) -> str:
        """The query text with every given parameter bound; see the module docstring.

        Why in one pass over the text as written: a value is never read again for another
        parameter's line (a string holding "VALUES ?b { UNDEF }" stays a string), and a line inside
        a comment or a string is never bound (a value with a line break cannot end a comment).
        """
        for name in values:
            self.parameter(name)
        edits: list[Edit] = []
        for parameter in self.parameters:
            raw = values.get(parameter.name, parameter.default)
            if raw is None:
                if parameter.required:
                    raise QueryError(
                        f"query {self.name!r} needs --param {parameter.name}=VALUE "
                        f"({parameter.type}): {parameter.description}"
                    )
                continue
            if parameter.type in SLICE_KEYWORDS:
                edits.append(_slice_edit(self, parameter, count_value(parameter, raw)))
                continue
            rows = [_rendered_row(parameter, item, resolve) for item in _rows(raw)]
            edits += _values_edits(self, parameter.name, rows)
        return _applied(self.text, edits)


def _rows(raw: object) -> list[object]:
    """The values a VALUES line gets: each item of a list or tuple, else the one value."""
    return list(raw) if isinstance(raw, list | tuple) else [raw]


def _rendered_row(parameter: Parameter, item: object, resolve: IriResolver | None) -> tuple[str, ...]:
    """One row of a VALUES line: a tuple of values (for a line of several variables) or one value."""
    values = item if isinstance(item, tuple) else (item,)
    return tuple(rendered(coerce(parameter, value, resolve)) for value in values)


def rendered(term: Literal | URIRef) -> str:
    """A term as query text. A plain string is written by pyoxigraph, with its line breaks escaped
    (rdflib writes a multi-line string as a long string holding them as they are)."""
    if isinstance(term, Literal) and term.datatype is None and term.language is None:
        return str(ox.Literal(str(term)))
    return term.n3()


Edit = tuple[int, int, str]  # (start, end, replacement) in a query's text as written


def in_code(query: NamedQuery, position: int) -> bool:
    """Whether `position` of the query's text is outside its comments and strings."""
    spans = query.opaque
    index = bisect.bisect_right(spans, (position, len(query.text) + 1)) - 1
    return index < 0 or spans[index][1] <= position


def _applied(text: str, edits: list[Edit]) -> str:
    """`text` with each span replaced, all found in the text as written (they never overlap)."""
    pieces, done = [], 0
    for start, end, replacement in sorted(edits):
        pieces += [text[done:start], replacement]
        done = end
    return "".join(pieces) + text[done:]


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (read by kg.sparql.lexer); QueryError for an update or no query."""
    return form_of(lex(text))


def form_of(lexed: Lexed) -> str:
    """The query form of a lexed text (query_form)."""
    if lexed.form is not None:
        return lexed.form
    if lexed.is_update:
        raise QueryError("this is a SPARQL update, not a query: 'kg sparql' and the query API only read")
    raise QueryError("not a SPARQL query: expected SELECT, ASK, CONSTRUCT or DESCRIBE")


VARIABLES = r"(?P<others>(?:\s+[?$][A-Za-z_][A-Za-z0-9_]*)+)"


@lru_cache(maxsize=256)
def _values_line(name: str) -> re.Pattern[str]:
    """`VALUES ?name { UNDEF }`, or `VALUES (?name ?other) { (UNDEF UNDEF) }` for rows of several terms."""
    variable = r"[?$]" + re.escape(name) + r"\b"
    return re.compile(
        rf"VALUES\s+(?:{variable}\s*\{{\s*UNDEF\s*\}}"
        rf"|\(\s*{variable}{VARIABLES}\s*\)\s*\{{\s*\(\s*UNDEF(?:\s+UNDEF)*\s*\)\s*\}})",
        re.IGNORECASE,
    )


def _values_edits(query: NamedQuery, name: str, rows: list[tuple[str, ...]]) -> list[Edit]:
    """Every `VALUES ?name { UNDEF }` line bound: a query that needs the value in two groups of a
    UNION (each planned on its own) writes the line in both.

    A line of several variables, `VALUES (?name ?other) { (UNDEF UNDEF) }`, is bound by the
    parameter named after its first variable, whose value is a list of tuples (one term for each
    variable): pairs are one index lookup each, where a VALUES line per variable makes the store
    join every value of one with every value of the other.
    """

    def bound_line(match: re.Match[str]) -> str:
        others = (match.group("others") or "").split()
        width = 1 + len(others)
        if any(len(row) != width for row in rows):
            shape = "one term" if width == 1 else f"tuples of {width} terms"
            raise QueryError(f"query {query.name!r}: parameter {name!r} takes {shape} per row")
        if not others:
            return f"VALUES ?{name} {{ {' '.join(row[0] for row in rows)} }}"
        listed = " ".join(f"({' '.join(row)})" for row in rows)
        return f"VALUES (?{name} {' '.join(others)}) {{ {listed} }}"

    lines = [m for m in _values_line(name).finditer(query.text) if in_code(query, m.start())]
    if not lines:
        raise QueryError(f"query {query.name!r} declares {name!r} but has no 'VALUES ?{name} {{ UNDEF }}'")
    return [(m.start(), m.end(), bound_line(m)) for m in lines]


@lru_cache(maxsize=64)
def _slice_clause(keyword: str) -> re.Pattern[str]:
    """`LIMIT n` (or OFFSET): the number is group 1."""
    return re.compile(rf"\b{keyword}\s+(\d+)\b", re.IGNORECASE)


def _slice_edit(query: NamedQuery, parameter: Parameter, value: int) -> Edit:
    """The number of the one LIMIT (OFFSET) clause outside comments and strings, replaced by `value`.

    Why exactly one: with a subquery's LIMIT and the outer one, which of them a parameter means
    would be a guess; a query that needs both bound is written with one of them constant.
    """
    keyword = SLICE_KEYWORDS[parameter.type]
    found = [m for m in _slice_clause(keyword).finditer(query.text) if in_code(query, m.start())]
    if len(found) != 1:
        raise QueryError(
            f"query {query.name!r} binds {keyword} by parameter {parameter.name!r}, "
            f"so its text needs exactly one '{keyword} n' clause, not {len(found)}"
        )
    return (found[0].start(1), found[0].end(1), str(value))


def count_value(parameter: Parameter, raw: object) -> int:
    """A LIMIT or OFFSET: a whole number, zero or more (a bool is no number here)."""
    text = as_text(raw, f"parameter {parameter.name!r} expects {parameter.type}").strip()
    if isinstance(raw, bool) or not re.fullmatch(r"\+?\d{1,18}", text):
        shown = text if len(text) <= 40 else f"{text[:40]}... ({len(text)} characters)"
        raise QueryError(
            f"parameter {parameter.name!r} expects {parameter.type} (0 to 18 digits), got {shown!r}"
        )
    return int(text)


def coerce(parameter: Parameter, raw: object, resolve: IriResolver | None = None) -> Literal | URIRef:
    """Turn a user value into a typed RDF term, or explain in one line why it cannot be."""
    problem = f"parameter {parameter.name!r} expects {parameter.type}"
    text = as_text(raw, problem).strip()
    if isinstance(raw, ox.NamedNode):
        # a term already: its IRI passed pyoxigraph's RFC 3987 parser, and is no prefixed name or label
        if parameter.type != "iri":
            raise QueryError(f"{problem}, got the IRI <{raw.value}>")
        return URIRef(raw.value)
    if LONE_SURROGATE.search(str(raw)):
        # a byte that is not UTF-8 on the command line (Latin-1 'T\xe9l\xe9com') arrives as a lone
        # surrogate, which no query text can be encoded with: it was a UnicodeEncodeError traceback
        raise QueryError(f"{problem}, got {str(raw)!r}: not UTF-8 text (is the terminal set to UTF-8?)")
    if parameter.type == "string":
        return Literal(str(raw))
    if parameter.type == "integer":
        if not re.fullmatch(r"[+-]?\d+", text):
            raise QueryError(f"{problem}, got {text!r} (example: 2)")
        if len(text) > MAX_INTEGER_DIGITS:  # int() of more digits is a ValueError: Python's own limit
            raise QueryError(f"{problem}, got {len(text):,} digits (at most {MAX_INTEGER_DIGITS:,})")
        return Literal(int(text), datatype=XSD.integer)
    if parameter.type == "date":
        return Literal(_parse_date(text, problem), datatype=XSD.date)
    if parameter.type == "iri":
        return to_iri(text, resolve, problem)
    raise QueryError(f"{problem}: unknown parameter type (known: {', '.join(PARAMETER_TYPES)})")


MAX_INTEGER_DIGITS = 4000  # below sys.get_int_max_str_digits()'s default of 4,300
CHOICES = {"versions": ("latest", "all")}
"""The values a string parameter of this name can take, whatever query declares it: `versions` is read
by queries/fragments/latest-version.rq, which keeps no row for any other value. `--param versions=Latest`
or a typo (`lastest`) answered "(0 rows)", exit 0, as if nothing matched (attack round 22). Checked where
a person types the value (`kg query`, `chosen`), not in `coerce`: a query bound with any text still runs."""


def chosen(name: str, text: str) -> str:
    """A parameter's value as one of its CHOICES (any case, blanks around it ignored), `text` as it is for
    a parameter without choices, or a QueryError naming the choices."""
    choices = CHOICES.get(name)
    if choices is None:
        return text
    if text.strip().lower() in choices:
        return text.strip().lower()
    shown = text if len(text) <= 40 else f"{text[:40]}... ({len(text):,} characters)"
    raise QueryError(f"parameter {name!r} expects {' or '.join(repr(c) for c in choices)}, got {shown!r}")


def as_text(raw: object, problem: str) -> str:
    """`str(raw)`, or one line why a value has no text: a Python int of more than 4,300 digits (the
    Python API's `kg.select("collaborators", org=10**5000)`) ended in int's ValueError traceback
    (attack round 20)."""
    try:
        return str(raw)
    except ValueError:
        raise QueryError(f"{problem}, got a {type(raw).__name__} with no text (too many digits?)") from None


def _parse_date(text: str, problem: str) -> dt.date:
    if text.lower() == "today":
        return dt.date.today()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise QueryError(f"{problem} as YYYY-MM-DD or 'today', got {text!r}") from None


def to_iri(text: str, resolve: IriResolver | None = None, problem: str = "expected an IRI") -> URIRef:
    """A full IRI (<...> or scheme:...), a prefixed name (organization:dmtf), or a label that
    `resolve` resolves."""
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


def load_query(path: Path, fragments: Fragments | None = None) -> NamedQuery:
    """A query file with its fragments included (see Fragments); the header is read from the file itself."""
    fragments = fragments or Fragments(path.parent)
    raw = path.read_text(encoding="utf-8")
    title, description, parameters = parse_header(raw, path.stem)
    text, origins = fragments.compose(raw, fragments.shown(path))
    return NamedQuery(path.stem, title, description, text, parameters, path, origins)


def compose_query(text: str, path: Path | None = None) -> NamedQuery:
    """Ad hoc query text (`kg sparql`) with its `# include: NAME` lines replaced as in a named query.

    The fragments come from the fragments/ folder beside `path` (the file the text was read
    from) when there is one, else from the packaged queries/fragments/: so `kg sparql
    queries/x.rq` runs what `kg query x` runs. The header is not read (nothing is bound: an
    optional parameter stays UNDEF). `locate` traces an error's line to the file or fragment.
    """
    beside = path is not None and (path.parent / FRAGMENTS_DIRECTORY).is_dir()
    fragments = Fragments(path.parent if path is not None and beside else queries_dir())
    shown = str(path) if path is not None else "the query"  # as the user gave it
    composed, origins = fragments.compose(text, shown)
    return NamedQuery(path.stem if path else "query", shown, "", composed, (), path, origins)


# --- Fragments: query text written once, included by several queries -------------------------

FRAGMENTS_DIRECTORY = "fragments"
INCLUDE_LINE = re.compile(r"(?P<indent>[ \t]*)#\s*include\s*:(?P<name>.*)")
FRAGMENT_HEADER_LINE = re.compile(r"#\s*(title|description|binds|expects)\s*:\s*(.*)")
FRAGMENT_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]*")
VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")


@dataclass(frozen=True)
class Fragment:
    """The body of queries/fragments/NAME.rq, its own includes done, and the variables it expects."""

    name: str
    shown: str
    lines: tuple[str, ...]
    origins: Origins
    expects: tuple[str, ...] = ()


class Fragments:
    """The fragments of one queries directory, each read and composed once per catalogue.

    A line `# include: NAME` (alone on its line, in a query or a fragment) is replaced by the
    body of queries/fragments/NAME.rq, indented like the include line and framed by two
    comment lines that name the fragment (so the composed text has as many lines as a copy
    with begin and end comments would). Why a whole-line comment: the file stays SPARQL that
    editors read, and the composed text is token for token a copy of the fragment, so rdflib
    and Oxigraph plan and answer it as if it had been written out.
    """

    def __init__(self, directory: Path) -> None:
        self.root = directory
        self.directory = directory / FRAGMENTS_DIRECTORY
        self._composed: dict[str, Fragment] = {}

    def shown(self, path: Path) -> str:
        """A file as messages name it: relative to the directory above the queries (queries/x.rq)."""
        try:
            return path.relative_to(self.root.parent).as_posix()
        except ValueError:
            return str(path)

    def names(self) -> list[str]:
        return sorted(path.stem for path in self.directory.glob("*.rq"))

    def compose(
        self, text: str, shown: str, chain: tuple[str, ...] = (), first_line: int = 1
    ) -> tuple[str, Origins]:
        """`text` (from file `shown`, starting at `first_line`) with every include line replaced."""
        lines: list[str] = []
        origins: list[tuple[str, int]] = []
        for number, line in enumerate(text.split("\n"), first_line):
            match = INCLUDE_LINE.fullmatch(line)
            if match is None:
                lines.append(line)
                origins.append((shown, number))
                continue
            where = f"{shown} line {number}"
            fragment = self.get(match.group("name").strip(), chain, where)
            _check_expected(fragment, text, where)
            indent = match.group("indent")
            lines += [f"{indent}# {fragment.name}: begin -- {fragment.shown}"]
            lines += [indent + body_line if body_line else body_line for body_line in fragment.lines]
            lines += [f"{indent}# {fragment.name}: end"]
            origins += [(shown, number), *fragment.origins, (shown, number)]
        return "\n".join(lines), tuple(origins)

    def get(self, name: str, chain: tuple[str, ...], where: str) -> Fragment:
        """The composed fragment `name`, included at `where` from inside the fragments in `chain`."""
        if name in chain:
            loop = " -> ".join((*chain, name))
            raise QueryError(
                f"{where}: '# include: {name}' makes a loop ({loop}); a fragment cannot include itself"
            )
        if name not in self._composed:
            self._composed[name] = self._load(name, chain, where)
        return self._composed[name]

    def _load(self, name: str, chain: tuple[str, ...], where: str) -> Fragment:
        if not FRAGMENT_NAME.fullmatch(name):
            raise QueryError(f"{where}: expected '# include: NAME' alone on its line, got {name!r}")
        path = self.directory / f"{name}.rq"
        if not path.is_file():
            known = ", ".join(self.names()) or "none"
            raise QueryError(
                f"{where}: '# include: {name}' names no fragment: there is no "
                f"{self.shown(path)} (fragments: {known})"
            )
        shown = self.shown(path)
        raw = path.read_text(encoding="utf-8")
        header, body_start = _fragment_header(raw)
        body = "\n".join(raw.split("\n")[body_start:]).rstrip()
        if not body:
            raise QueryError(f"{where}: fragment {shown} has a header but no query text")
        text, origins = self.compose(body, shown, (*chain, name), first_line=body_start + 1)
        return Fragment(name, shown, tuple(text.split("\n")), origins, _variables(header.get("expects", [])))


def _fragment_header(text: str) -> tuple[dict[str, list[str]], int]:
    """The `# key: value` lines a fragment starts with (title, description, binds, expects), and
    the index of the first body line (blank lines after the header are skipped)."""
    header: dict[str, list[str]] = {}
    lines = text.split("\n")
    index = 0
    while index < len(lines) and (match := FRAGMENT_HEADER_LINE.fullmatch(lines[index].strip())):
        header.setdefault(match.group(1), []).append(match.group(2).strip())
        index += 1
    while index < len(lines) and not lines[index].strip():
        index += 1
    return header, index


def _variables(values: list[str]) -> tuple[str, ...]:
    """The variables named in header values such as `?as_of -- the date` (before the `--`)."""
    return tuple(name for value in values for name in VARIABLE.findall(value.split("--")[0]))


def _check_expected(fragment: Fragment, includer: str, where: str) -> None:
    """A fragment's expected variables must appear in the text that includes it (e.g. its VALUES line)."""
    for name in fragment.expects:
        if not re.search(rf"[?$]{name}\b", includer):
            raise QueryError(
                f"{where}: fragment {fragment.shown} expects ?{name}, which the including text never mentions"
            )


def queries_dir() -> Path:
    """queries/ of the resources (kg.model.sources.resources_root: the wheel's copy or the checkout)."""
    return resources_root() / "queries"


def catalogue(directory: Path | None = None) -> dict[str, NamedQuery]:
    """Every named query, by name (the file name without .rq); fragments/ holds no named queries."""
    directory = directory or queries_dir()
    fragments = Fragments(directory)
    return {path.stem: load_query(path, fragments) for path in sorted(directory.glob("*.rq"))}


@lru_cache(maxsize=8)
def folder_queries(folder: str) -> dict[str, NamedQuery]:
    """The queries of queries/FOLDER/ that code asks (the server's, the validator's), read once per
    process; not the user catalogue, which `kg query --list` reads from queries/*.rq alone."""
    return catalogue(queries_dir() / folder)


def folder_query(folder: str, name: str) -> NamedQuery:
    """One query of queries/FOLDER/; a QueryError naming the file when it is not there (a resources
    folder set by $ALLIANCE_KG_HOME must hold queries/ as well as ontology/ and data/)."""
    queries = folder_queries(folder)
    if name not in queries:
        raise QueryError(f"{queries_dir() / folder / (name + '.rq')}: no such query (code reads it there)")
    return queries[name]


def catalogue_signature(directory: Path) -> tuple[tuple[str, int], ...]:
    """Name and modification time of every file the catalogue is read from, fragments included.

    Why: a cached catalogue is stale when a query changed, and also when a fragment that
    queries include changed (an edit in place does not touch the directory's own time).
    """
    entries: list[tuple[str, int]] = []
    for folder, prefix in ((directory, ""), (directory / FRAGMENTS_DIRECTORY, f"{FRAGMENTS_DIRECTORY}/")):
        if folder.is_dir():
            entries += [(prefix + entry.name, entry.stat().st_mtime_ns) for entry in os.scandir(folder)]
    return tuple(sorted(entries))


def get_query(name: str, directory: Path | None = None) -> NamedQuery:
    queries = catalogue(directory)
    if name in queries:
        return queries[name]
    close = difflib.get_close_matches(name, queries, n=3)
    hint = f" Did you mean: {', '.join(close)}?" if close else " Run 'kg query --list' to see them."
    raise QueryError(f"no named query {name!r}.{hint}")
