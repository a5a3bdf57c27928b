"""Keep what a document holds when some of the facts read from it break a shape: the facts a SHACL
Violation names are taken out, with a warning naming each, and the rest is validated again.

Why: the facts are the rules' reading of someone's document, and one wrong reading (two names the rules
took for two bodies that are one, so an alliance of one party; an approval whose approver is read as a
person) refused the whole document, its parties, work items and contacts with it. Issue 12 asks that a
partial document yield what it holds with warnings naming what is missing, not a refusal; on the held-out
documents of session 18, 7 of 101 were refused for one such fact. What stays is what the shapes accept:
nothing unvalidated is written.

How, in rounds (at most MAX_ROUNDS validations more than the first):
- a Violation with a simple path and a value names one statement: that statement goes
  (`(focus, path, value)`);
- any other Violation (a count, a SPARQL constraint without a value, a node constraint) names its focus
  node: every fact about it and every fact pointing to it go;
- what the facts held only through what went (blank nodes nothing points to any more) goes with it, and
  so do the annotations (kg.model.provenance) whose body is gone: no evidence of a fact not stated.
Whatever a removal makes fail next (an alliance left with one party once a wrong party went) is judged in
the next round. The document itself, its graph and its register (the graph's foaf:primaryTopic) are never
dropped: a Violation on one of them that names no single statement refuses the document as before, and
so does any Violation left after the last round. `kg ingest --strict` refuses at the first Violation.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Generic, Protocol, TypeVar

from rdflib import BNode, Graph, Node, URIRef
from rdflib.namespace import FOAF, PROV, RDF, SH

from kg.model.graphs import add_terms, blank_nodes_reached, plain_graph
from kg.model.provenance import OA
from kg.validate.report import ValidationReport, ValidationResult

MAX_ROUNDS = 3
Triple = tuple[Node, Node, Node]


class Facts(Protocol):
    """What is salvaged: a document's extraction (kg.pipeline.ingest.Extraction, a frozen dataclass, which
    this module does not import: it is the one that imports this one), its facts and provenance triples."""

    @property
    def facts(self) -> Graph: ...

    @property
    def provenance(self) -> tuple[Any, ...]: ...

    @property
    def graph_iri(self) -> URIRef: ...


Extraction = TypeVar("Extraction", bound=Facts)


@dataclass(frozen=True)
class Dropped:
    """Facts taken out of a document's graph: the node or statement a Violation named, the Violation as
    people read it, and how many fact triples went with it."""

    result: ValidationResult
    statement: bool  # one statement (focus, path, value) went, not every fact about the focus node
    triples: int

    def line(self) -> str:
        """One line for `kg ingest`'s report: what went and why."""
        what = f"{self.result.path} {self.result.value} of" if self.statement else "every fact about"
        return f"{what} {self.result.focus_node} ({self.triples} triple(s)): {self.result.message}"


@dataclass(frozen=True)
class Salvaged(Generic[Extraction]):
    """The extraction without the facts the Violations named, its (Violation-free) report, what went."""

    extraction: Extraction
    report: ValidationReport
    dropped: tuple[Dropped, ...]


@dataclass(frozen=True)
class Named:
    """A Violation on the document's facts, as terms: what it names."""

    focus: Node
    path: Node | None
    value: Node | None
    result: ValidationResult

    @property
    def statement(self) -> Triple | None:
        """The one statement it names, when its path is a property and it has a value."""
        if isinstance(self.path, URIRef) and self.value is not None:
            return (self.focus, self.path, self.value)
        return None


def salvaged(
    extraction: Extraction, report: ValidationReport, validate: Callable[[Extraction], ValidationReport]
) -> Salvaged[Extraction] | None:
    """The extraction with the facts each Violation of `report` names taken out, validated again by
    `validate` until no Violation is left; None when one names a node that may not go (the document,
    its graph, its register) without naming one statement, or Violations are left after MAX_ROUNDS."""
    dropped: list[Dropped] = []
    for _ in range(MAX_ROUNDS):
        named = violations_named(report, extraction.facts)
        plan = removals(named, extraction.facts, kept_nodes(extraction))
        if plan is None:
            return None
        extraction, went = without(extraction, plan)
        dropped.extend(went)
        report = validate(extraction)
        if not report.violations:
            return Salvaged(extraction, report, tuple(dropped))
    return None


def kept_nodes(extraction: Facts) -> frozenset[Node]:
    """What a Violation may never take out: the graph, the document and the register it is about."""
    facts, graph = extraction.facts, extraction.graph_iri
    document, register = facts.value(graph, PROV.wasDerivedFrom), facts.value(graph, FOAF.primaryTopic)
    return frozenset(node for node in (graph, document, register) if node is not None)


def violations_named(report: ValidationReport, facts: Graph) -> list[Named]:
    """The report's Violations on nodes the facts state something about, with their terms, read from
    each result's own node in the report's results graph (two results of one shape on one node, for two
    values, name each its own value)."""
    results = report.results_graph
    named = []
    for result in report.violations:
        focus = results.value(result.node, SH.focusNode) if result.node is not None else None
        if focus is None or (focus, None, None) not in facts:
            continue
        path, value = results.value(result.node, SH.resultPath), results.value(result.node, SH.value)
        named.append(Named(focus, path, value, result))
    return named


@dataclass(frozen=True)
class Plan:
    """What one round takes out: statements, and nodes with every fact about or pointing to them."""

    statements: dict[Triple, Named]
    nodes: dict[Node, Named]


def removals(named: Iterable[Named], facts: Graph, kept: frozenset[Node]) -> Plan | None:
    """The statements and nodes the Violations name; None when one names a kept node as a whole."""
    plan = Plan({}, {})
    for violation in named:
        statement = violation.statement
        if statement is not None and statement in facts:
            plan.statements.setdefault(statement, violation)
        elif violation.focus in kept:
            return None
        else:
            plan.nodes.setdefault(violation.focus, violation)
    return plan if plan.statements or plan.nodes else None


def without(extraction: Extraction, plan: Plan) -> tuple[Extraction, list[Dropped]]:
    """The extraction without what `plan` names, the facts only blank nodes gone held, and the
    annotations of what went; and what went, per Violation."""
    facts = extraction.facts
    gone: set[Triple] = set()
    dropped = []
    for node, violation in plan.nodes.items():
        about = set(facts.triples((node, None, None))) | set(facts.triples((None, None, node)))
        dropped.append(Dropped(violation.result, statement=False, triples=len(about - gone)))
        gone |= about
    for statement, violation in plan.statements.items():
        if statement not in gone:
            dropped.append(Dropped(violation.result, statement=True, triples=1))
            gone.add(statement)
    gone |= unreachable_blank_facts(facts, gone)
    kept_facts = add_terms(plain_graph(facts.identifier), (t for t in facts if t not in gone))
    provenance = provenance_without(extraction.provenance, kept_facts, gone, set(plan.nodes))
    return replace(extraction, facts=kept_facts, provenance=provenance), dropped  # type: ignore[type-var]


def unreachable_blank_facts(facts: Graph, gone: set[Triple]) -> set[Triple]:
    """The facts about blank nodes that, once `gone` is out, nothing points to any more (and what those
    held in turn): a period or an address owned by a node that went."""
    pointed: dict[Node, int] = {}
    for _, _, value in facts:
        if isinstance(value, BNode):
            pointed[value] = pointed.get(value, 0) + 1
    orphans = [value for _, _, value in gone if isinstance(value, BNode)]
    removed: set[Triple] = set()
    while orphans:
        node = orphans.pop()
        pointed[node] -= 1
        if pointed[node] > 0:
            continue
        for triple in facts.triples((node, None, None)):
            if triple not in gone and triple not in removed:
                removed.add(triple)
                if isinstance(triple[2], BNode):
                    orphans.append(triple[2])
    return removed


def provenance_without(
    provenance: tuple[Triple, ...], facts: Graph, gone: set[Triple], nodes: set[Node]
) -> tuple[Triple, ...]:
    """The provenance triples less the annotations whose body went (a node that went; a statement that
    went, or one about a node that went), with their statement nodes and the targets only they used.
    `facts`: the facts that stay."""
    graph = add_terms(plain_graph(), provenance)
    went = Went(facts, gone, nodes)
    annotations = {
        annotation for annotation, body in graph.subject_objects(OA.hasBody) if went.body(graph, body)
    }
    if not annotations:
        return provenance
    owned = owned_by(graph, annotations)
    return tuple(triple for triple in provenance if triple[0] not in owned)


class Went:
    """What went in one round, as annotations' bodies are judged against it."""

    def __init__(self, facts: Graph, gone: set[Triple], nodes: set[Node]) -> None:
        self.facts, self.gone, self.nodes = facts, gone, nodes
        self.properties = {(subject, predicate) for subject, predicate, _ in gone}

    def body(self, graph: Graph, body: Node) -> bool:
        """Whether an annotation's body went: a node that went; an rdf:Statement that went or is about
        a node that went; one without an object (about every value of its property) when none of those
        values stays."""
        if body in self.nodes:
            return True
        if not isinstance(body, BNode):
            return False
        subject, predicate = graph.value(body, RDF.subject), graph.value(body, RDF.predicate)
        value = graph.value(body, RDF.object)
        if subject in self.nodes or value in self.nodes:
            return True
        if value is not None:
            return (subject, predicate, value) in self.gone
        return (subject, predicate) in self.properties and (subject, predicate, None) not in self.facts


def owned_by(graph: Graph, annotations: set[Node]) -> set[Node]:
    """The annotations, and the blank nodes (statements, targets, selectors) that only they reach."""
    kept = [s for s in graph.subjects(RDF.type, OA.Annotation) if s not in annotations]
    shared = blank_nodes_reached(graph, kept)
    return annotations | blank_nodes_reached(graph, annotations, avoided=shared)
