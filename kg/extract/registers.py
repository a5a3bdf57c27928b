"""Document -> RegisterRecord: run every fact rule over one register document.

The rules live one kind of fact per function in kg.extract_* modules; this module only
decides the order (unknown names are discovered before mentions are read; parties
before the facts that depend on them) and names the register (its slug and short name).
"""

from __future__ import annotations

from kg.errors import InputError
from kg.extract.contacts import extract_contacts
from kg.extract.context import Context, unique
from kg.extract.entities import (
    discover_entities,
    extract_descriptions,
    extract_parties,
    extract_relations,
    extract_specifications,
    extract_topics,
    extract_units,
)
from kg.extract.governance import extract_approvals, extract_review
from kg.extract.milestones import extract_milestones
from kg.extract.names import Resolver
from kg.extract.policies import extract_policies
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
from kg.model.namespaces import slugify
from kg.model.records import Entity, Field, RegisterRecord
from kg.model.source_text import SourceText

SECTIONS_OF_A_REGISTER = (
    "organizations",
    "mission",
    "benefits",
    "scope",
    "milestones",
    "contacts",
    "approval",
    "review",
    "limitations",
    "access",
    "ip",
    "terms",
)


def extract_register(document: SourceText, resolver: Resolver, slug: str | None = None) -> RegisterRecord:
    """Every fact the document states, as records; InputError when it is not a register."""
    ctx = Context(document, read_layout(document), resolver)
    discover_entities(ctx)
    parties = extract_parties(ctx)
    ctx.parties = [entity for entity, _ in parties]
    check_is_register(ctx)
    title, title_note = extract_title(ctx)
    ordered = order_of_title(ctx, title)
    short_name = " / ".join(p.short_name for p in ordered) + " Work Register"
    record = RegisterRecord(
        slug=slug or "-".join(slugify(p.short_name) for p in ordered),
        short_name=short_name,
        title=title or Field(short_name, ()),
        version=extract_version(ctx),
        date_initiated=extract_date_initiated(ctx),
        parties=parties,
    )
    notes = [n for n in (title_note, missing_fields_note(record.version, record.date_initiated)) if n]
    record.title_note = " ".join(notes) if title_note else None
    fill_statements(ctx, record)
    fill_entities(ctx, record)
    record.milestones, record.collaborations = extract_milestones(ctx)
    record.policies = extract_policies(ctx)
    record.contacts = extract_contacts(ctx)
    record.review = extract_review(ctx)
    record.approvals = extract_approvals(ctx)
    record.new_entities = list(resolver.new_entities.values())
    return record


def check_is_register(ctx: Context) -> None:
    """A register names at least two parties and has some of a register's sections."""
    kinds = {s.kind for s in ctx.layout.sections} & set(SECTIONS_OF_A_REGISTER)
    path = ctx.document.path
    if len(ctx.parties) < 2:
        raise InputError(
            f"{path}: not a work register: it names {len(ctx.parties)} party organization(s), "
            "a register names at least two (in an 'Alliance Organizations' section, its title, "
            "or its opening sentence)"
        )
    if len(kinds) < 2:
        found = ", ".join(sorted(kinds)) or "none"
        raise InputError(
            f"{path}: not a work register: it has {len(kinds)} of the sections a register has "
            f"(found: {found}; expected some of scope, milestones, contacts, approval, review, ...)"
        )


def order_of_title(ctx: Context, title: Field | None) -> list[Entity]:
    """Parties in the order the title names them (this gives the slug: ogf-dmtf, dmtf-snia-ofa)."""
    if title is None:
        return ctx.parties
    mentioned = [m.entity for m in ctx.resolver.mentions(title.value) if ctx.is_party(m.entity)]
    ordered = list(unique(mentioned))
    return ordered + [p for p in ctx.parties if p not in ordered] if len(ordered) >= 2 else ctx.parties


def fill_statements(ctx: Context, record: RegisterRecord) -> None:
    record.statements = [
        *extract_purpose(ctx),
        *extract_benefits(ctx),
        *extract_scope_and_goals(ctx),
        *extract_limitations(ctx),
        *extract_assets(ctx),
    ]
    record.non_exclusive = extract_non_exclusive(ctx)
    record.terms = extract_terms(ctx)


def fill_entities(ctx: Context, record: RegisterRecord) -> None:
    record.descriptions, chartered = extract_descriptions(ctx)
    record.relations = chartered + extract_relations(ctx)
    record.units = extract_units(ctx)
    record.specifications = extract_specifications(ctx)
    record.topics = extract_topics([u for u, _ in record.units], [s for s, _ in record.specifications])
    refresh_new_entities(ctx, record)


def refresh_new_entities(ctx: Context, record: RegisterRecord) -> None:
    """New specifications learn who develops them from the relations found."""
    for relation in record.relations:
        if relation.predicate == "developedBy":
            ctx.resolver.with_developer(relation.subject, relation.object)
