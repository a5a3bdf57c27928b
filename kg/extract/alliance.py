"""Document -> AllianceRecord: the one entry point of extraction, whatever the kind of document.

The order: unknown names are discovered (kg.extract.entities), the kind is decided
(kg.extract.kinds; a text about no alliance is refused there), the parties are found the way
that kind names them (its module: work_registers, mou, liaison, pages, minutes), then every fact rule
runs (each kind of fact has one module: statements, entities, milestones, policies, contacts,
governance, document_dates), the kind's own rules add what only it states, the parts a partial
document lacks become warnings, and the record gets its identity (kg.extract.identity).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from kg.extract import liaison, minutes, mou, pages, work_registers
from kg.extract.bare_specifications import discover_bare_specifications
from kg.extract.contacts import extract_contacts
from kg.extract.context import Context
from kg.extract.document_dates import extract_dates
from kg.extract.entities import (
    discover_entities,
    extract_descriptions,
    extract_relations,
    extract_specifications,
    extract_topics,
    extract_units,
    first_heading,
)
from kg.extract.governance import extract_approvals, extract_review
from kg.extract.headers import header_fields
from kg.extract.identity import document_slug
from kg.extract.kinds import all_blocks, classify, named_organizations, writer
from kg.extract.kinds import outside_notices as outside_notices  # where tests and callers found it first
from kg.extract.milestones import extract_milestones
from kg.extract.names import Resolver
from kg.extract.parties import (
    discover_acronym_bodies,
    discover_subject_acronyms,
    first_of,
    heading_parties,
    opening_parties,
    title_parties,
    without_venues,
)
from kg.extract.policies import extract_policies
from kg.extract.standards import discover_standard_numbers
from kg.extract.statements import (
    extract_assets,
    extract_benefits,
    extract_date_initiated,
    extract_limitations,
    extract_non_exclusive,
    extract_purpose,
    extract_scope_and_goals,
    extract_terms,
    extract_title,
    extract_version,
    missing_fields_note,
)
from kg.extract.structure import read_layout
from kg.extract.subjects import extract_subjects
from kg.model.records import AllianceRecord, Entity, Field, Spans
from kg.model.source_text import SourceText

PartyRule = Callable[[Context], list[tuple[Entity, Spans]]]
KindRule = Callable[[Context, AllianceRecord], None]

PARTIES: dict[str, PartyRule] = {
    "WorkRegister": work_registers.register_parties,
    "RegisterAddendum": work_registers.register_parties,
    "MemorandumOfUnderstanding": mou.mou_parties,
    "AlliancePage": pages.page_parties,
    "LiaisonStatement": liaison.liaison_parties,
    "MeetingRecord": minutes.meeting_parties,
}
KIND_RULES: dict[str, KindRule] = {
    "WorkRegister": work_registers.fill_register,
    "RegisterAddendum": work_registers.fill_addendum,
    "MemorandumOfUnderstanding": mou.fill_mou,
    "AlliancePage": pages.fill_page,
    "LiaisonStatement": liaison.fill_liaison,
    "MeetingRecord": minutes.fill_minutes,
}
KIND_NAMES = {
    "WorkRegister": "Work Register",
    "RegisterAddendum": "Register Addendum",
    "MemorandumOfUnderstanding": "Memorandum of Understanding",
    "AlliancePage": "Alliance Page",
    "LiaisonStatement": "Liaison Statement",
    "MeetingRecord": "Meeting Record",
}


def extract_document(document: SourceText, resolver: Resolver, slug: str | None = None) -> AllianceRecord:
    """Every fact the document states, as one record; NotAnAllianceDocument when it is about no
    alliance, InputError when it cannot be read as one. `slug` fixes the IRI segment (the seed
    registers keep the IRIs of their gold); by default it comes from the document's identity."""
    ctx = Context(document, read_layout(document), resolver)
    discover_entities(ctx)
    discover_standard_numbers(ctx)
    discover_bare_specifications(ctx)
    if discover_subject_acronyms(ctx):  # "ONVIF holds a liaison with ...": a writer named by its acronym
        ctx.forget_mentions()
    organizations = len(named_organizations(ctx))
    if organizations < 2 and discover_acronym_bodies(
        ctx, first_heading(ctx)
    ):  # "the CAMARA project", "KTC and NLPX sign"
        ctx.forget_mentions()
        adopt_orphan_units(ctx)
        ctx.forget_mentions()
        organizations = len(named_organizations(ctx))
    kind = classify(ctx, organizations).name
    ctx.kind = kind
    parties = with_writer(ctx, without_venues(ctx, completed(ctx, PARTIES[kind](ctx))))
    ctx.parties = [entity for entity, _ in parties]
    record = new_record(ctx, kind, parties)
    fill_facts(ctx, record)
    fields = header_fields(document)
    record.dates = extract_dates(ctx, fields, kind)
    KIND_RULES[kind](ctx, record)
    record.new_entities = list(resolver.new_entities.values())
    without_orphan_units(record)
    record.slug = slug or document_slug(record, document)
    return record


def adopt_orphan_units(ctx: Context) -> None:
    """Units written after the acronym of a body found only by its acronym, after the units ("the IPC
    B-10a ... Task Group", where IPC is known from "IPC and JEDEC sign ..."): they had no owner, and would be
    dropped as orphans; the body their name opens with owns them."""
    for unit in list(ctx.resolver.new_entities.values()):
        if unit.kind != "unit" or unit.unit_of is not None or len(unit.label.split()) < 2:
            continue
        owner = ctx.resolver.resolve(unit.label.split()[0], "organization")
        if owner is not None and owner.acronym == unit.label.split()[0]:
            ctx.resolver.owned_by(unit, owner)


def completed(ctx: Context, parties: list[tuple[Entity, Spans]]) -> list[tuple[Entity, Spans]]:
    """The parties the kind's rules found, and, when they found fewer than two, those the title or the
    opening names (a joint letter's senders in its letterhead, the statement's rules reading its "To:"
    alone), else the first heading naming two (a register's own title under a mail gateway's preview),
    else the document's organizations when it names exactly two (the classifier accepted it for naming
    them; minutes naming the bodies only in their attendees' lines): a document is not given fewer
    parties than the two it names silently."""
    if len(parties) >= 2:
        return parties
    named = named_organizations(ctx)
    sole_pair = [(entity, writer_spans(ctx, entity)) for entity in named] if len(named) == 2 else []
    found = {str(entity.iri): (entity, spans) for entity, spans in parties}
    for entity, spans in first_of(title_parties(ctx), opening_parties(ctx), heading_parties(ctx), sole_pair):
        found.setdefault(str(entity.iri), (entity, spans))
    if len(found) < 2:  # one body's minutes with its liaison reports ("2.1 ETSI ISG ZSM (reported by ...)")
        for entity, spans in unit_owners(ctx):
            found.setdefault(str(entity.iri), (entity, spans))
    return list(found.values())


def unit_owners(ctx: Context) -> list[tuple[Entity, Spans]]:
    """The bodies whose units the document names, each where first named: a group's meeting that reports on
    its liaisons ("ETSI ISG ZSM", "3GPP SA5", "TM Forum Autonomous Networks Project") names the bodies it
    works with by their groups; its title names only its own."""
    found: dict[str, tuple[Entity, Spans]] = {}
    for block in all_blocks(ctx):
        for mention in ctx.mentions(block):
            if mention.entity.kind != "unit" or mention.entity.unit_of is None:
                continue
            owner = ctx.resolver.entities.get(mention.entity.unit_of)
            if owner is not None and owner.kind == "organization":
                found.setdefault(str(owner.iri), (owner, block.span_of(*mention.span)))
    return list(found.values())


def with_writer(ctx: Context, parties: list[tuple[Entity, Spans]]) -> list[tuple[Entity, Spans]]:
    """The parties, and the document's writer (`writer`) when the kind's rules found fewer than two:
    a foundation's page about its work with one partner names the partner, and speaks as the other."""
    if len(parties) >= 2:
        return parties
    author = writer(ctx)
    if author is None or any(entity.iri == author.iri for entity, _ in parties):
        return parties
    return [*parties, (author, writer_spans(ctx, author))]


def writer_spans(ctx: Context, author: Entity) -> Spans:
    """Where the document names its writer (its notice), as spans of the document's text."""
    for block in all_blocks(ctx):
        for mention in ctx.mentions(block):
            if mention.entity.iri == author.iri:
                return block.span_of(*mention.span)
    return ()


def without_orphan_units(record: AllianceRecord) -> None:
    """A unit discovered without the organization it belongs to cannot be stated (a unit is the
    unit of exactly one organization): it is left out wherever the record names it, not guessed."""
    orphans = {e.iri for e in record.new_entities if e.kind == "unit" and e.unit_of is None}
    if not orphans:
        return

    def kept(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
        return tuple(e for e in entities if e.iri not in orphans)

    record.new_entities = [e for e in record.new_entities if e.iri not in orphans]
    record.units = [(u, s) for u, s in record.units if u.iri not in orphans]
    record.relations = [r for r in record.relations if not {r.subject.iri, r.object.iri} & orphans]
    record.descriptions = [d for d in record.descriptions if d.subject.iri not in orphans]
    record.collaborations = [replace(c, units=kept(c.units)) for c in record.collaborations]
    record.milestones = [
        replace(
            m,
            responsible=kept(m.responsible),
            involves=kept(m.involves),
            concerns=kept(m.concerns),
            deliverables=tuple(
                replace(d, responsible=kept(d.responsible), concerns=kept(d.concerns)) for d in m.deliverables
            ),
        )
        for m in record.milestones
    ]
    if record.liaison is not None:
        liaison = record.liaison
        record.liaison = replace(liaison, senders=kept(liaison.senders), recipients=kept(liaison.recipients))


def new_record(ctx: Context, kind: str, parties: list[tuple[Entity, Spans]]) -> AllianceRecord:
    title, title_note = extract_title(ctx)
    ordered = work_registers.order_of_title(ctx, title)
    short_name = " / ".join(p.short_name for p in ordered) + " " + KIND_NAMES[kind]
    record = AllianceRecord(
        slug="",
        short_name=short_name,
        title=title or Field(short_name, ()),
        kind=kind,
        version=extract_version(ctx),
        # A bare "Date:" is a register's initiation, but a statement's issue or a meeting's day.
        date_initiated=extract_date_initiated(ctx) if kind in ("WorkRegister", "RegisterAddendum") else None,
        parties=parties,
    )
    notes = [n for n in (title_note, missing_fields_note(record.version, record.date_initiated)) if n]
    record.title_note = " ".join(notes) if title_note else None
    return record


def fill_facts(ctx: Context, record: AllianceRecord) -> None:
    """The fact rules every kind shares: each finds what the document states and nothing else."""
    record.statements = [
        *extract_purpose(ctx),
        *extract_benefits(ctx),
        *extract_scope_and_goals(ctx),
        *extract_limitations(ctx),
        *extract_assets(ctx),
    ]
    record.non_exclusive = extract_non_exclusive(ctx)
    record.terms = extract_terms(ctx)
    record.descriptions, chartered = extract_descriptions(ctx)
    record.relations = chartered + extract_relations(ctx)
    record.units = extract_units(ctx)
    record.specifications = extract_specifications(ctx)
    record.topics = extract_topics(ctx, [u for u, _ in record.units], [s for s, _ in record.specifications])
    listed = [t.iri for t in extract_subjects(ctx) if t.iri not in record.topics]
    record.topics = [*record.topics, *listed]
    for relation in record.relations:
        if relation.predicate == "developedBy":
            ctx.resolver.with_developer(relation.subject, relation.object)
    record.milestones, record.collaborations = extract_milestones(ctx)
    record.policies = extract_policies(ctx)
    record.contacts = extract_contacts(ctx)
    record.review = extract_review(ctx)
    record.approvals = extract_approvals(ctx)
