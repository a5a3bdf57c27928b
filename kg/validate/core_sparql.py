"""SHACL Core constraints compiled to SPARQL SELECTs that return the violating rows, run on Oxigraph.

Why: at a million triples, handing the data to a SHACL engine costs more than checking it
(docs/benchmarks.md: an N-Triples dump of the store and its parse took 10 of 16 s). Each
constraint our shapes use says which (focus node, value) pairs violate it, and that is a
SELECT over the store itself: the focus nodes are the instances of the target classes (with
their subclasses), the value nodes the path's values. Oxigraph answers each in milliseconds
to a second, without the GIL, so the queries run on both cores at once (`run_checks`).

The results are pyshacl's, triple for triple in what a report reads (focus node, source shape,
path, value, severity, messages, constraint component): tests/validate/test_core_sparql.py
compares them on every break-one-thing fixture and on generated stores. What pyshacl decides in
Python is decided the same way here: a datatype is matched by Oxigraph (`DATATYPE`) and its
lexical form is then checked by rdflib, as pyshacl does (`well_typed`); a comparison that fails
with an error (a string against a number) is a violation, as pyshacl's TypeError is.

`compile_shapes` takes the property shapes it can compile out of a shapes graph and leaves
everything else (other targets, nested shapes, sh:closed, sh:xone, shapes without a message, whose
generic pyshacl message we do not imitate...) in the residual graph, for the SHACL engine.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import date, datetime, time
from decimal import Decimal
from functools import partial
from typing import Any

import pyoxigraph as ox
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Node, URIRef
from rdflib.collection import Collection
from rdflib.namespace import SH

from kg.store.terms import from_oxigraph, to_oxigraph
from kg.validate.queries import bound, query_text
from kg.validate.sparql_rules import TARGETS, _deactivated, _target_classes, select

# Predicates that say nothing about conformance (names, messages, ordering in forms).
META = {
    RDF.type,
    SH.path,
    SH.name,
    SH.description,
    SH.message,
    SH.severity,
    SH.order,
    SH.group,
    SH.defaultValue,
    RDFS.label,
    RDFS.comment,
    RDFS.seeAlso,
}
COUNTS = {SH.minCount, SH.maxCount}
VALUE_TESTS = {
    SH["class"]: SH.ClassConstraintComponent,
    SH.datatype: SH.DatatypeConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent,
    SH["in"]: SH.InConstraintComponent,
    SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
    SH.minExclusive: SH.MinExclusiveConstraintComponent,
    SH.maxExclusive: SH.MaxExclusiveConstraintComponent,
    SH.minLength: SH.MinLengthConstraintComponent,
    SH.maxLength: SH.MaxLengthConstraintComponent,
    SH["or"]: SH.OrConstraintComponent,
    SH["and"]: SH.AndConstraintComponent,
    SH["not"]: SH.NotConstraintComponent,
}
PAIRS = {
    SH.lessThan: ("<", SH.LessThanConstraintComponent),
    SH.lessThanOrEquals: ("<=", SH.LessThanOrEqualsConstraintComponent),
}
COMPILABLE = COUNTS | set(VALUE_TESTS) | set(PAIRS) | {SH.uniqueLang, SH.flags}
# Datatypes Oxigraph casts to (a cast to another one fails when the query is parsed).
CASTS = {XSD[t] for t in ("integer", "decimal", "float", "double", "boolean", "date", "dateTime", "time")} | {
    XSD[t] for t in ("duration", "dayTimeDuration", "yearMonthDuration", "gYear", "gYearMonth")
}
DATED = {XSD.date, XSD.dateTime, XSD.gYear, XSD.gYearMonth}
# Lexical forms rdflib reads without error, of datatypes Oxigraph does not cast (binascii.unhexlify:
# pairs of hexadecimal digits, nothing else).
LEXICAL_FORMS = {XSD.hexBinary: "^([0-9A-Fa-f]{2})*$"}
# Datatypes whose lexical forms pyshacl (rdflib) never rejects: matched by DATATYPE alone.
ALWAYS_WELL_TYPED = {XSD.string, RDF.langString}
NODE_KINDS = {
    SH.IRI: "isIRI(?value)",
    SH.BlankNode: "isBlank(?value)",
    SH.Literal: "isLiteral(?value)",
    SH.BlankNodeOrIRI: "(isBlank(?value) || isIRI(?value))",
    SH.BlankNodeOrLiteral: "(isBlank(?value) || isLiteral(?value))",
    SH.IRIOrLiteral: "(isIRI(?value) || isLiteral(?value))",
}
COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
RDF_TYPE = f"<{RDF.type}>"
CLASS_MARK = re.compile(r"\[\[([^\]\s]+)\]\]")
SUBCLASS_OF = f"<{RDFS.subClassOf}>"


class NotCompilable(Exception):
    """A shape construct this compiler does not translate: the shape stays with the SHACL engine."""


@dataclass(frozen=True)
class Test:
    """A value-node test as two SPARQL boolean expressions over ?value (errors count as false).

    `optimistic` takes a literal of a datatype rdflib may reject as well typed, `pessimistic` as
    ill typed; they differ only when `datatypes` (those datatypes) is not empty, and then the
    literal's lexical form decides, in Python (`well_typed`).
    """

    optimistic: str
    pessimistic: str
    datatypes: frozenset[URIRef] = frozenset()
    patterns: tuple[str, ...] = ()  # what the expressions read, joined to each (focus, value) row


def _both(expression: str, patterns: tuple[str, ...] = ()) -> Test:
    return Test(expression, expression, patterns=patterns)


def _not(test: Test) -> Test:
    if test.datatypes:  # the Python decision (`well_typed`) assumes a test's datatypes count positively
        raise NotCompilable("sh:datatype under sh:not")
    return Test(f"(!{test.pessimistic})", f"(!{test.optimistic})", test.datatypes, test.patterns)


def _join(tests: Sequence[Test], operator: str, empty: str) -> Test:
    if not tests:
        return _both(empty)
    return Test(
        "(" + f" {operator} ".join(t.optimistic for t in tests) + ")",
        "(" + f" {operator} ".join(t.pessimistic for t in tests) + ")",
        frozenset().union(*(t.datatypes for t in tests)),
        tuple(p for t in tests for p in t.patterns),
    )


@dataclass(frozen=True)
class Check:
    """One query of one property shape: its rows are the shape's violations of `components`.

    kind: 'values' (one row per failing focus node and value, a flag per test), 'counts'
    (sh:minCount / sh:maxCount, one row per focus node), 'unique-lang' (one row per focus node
    and repeated language), 'pair' (sh:lessThan(OrEquals): one row per failing value and other value).
    """

    shape: Node
    path: Node
    severity: Node
    messages: tuple[Literal, ...]
    target_classes: tuple[URIRef, ...]
    kind: str
    where: str  # the pattern after the focus nodes are bound to ?this
    components: tuple[URIRef, ...]  # one per flag (values) or the one component
    tests: tuple[Test, ...] = ()
    bounds: tuple[int | None, int | None] = (None, None)  # (minCount, maxCount)
    chained: bool = False  # a path goes through nodes between the focus node and the value
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=False)

    def query(self, focus: Focus, subclasses: Callable[[str], Iterable[str]] | None = None) -> str:
        """The SELECT of this check on `focus`, each class a test names replaced by it and its
        subclasses (`subclasses`; itself alone when None)."""
        text = QUERIES[self.kind](self, focus)
        return CLASS_MARK.sub(lambda m: _iri_list((subclasses or _alone)(m.group(1))), text)


def _alone(iri: str) -> list[str]:
    return [iri]


def _iri_list(iris: Iterable[str]) -> str:
    return " ".join(f"<{iri}>" for iri in sorted(iris))


@dataclass(frozen=True)
class Focus:
    """The focus nodes of a check: instances of `classes` (closed under subclasses), and only `nodes`
    when given. Queries find candidate violations first (index scans, hash joins) and only then ask
    whether each candidate is a focus node: a look-up per focus node costs a RocksDB seek each."""

    classes: tuple[str, ...]
    nodes: tuple[str, ...] | None = None
    small: bool = False  # few focus nodes: start from them (a seek each), not from the path's triples
    bare: bool = False  # the candidates of every node: the caller keeps the focus nodes' (`_of_focus`)

    def first(self) -> str:
        """What goes before the path's pattern: every focus node when they are few, else the restriction."""
        return self.every() if self.small else self.restrict()

    def last(self) -> str:
        """What goes after the candidates: the focus test, unless the focus nodes came first."""
        return "" if self.small or self.bare else self.test()

    def restrict(self) -> str:
        if self.nodes is None:
            return ""
        return "VALUES ?this { " + " ".join(f"<{n}>" for n in self.nodes) + " }"

    def test(self) -> str:
        classes = ", ".join(f"<{c}>" for c in self.classes)
        return f"FILTER EXISTS {{ ?this {RDF_TYPE} ?akgFocusClass_ FILTER (?akgFocusClass_ IN ({classes})) }}"

    def every(self) -> str:
        classes = " ".join(f"<{c}>" for c in self.classes)
        return (
            f"{{ SELECT DISTINCT ?this WHERE {{ {self.restrict()} VALUES ?akgFocusClass_ {{ {classes} }} "
            f"?this {RDF_TYPE} ?akgFocusClass_ }} }}"
        )


def _values_query(check: Check, focus: Focus) -> str:
    binds: list[str] = []
    keep: list[str] = []
    patterns: list[str] = []
    for k, test in enumerate(check.tests):
        patterns.extend(test.patterns)
        binds.append(f"BIND (COALESCE({test.optimistic}, false) AS ?ok{k})")
        if test.datatypes:
            binds.append(f"BIND (COALESCE({test.pessimistic}, false) AS ?sure{k})")
            keep.append(f"!?ok{k} || !?sure{k}")
        else:
            keep.append(f"!?ok{k}")
    flags = " ".join(f"?ok{k}" + (f" ?sure{k}" if t.datatypes else "") for k, t in enumerate(check.tests))
    inner = "\n".join([focus.first(), check.where, *dict.fromkeys(patterns), *binds])
    return (
        f"SELECT DISTINCT ?this ?value {flags} WHERE {{\n"
        f"{{ SELECT DISTINCT ?this ?value {flags} WHERE {{\n{inner}\nFILTER ({' || '.join(keep)}) }} }}\n"
        f"{focus.last()}\n}}"
    )


def _counts_query(check: Check, focus: Focus) -> str:
    low, high = check.bounds
    count = "COUNT(DISTINCT ?value)"  # HAVING cannot name the SELECT's alias
    if low is not None and focus.small:
        return (
            f"SELECT ?this WHERE {{\n{focus.every()}\nOPTIONAL {{ {check.where} }}\n}}\n"
            f"GROUP BY ?this HAVING ({count} < {int(low)})"
        )
    if low is not None:  # the focus nodes less those with enough values (a hash anti-join)
        enough = (
            f"{{ {check.where} }}"
            if low == 1
            else f"{{ SELECT ?this WHERE {{ {check.where} }} GROUP BY ?this HAVING ({count} >= {int(low)}) }}"
        )
        return f"SELECT ?this WHERE {{\n{focus.every()}\nMINUS {enough}\n}}"
    return (
        f"SELECT ?this WHERE {{\n{{ SELECT ?this WHERE {{ {focus.first()} {check.where} }} "
        f"GROUP BY ?this HAVING ({count} > {int(high or 0)}) }}\n{focus.last()}\n}}"
    )


def _unique_lang_query(check: Check, focus: Focus) -> str:
    """Languages a focus node has more than one value in. From the path's triples, only the nodes
    with two literals or more are asked for languages: reading a language tag costs a dictionary
    look-up, a count does not (2.4x less CPU for skos:prefLabel at 1e6)."""
    first = focus.first()
    if not focus.small:
        first += (
            f"{{ SELECT ?this WHERE {{ {check.where} FILTER (isLiteral(?value)) }} "
            "GROUP BY ?this HAVING (COUNT(*) > 1) }"
        )
    return (
        f"SELECT ?this ?lang WHERE {{\n{{ SELECT ?this ?lang WHERE {{ {first} {check.where}\n"
        'FILTER (isLiteral(?value) && LANG(?value) != "") BIND (LCASE(LANG(?value)) AS ?lang) }\n'
        f"GROUP BY ?this ?lang HAVING (COUNT(DISTINCT ?value) > 1) }}\n{focus.last()}\n}}"
    )


def _pair_query(check: Check, focus: Focus) -> str:
    operator, other = check.extra["operator"], check.extra["other"]
    value, against = _stringish("?value"), _stringish("?other")
    holds = (
        f"IF({value} && {against}, STR(?value) {operator} STR(?other), "
        f"IF({value} || {against}, false, ?value {operator} ?other))"
    )
    return (
        "SELECT DISTINCT ?this ?value ?other WHERE {\n"
        f"{{ SELECT DISTINCT ?this ?value ?other WHERE {{ {focus.first()}\n{check.where}\n"
        f"?this {other} ?other .\nFILTER (!COALESCE({holds}, false)) }} }}\n{focus.last()}\n}}"
    )


def _stringish(variable: str) -> str:
    """pyshacl compares a string (an IRI counts as its string) only with a string, else reports."""
    return (
        f"(isIRI({variable}) || (isLiteral({variable}) && "
        f"DATATYPE({variable}) IN (<{XSD.string}>, <{RDF.langString}>)))"
    )


QUERIES: dict[str, Callable[[Check, Focus], str]] = {
    "values": _values_query,
    "counts": _counts_query,
    "unique-lang": _unique_lang_query,
    "pair": _pair_query,
}


# --- Compiling shapes ----------------------------------------------------------------------------


def compile_shapes(shapes: Graph, in_place: bool = False) -> tuple[list[Check], Graph]:
    """The checks of every property shape this module compiles, and a copy of `shapes` without them.

    A property shape is compiled when one node shape with class targets only holds it, nothing
    else refers to it, it has a message and every predicate on it is one this module translates.
    `in_place`: `shapes` itself becomes the residual (once every shape is read), for a caller whose
    graph is a private copy already: copying a shapes graph in rdflib costs as much as compiling it.
    """
    checks: list[Check] = []
    if in_place:
        residual = shapes
    else:
        residual = Graph()
        residual += shapes
        for prefix, namespace in shapes.namespaces():
            residual.bind(prefix, namespace)
    compiled_away: list[tuple[Node, Node, Node]] = []
    for host in sorted({s for s in shapes.subjects(SH.targetClass, None)}, key=str):
        classes = _target_classes(shapes, host)
        if not classes or _deactivated(shapes, host):
            continue
        for prop in sorted(shapes.objects(host, SH.property), key=str):
            try:
                compiled = property_checks(shapes, prop, tuple(sorted(set(classes))))
            except NotCompilable:
                continue
            if len(set(shapes.subjects(SH.property, prop))) != 1:
                continue
            checks.extend(compiled)
            compiled_away.append((host, SH.property, prop))
    for triple in compiled_away:
        residual.remove(triple)
    return checks, residual


def property_checks(shapes: Graph, prop: Node, classes: tuple[URIRef, ...]) -> list[Check]:
    """The checks of one property shape (NotCompilable when any of its parts is not translated)."""
    if any(p != SH.property for _, p in shapes.subject_predicates(prop)) or _deactivated(shapes, prop):
        raise NotCompilable(f"{prop} is used other than as a property shape")
    predicates = set(shapes.predicates(prop, None))
    unknown = predicates - META - COMPILABLE
    messages = tuple(m for m in shapes.objects(prop, SH.message) if isinstance(m, Literal))
    path = shapes.value(prop, SH.path)
    if unknown or not messages or path is None:
        raise NotCompilable(f"{prop}: {sorted(map(str, unknown)) or 'no message or path'}")
    where = f"?this {sparql_path(shapes, path)} ?value ."
    others = [o for p in PAIRS for o in shapes.objects(prop, p)]
    base = partial(
        Check,
        chained=any(_chained(shapes, p) for p in [path, *others]),
        shape=prop,
        path=path,
        severity=shapes.value(prop, SH.severity) or SH.Violation,
        messages=messages,
        target_classes=classes,
        where=where,
    )
    checks = []
    tests: list[Test] = []
    components: list[URIRef] = []
    for predicate in sorted(predicates & set(VALUE_TESTS), key=str):
        for parameter in shapes.objects(prop, predicate):
            tests.append(value_test(shapes, prop, URIRef(str(predicate)), parameter))
            components.append(VALUE_TESTS[URIRef(str(predicate))])
    if tests:
        checks.append(base(kind="values", components=tuple(components), tests=tuple(tests)))
    checks.extend(_count_checks(shapes, prop, base))
    checks.extend(_unique_lang_checks(shapes, prop, base))
    for predicate, (operator, component) in PAIRS.items():
        for other in shapes.objects(prop, predicate):
            extra = {"operator": operator, "other": sparql_path(shapes, other)}
            checks.append(base(kind="pair", components=(component,), extra=extra))
    return checks


def _count_checks(shapes: Graph, prop: Node, base: Callable[..., Check]) -> list[Check]:
    low, high = (_integer(shapes, prop, p) for p in (SH.minCount, SH.maxCount))
    checks = []
    if low is not None and low > 0:
        checks.append(base(kind="counts", components=(SH.MinCountConstraintComponent,), bounds=(low, None)))
    if high is not None:
        checks.append(base(kind="counts", components=(SH.MaxCountConstraintComponent,), bounds=(None, high)))
    return checks


def _unique_lang_checks(shapes: Graph, prop: Node, base: Callable[..., Check]) -> list[Check]:
    values = list(shapes.objects(prop, SH.uniqueLang))
    if not values:
        return []
    if len(values) != 1 or not isinstance(values[0], Literal) or not isinstance(values[0].toPython(), bool):
        raise NotCompilable(f"{prop}: sh:uniqueLang must be one boolean")
    if values[0].toPython() is not True:
        return []
    return [base(kind="unique-lang", components=(SH.UniqueLangConstraintComponent,))]


def _integer(shapes: Graph, node: Node, predicate: URIRef) -> int | None:
    values = list(shapes.objects(node, predicate))
    if not values:
        return None
    if len(values) != 1 or not isinstance(values[0], Literal) or not isinstance(values[0].toPython(), int):
        raise NotCompilable(f"{node}: {predicate} must be one integer")
    return int(values[0].toPython())


def value_test(shapes: Graph, node: Node, predicate: URIRef, parameter: Node) -> Test:
    """The test one constraint parameter puts on every value node."""
    if predicate == SH["class"]:
        return _class_test(parameter)
    if predicate == SH.datatype:
        return _datatype_test(parameter)
    if predicate == SH.nodeKind:
        kind = NODE_KINDS.get(URIRef(str(parameter)))
        if kind is None or not isinstance(parameter, URIRef):
            raise NotCompilable(f"sh:nodeKind {parameter}")
        return _both(kind)
    if predicate == SH.pattern:
        return _pattern_test(shapes, node, parameter)
    if predicate == SH["in"]:
        terms = [_term(m) for m in Collection(shapes, parameter)]
        return _both("(" + " || ".join(f"sameTerm(?value, {t})" for t in terms) + ")" if terms else "false")
    if predicate in COMPARISONS:
        if not isinstance(parameter, Literal):
            raise NotCompilable(f"{predicate} {parameter}: not a literal")
        operator = COMPARISONS[predicate]
        compared = f"?value {operator} {_term(parameter)}{_beyond(parameter, operator)}"
        return _both(f"(isLiteral(?value) && ({compared}))")
    if predicate in (SH.minLength, SH.maxLength):
        operator = ">=" if predicate == SH.minLength else "<="
        if not isinstance(parameter, Literal) or not isinstance(parameter.toPython(), int):
            raise NotCompilable(f"{predicate} {parameter}: not an integer")
        return _both(f"(!isBlank(?value) && STRLEN(STR(?value)) {operator} {int(parameter.toPython())})")
    if predicate in (SH["or"], SH["and"]):
        members = [_member_test(shapes, m) for m in Collection(shapes, parameter)]
        return _join(
            members, "||" if predicate == SH["or"] else "&&", "false" if predicate == SH["or"] else "true"
        )
    if predicate == SH["not"]:
        return _not(_member_test(shapes, parameter))
    raise NotCompilable(str(predicate))


WIDE_NUMBERS: tuple[URIRef, ...] = (XSD.integer, XSD.decimal, XSD.nonNegativeInteger, XSD.positiveInteger)
WIDE_NUMBERS += (XSD.unsignedLong, XSD.nonPositiveInteger, XSD.negativeInteger)
"""The numeric datatypes whose values may pass what Oxigraph holds (64-bit integers, decimals of 18
fractional digits in 128 bits): a literal of one of them past it is no number to Oxigraph's comparisons."""
ENGINE_BOUND = 10**18
"""A bound of sh:minInclusive and the like within ±ENGINE_BOUND is one Oxigraph compares exactly."""


def _beyond(bound: Literal, operator: str) -> str:
    """` || ...` true of a value of more than 19 digits before its point on the side of `bound` that
    satisfies `operator` (at least 10^19: beyond any bound within ±10^18), else "".

    Why: Oxigraph reads `"99999999999999999999"^^xsd:integer` as no number (a 64-bit integer), so the
    comparison is an error and the value was reported below `sh:minInclusive 1` (and a negative one
    above `sh:maxInclusive`), where pyshacl (Python's integers) reports nothing (round 21 left it;
    attack round 22). A numeric bound Oxigraph cannot hold itself goes to the SHACL engine."""
    value = bound.toPython()
    if bound.datatype not in (*WIDE_NUMBERS, XSD.double, XSD.float) or isinstance(value, str):
        return ""
    if not -ENGINE_BOUND < value < ENGINE_BOUND:
        raise NotCompilable(f"a bound of {bound} is past what the store's engine compares")
    sign = "[+]?" if operator in (">", ">=") else "-"
    types = ", ".join(f"<{datatype}>" for datatype in WIDE_NUMBERS)
    digits = _term(Literal(f"^{sign}0*[1-9][0-9]{{19,}}([.][0-9]*)?$"))
    return f" || (DATATYPE(?value) IN ({types}) && REGEX(STR(?value), {digits}))"


def _member_test(shapes: Graph, member: Node) -> Test:
    """A shape inside sh:or / sh:and / sh:not: a blank node of value tests only (no path, no count)."""
    if not isinstance(member, BNode):
        raise NotCompilable(f"{member}: a named shape inside a logical constraint")
    tests: list[Test] = []
    for predicate, parameter in shapes.predicate_objects(member):
        if predicate in META - {SH.path}:
            continue
        if predicate == SH.flags:
            continue
        if predicate not in VALUE_TESTS:
            raise NotCompilable(f"{predicate} inside a logical constraint")
        tests.append(value_test(shapes, member, URIRef(str(predicate)), parameter))
    return _join(tests, "&&", "true")


def _class_test(cls: Node) -> Test:
    """rdf:type/rdfs:subClassOf* as a hash join with the instances of the class and its subclasses
    (filled in when the query runs, CLASS_MARK). Not the path itself: Oxigraph evaluates it from the
    class's side, over all its instances, for every value (30 s for one shape at 1e6)."""
    if not isinstance(cls, URIRef):
        raise NotCompilable(f"sh:class {cls}")
    name = "akgIn_" + hashlib.sha1(str(cls).encode()).hexdigest()[:10]
    instances = (
        f"OPTIONAL {{ {{ SELECT DISTINCT ?value (true AS ?{name}) WHERE {{ "
        f"VALUES ?{name}_c {{ [[{cls}]] }} ?value {RDF_TYPE} ?{name}_c }} }} }}"
    )
    return _both(f"BOUND(?{name})", (instances,))


def _datatype_test(datatype: Node) -> Test:
    if not isinstance(datatype, URIRef) or datatype == RDFS.Datatype:
        raise NotCompilable(f"sh:datatype {datatype}")
    if datatype == RDFS.Literal:
        return _both("isLiteral(?value)")
    matches = f"(isLiteral(?value) && DATATYPE(?value) = <{datatype}>)"
    if datatype in ALWAYS_WELL_TYPED:
        return _both(matches)
    return Test(matches, _surely_well_typed(datatype, matches), frozenset({datatype}))


def _surely_well_typed(datatype: URIRef, matches: str) -> str:
    """True only for literals rdflib surely reads as well typed: Oxigraph casts their lexical form to
    the very same term (so it is valid and canonical) and a year is one Python's dates hold. The
    others (false here) are decided in Python by `well_typed`, as pyshacl decides them. A datatype
    Oxigraph does not cast is sure when its lexical form is one rdflib reads (`LEXICAL_FORMS`): the
    SHA-256 of every document at 1e6 no longer comes back to Python to be read."""
    if datatype in LEXICAL_FORMS:
        return f"({matches} && REGEX(STR(?value), {_term(Literal(LEXICAL_FORMS[datatype]))}))"
    if datatype not in CASTS:
        return "false"
    sure = f"({matches} && sameTerm(<{datatype}>(STR(?value)), ?value)"
    if datatype in DATED:
        sure += " && YEAR(?value) >= 1 && YEAR(?value) <= 9999"
    return sure + ")"


def _pattern_test(shapes: Graph, node: Node, pattern: Node) -> Test:
    flags = shapes.value(node, SH.flags)
    arguments = [_term(Literal(str(pattern)))]
    if flags is not None:
        arguments.append(_term(Literal(str(flags))))
    return _both(f"(!isBlank(?value) && REGEX(STR(?value), {', '.join(arguments)}))")


def _term(term: Node) -> str:
    """A term written for SPARQL text by Oxigraph (escaped as its syntax requires)."""
    return str(to_oxigraph(term))


def sparql_path(shapes: Graph, path: Node) -> str:
    """A SHACL path as a SPARQL property path."""
    if isinstance(path, URIRef):
        return f"<{path}>"
    if not isinstance(path, BNode):
        raise NotCompilable(f"path {path}")
    unary = {SH.zeroOrMorePath: "*", SH.oneOrMorePath: "+", SH.zeroOrOnePath: "?"}
    for predicate, suffix in unary.items():
        inner = shapes.value(path, predicate)
        if inner is not None:
            return f"({sparql_path(shapes, inner)}){suffix}"
    inverse = shapes.value(path, SH.inversePath)
    if inverse is not None:
        return f"^({sparql_path(shapes, inverse)})"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + " | ".join(sparql_path(shapes, p) for p in Collection(shapes, alternatives)) + ")"
    if shapes.value(path, RDF.first) is not None:
        return "(" + " / ".join(sparql_path(shapes, p) for p in Collection(shapes, path)) + ")"
    raise NotCompilable(f"path {path}")


def _chained(shapes: Graph, path: Node) -> bool:
    """Whether the path can pass through nodes between its ends (a sequence, or a repetition)."""
    if isinstance(path, URIRef):
        return False
    if shapes.value(path, RDF.first) is not None:
        return len(list(Collection(shapes, path))) > 1 or any(
            _chained(shapes, p) for p in Collection(shapes, path)
        )
    if shapes.value(path, SH.zeroOrMorePath) is not None or shapes.value(path, SH.oneOrMorePath) is not None:
        return True
    inner = [shapes.value(path, p) for p in (SH.inversePath, SH.zeroOrOnePath)]
    alternatives = shapes.value(path, SH.alternativePath)
    members = [
        *(m for m in inner if m is not None),
        *(Collection(shapes, alternatives) if alternatives else []),
    ]
    return any(_chained(shapes, m) for m in members)


def has_constraints(shapes: Graph) -> bool:
    """True when a targeted shape of `shapes` still has something to check (the engine is needed)."""
    for shape in {s for t in TARGETS for s in shapes.subjects(t, None)}:
        if _deactivated(shapes, shape):
            continue
        if set(shapes.predicates(shape, None)) - META - set(TARGETS) - {SH.deactivated}:
            return True
    return False


# --- Running checks ------------------------------------------------------------------------------


def run_checks(
    store: ox.Store,
    checks: Sequence[Check],
    threads: int = 2,
    focus_nodes: Iterable[str] | None = None,
    pool: Executor | None = None,
    **dataset: Any,
) -> Graph:
    """Every check's SELECT on Oxigraph, `threads` at a time, as SHACL results (pyshacl's triples).

    `dataset`: how the data is the query's default graph (`use_default_graph_as_union=True`, or
    nothing for a store holding it in its default graph). `focus_nodes`: only these (IRIs).
    `pool`: the threads to run the queries on (shared with other work, so that both cores stay busy
    to the end), else `threads` of their own; with threads=1 they run in this thread. A check none of
    whose focus classes has an instance runs no query.
    """
    nodes = None if focus_nodes is None else sorted(set(focus_nodes))
    named = {str(c) for check in checks for c in check.target_classes}.union(*(_marks(c) for c in checks))
    closures = subclass_closures(store, named, **dataset)  # before the threads start

    def closure(cls: str) -> set[str]:
        return closures[cls]

    sizes = instance_counts(store, nodes, **dataset)
    plans = _grouped_minimums([_plan(check, closures, sizes, nodes, closure) for check in checks])
    texts = list(dict.fromkeys(text for _check, _focus, text, _shared in plans if text))

    def answer(text: str) -> list[Any]:
        return list(select(store, text, **dataset))

    results = Graph()
    if pool is not None:
        answers = dict(zip(texts, [pool.submit(answer, text) for text in texts], strict=True))
        answered = {text: future.result() for text, future in answers.items()}
    elif threads <= 1:
        answered = {text: answer(text) for text in texts}
    else:
        with ThreadPoolExecutor(threads) as own:
            answered = dict(zip(texts, own.map(answer, texts), strict=True))
    for check, focus, text, shared in plans:
        if not text:
            continue
        solutions = answered[text]
        if shared == BY_CLASS:  # the focus nodes of several checks, each with its class: keep this one's
            solutions = _of_classes(solutions, focus)
        elif shared and solutions:  # candidates of every focus class: keep those of this check's classes
            solutions = _of_focus(store, solutions, focus, **dataset)
        for node, value, component in READERS[check.kind](check, solutions):
            add_result(results, check, node, value, component)
    return results


@functools.lru_cache(maxsize=4096)
def _marks(check: Check) -> frozenset[str]:
    """The classes a check's tests name (sh:class), whose subclasses its query lists."""
    return frozenset(CLASS_MARK.findall(QUERIES[check.kind](check, Focus(()))))


def subclass_closures(store: ox.Store, classes: Iterable[str], **dataset: Any) -> dict[str, set[str]]:
    """Each class with its subclasses (rdfs:subClassOf*) in the data and the ontology, in one query."""
    closures: dict[str, set[str]] = {cls: {cls} for cls in classes}
    if not closures:
        return closures
    query = bound("subclasses", **{"class": [ox.NamedNode(cls) for cls in closures]})
    for row in select(store, query, **dataset):
        if isinstance(row["c"], ox.NamedNode):
            closures[row["class"].value].add(row["c"].value)
    return closures


def _plan(
    check: Check,
    closures: dict[str, set[str]],
    sizes: dict[str, int],
    nodes: Sequence[str] | None,
    closure: Callable[[str], Iterable[str]],
) -> tuple[Check, Focus, str, Any]:
    """(check, focus, query text, shared): a check on many focus nodes asks for the candidates of
    every node (`shared`: the same text for every class with that path and those tests, asked once:
    the preferred labels of eight classes are grouped by language once) and keeps its own after."""
    classes = tuple(sorted(set().union(*(closures[str(c)] for c in check.target_classes))))
    instances = sum(sizes.get(c, 0) for c in classes)
    small = nodes is not None or instances <= SMALL_FOCUS
    focus = Focus(classes, None if nodes is None else tuple(nodes), small)
    if not instances:  # no focus node at all (a shape of a class the data does not use): no query
        return check, focus, "", False
    shared = not small and (check.kind in SHAREABLE or _at_most(check))
    return check, focus, check.query(Focus((), None, small, bare=True) if shared else focus, closure), shared


BY_CLASS = "by-class"


def _grouped_minimums(plans: list[tuple[Check, Focus, str, Any]]) -> list[tuple[Check, Focus, str, Any]]:
    """sh:minCount checks of big classes with the same path and bound asked in one query: the focus
    nodes of all their classes, each with its class, less those with enough values (the preferred
    labels of six classes: one scan of skos:prefLabel instead of six). `_of_classes` splits the rows."""
    groups: dict[tuple[str, int], set[str]] = {}
    for check, focus, text, _shared in plans:
        if text and _grouped(check, focus):
            groups.setdefault((check.where, int(check.bounds[0] or 0)), set()).update(focus.classes)
    if not any(True for _ in groups):
        return plans
    grouped = []
    for check, focus, text, shared in plans:
        if text and _grouped(check, focus):
            where, low = check.where, int(check.bounds[0] or 0)
            text, shared = _at_least_query(where, low, groups[(where, low)]), BY_CLASS
        grouped.append((check, focus, text, shared))
    return grouped


def _grouped(check: Check, focus: Focus) -> bool:
    return check.kind == "counts" and check.bounds[0] is not None and not focus.small and focus.nodes is None


def _at_least_query(where: str, low: int, classes: Iterable[str]) -> str:
    """Instances of `classes`, with their class, that have fewer than `low` distinct values of the path."""
    enough = (
        f"{{ {where} }}"
        if low == 1
        else f"{{ SELECT ?this WHERE {{ {where} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) >= {low}) }}"
    )
    return (
        f"SELECT ?this ?akgFocusClass_ WHERE {{\nVALUES ?akgFocusClass_ {{ {_iri_list(classes)} }} "
        f"?this {RDF_TYPE} ?akgFocusClass_\nMINUS {enough}\n}}"
    )


def _of_classes(solutions: list[Any], focus: Focus) -> list[Any]:
    """Each focus node once, of the rows whose class is one of `focus`'s."""
    classes, kept, seen = set(focus.classes), [], set()
    for solution in solutions:
        node = solution["this"]
        if solution["akgFocusClass_"].value in classes and node not in seen:
            seen.add(node)
            kept.append(solution)
    return kept


def _of_focus(store: ox.Store, solutions: list[Any], focus: Focus, **dataset: Any) -> list[Any]:
    """The solutions whose ?this is one of `focus`'s nodes (asked in one query about the candidates)."""
    candidates = {solution["this"] for solution in solutions}
    named = [c for c in candidates if isinstance(c, ox.NamedNode)]
    classes = [ox.NamedNode(c) for c in focus.classes]
    query = bound("focus-members", this=named, **{"class": classes})
    members = {row["this"] for row in select(store, query, **dataset)}
    blank = [c for c in candidates if isinstance(c, ox.BlankNode)]
    for node in blank:  # VALUES cannot name a blank node: ask about it through its types
        types = select(store, query_text("node-types"), substitutions={ox.Variable("this"): node}, **dataset)
        if any(row["t"].value in focus.classes for row in types):
            members.add(node)
    return [solution for solution in solutions if solution["this"] in members]


SHAREABLE = {"values", "unique-lang", "pair"}


def _at_most(check: Check) -> bool:
    """A sh:maxCount check: its candidates (nodes with too many values) are every class's alike, so
    one query serves every class with that path and bound (the ordinals of four classes)."""
    return check.kind == "counts" and check.bounds[0] is None


Row = tuple[Node, Node | None, URIRef]
# Up to this many focus nodes, a check starts from them (one seek each) rather than from every
# triple of its path (a scan): a seek costs about as much as scanning ten triples.
SMALL_FOCUS = 2000


def instance_counts(store: ox.Store, nodes: Sequence[str] | None = None, **dataset: Any) -> dict[str, int]:
    """How many instances each class has (one scan of the rdf:type statements), among `nodes` if given."""
    query = bound("instance-counts", node=None if nodes is None else [ox.NamedNode(n) for n in nodes])
    return {
        row["c"].value: int(row["n"].value)
        for row in select(store, query, **dataset)
        if isinstance(row["c"], ox.NamedNode)
    }


def _read_values(check: Check, answer: Iterable[Any]) -> Iterable[Row]:
    typed: dict[Any, bool] = {}
    for solution in answer:
        value = solution["value"]
        for k, (test, component) in enumerate(zip(check.tests, check.components, strict=True)):
            ok = solution[f"ok{k}"].value == "true"
            if ok and test.datatypes and solution[f"sure{k}"].value != "true":
                if value not in typed:
                    typed[value] = well_typed(value)
                ok = typed[value]
            if not ok:
                yield _node(solution["this"]), _node(value), component


def _read_counts(check: Check, answer: Iterable[Any]) -> Iterable[Row]:
    for solution in answer:
        yield _node(solution["this"]), None, check.components[0]


def _read_pairs(check: Check, answer: Iterable[Any]) -> Iterable[Row]:
    for solution in answer:
        yield _node(solution["this"]), _node(solution["value"]), check.components[0]


READERS: dict[str, Callable[[Check, Iterable[Any]], Iterable[Row]]] = {
    "values": _read_values,
    "counts": _read_counts,
    "unique-lang": _read_counts,
    "pair": _read_pairs,
}


def _node(term: Any) -> Node:
    node = from_oxigraph(term)
    assert node is not None
    return node


PYTHON_TYPES: dict[URIRef, type | tuple[type, ...]] = {
    XSD.integer: int,
    XSD.float: float,
    XSD.decimal: Decimal,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.time: time,
    XSD.dateTime: datetime,
}


def well_typed(term: ox.Literal) -> bool:
    """Whether pyshacl takes the literal as a valid value of its own datatype: rdflib parses its
    lexical form (not `ill_typed`), and for the types pyshacl knows, into the Python type it expects."""
    literal = Literal(term.value, datatype=URIRef(term.datatype.value))
    if getattr(literal, "ill_typed", None) is True:
        return False
    expected = PYTHON_TYPES.get(URIRef(term.datatype.value))
    if expected is None:
        return True
    return isinstance(literal.value, expected)


def add_result(results: Graph, check: Check, focus: Node, value: Node | None, component: URIRef) -> None:
    """One result as pyshacl makes it for a property shape: its path, its messages as they are."""
    node = BNode()
    results.add((node, RDF.type, SH.ValidationResult))
    results.add((node, SH.sourceConstraintComponent, component))
    results.add((node, SH.sourceShape, check.shape))
    results.add((node, SH.resultSeverity, check.severity))
    results.add((node, SH.focusNode, focus))
    if value is not None:
        results.add((node, SH.value, value))
    results.add((node, SH.resultPath, check.path))
    for message in check.messages:
        results.add((node, SH.resultMessage, message))


def inert_graphs(store: ox.Store, checks: Sequence[Check], excluded: Iterable[Any]) -> bool:
    """True when no triple of the `excluded` graphs can change a check's answer on the union of all
    graphs: none states rdfs:subClassOf, none types a node with a class the checks name (or a
    subclass of one), and no triple with a predicate the checks name starts from a node another graph
    states something about (a focus node is typed there), or ends on one (a focus node of an inverse
    path); when a path is chained (a sequence, a repetition), no such triple touches any node that
    another graph mentions at all.

    Why: Oxigraph reads the union of all graphs fast, a default graph listing thousands of graphs
    slowly; the shapes graph is small, so asking this costs milliseconds.
    """
    named = sorted({iri for check in checks for iri in _iris(check)} - {str(RDF.type)})
    if not named:
        return True
    predicates = [ox.NamedNode(iri) for iri in named]
    for graph in excluded:
        link = {"graph": graph, "p": predicates}
        questions = [
            bound("graph-states-subclasses", graph=graph),
            bound("graph-types-checked-classes", graph=graph, **{"class": predicates}),
            bound("graph-link-subject-described-elsewhere", **link),
            bound("graph-link-object-described-elsewhere", **link),
        ]
        if any(check.chained for check in checks):
            questions += [
                bound("graph-link-subject-reached-elsewhere", **link),
                bound("graph-link-object-reached-elsewhere", **link),
            ]
        if any(store.query(q, use_default_graph_as_union=True) for q in questions):
            return False
    return True


def _iris(check: Check) -> set[str]:
    """The IRIs a check's query names (paths, classes, values of sh:in)."""
    text = check.query(Focus(tuple(map(str, check.target_classes))))
    return set(re.findall(r"<([^<>\s]*)>", text))
