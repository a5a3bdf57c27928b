"""AllianceRecord -> RDF, with exactly the IRIs and modelling patterns of the curated graphs.

Why exactly: the curated graphs (data/curated/*.ttl) are the gold standard that extraction
is measured against, and queries written against them must work on extracted graphs.
Sub-resources live under the register IRI (.../register/<slug>/milestone-1, contact-1,
term-a, approval-dmtf-board, policy-access-dmtf, deliverable-1, collaboration-1);
periods, people and new entities have IRIs of their own kind. Every kind of alliance document
(work register, addendum, memorandum, page, liaison statement, meeting record) is mapped the same
way, typed by its kind's class; the alliance it evidences (kg.model.alliances) is stated beside it.
The source document's IRI is a hash of its content, never its file name (docs/identity.md).

Every function returns the triples of one kind of record and the node they are about,
so that kg.model.provenance can tie that node to the text it came from.

Every term goes into the graph (and into the evidence) through `safe_term`: whatever an
extractor put into a record, no literal or IRI of the graph holds a character that a
serialization cannot carry (kg.model.patterns.safe_text; documents are read through it already,
this is the second line).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import overload

from rdflib import RDF as RDF_NAMESPACE
from rdflib import RDFS as RDFS_NAMESPACE
from rdflib import XSD as XSD_NAMESPACE
from rdflib import Graph, Literal, Namespace, Node, URIRef
from rdflib.namespace import DCTERMS as DCTERMS_NAMESPACE
from rdflib.namespace import FOAF as FOAF_NAMESPACE
from rdflib.namespace import PROV as PROV_NAMESPACE
from rdflib.namespace import SKOS as SKOS_NAMESPACE

from kg.model.budget import TripleBudget
from kg.model.graphs import plain_graph, subject_index
from kg.model.literals import literal
from kg.model.namespaces import AKG as AKG_NAMESPACE
from kg.model.namespaces import (
    ALLIANCE,
    DOCUMENT,
    ID,
    PERIOD,
    PERSON,
    REG,
    Terms,
    local_name,
    register_graph_iri,
    slugify,
)
from kg.model.namespaces import VCARD as VCARD_NAMESPACE
from kg.model.patterns import UNSAFE_CHARACTER, safe_text
from kg.model.records import (
    AllianceRecord,
    Approval,
    Collaboration,
    ContactPoint,
    DatedFact,
    Deliverable,
    Entity,
    Milestone,
    Policy,
    Spans,
    Target,
    Term,
)
from kg.model.source_text import SourceText

# Each term made once (kg.model.namespaces.Terms): the mapping asks for them per row of a document.
AKG, VCARD, RDF, RDFS, XSD = (
    Terms(AKG_NAMESPACE),
    Terms(VCARD_NAMESPACE),
    Terms(RDF_NAMESPACE),
    Terms(RDFS_NAMESPACE),
    Terms(XSD_NAMESPACE),
)
DCTERMS, FOAF, PROV, SKOS = (
    Terms(DCTERMS_NAMESPACE),
    Terms(FOAF_NAMESPACE),
    Terms(PROV_NAMESPACE),
    Terms(SKOS_NAMESPACE),
)
STATUS = Namespace(ID + "target-status/")
APPROVAL_STATUS = Namespace(ID + "approval-status/")
EN = "en"
STATEMENT_PREDICATES = {
    "purpose": AKG.purpose,
    "benefit": AKG.benefit,
    "goal": AKG.goal,
    "scope": AKG.scope,
    "limitation": AKG.limitation,
    "assets": AKG.assets,
}
POLICY_CLASSES = {
    "access": AKG.AccessPolicy,
    "licensing": AKG.LicensingPolicy,
    "ip": AKG.IntellectualPropertyPolicy,
}
PERIOD_CLASSES = {"quarter": AKG.CalendarQuarter, "month": AKG.CalendarMonth, "months": AKG.MonthSpan}
RELATION_PREDICATES = {
    "developedBy": AKG.developedBy,
    "extends": AKG.extends,
    "uses": AKG.uses,
    "partOf": AKG.partOf,
    "partOfUnit": AKG.partOfUnit,
}

DATE_PREDICATES = {
    "effective": AKG.effectiveDate,
    "signed": AKG.dateSigned,
    "initiated": AKG.dateInitiated,
    "review": AKG.reviewDate,
    "approved": AKG.dateApproved,
    "published": AKG.datePublished,
    "deadline": AKG.responseDeadline,
    "meeting": AKG.meetingDate,
}
LIAISON_PURPOSES = {"action": AKG.ForAction, "information": AKG.ForInformation}
DOCUMENT_HASH_LENGTH = 16
ALLIANCE_STATUS = {"proposed": AKG.AllianceProposed, "active": AKG.AllianceActive, "ended": AKG.AllianceEnded}
ALLIANCE_ROLES = {
    "WorkRegister": AKG.establishesAlliance,
    "MemorandumOfUnderstanding": AKG.establishesAlliance,
    "RegisterAddendum": AKG.amendsAlliance,
    "MeetingRecord": AKG.reviewsAlliance,
    "AlliancePage": AKG.mentionsAlliance,
    "LiaisonStatement": AKG.mentionsAlliance,
}
EVIDENCE_ROLES = ("effective", "signed", "initiated", "approved", "published", "meeting")  # not plans
DRAFT = re.compile(r"\b(?:draft|proposed|proposal)\b", re.IGNORECASE)
ENDED = re.compile(r"\b(?:terminated|dissolved|expired|ended|concluded|discontinued)\b", re.IGNORECASE)

Triple = tuple[Node, Node, Node]
NO_PREDICATES: dict[Node, dict[Node, object]] = {}


@overload
def safe_term(node: URIRef) -> URIRef: ...


@overload
def safe_term(node: Node) -> Node: ...


def safe_term(node: Node) -> Node:
    """`node` with no unsafe character (UNSAFE_CHARACTER): in a literal's text each is replaced
    (safe_text, keeping language and datatype), in an IRI percent-encoded (a lone surrogate as
    U+FFFD); other nodes, and safe ones, as they are."""
    if not isinstance(node, str) or UNSAFE_CHARACTER.search(node) is None:  # nearly every term: as it is
        return node
    if isinstance(node, Literal):
        return Literal(safe_text(str(node)), lang=node.language, datatype=node.datatype)
    if isinstance(node, URIRef):
        return URIRef(UNSAFE_CHARACTER.sub(_percent_encoded, node))
    return node


def _percent_encoded(match: re.Match[str]) -> str:
    character = match.group()
    if "\ud800" <= character <= "\udfff":
        character = "\ufffd"
    return "".join(f"%{byte:02X}" for byte in character.encode("utf-8"))


@dataclass(frozen=True)
class Evidence:
    """What provenance needs: the node (or one statement) a group of triples is about, and its spans."""

    subject: URIRef
    spans: Spans
    predicate: URIRef | None = None
    object: Node | None = None


class Mapper:
    """Builds the register graph and, beside it, the evidence for provenance."""

    def __init__(
        self,
        record: AllianceRecord,
        document: SourceText,
        document_path: str,
        budget: TripleBudget | None = None,
    ) -> None:
        self.record = record
        self.budget = budget or TripleBudget()
        self.document = document
        self.document_path = document_path
        self.graph = plain_graph(register_graph_iri(record.slug))  # kg.model.graphs: why not Memory
        self.index = subject_index(self.graph)  # what `add` asks whether a triple is new
        self.periods: set[tuple[object, ...]] = set()  # the period descriptions in the graph already
        self.evidence: list[Evidence] = []
        self.register = REG[record.slug]
        self.node = f"{REG}{record.slug}/"

    # Helpers ------------------------------------------------------------------------------

    def add(self, *triples: Triple) -> None:
        """Each triple the graph does not hold yet, spent from the budget (a quarter of a table's
        triples repeat: the same party responsible for many milestones).

        Whether the graph holds it is asked of its own subject index (kg.model.graphs.SubjectMemory:
        subject -> predicate -> objects; Graph's `in` is a query): a set of the triples beside it held
        a 1 MB list-heavy document's 173,761 triples again (about 20 MB) and hashed each twice."""
        index, add = self.index, self.graph.store.add
        for subject, predicate, obj in triples:
            s, p, o = safe_term(subject), safe_term(predicate), safe_term(obj)
            objects = index.get(s, NO_PREDICATES).get(p)
            if objects is None or o not in objects:
                self.budget.spend()
                add((s, p, o), self.graph)

    def sub(self, local: str) -> URIRef:
        return URIRef(self.node + local)

    def cite(
        self, subject: URIRef, spans: Spans, predicate: URIRef | None = None, obj: Node | None = None
    ) -> None:
        if spans:
            safe_object = None if obj is None else safe_term(obj)
            self.evidence.append(Evidence(safe_term(subject), spans, predicate, safe_object))

    def state(self, subject: URIRef, predicate: URIRef, obj: Node, spans: Spans) -> None:
        """One statement about a resource this graph does not own (the register, an organization)."""
        self.add((subject, predicate, obj))
        self.cite(subject, spans, predicate, obj)

    # The graph and its document -----------------------------------------------------------

    @property
    def document_iri(self) -> URIRef:
        return source_document_iri(self.document)

    def map_graph_and_document(self) -> None:
        graph_iri = self.graph.identifier
        name = self.record.short_name
        self.add(
            (graph_iri, RDF.type, AKG.RegisterGraph),
            (graph_iri, RDFS.label, literal(f"Statements of the {name}", lang=EN)),
            (graph_iri, FOAF.primaryTopic, self.register),
            (graph_iri, PROV.wasDerivedFrom, self.document_iri),
            (self.document_iri, RDF.type, AKG.SourceDocument),
            (self.document_iri, RDFS.label, literal(f"{name} ({self.document.format_name})", lang=EN)),
            (self.document_iri, DCTERMS.format, literal(self.document.media_type)),
            (self.document_iri, AKG.path, literal(self.document_path)),
            (self.document_iri, AKG.sha256, literal(self.document.sha256, datatype=XSD.hexBinary)),
        )

    # The register -------------------------------------------------------------------------

    def map_register(self) -> None:
        record, register = self.record, self.register
        self.add((register, RDF.type, AKG[record.kind]), (register, PROV.hadPrimarySource, self.document_iri))
        self.state(register, DCTERMS.title, literal(record.title.value, lang=EN), record.title.spans)
        if record.title_note:
            self.add((register, RDFS.comment, literal(record.title_note, lang=EN)))
        if record.version:
            self.state(register, AKG.version, literal(record.version.value), record.version.spans)
        if record.date_initiated:
            day, spans = record.date_initiated
            self.state(register, AKG.dateInitiated, literal(day, datatype=XSD.date), spans)
        for party, spans in record.parties:
            self.state(register, AKG.party, party.iri, spans)
        for unit, spans in record.units:
            self.state(register, AKG.participatingUnit, unit.iri, spans)
        for spec, spans in record.specifications:
            self.state(register, AKG.concerns, spec.iri, spans)
        for topic in record.topics:
            self.add((register, AKG.topic, topic))
        for item in record.statements:
            self.state(register, STATEMENT_PREDICATES[item.kind], literal(item.text, lang=EN), item.spans)
        if record.non_exclusive:
            self.state(register, AKG.nonExclusive, literal(True), record.non_exclusive)

    def map_descriptions(self) -> None:
        for description in self.record.descriptions:
            predicate = AKG.mission if description.kind == "mission" else AKG.charter
            self.state(
                description.subject.iri, predicate, literal(description.text, lang=EN), description.spans
            )
        for relation in self.record.relations:
            predicate = RELATION_PREDICATES[relation.predicate]
            self.state(relation.subject.iri, predicate, relation.object.iri, relation.spans)

    def map_new_entities(self) -> None:
        """Entities the reference data does not know: typed, labelled and marked for review."""
        for entity in self.record.new_entities:
            for entity_type in entity.types:
                self.add((entity.iri, RDF.type, entity_type))
            self.add(
                (entity.iri, SKOS.prefLabel, literal(entity.label, lang=EN)),
                (entity.iri, AKG.needsReview, literal(True)),
            )
            if entity.acronym:
                self.add((entity.iri, AKG.acronym, literal(entity.acronym)))
            for name in entity.names:  # other names the document gives it ("Transport API")
                if name not in (entity.label, entity.acronym):
                    self.add((entity.iri, SKOS.altLabel, literal(name, lang=EN)))
            if entity.unit_of is not None:
                self.add((entity.iri, AKG.unitOf, entity.unit_of))

    # Terms --------------------------------------------------------------------------------

    def map_terms(self) -> None:
        for term, local in zip(self.record.terms, term_names(self.record.terms), strict=True):
            node = self.sub(local)
            self.add((self.register, AKG["term"], node), *term_triples(node, term))
            self.cite(node, term.spans)

    # Milestones ---------------------------------------------------------------------------

    def map_milestones(self) -> None:
        deliverable_number = 0
        for milestone in self.record.milestones:
            node = self.sub(f"milestone-{milestone.ordinal}")
            self.add((self.register, AKG.milestone, node), *milestone_triples(node, milestone))
            self.add(*self.target_triples(node, milestone.target))
            self.cite(node, milestone.spans)
            for deliverable in milestone.deliverables:
                deliverable_number += 1
                item = self.sub(f"deliverable-{deliverable_number}")
                self.add((node, AKG.deliverable, item), *deliverable_triples(item, deliverable))
                self.cite(item, deliverable.spans)
        for collaboration in self.record.collaborations:
            node = self.sub(f"collaboration-{collaboration.ordinal}")
            self.add(
                (self.register, AKG.collaboration, node), *self.collaboration_triples(node, collaboration)
            )
            self.cite(node, collaboration.spans)

    def target_triples(self, node: URIRef, target: Target | None) -> list[Triple]:
        if target is None:
            return []
        triples: list[Triple] = [(node, AKG.targetText, literal(target.text))]
        if target.is_status:
            status = STATUS[target.key]
            triples.append((node, AKG.targetStatus, status))
            if not target.known_status:
                triples += [
                    (status, RDF.type, AKG.TargetStatus),
                    (status, SKOS.prefLabel, literal(target.text, lang=EN)),
                    (status, AKG.needsReview, literal(True)),
                ]
            return triples
        period = PERIOD[target.key]
        described = (target.kind, target.key, target.text, target.start, target.end)  # period_triples' input
        if described in self.periods:  # its triples are in the graph already (a table repeats its quarters)
            return [*triples, (node, AKG.targetPeriod, period)]
        self.periods.add(described)
        return [*triples, (node, AKG.targetPeriod, period), *period_triples(target)]

    def collaboration_triples(self, node: URIRef, collaboration: Collaboration) -> list[Triple]:
        triples: list[Triple] = [
            (node, RDF.type, AKG.Collaboration),
            (node, RDFS.label, literal(collaboration.label, lang=EN)),
        ]
        triples += [(node, AKG.collaboratingUnit, unit.iri) for unit in collaboration.units]
        if collaboration.milestone is not None:
            triples.append((node, AKG.establishedBy, self.sub(f"milestone-{collaboration.milestone}")))
        return triples

    # Policies, contacts, review, approvals -----------------------------------------------------

    def map_policies(self) -> None:
        for policy in self.record.policies:
            node = self.sub(policy.name)
            self.add((self.register, AKG.policy, node), *policy_triples(node, policy))
            self.cite(node, policy.spans)

    def map_contacts(self) -> None:
        for contact in self.record.contacts:
            if contact.email is None or contact.organization is None:
                # A point of contact has an address and speaks for one organization; a person the
                # document names without one of them is its contact person.
                self.map_contact_person(contact)
                continue
            node = self.sub(f"contact-{contact.ordinal}")
            self.add((self.register, AKG.contactPoint, node), *contact_triples(node, contact))
            self.cite(node, contact.spans)

    def map_contact_person(self, contact: ContactPoint) -> None:
        """A person named as a contact without an address: not a point of contact (which has one),
        the document's akg:contactPerson, with the organization the document gives."""
        if contact.person is None:
            return
        person = person_iri(contact.person)
        self.add(
            (self.register, AKG.contactPerson, person),
            (person, RDF.type, FOAF.Person),
            (person, FOAF.name, literal(contact.person)),
        )
        self.cite(person, contact.spans)
        if contact.organization is not None:
            self.state(person, AKG.affiliation, contact.organization.iri, contact.spans)

    def map_review(self) -> None:
        review = self.record.review
        if review is None:
            return
        if review.cycle:
            self.state(
                self.register, AKG.reviewCycle, literal(review.cycle, datatype=XSD.duration), review.spans
            )
        if review.next_review is not None:
            self.state(self.register, AKG.nextReview, PERIOD[review.next_review.key], review.spans)
            self.add(*period_triples(review.next_review))
        if review.text:
            self.state(self.register, AKG.reviewText, literal(review.text), review.spans)
        if review.process is not None:
            self.add((self.register, AKG.reviewProcess, review.process.iri))

    def map_approvals(self) -> None:
        for approval in self.record.approvals:
            node = self.sub(f"approval-{local_name(approval.body.iri)}")
            self.add((self.register, AKG.approval, node), *approval_triples(node, approval))
            self.cite(node, approval.spans)

    def map_dates(self) -> None:
        """Each date of the document under its role's predicate, typed as precisely as stated."""
        for fact in self.record.dates:
            predicate = (
                self.initiated_predicate(fact.value)
                if fact.role == "initiated"
                else DATE_PREDICATES[fact.role]
            )
            if predicate is None or self.is_next_review(fact):
                continue
            self.state(self.register, predicate, iso_literal(fact.value), fact.spans)

    def is_next_review(self, fact: DatedFact) -> bool:
        """A review date the review sentence already gives as akg:nextReview (one fact, one place)."""
        review = self.record.review
        return (
            fact.role == "review"
            and review is not None
            and review.next_review is not None
            and (review.next_review.key == fact.value)
        )

    def initiated_predicate(self, value: str) -> URIRef | None:
        """A day is akg:dateInitiated (one per document: the Date Initiated field wins), a year or
        month akg:initiatedIn."""
        if len(value) < len("2000-01-01"):
            return AKG.initiatedIn
        stated = self.record.date_initiated
        return AKG.dateInitiated if stated is None or stated[0].isoformat() == value else None

    def map_liaison(self) -> None:
        liaison = self.record.liaison
        if liaison is None:
            return
        for sender in liaison.senders:
            self.state(self.register, AKG.sender, sender.iri, liaison.spans)
        for recipient in liaison.recipients:
            self.state(self.register, AKG.addressee, recipient.iri, liaison.spans)
        if liaison.purpose is not None:
            self.add((self.register, AKG.liaisonPurpose, LIAISON_PURPOSES[liaison.purpose]))
        if liaison.deadline is not None and not any(d.role == "deadline" for d in self.record.dates):
            self.add((self.register, AKG.responseDeadline, iso_literal(liaison.deadline)))

    def map_amendment_and_warnings(self) -> None:
        if self.record.amends is not None:
            self.state(
                self.register, AKG.amendsTitle, literal(self.record.amends.value), self.record.amends.spans
            )
        for part in self.record.warnings:
            self.add((self.register, AKG.missingPart, literal(part)))

    def map_alliance(self) -> None:
        """The alliance this document evidences, between its parties (kg.model.mapping.alliance_iri);
        on a page about the alliances of one body (the record's hub) with several partners, one
        alliance of the hub with each partner."""
        parties = self.record.parties
        if len(parties) < 2:
            return
        hub = self.record.hub
        if hub is None or len(parties) < 3:
            self.map_one_alliance(parties)
            return
        hub_spans = next((spans for party, spans in parties if party.iri == hub.iri), ())
        for party, spans in parties:
            if party.iri != hub.iri:
                self.map_one_alliance([(hub, hub_spans), (party, spans)])

    def map_one_alliance(self, parties: list[tuple[Entity, Spans]]) -> None:
        alliance = alliance_iri([party for party, _ in parties])
        role = ALLIANCE_ROLES[self.record.kind]
        self.add(
            (alliance, RDF.type, AKG.Alliance),
            (alliance, RDFS.label, literal(alliance_label(parties), lang=EN)),
            (alliance, AKG.allianceStatus, ALLIANCE_STATUS[alliance_status(self.record)]),
            (alliance, AKG.evidencedBy, self.register),
            (self.register, role, alliance),
        )
        for party, spans in parties:
            self.state(alliance, AKG.party, party.iri, spans)
        for topic in self.record.topics:
            self.add((alliance, AKG.topic, topic))
        earliest = min((d.value for d in self.record.dates if d.role in EVIDENCE_ROLES), default=None)
        if earliest is not None:
            self.add((alliance, AKG.earliestEvidence, iso_literal(earliest)))

    def build(self) -> Graph:
        self.map_graph_and_document()
        self.map_register()
        self.map_dates()
        self.map_liaison()
        self.map_amendment_and_warnings()
        self.map_alliance()
        self.map_descriptions()
        self.map_new_entities()
        self.map_terms()
        self.map_milestones()
        self.map_policies()
        self.map_contacts()
        self.map_review()
        self.map_approvals()
        return self.graph


# --- Triples of one record each (pure functions, tested on their own) --------------------------------


def term_names(terms: Sequence[Term]) -> list[str]:
    """Each term's local name: `term-` and its label as the document prints it ("term-a", "term-3.2"),
    else its ordinal; a name taken already (an "(a)" in each of two articles) gets its occurrence
    number ("term-a-2"), so that two terms never share a node (one node with two texts and two
    ordinals was a Violation that refused the whole memorandum)."""
    names: list[str] = []
    taken: set[str] = set()
    last: dict[str, int] = {}  # the occurrence number a base name last got: each next one starts there
    for term in terms:
        base = f"term-{term.label or term.ordinal}"
        name, occurrence = base, last.get(base, 1)
        while name in taken:
            occurrence += 1
            name = f"{base}-{occurrence}"
        last[base] = occurrence
        names.append(name)
        taken.add(name)
    return names


def term_triples(node: URIRef, term: Term) -> list[Triple]:
    triples: list[Triple] = [
        (node, RDF.type, AKG.RegisterTerm),
        (node, AKG.ordinal, literal(term.ordinal)),
        (node, AKG.text, literal(term.text)),
    ]
    if term.label:
        triples.append((node, AKG.termLabel, literal(term.label)))
    return triples


def milestone_triples(node: URIRef, milestone: Milestone) -> list[Triple]:
    triples: list[Triple] = [
        (node, RDF.type, AKG.Milestone),
        (node, AKG.ordinal, literal(milestone.ordinal)),
        (node, RDFS.label, literal(milestone.label, lang=EN)),
    ]
    triples += [(node, AKG.text, literal(text)) for text in milestone.texts]
    optional = (
        (AKG.section, milestone.section),
        (AKG.theme, milestone.theme),
        (AKG.priority, milestone.priority),
    )
    triples += [(node, p, literal(v)) for p, v in optional if v is not None]
    triples += entity_triples(node, AKG.responsible, milestone.responsible)
    triples += entity_triples(node, AKG.involves, milestone.involves)
    triples += entity_triples(node, AKG.concerns, milestone.concerns)
    return triples


def entity_triples(node: URIRef, predicate: URIRef, entities: tuple[Entity, ...]) -> list[Triple]:
    return [(node, predicate, entity.iri) for entity in entities]


def deliverable_triples(node: URIRef, deliverable: Deliverable) -> list[Triple]:
    return [
        (node, RDF.type, AKG.Deliverable),
        (node, RDFS.label, literal(deliverable.label, lang=EN)),
        *entity_triples(node, AKG.responsible, deliverable.responsible),
        *entity_triples(node, AKG.concerns, deliverable.concerns),
    ]


def period_triples(target: Target) -> list[Triple]:
    """A period as the curated graphs write it: class, the verbatim text as label, first and last day."""
    node = PERIOD[target.key]
    assert target.start is not None and target.end is not None
    return [
        (node, RDF.type, PERIOD_CLASSES.get(target.kind, AKG.TargetPeriod)),
        (node, RDFS.label, literal(target.text)),
        (node, AKG.startDate, date_literal(target.start)),
        (node, AKG.endDate, date_literal(target.end)),
    ]


def date_literal(day: dt.date) -> Literal:
    return literal(day.isoformat(), datatype=XSD.date)


def policy_triples(node: URIRef, policy: Policy) -> list[Triple]:
    triples: list[Triple] = [
        (node, RDF.type, POLICY_CLASSES[policy.kind]),
        (node, AKG.ordinal, literal(policy.ordinal)),
        (node, AKG.text, literal(policy.text)),
    ]
    triples += entity_triples(node, AKG.appliesTo, policy.applies_to)
    triples += entity_triples(node, AKG.contributor, policy.contributors)
    triples += entity_triples(node, AKG.recipient, policy.recipients)
    triples += entity_triples(node, AKG.license, policy.licenses)
    values = (
        (AKG.channel, policy.channel),
        (AKG.channelAddress, policy.channel_address),
        (AKG.governingAgreement, policy.governing_agreement),
    )
    triples += [(node, p, literal(v)) for p, v in values if v]
    triples += [(node, AKG.documentStatus, literal(s)) for s in policy.document_statuses]
    return triples


def person_iri(name: str) -> URIRef:
    return PERSON[slugify(name)]


def contact_triples(node: URIRef, contact: ContactPoint) -> list[Triple]:
    triples: list[Triple] = [
        (node, RDF.type, AKG.ContactPoint),
        (node, AKG.ordinal, literal(contact.ordinal)),
        (node, VCARD.hasEmail, URIRef(f"mailto:{contact.email}")),
    ]
    if contact.organization is not None:
        triples.append((node, AKG.contactFor, contact.organization.iri))
    if contact.role:
        triples.append((node, AKG.role, literal(contact.role)))
    if contact.person:
        person = person_iri(contact.person)
        triples += [
            (node, AKG.person, person),
            (person, RDF.type, FOAF.Person),
            (person, FOAF.name, literal(contact.person)),
        ]
    return triples


def approval_triples(node: URIRef, approval: Approval) -> list[Triple]:
    triples: list[Triple] = [
        (node, RDF.type, AKG.Approval),
        (node, AKG.approvedBy, approval.body.iri),
        (node, AKG.approvalStatus, APPROVAL_STATUS[approval.status]),
    ]
    triples += [(node, AKG.text, literal(text)) for text in approval.texts]
    if approval.resolution_id:
        triples.append((node, AKG.resolutionId, literal(approval.resolution_id)))
    if approval.date:
        triples.append((node, AKG.approvalDate, date_literal(approval.date)))
    return triples


def source_document_iri(document: SourceText) -> URIRef:
    """The source file's IRI: a hash of its bytes, so that any file name (renamed, non-ASCII, the
    same name in two folders) gives the same IRI to the same content and never one to two contents."""
    return DOCUMENT[document.sha256[:DOCUMENT_HASH_LENGTH]]


def iso_literal(value: str) -> Literal:
    """An ISO 8601 value as stated: xsd:gYear (2021), xsd:gYearMonth (2021-06) or xsd:date."""
    if re.fullmatch(r"\d{4}", value):
        return literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return literal(value, datatype=XSD.gYearMonth)
    return literal(value, datatype=XSD.date)


def alliance_iri(parties: list[Entity]) -> URIRef:
    """One alliance per set of parties, whatever documents evidence it and in whatever order they
    name the parties: the sorted local names of the parties' IRIs."""
    return ALLIANCE["--".join(sorted({local_name(p.iri) for p in parties}))]


def alliance_label(parties: list[tuple[Entity, Spans]]) -> str:
    names = sorted({party.short_name for party, _ in parties})
    return "Alliance of " + ", ".join(names[:-1]) + " and " + names[-1]


def alliance_status(record: AllianceRecord) -> str:
    """What this document says of the alliance: ended, proposed (a draft, an approval still
    pending), else active."""
    if ENDED.search(" ".join(s.text for s in record.statements if s.kind in ("purpose", "scope"))):
        return "ended"
    pending = record.approvals and all(a.status == "pending" for a in record.approvals)
    if DRAFT.search(record.title.value) or pending:
        return "proposed"
    return "active"


def map_record(
    record: AllianceRecord, document: SourceText, document_path: str, budget: TripleBudget | None = None
) -> tuple[Graph, list[Evidence]]:
    """The document's graph (facts only) and the evidence tying its nodes to the document; TooManyTriples
    (kg.model.budget) as soon as it would be over the `budget` (by default a new one of the default cap)."""
    mapper = Mapper(record, document, document_path, budget)
    return mapper.build(), mapper.evidence
