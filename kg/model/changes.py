"""What changed between two versions of an alliance document, in the domain's terms (`kg diff`, and
a version's page on the server).

A side is one document's fact graph (provenance removed), read as one register: version, dates,
title, parties, milestones, contacts, scope and terms, approvals, review. The report compares those
readings, matching milestones by their text, contacts by their person (else e-mail), terms by their
label and approvals by their body, never by IRI or ordinal: renumbering or reordering a document is
not a change. What the reading does not cover is counted as "other changed statements", on graphs
where the IRIs a version mints for itself (register, graph, source file, numbered parts) are
replaced by what they stand for, and the links between versions (kg.pipeline.versions) are left out.

The RDF Patch (https://afs.github.io/rdf-delta/rdf-patch.html) is exact instead: applied to the
OLD facts it gives the NEW facts, blank nodes named structurally (blank_node_names) on both sides
so that they only appear when what is said about them changed.

Why here, in kg.model, and not in kg.pipeline: the comparison needs nothing but graphs, and both the
`kg diff` job (kg.pipeline.diff, which reads documents and stores into sides) and the server (which
shows a version's changes from the previous one) use it; they are sibling layers.
"""

from __future__ import annotations

import difflib
import hashlib
import io
import json
import re
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from urllib.parse import quote

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, Node, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV

from kg.errors import InputError, KgError
from kg.model.namespaces import AKG, VCARD
from kg.model.provenance import split_provenance

Triple = tuple[Node, Node, Node]

VOLATILE_PREDICATES = frozenset({AKG.path, AKG.sha256})
"""Facts about the file rather than what it says: the same document read from another folder is
unchanged."""
VERSION_LINKS = frozenset({DCTERMS.isVersionOf, PROV.wasRevisionOf, DCTERMS.replaces, DCTERMS.isReplacedBy})
LINK_PREDICATES = VERSION_LINKS | {AKG.amends}
"""What an ingest writes into a document's graph to link it to the other versions of its work and to
what it amends (kg.pipeline.versions): not what the document states, so never a change of it."""
DATE_PREDICATES = {
    AKG.effectiveDate: "effective date",
    AKG.dateSigned: "date signed",
    AKG.dateInitiated: "date initiated",
    AKG.initiatedIn: "initiated in",
    AKG.reviewDate: "review date",
    AKG.dateApproved: "date approved",
    AKG.datePublished: "date published",
    AKG.responseDeadline: "response deadline",
    AKG.meetingDate: "meeting date",
}
TEXT_PREDICATES = {
    AKG.scope: "scope",
    AKG.purpose: "purpose",
    AKG.benefit: "benefit",
    AKG.goal: "goal",
    AKG.limitation: "limitation",
    AKG.assets: "assets",
    AKG.reviewText: "review text",
}
ALLIANCE_LINKS = (AKG.establishesAlliance, AKG.amendsAlliance, AKG.reviewsAlliance, AKG.mentionsAlliance)
REGISTER_PREDICATES_SHOWN = frozenset(
    {
        AKG.version,
        DCTERMS.title,
        AKG.party,
        AKG.milestone,
        AKG.contactPoint,
        AKG.contactPerson,
        AKG["term"],
        AKG.approval,
        AKG.nextReview,
        AKG.reviewCycle,
        *DATE_PREDICATES,
        *TEXT_PREDICATES,
        *ALLIANCE_LINKS,
    }
)
"""The register's statements the report names; a change of any other is counted as "other"."""
PART_PREDICATES_SHOWN: dict[Node, frozenset[Node]] = {
    AKG.Milestone: frozenset({RDFS.label, AKG.text, AKG.targetText, AKG.targetPeriod, AKG.targetStatus}),
    AKG.ContactPoint: frozenset({VCARD.hasEmail, AKG.role, AKG.person, AKG.contactFor}),
    AKG.RegisterTerm: frozenset({AKG.text, AKG.termLabel}),
    FOAF.Person: frozenset({FOAF.name, AKG.affiliation}),
    AKG.Approval: frozenset(
        {AKG.approvedBy, AKG.approvalStatus, AKG.approvalDate, AKG.resolutionId, AKG.text}
    ),
}
KEYED_PART_TYPES = (AKG.Milestone, AKG.ContactPoint, AKG.RegisterTerm)
PLACEHOLDER = "urn:x-alliance-kg:diff:"
EXCERPT_WORDS = 6
SIMILAR = 0.6
"""Two texts share at least this part of their words (difflib's ratio) to be one text edited."""
EXIT_EQUAL, EXIT_DIFFERENT = 0, 1


class DiffError(InputError):
    """A side of the diff cannot be read as one alliance document."""


# --- A side -------------------------------------------------------------------------------------


def stated(graph: Graph) -> Graph:
    """What a stored document graph's document states: its facts, without their provenance
    (kg.model.provenance.split_provenance) and without the links an ingest wrote to the other versions
    of its work and to what it amends (LINK_PREDICATES)."""
    facts = split_provenance(graph)[0]
    for triple in [t for t in facts if t[1] in LINK_PREDICATES]:
        facts.remove(triple)
    return facts


@dataclass(frozen=True)
class Side:
    """One side of the diff: what it was read from and its facts (provenance removed)."""

    name: str
    facts: Graph


# --- Reading a side as a register -----------------------------------------------------------------


def register_of(side: Side) -> URIRef:
    """The one document the side's facts are about: the primary topic of its graph node."""
    facts = side.facts
    topics = {
        t for g in facts.subjects(RDF.type, AKG.RegisterGraph) for t in facts.objects(g, FOAF.primaryTopic)
    }
    if not topics:
        topics = {s for s in facts.subjects(AKG.party, None) if (s, DCTERMS.title, None) in facts}
    if len(topics) != 1:
        found = "no alliance document" if not topics else f"{len(topics)} alliance documents"
        raise DiffError(f"{side.name}: holds {found}; kg diff compares one with one")
    (register,) = topics
    if not isinstance(register, URIRef):
        raise DiffError(f"{side.name}: its alliance document is a blank node; it needs an IRI")
    return register


class Labels:
    """Readable names of organizations, bodies, persons and periods: the side's facts first, then the
    reference data (organizations the reference knows are not described in a document's graph)."""

    def __init__(self, facts: Graph, reference: Graph) -> None:
        self.graphs = (facts, reference)

    def __call__(self, node: Node) -> str:
        for graph in self.graphs:
            for predicate in (AKG.acronym, SKOS.prefLabel, FOAF.name, RDFS.label):
                value = graph.value(node, predicate)
                if value is not None:
                    return str(value)
        return local_name(node)


def local_name(node: Node) -> str:
    text = str(node)
    if text.startswith("mailto:"):
        return text[len("mailto:") :]
    return re.split(r"[/#]", text.rstrip("/"))[-1]


def text_of(facts: Graph, node: Node) -> str:
    """A part's words: its label, else its texts joined; whitespace folded, a final period dropped."""
    label = facts.value(node, RDFS.label)
    words = (
        str(label) if label is not None else " ".join(sorted(str(t) for t in facts.objects(node, AKG.text)))
    )
    return " ".join(words.split()).rstrip(".")


@dataclass(frozen=True)
class Contact:
    name: str | None
    role: str | None
    email: str | None
    organization: str | None

    @property
    def key(self) -> str:
        return (self.name or self.email or self.role or "").casefold()

    def described(self) -> str:
        parts = [self.name, self.role, self.email]
        return ", ".join(p for p in parts if p) + (f" ({self.organization})" if self.organization else "")


@dataclass(frozen=True)
class Approval:
    body: str
    status: str | None
    date: str | None
    resolution: str | None

    def details(self) -> str:
        """Status, date and resolution (`approved, 2011-03-15`)."""
        resolution = self.resolution and f"resolution {self.resolution}"
        return ", ".join(d for d in (self.status, self.date, resolution) if d) or "no details"

    def described(self) -> str:
        return f"{self.body}: {self.details()}"


@dataclass
class Reading:
    """A register as the report compares it: plain values, keyed by what they are about."""

    name: str
    register: URIRef
    version: str | None = None
    title: str | None = None
    dates: dict[str, list[str]] = field(default_factory=dict)
    parties: set[str] = field(default_factory=set)
    milestones: dict[str, str] = field(default_factory=dict)
    milestone_text: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, Contact] = field(default_factory=dict)
    texts: dict[str, list[str]] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)
    approvals: dict[str, Approval] = field(default_factory=dict)


def read(side: Side, reference: Graph) -> Reading:
    """The side's register, read into a Reading."""
    facts, register = side.facts, register_of(side)
    label = Labels(facts, reference)
    reading = Reading(side.name, register)
    reading.version = optional_str(facts.value(register, AKG.version))
    reading.title = optional_str(facts.value(register, DCTERMS.title))
    for predicate, name in DATE_PREDICATES.items():
        values = sorted(str(v) for v in facts.objects(register, predicate))
        if values:
            reading.dates[name] = values
    for period in facts.objects(register, AKG.nextReview):
        reading.dates.setdefault("next review", []).append(period_text(facts, period))
    for cycle in facts.objects(register, AKG.reviewCycle):
        reading.dates.setdefault("review cycle", []).append(str(cycle))
    reading.parties = {label(p) for p in facts.objects(register, AKG.party)}
    read_milestones(facts, register, reading)
    read_contacts(facts, register, label, reading)
    for predicate, name in TEXT_PREDICATES.items():
        values = sorted(" ".join(str(v).split()) for v in facts.objects(register, predicate))
        if values:
            reading.texts[name] = values
    for term in facts.objects(register, AKG["term"]):
        key = str(facts.value(term, AKG.termLabel) or text_of(facts, term))
        reading.terms[key] = text_of(facts, term)
    for node in facts.objects(register, AKG.approval):
        approval = read_approval(facts, node, label)
        reading.approvals[approval.body] = approval
    return reading


def optional_str(value: Node | None) -> str | None:
    return None if value is None else str(value)


def period_text(facts: Graph, period: Node) -> str:
    """A period as its key (2012-06, 2011-q2) and, when it has one, the words it was written as."""
    written = facts.value(period, RDFS.label)
    return f"{local_name(period)} ({written})" if written is not None else local_name(period)


def target_of(facts: Graph, milestone: Node) -> str:
    """A milestone's target as written (2Q2011, On-going), else its period or status."""
    for predicate in (AKG.targetText, AKG.targetPeriod, AKG.targetStatus):
        value = facts.value(milestone, predicate)
        if value is not None:
            return str(value) if isinstance(value, Literal) else local_name(value)
    return "no target"


def read_milestones(facts: Graph, register: URIRef, reading: Reading) -> None:
    for milestone in facts.objects(register, AKG.milestone):
        text = text_of(facts, milestone)
        reading.milestones[text.casefold()] = target_of(facts, milestone)
        reading.milestone_text[text.casefold()] = text


def read_contacts(facts: Graph, register: URIRef, label: Labels, reading: Reading) -> None:
    for node in facts.objects(register, AKG.contactPoint):
        person = facts.value(node, AKG.person)
        organization = facts.value(node, AKG.contactFor)
        email = facts.value(node, VCARD.hasEmail)
        contact = Contact(
            name=None if person is None else label(person),
            role=optional_str(facts.value(node, AKG.role)),
            email=None if email is None else local_name(email),
            organization=None if organization is None else label(organization),
        )
        reading.contacts[contact.key] = contact
    for person in facts.objects(register, AKG.contactPerson):
        affiliation = facts.value(person, AKG.affiliation)
        contact = Contact(label(person), None, None, None if affiliation is None else label(affiliation))
        reading.contacts.setdefault(contact.key, contact)


def read_approval(facts: Graph, node: Node, label: Labels) -> Approval:
    body = facts.value(node, AKG.approvedBy)
    status = facts.value(node, AKG.approvalStatus)
    return Approval(
        body=label(body) if body is not None else local_name(node),
        status=None if status is None else local_name(status),
        date=optional_str(facts.value(node, AKG.approvalDate)),
        resolution=optional_str(facts.value(node, AKG.resolutionId)),
    )


# --- Comparing two readings -----------------------------------------------------------------------


@dataclass(frozen=True)
class Change:
    """One change in the domain's terms: `what` changed (version, party, milestone...), how
    (`action`: added, removed, changed, retargeted, edited), `about` which one, before and after."""

    what: str
    action: str
    about: str | None = None
    before: str | None = None
    after: str | None = None
    field: str | None = None
    """Which of its values changed (a contact's e-mail, role or name)."""

    def line(self) -> str:
        """One line of the report: `milestone retargeted: "Establish ..." target 2Q2011 -> 4Q2011`."""
        if self.what in ("milestone", "term") and self.about:
            prefix = f'{self.what} {self.action}: "{self.about}"'
        elif self.about:
            prefix = f"{self.what} {self.action}: {self.about}:"
        else:
            prefix = f"{self.what} {self.action}:"
        if self.action == "retargeted":
            return f"{prefix} target {self.before} -> {self.after}"
        if self.action in ("changed", "edited"):
            field = f" {self.field}" if self.field else ""
            return f"{prefix}{field} {self.before} -> {self.after}"
        return f"{prefix} {self.after if self.action == 'added' else self.before}"

    def as_json(self) -> dict[str, str]:
        return {k: v for k, v in self.__dict__.items() if v is not None}


def compare(old: Reading, new: Reading) -> list[Change]:
    """Every change from `old` to `new`, in a fixed order: the document, its parties, milestones,
    contacts, texts, terms, approvals."""
    return [
        *value_change("version", old.version, new.version),
        *value_change("title", old.title, new.title),
        *date_changes(old.dates, new.dates),
        *[Change("party", "added", after=p) for p in sorted(new.parties - old.parties)],
        *[Change("party", "removed", before=p) for p in sorted(old.parties - new.parties)],
        *milestone_changes(old, new),
        *contact_changes(old.contacts, new.contacts),
        *text_changes(old.texts, new.texts),
        *term_changes(old.terms, new.terms),
        *approval_changes(old.approvals, new.approvals),
    ]


def value_change(what: str, before: str | None, after: str | None) -> list[Change]:
    if before == after:
        return []
    if before is None:
        return [Change(what, "added", after=after)]
    if after is None:
        return [Change(what, "removed", before=before)]
    return [Change(what, "changed", before=before, after=after)]


def date_changes(old: dict[str, list[str]], new: dict[str, list[str]]) -> Iterator[Change]:
    """Each date by its role (`next review changed: 2012-06 -> 2012-12`)."""
    for name in sorted(old.keys() | new.keys()):
        before, after = old.get(name), new.get(name)
        yield from value_change(name, joined(before), joined(after))


def joined(values: list[str] | None) -> str | None:
    return None if values is None else ", ".join(values)


def milestone_changes(old: Reading, new: Reading) -> Iterator[Change]:
    """Milestones by their text: retargeted when both versions have it; a reworded one (most of its
    words kept) is `edited`, and retargeted too when its target moved."""
    for key in sorted(old.milestones.keys() & new.milestones.keys()):
        before, after = old.milestones[key], new.milestones[key]
        if before != after:
            yield Change("milestone", "retargeted", excerpt(new.milestone_text[key]), before, after)
    removed = [old.milestone_text[k] for k in sorted(old.milestones.keys() - new.milestones.keys())]
    added = [new.milestone_text[k] for k in sorted(new.milestones.keys() - old.milestones.keys())]
    pairs, removed, added = similar_pairs(removed, added)
    for was, now in pairs:
        yield Change("milestone", "edited", None, *edit_excerpts(was, now))
        before, after = old.milestones[was.casefold()], new.milestones[now.casefold()]
        if before != after:
            yield Change("milestone", "retargeted", excerpt(now), before, after)
    for text in removed:
        yield Change(
            "milestone", "removed", excerpt(text), before=f"target {old.milestones[text.casefold()]}"
        )
    for text in added:
        yield Change("milestone", "added", excerpt(text), after=f"target {new.milestones[text.casefold()]}")


def similar_pairs(removed: list[str], added: list[str]) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """(edits, removed, added): each removed text paired with the added text most like it, when
    they share at least SIMILAR of their words; the rest stay removed or added."""
    scored = sorted(
        ((words_ratio(was, now), i, j) for i, was in enumerate(removed) for j, now in enumerate(added)),
        reverse=True,
    )
    pairs: dict[int, int] = {}
    for ratio, i, j in scored:
        if ratio >= SIMILAR and i not in pairs and j not in pairs.values():
            pairs[i] = j
    edits = [(removed[i], added[j]) for i, j in sorted(pairs.items())]
    return (
        edits,
        [t for i, t in enumerate(removed) if i not in pairs],
        [t for j, t in enumerate(added) if j not in pairs.values()],
    )


def words_ratio(one: str, other: str) -> float:
    return difflib.SequenceMatcher(a=one.split(), b=other.split(), autojunk=False).ratio()


def contact_changes(old: dict[str, Contact], new: dict[str, Contact]) -> Iterator[Change]:
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        if before is None:
            yield Change("contact", "added", after=after.described() if after else None)
        elif after is None:
            yield Change("contact", "removed", before=before.described())
        else:
            for name in ("name", "role", "email", "organization"):
                was, now = getattr(before, name), getattr(after, name)
                if was != now:
                    who = after.name or after.email or after.role
                    about = f"{who} ({after.organization})" if after.organization else who
                    label = "e-mail" if name == "email" else name
                    yield Change("contact", "changed", about, was or "(none)", now or "(none)", label)


def text_changes(old: dict[str, list[str]], new: dict[str, list[str]]) -> Iterator[Change]:
    """Statements (scope, purpose...) edited, added or removed: an edit shows short excerpts
    around the words that differ."""
    for what in sorted(old.keys() | new.keys()):
        pairs, removed, added = similar_pairs(
            [t for t in old.get(what, []) if t not in new.get(what, [])],
            [t for t in new.get(what, []) if t not in old.get(what, [])],
        )
        for before, after in pairs:
            yield Change(what, "edited", None, *edit_excerpts(before, after))
        for before in removed:
            yield Change(what, "removed", before=excerpt(before))
        for after in added:
            yield Change(what, "added", after=excerpt(after))


def term_changes(old: dict[str, str], new: dict[str, str]) -> Iterator[Change]:
    for key in sorted(old.keys() | new.keys()):
        before, after = old.get(key), new.get(key)
        about = key if len(key) <= 3 else None
        if before is None:
            yield Change("term", "added", about, after=excerpt(after or ""))
        elif after is None:
            yield Change("term", "removed", about, before=excerpt(before))
        elif before != after:
            yield Change("term", "edited", about, *edit_excerpts(before, after))


def approval_changes(old: dict[str, Approval], new: dict[str, Approval]) -> Iterator[Change]:
    for body in sorted(old.keys() | new.keys()):
        before, after = old.get(body), new.get(body)
        if before is None:
            yield Change("approval", "added", after=after.described() if after else None)
        elif after is None:
            yield Change("approval", "removed", before=before.described())
        elif before != after:
            yield Change("approval", "changed", body, before.details(), after.details())


def excerpt(text: str, words: int = 2 * EXCERPT_WORDS) -> str:
    parts = text.split()
    return " ".join(parts) if len(parts) <= words else " ".join(parts[:words]) + " ..."


def edit_excerpts(before: str, after: str, context: int = EXCERPT_WORDS) -> tuple[str, str]:
    """The part of each text that differs, with `context` words around it ("... x y z ...")."""
    old, new = before.split(), after.split()
    blocks = [
        b for b in difflib.SequenceMatcher(a=old, b=new, autojunk=False).get_opcodes() if b[0] != "equal"
    ]
    first, last = blocks[0], blocks[-1]

    def window(words: list[str], start: int, end: int) -> str:
        low, high = max(0, start - context), min(len(words), end + context)
        return ("... " if low else "") + " ".join(words[low:high]) + (" ..." if high < len(words) else "")

    return window(old, first[1], last[2]), window(new, first[3], last[4])


# --- Statements the report does not name ----------------------------------------------------------


def comparable(side: Side, register: URIRef) -> set[Triple]:
    """The facts with what a version mints for itself replaced by what it stands for: the register,
    its graph and its source file by fixed IRIs, its milestones, contacts and terms by their text or
    person, its other numbered parts by structural blank nodes; no ordinals, no file facts."""
    facts = side.facts
    names: dict[Node, Node] = {register: URIRef(PLACEHOLDER + "register")}
    for graph in facts.subjects(RDF.type, AKG.RegisterGraph):
        names[graph] = URIRef(PLACEHOLDER + "graph")
    for source in facts.objects(register, None):
        if (source, RDF.type, AKG.SourceDocument) in facts:
            names[source] = URIRef(PLACEHOLDER + "source")
    own = str(register) + "/"
    for node in {t for triple in facts for t in triple if isinstance(t, URIRef) and str(t).startswith(own)}:
        names[node] = part_name(facts, node)
    renamed = Graph()
    for s, p, o in facts:
        if p not in VOLATILE_PREDICATES and p not in LINK_PREDICATES and p != AKG.ordinal:
            renamed.add((names.get(s, s), p, names.get(o, o)))
    blanks = blank_node_names(renamed)
    return {tuple(blanks[t] if isinstance(t, BNode) else normal(t) for t in triple) for triple in renamed}  # type: ignore[misc]


def part_name(facts: Graph, node: URIRef) -> Node:
    """A keyed part (milestone, contact, term) as an IRI of its key; any other part a blank node."""
    for part_type in KEYED_PART_TYPES:
        if (node, RDF.type, part_type) in facts:
            if part_type == AKG.ContactPoint:
                person = facts.value(node, AKG.person)
                key = str(person or facts.value(node, VCARD.hasEmail) or facts.value(node, AKG.role))
            elif part_type == AKG.RegisterTerm:
                key = str(facts.value(node, AKG.termLabel) or text_of(facts, node))
            else:
                key = text_of(facts, node).casefold()
            return URIRef(PLACEHOLDER + local_name(part_type) + ":" + quote(key, safe=""))
    return BNode()


def shown(triple: Triple, types: dict[Node, set[Node]], periods: set[Node]) -> bool:
    """Whether the report already names a change of this statement."""
    subject, predicate, _ = triple
    if subject == URIRef(PLACEHOLDER + "register"):
        return predicate in REGISTER_PREDICATES_SHOWN
    if subject in (URIRef(PLACEHOLDER + "graph"), URIRef(PLACEHOLDER + "source")):
        return True  # the graph and the file are described from the document (its parties, format)
    subject_types = types.get(subject, set())
    if AKG.Alliance in subject_types or subject in periods:
        return True  # an alliance follows its parties, a period the milestone or review it dates
    return any(
        predicate in PART_PREDICATES_SHOWN.get(t, frozenset()) or predicate == RDF.type for t in subject_types
    )


def other_changes(old: set[Triple], new: set[Triple]) -> tuple[list[Triple], list[Triple]]:
    """(removed, added) statements the domain report does not name."""
    types: dict[Node, set[Node]] = {}
    for s, _, o in (t for t in old | new if t[1] == RDF.type):
        types.setdefault(s, set()).add(o)
    periods = {s for s, p, _ in old | new if p == AKG.startDate}
    removed = sorted(t for t in old - new if not shown(t, types, periods))
    added = sorted(t for t in new - old if not shown(t, types, periods))
    return removed, added


# --- The diff -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Diff:
    """What changed from `old` to `new`: domain changes, other statements, and the exact patch."""

    old: Side
    new: Side
    changes: list[Change]
    other_removed: list[Triple]
    other_added: list[Triple]

    @property
    def equal(self) -> bool:
        return not (self.changes or self.other_removed or self.other_added)

    @property
    def exit_code(self) -> int:
        return EXIT_EQUAL if self.equal else EXIT_DIFFERENT

    def as_text(self) -> str:
        lines = [f"--- {self.old.name}", f"+++ {self.new.name}"]
        if self.equal:
            return "\n".join([*lines, "no change"]) + "\n"
        lines += [change.line() for change in self.changes]
        others = len(self.other_removed) + len(self.other_added)
        if others:
            removed, added = len(self.other_removed), len(self.other_added)
            lines.append(f"other changed statements: {others} ({removed} removed, {added} added)")
        return "\n".join(lines) + "\n"

    def as_json(self) -> str:
        document = {
            "old": self.old.name,
            "new": self.new.name,
            "equal": self.equal,
            "changes": [change.as_json() for change in self.changes],
            "other": {
                "removed": [nt_line(t) for t in self.other_removed],
                "added": [nt_line(t) for t in self.other_added],
            },
        }
        return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def compare_sides(old: Side, new: Side, reference: Graph) -> Diff:
    """Compare two sides (each must hold one alliance document); `reference` names the organizations
    and bodies a document's graph does not describe."""
    old_reading, new_reading = read(old, reference), read(new, reference)
    removed, added = other_changes(
        comparable(old, old_reading.register), comparable(new, new_reading.register)
    )
    return Diff(old, new, compare(old_reading, new_reading), removed, added)


# --- RDF Patch ------------------------------------------------------------------------------------


def canonical(graph: Graph) -> Graph:
    """The graph with each blank node named by its description (kg.pipeline.evaluate), literals
    normalised, so that the same statements are the same triples on both sides."""
    names = blank_node_names(graph)
    result = Graph()
    for triple in graph:
        result.add(tuple(names[t] if isinstance(t, BNode) else normal(t) for t in triple))  # type: ignore[arg-type]
    return result


def rdf_patch(old: Graph, new: Graph) -> tuple[str, bool]:
    """(the RDF Patch from `old` to `new`, whether it changes anything): one transaction, deletions
    then additions, each sorted; its `H id` is a UUID of the two graphs' contents, so that the same
    change always gets the same id."""
    before, after = Dataset(), Dataset()
    before.default_graph += canonical(old)
    after.default_graph += canonical(new)
    lines = [
        line
        for line in before.serialize(
            format="patch", target=after, header_id=f"uuid:{patch_id(before, after)}"
        ).splitlines()
        if line
    ]
    header = [line for line in lines if not line.startswith(("A ", "D "))]
    deletions = sorted(line for line in lines if line.startswith("D "))
    additions = sorted(line for line in lines if line.startswith("A "))
    head, tail = [h for h in header if h != "TC ."], ["TC ."]
    return "\n".join([*head, *deletions, *additions, *tail]) + "\n", bool(deletions or additions)


def patch_id(before: Dataset, after: Dataset) -> uuid.UUID:
    digest = hashlib.sha256()
    for dataset in (before, after):
        digest.update("\n".join(sorted(nt_line(t) for t in dataset.default_graph)).encode())
        digest.update(b"\x00")
    return uuid.UUID(bytes=digest.digest()[:16], version=5)


def nt_line(triple: Iterable[Node]) -> str:
    return " ".join(term.n3() for term in triple) + " ."


def apply_patch(graph: Graph, patch: str) -> Graph:
    """`graph` with `patch` applied by rdflib's RDF Patch parser, which keeps blank node labels as
    written (`_:b12` is BNode("b12")): the patch names blank nodes as `canonical` does, so apply it
    to a canonical graph."""
    dataset = Dataset()
    dataset.default_graph += graph
    try:
        dataset.parse(io.StringIO(patch), format="patch")
    except Exception as error:
        raise KgError(f"the RDF Patch cannot be read: {error}") from error
    result = Graph()
    result += dataset.default_graph
    return result


# --- Blank nodes named by what is said about them -------------------------------------------------


def normal(term: Node) -> Node:
    """xsd:string literals as plain literals (the same RDF 1.1 term)."""
    if isinstance(term, Literal) and term.datatype == XSD.string:
        return Literal(str(term))
    return term


def blank_node_names(graph: Graph, rounds: int = 4) -> dict[BNode, BNode]:
    """Name each blank node by a hash of everything said about it and, recursively, about the
    blank nodes around it: two blank nodes get the same name only when their descriptions match.
    (rdflib.compare's canonical labels only tell apart blank nodes of one graph: a lone blank
    node gets the same label whatever is said about it.)"""
    nodes = {t for triple in graph for t in triple if isinstance(t, BNode)}
    names = dict.fromkeys(nodes, "")

    def key(term: Node) -> str:
        return "_:" + names[term] if isinstance(term, BNode) else normal(term).n3()

    for _ in range(rounds):
        names = {
            node: hashlib.sha256(
                "\n".join(
                    sorted(
                        [f">{key(p)} {key(o)}" for p, o in graph.predicate_objects(node)]
                        + [f"<{key(s)} {key(p)}" for s, p in graph.subject_predicates(node)]
                    )
                ).encode()
            ).hexdigest()[:16]
            for node in nodes
        }
    return {node: BNode("b" + name) for node, name in names.items()}
