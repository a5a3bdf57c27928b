"""Typed records of what an alliance document says: the layer between document text and triples.

Why: the extraction rules and the RDF mapping change for different reasons (a new
document layout versus a new modelling pattern). Records let each side be tested on
its own, and every record carries the spans of the text it came from, so that
provenance survives the trip to RDF.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rdflib import URIRef

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Entity:
    """An organization, unit, specification, licence or status: known from reference data or new."""

    iri: URIRef
    kind: str  # organization | unit | specification | license | status
    label: str
    acronym: str | None = None
    types: frozenset[URIRef] = frozenset()
    unit_of: URIRef | None = None
    developed_by: tuple[URIRef, ...] = ()
    topics: tuple[URIRef, ...] = ()
    names: tuple[str, ...] = ()
    needs_review: bool = False

    @property
    def short_name(self) -> str:
        return self.acronym or self.label


@dataclass(frozen=True)
class Mention:
    """Where the text names an entity."""

    entity: Entity
    start: int
    end: int
    surface: str

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


@dataclass(frozen=True)
class Statement:
    """A free-text statement of the register: purpose, benefit, goal, scope, limitation, assets."""

    kind: str
    text: str
    spans: Spans


@dataclass(frozen=True)
class Description:
    """A mission (of an organization) or charter (of a unit), as the register states it."""

    subject: Entity
    kind: str  # mission | charter
    text: str
    spans: Spans


@dataclass(frozen=True)
class Relation:
    """A fact between two entities: developedBy, extends, uses, partOf, partOfUnit."""

    subject: Entity
    predicate: str
    object: Entity
    spans: Spans


@dataclass(frozen=True)
class Target:
    """A milestone or review target: the verbatim text and what it normalises to."""

    text: str
    kind: str  # quarter | month | months | date | year | half | status
    key: str  # the local name of the period or status IRI, e.g. "2011-q2", "on-going"
    start: dt.date | None = None
    end: dt.date | None = None
    known_status: bool = True

    @property
    def is_status(self) -> bool:
        return self.kind == "status"


@dataclass(frozen=True)
class Deliverable:
    label: str
    responsible: tuple[Entity, ...]
    concerns: tuple[Entity, ...]
    spans: Spans


@dataclass(frozen=True)
class Milestone:
    ordinal: int
    label: str
    texts: tuple[str, ...]
    target: Target | None
    spans: Spans
    section: str | None = None
    theme: str | None = None
    priority: int | None = None
    responsible: tuple[Entity, ...] = ()
    involves: tuple[Entity, ...] = ()
    concerns: tuple[Entity, ...] = ()
    deliverables: tuple[Deliverable, ...] = ()


@dataclass(frozen=True)
class Collaboration:
    ordinal: int
    label: str
    units: tuple[Entity, ...]
    milestone: int | None
    spans: Spans


@dataclass(frozen=True)
class Term:
    ordinal: int
    label: str | None
    text: str
    spans: Spans


@dataclass(frozen=True)
class Policy:
    kind: str  # access | licensing | ip
    ordinal: int
    name: str  # the IRI local name, e.g. "policy-ip-ofa-to-dmtf"
    text: str
    spans: Spans
    applies_to: tuple[Entity, ...] = ()
    contributors: tuple[Entity, ...] = ()
    recipients: tuple[Entity, ...] = ()
    channel: str | None = None
    channel_address: str | None = None
    governing_agreement: str | None = None
    document_statuses: tuple[str, ...] = ()
    licenses: tuple[Entity, ...] = ()


@dataclass(frozen=True)
class ContactPoint:
    ordinal: int
    organization: Entity | None
    email: str | None  # None for a person named without an address (mapped as akg:contactPerson)
    spans: Spans
    role: str | None = None
    person: str | None = None


@dataclass(frozen=True)
class Review:
    text: str
    spans: Spans
    cycle: str | None = None  # an xsd:duration such as P1Y
    next_review: Target | None = None
    process: Entity | None = None


@dataclass(frozen=True)
class Approval:
    body: Entity
    status: str  # approved | pending
    texts: tuple[str, ...]
    spans: Spans
    resolution_id: str | None = None
    date: dt.date | None = None


@dataclass(frozen=True)
class Field:
    """A value the register states in a field or the title: title, version, date initiated."""

    value: str
    spans: Spans


DOCUMENT_KINDS = (
    "WorkRegister",
    "RegisterAddendum",
    "MemorandumOfUnderstanding",
    "AlliancePage",
    "LiaisonStatement",
    "MeetingRecord",
)
"""The kinds of alliance document extraction recognises: the local names of their classes."""

DATE_ROLES = ("effective", "signed", "initiated", "review", "approved", "published", "deadline", "meeting")
"""The roles a date of a document can play (docs/corpus.md)."""


@dataclass(frozen=True)
class DatedFact:
    """A date of the document with its role, as precise as the document is: "2021", "2021-06",
    "2021-06-15" (ISO 8601 year, year-month or full date)."""

    role: str
    value: str
    spans: Spans


@dataclass(frozen=True)
class LiaisonHeader:
    """What a liaison statement's header says: who sends it to whom, for action or information,
    and by when a reply is due (ISO date or None)."""

    senders: tuple[Entity, ...]
    recipients: tuple[Entity, ...]
    purpose: str | None  # action | information
    deadline: str | None
    spans: Spans


@dataclass
class AllianceRecord:
    """Everything extracted from one alliance document, whatever its kind.

    `kind` is one of DOCUMENT_KINDS; the register-shaped fields (terms, milestones, contacts,
    review, approvals...) are shared by every kind that states them, the others stay empty.
    `warnings` names the parts a partial document lacks ("contacts", "milestones", ...).
    `hub`: see below.
    """

    slug: str
    short_name: str
    title: Field
    kind: str = "WorkRegister"
    title_note: str | None = None
    version: Field | None = None
    date_initiated: tuple[dt.date, Spans] | None = None
    parties: list[tuple[Entity, Spans]] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    non_exclusive: Spans | None = None
    descriptions: list[Description] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    units: list[tuple[Entity, Spans]] = field(default_factory=list)
    specifications: list[tuple[Entity, Spans]] = field(default_factory=list)
    topics: list[URIRef] = field(default_factory=list)
    terms: list[Term] = field(default_factory=list)
    milestones: list[Milestone] = field(default_factory=list)
    collaborations: list[Collaboration] = field(default_factory=list)
    policies: list[Policy] = field(default_factory=list)
    contacts: list[ContactPoint] = field(default_factory=list)
    review: Review | None = None
    approvals: list[Approval] = field(default_factory=list)
    new_entities: list[Entity] = field(default_factory=list)
    dates: list[DatedFact] = field(default_factory=list)
    liaison: LiaisonHeader | None = None
    amends: Field | None = None
    warnings: list[str] = field(default_factory=list)
    hub: Entity | None = None
    """The body whose page describes its alliances with several partners (kg.extract.pages.page_hub):
    each partner's alliance is with it alone, not one alliance among all the parties."""


RegisterRecord = AllianceRecord
"""The former name, kept so that callers written before other kinds of document keep working."""
