"""Names in text -> entities of the reference data (or new entities marked for review).

Why: a register names the same organization as "Distributed Management Task Force,
Inc.", "DMTF", "the DMTF" or, misspelt, "DTMF"; a unit as "Non-Volatile Memory
Programming (NVMP) Technical Work Group". The reference data lists these names
(skos:prefLabel, altLabel, hiddenLabel, akg:acronym); the resolver turns each into a
pattern that tolerates an inserted "(ACRONYM)" and line breaks, and picks the longest
non-overlapping matches. Whatever it cannot resolve gets a new IRI and
akg:needsReview, so that nothing a register names is silently dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from rdflib import RDF, RDFS, Graph, URIRef
from rdflib.namespace import SKOS

from kg.model.namespaces import AKG, ID, ORG, SPEC, WG, slugify
from kg.model.patterns import EMAIL
from kg.model.rdfio import load_graph
from kg.model.records import Entity, Mention

BODY = ID["body/"]
KIND_ROOTS = {
    "organization": AKG.Organization,
    "unit": AKG.OrganizationalUnit,
    "specification": AKG.Specification,
    "license": AKG.License,
    "status": AKG.TargetStatus,
}
RESOLVED_KINDS = ("organization", "unit", "specification", "license")
STRIPPABLE_UNIT_KINDS = (AKG.WorkingGroup, AKG.Forum, AKG.TaskForce)
UNIT_HEADS = {
    "working group": AKG.WorkingGroup,
    "workgroup": AKG.WorkingGroup,
    "work group": AKG.TechnicalWorkGroup,
    "technical work group": AKG.TechnicalWorkGroup,
    "task force": AKG.TaskForce,
    "forum": AKG.Forum,
    "committee": AKG.Committee,
    "subcommittee": AKG.Committee,
    "board of directors": AKG.Board,
    "board": AKG.Board,
}
ORG_HEADS = (
    "Alliance",
    "Association",
    "Consortium",
    "Foundation",
    "Institute",
    "Organization",
    "Organisation",
    "Council",
    "Society",
    "Federation",
    "Forum",
    "Initiative",
    "Project",
)
SPEC_HEADS = {
    "specification": AKG.Specification,
    "specifications": AKG.Specification,
    "standard": AKG.Standard,
    "format": AKG.Standard,
    "interface": AKG.Standard,
    "protocol": AKG.Specification,
    "api": AKG.Standard,
    "schema": AKG.Schema,
    "model": AKG.Schema,
    "framework": AKG.Framework,
    "profile": AKG.Specification,
    "language": AKG.Standard,
    "record": AKG.Standard,
}
# Words are bounded ({0,48}, not *): with unbounded words a long run of capitals made these patterns
# quadratic (a 28 kB line took 85 s to extract; found by tests/robustness/test_fuzz_extractor.py).
WORD_TAIL = "{0,48}"
CAPITALISED = rf"(?:[A-Z][A-Za-z0-9\u2019'&/.-]{WORD_TAIL}|of|and|for|the|on)"
NAMED_WITH_ACRONYM = re.compile(
    rf"(?P<name>[A-Z][A-Za-z0-9\u2019'&/.-]{WORD_TAIL}(?:\s+{CAPITALISED}){{0,7}})"
    rf"\s+\((?P<acronym>[A-Z][A-Za-z0-9-]{{1,11}})\)"
)
UNIT_PHRASE = re.compile(
    rf"(?P<name>(?:[A-Z][A-Za-z0-9\u2019'&/-]{WORD_TAIL}\s+){{0,6}}?(?:Technical\s+Work\s+Group|Working\s+Group|"
    r"Work\s+Group|Workgroup|Task\s+Force|Forum|Subcommittee|Committee|Board(?:\s+of\s+Directors)?))"
    r"(?:\s+\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\))?"
)
NAMED_SPEC = re.compile(
    rf"(?P<name>(?:[A-Z][A-Za-z0-9\u2019'/-]{WORD_TAIL}\s+){{0,5}}?[A-Z][A-Za-z0-9\u2019'/-]{WORD_TAIL})"
    r"\s+(?:\((?P<acronym>[A-Z][A-Za-z0-9-]{1,11})\)\s+)?(?P<head>specification|standard)s?\b"
)
LEADING_ARTICLE = re.compile(r"^(?:the|a|an|its|their)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class NamePattern:
    entity: Entity
    pattern: re.Pattern[str]


def name_pattern(name: str, case_sensitive: bool) -> re.Pattern[str]:
    """A name as a pattern: any whitespace between words, an optional "(ACR)" between them."""
    words = [re.escape(w).replace("\u2019", "['\u2019]").replace("\\'", "['\u2019]") for w in name.split()]
    joint = r"\s+(?:\([^()\n]{1,30}\)\s+)?"
    body = joint.join(words)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.compile(rf"(?<![A-Za-z0-9]){body}(?![A-Za-z0-9])", flags)


def is_case_sensitive(name: str, is_acronym: bool) -> bool:
    """Acronyms and one-word names must match their case ("GLUE", "Redfish"); longer names need not."""
    return is_acronym or len(name.split()) == 1


class Resolver:
    """Finds and resolves the names of organizations, units, specifications and licences."""

    def __init__(self, reference: Graph, ontology: Graph | None = None) -> None:
        self.reference = reference
        self.ontology = ontology if ontology is not None else reference
        self.entities: dict[URIRef, Entity] = {}
        self.new_entities: dict[URIRef, Entity] = {}
        for kind in ("organization", "unit", "specification", "license", "status"):
            for iri in sorted(self.instances_of(KIND_ROOTS[kind])):
                self.entities.setdefault(iri, self.entity(iri, kind))

    # Reading the reference data ---------------------------------------------------------

    def subclasses(self, root: URIRef) -> set[URIRef]:
        found, frontier = {root}, [root]
        while frontier:
            current = frontier.pop()
            for child in self.ontology.subjects(RDFS.subClassOf, current):
                if isinstance(child, URIRef) and child not in found:
                    found.add(child)
                    frontier.append(child)
        return found

    def instances_of(self, root: URIRef) -> set[URIRef]:
        classes = self.subclasses(root)
        return {s for c in classes for s in self.reference.subjects(RDF.type, c) if isinstance(s, URIRef)}

    def entity(self, iri: URIRef, kind: str) -> Entity:
        graph = self.reference
        label = graph.value(iri, SKOS.prefLabel)
        acronym = graph.value(iri, AKG.acronym)
        names = [
            str(o) for p in (SKOS.prefLabel, SKOS.altLabel, SKOS.hiddenLabel) for o in graph.objects(iri, p)
        ]
        return Entity(
            iri=iri,
            kind=kind,
            label=str(label) if label is not None else str(iri).rsplit("/", 1)[-1],
            acronym=str(acronym) if acronym is not None else None,
            types=frozenset(t for t in graph.objects(iri, RDF.type) if isinstance(t, URIRef)),
            unit_of=graph.value(iri, AKG.unitOf),
            developed_by=tuple(sorted(graph.objects(iri, AKG.developedBy))),
            topics=tuple(sorted(graph.objects(iri, AKG.topic))),
            names=tuple(sorted(set(names))),
        )

    def owner_acronym(self, entity: Entity) -> str | None:
        owners = (
            [entity.unit_of] if entity.unit_of else [o for o in entity.developed_by if o in self.entities]
        )
        for owner in owners:
            if owner is not None and self.entities.get(owner) and self.entities[owner].kind == "organization":
                return self.entities[owner].acronym
        return None

    def names_of(self, entity: Entity) -> Iterable[tuple[str, bool]]:
        """(name, is_acronym) pairs; a name that starts with its owner's acronym ("DMTF Redfish",
        "DMTF cloud management model and interfaces") is matched without it, so that the owner
        is found as a mention of its own and "DMTF Redfish" still names Redfish."""
        owner = self.owner_acronym(entity)
        strippable = entity.kind == "specification" or bool(entity.types & self.strippable_unit_classes)
        for name in entity.names:
            if not (strippable and owner and name.startswith(owner + " ")):
                yield name, False
            elif len(name.split()) > 2:
                yield name[len(owner) + 1 :], False
        if entity.acronym:
            yield entity.acronym, True

    @cached_property
    def strippable_unit_classes(self) -> set[URIRef]:
        """Units commonly named with and without their organization's acronym (not boards)."""
        return {c for root in STRIPPABLE_UNIT_KINDS for c in self.subclasses(root)}

    @cached_property
    def patterns(self) -> list[NamePattern]:
        patterns = []
        for entity in self.entities.values():
            if entity.kind not in RESOLVED_KINDS:
                continue
            for name, is_acronym in self.names_of(entity):
                patterns.append(NamePattern(entity, name_pattern(name, is_case_sensitive(name, is_acronym))))
        return patterns

    @cached_property
    def by_name(self) -> dict[str, list[Entity]]:
        index: dict[str, list[Entity]] = {}
        for entity in self.entities.values():
            for name, _ in self.names_of(entity):
                index.setdefault(normal_name(name), []).append(entity)
        return index

    # Finding names in text -----------------------------------------------------------

    def mentions(self, text: str) -> list[Mention]:
        """Longest non-overlapping mentions of known entities, in text order."""
        found = [
            Mention(p.entity, m.start(), m.end(), m.group())
            for p in self.patterns
            for m in p.pattern.finditer(text)
        ]
        found.sort(key=lambda m: (-(m.end - m.start), m.start))
        chosen: list[Mention] = []
        for mention in found:
            if all(mention.end <= c.start or mention.start >= c.end for c in chosen):
                chosen.append(mention)
        chosen.sort(key=lambda m: m.start)
        return self.qualified(text, chosen)

    def qualified(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A known unit named right after another organization is that organization's unit, not ours."""
        result = []
        for index, mention in enumerate(mentions):
            previous = mentions[index - 1] if index else None
            entity = mention.entity
            if (
                previous is not None
                and entity.kind == "unit"
                and previous.entity.kind == "organization"
                and not text[previous.end : mention.start].strip(" \u2019's")
                and entity.unit_of != previous.entity.iri
            ):
                name = f"{previous.entity.short_name} {mention.surface}"
                unit = self.new_unit(name, None, previous.entity)
                result.append(Mention(unit, mention.start, mention.end, mention.surface))
                continue
            result.append(mention)
        return result

    def resolve(self, name: str, kind: str | None = None) -> Entity | None:
        """The entity a whole name stands for, if exactly one does."""
        candidates = [e for e in self.by_name.get(normal_name(name), []) if kind is None or e.kind == kind]
        unique = {e.iri: e for e in candidates}
        return next(iter(unique.values())) if len(unique) == 1 else None

    def organization_for_email(self, address: str) -> Entity | None:
        """The organization whose domain (or variant domain, such as a misspelling) an address uses."""
        match = EMAIL.search(address)
        if match is None:
            return None
        domain = match.group("domain").lower()
        for predicate in (AKG.domainName, AKG.variantDomainName):
            for iri, value in self.reference.subject_objects(predicate):
                known = str(value).lower()
                if (domain == known or domain.endswith("." + known)) and iri in self.entities:
                    return self.entities[iri]
        return None

    # New entities --------------------------------------------------------------------

    def remember(
        self,
        iri: URIRef,
        kind: str,
        label: str,
        name: str,
        acronym: str | None,
        entity_type: URIRef,
        unit_of: URIRef | None = None,
    ) -> Entity:
        """A new entity (not in the reference data), known by its name and acronym and flagged for
        review; the one already made for `iri`, if any."""
        existing = self.entities.get(iri) or self.new_entities.get(iri)
        if existing is not None:
            return existing
        names = tuple(n for n in (name, acronym) if n)
        types = frozenset({entity_type})
        entity = Entity(iri, kind, label, acronym, types, unit_of=unit_of, names=names, needs_review=True)
        self.new_entities[entity.iri] = entity
        self.entities[entity.iri] = entity
        self.__dict__.pop("patterns", None)
        self.__dict__.pop("by_name", None)
        return entity

    def new_organization(self, name: str, acronym: str | None = None) -> Entity:
        name = clean_name(name)
        known = self.resolve(name, "organization") or (acronym and self.resolve(acronym, "organization"))
        if known:
            return known
        is_alliance = any(w in name for w in ("Alliance", "Consortium"))
        kind_class = AKG.IndustryAlliance if is_alliance else AKG.Organization
        iri = ORG[slugify(acronym or name)]
        label = name if name != acronym else acronym
        return self.remember(iri, "organization", label, name, acronym, kind_class)

    def new_unit(self, name: str, acronym: str | None, organization: Entity | None) -> Entity:
        name = clean_name(name)
        head = unit_head(name)
        unit_class = UNIT_HEADS.get(head or "", AKG.WorkingGroup)
        owner = organization.short_name if organization else ""
        local = slugify(acronym or strip_owner(name, owner))
        if unit_class in (AKG.Board, AKG.Committee):
            namespace, local = BODY, slugify(strip_owner(name, owner).replace("of Directors", ""))
        else:
            namespace = WG
        prefix = f"{slugify(owner)}-" if owner else ""
        iri = URIRef(f"{namespace}{prefix}{local}")
        label = (
            name
            if not owner or name.startswith(owner) or unit_class not in (AKG.Board, AKG.Committee)
            else f"{owner} {name}"
        )
        owner_iri = organization.iri if organization else None
        return self.remember(iri, "unit", label, name, acronym, unit_class, unit_of=owner_iri)

    def new_specification(self, name: str, acronym: str | None = None, head: str | None = None) -> Entity:
        name = clean_name(name)
        known = self.resolve(name, "specification") or (acronym and self.resolve(acronym, "specification"))
        if known:
            return known
        spec_class = SPEC_HEADS.get((head or name.split()[-1]).lower(), AKG.Specification)
        return self.remember(SPEC[slugify(acronym or name)], "specification", name, name, acronym, spec_class)

    def with_developer(self, spec: Entity, developer: Entity) -> Entity:
        """Record who develops a new specification (known ones keep their reference data)."""
        if not spec.needs_review or developer.iri in spec.developed_by:
            return spec
        updated = replace(spec, developed_by=(*spec.developed_by, developer.iri))
        self.new_entities[spec.iri] = self.entities[spec.iri] = updated
        return updated


def normal_name(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").lower().split())


def clean_name(name: str) -> str:
    name = LEADING_ARTICLE.sub("", " ".join(name.split()))
    return name.strip(" ,.;:")


def strip_owner(name: str, owner: str) -> str:
    return name[len(owner) :].strip() if owner and name.startswith(owner + " ") else name


def unit_head(name: str) -> str | None:
    lowered = " ".join(name.lower().split())
    for head in sorted(UNIT_HEADS, key=len, reverse=True):
        if lowered.endswith(head):
            return head
    return None


def load_resolver(reference_files: Iterable[Path], ontology_files: Iterable[Path]) -> Resolver:
    return Resolver(load_graph(reference_files), load_graph(ontology_files))
