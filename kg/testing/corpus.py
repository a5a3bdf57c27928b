"""A realistic synthetic alliance corpus at any size, for benchmarks and tests (deterministic for a seed).

Follows the ontology and IRI scheme of the real data: organizations (standards bodies
and industry alliances, in clusters that mostly ally among themselves) with working
groups, a board and specifications in the reference graph; one named graph per work
register with 2-3 parties, participating units, specifications, topics, terms,
milestones with calendar or open targets, contacts with persons and e-mail addresses,
approvals, a collaboration between units, a review cycle or next review period, and
the source document it cites. The ontology, shapes and controlled vocabularies of the
checkout are included, so the corpus validates against ontology/shapes.ttl like real data.

Written to a file by `python benchmarks/generate.py --triples 1e6`; read by the benchmarks
and by tests/validate/test_store_validation.py.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg.model.namespaces import BASE, REFERENCE_GRAPH
from kg.pipeline.build import assemble, named_graphs

AKG = BASE + "ontology#"
ID = BASE + "id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
FOAF = "http://xmlns.com/foaf/0.1/"
VCARD = "http://www.w3.org/2006/vcard/ns#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TOPICS = ["cloud", "grid", "virtualization", "storage", "non-volatile-memory", "fabrics"]
TRIPLES_PER_REGISTER = 208  # measured: a register graph plus its share of the reference data
ORGS_PER_REGISTER = 2.2
CLUSTER = 24
WORDS = [
    "interoperable",
    "management",
    "model",
    "protocol",
    "schema",
    "fabric",
    "storage",
    "cloud",
    "grid",
    "security",
    "telemetry",
]


def iri(text: str) -> str:
    return f"<{text}>"


def lit(text: str, lang: str | None = "en", datatype: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if datatype:
        return f'"{escaped}"^^<{datatype}>'
    return f'"{escaped}"@{lang}' if lang else f'"{escaped}"'


@dataclass
class Corpus:
    """Sizes derived from the target triple count; every entity is a pure function of (seed, index)."""

    triples: int
    seed: int = 20261121

    @property
    def registers(self) -> int:
        return max(4, round(self.triples / TRIPLES_PER_REGISTER))

    @property
    def organizations(self) -> int:
        return max(6, round(self.registers * ORGS_PER_REGISTER))

    def org(self, i: int) -> str:
        return f"{ID}organization/syn-{i:06d}"

    def unit(self, org: int, k: int) -> str:
        return f"{ID}working-group/syn-{org:06d}-wg{k}" if k < 2 else f"{ID}body/syn-{org:06d}-board"

    def spec(self, org: int, k: int) -> str:
        return f"{ID}specification/syn-{org:06d}-s{k}"

    def register(self, r: int) -> str:
        return f"{ID}register/syn-{r:06d}"

    def graph(self, r: int) -> str:
        return f"{ID}graph/register/syn-{r:06d}"

    # --- Reference graph ---------------------------------------------------------------

    def reference(self) -> Iterator[tuple[str, str, str]]:
        for i in range(self.organizations):
            yield from self._organization(i)
        for year in range(2005, 2031):
            for q in range(1, 5):
                period = f"{ID}period/{year}-q{q}"
                start, end = f"{year}-{3 * q - 2:02d}-01", f"{year}-{3 * q:02d}-{30 if q in (2, 3) else 31}"
                yield iri(period), iri(RDF_TYPE), iri(AKG + "CalendarQuarter")
                yield iri(period), iri(RDFS + "label"), lit(f"{q}Q{year}", None)
                yield iri(period), iri(AKG + "startDate"), lit(start, datatype=XSD + "date")
                yield iri(period), iri(AKG + "endDate"), lit(end, datatype=XSD + "date")

    def _organization(self, i: int) -> Iterator[tuple[str, str, str]]:
        rng = random.Random(self.seed * 7919 + i)
        org, acronym = iri(self.org(i)), f"SO{i:05d}"
        kind = "IndustryAlliance" if rng.random() < 0.3 else "StandardsOrganization"
        yield org, iri(RDF_TYPE), iri(AKG + kind)
        yield org, iri(SKOS + "prefLabel"), lit(f"Synthetic {rng.choice(WORDS).title()} Forum {i}")
        yield org, iri(SKOS + "altLabel"), lit(f"The {acronym} Consortium")
        yield org, iri(AKG + "acronym"), lit(acronym, None)
        yield org, iri(AKG + "domainName"), lit(f"so{i:05d}.org", None)
        yield org, iri(AKG + "mission"), lit(f"Develops {rng.choice(WORDS)} standards for industry ({i}).")
        yield org, iri(FOAF + "homepage"), iri(f"https://so{i:05d}.org/")
        for k in range(3):
            unit = iri(self.unit(i, k))
            kind = "Board" if k == 2 else rng.choice(["WorkingGroup", "TechnicalWorkGroup"])
            yield unit, iri(RDF_TYPE), iri(AKG + kind)
            name = "Board" if k == 2 else f"Working Group {k}"
            yield unit, iri(SKOS + "prefLabel"), lit(f"{acronym} {name}")
            yield unit, iri(AKG + "unitOf"), org
            charter = f"Chartered to work on {rng.choice(WORDS)} ({acronym}/{k})."
            yield unit, iri(AKG + "charter"), lit(charter)
            if k < 2:
                yield unit, iri(AKG + "acronym"), lit(f"{acronym}-WG{k}", None)
                yield unit, iri(AKG + "topic"), iri(f"{ID}topic/{rng.choice(TOPICS)}")
        for k in range(2):
            spec = iri(self.spec(i, k))
            yield spec, iri(RDF_TYPE), iri(AKG + rng.choice(["Standard", "Specification", "Schema"]))
            label = f"{acronym} {rng.choice(WORDS).title()} Specification {k}"
            yield spec, iri(SKOS + "prefLabel"), lit(label)
            yield spec, iri(AKG + "acronym"), lit(f"{acronym}-S{k}", None)
            yield spec, iri(AKG + "developedBy"), org
            yield spec, iri(AKG + "topic"), iri(f"{ID}topic/{rng.choice(TOPICS)}")
            if i % CLUSTER and rng.random() < 0.5:  # builds on a specification of its cluster
                yield spec, iri(AKG + rng.choice(["extends", "uses", "buildsOn"])), iri(self.spec(i - 1, k))

    # --- Register graphs ---------------------------------------------------------------

    def parties(self, rng: random.Random) -> list[int]:
        clusters = max(1, self.organizations // CLUSTER)
        cluster = rng.randrange(clusters)
        pool = range(cluster * CLUSTER, min(self.organizations, (cluster + 1) * CLUSTER))
        chosen = rng.sample(list(pool), k=min(len(pool), rng.choice([2, 2, 3])))
        if rng.random() < 0.1:  # a few alliances across clusters
            chosen[-1] = rng.randrange(self.organizations)
        return sorted(set(chosen)) if len(set(chosen)) > 1 else [pool[0], pool[-1]]

    def parties_of(self, r: int) -> list[int]:
        """The organizations party to register r (as register_triples draws them)."""
        return self.parties(random.Random(self.seed * 104729 + r))

    def register_triples(self, r: int) -> Iterator[tuple[str, str, str]]:
        rng = random.Random(self.seed * 104729 + r)
        reg, base = iri(self.register(r)), self.register(r)
        graph, document = iri(self.graph(r)), iri(f"{ID}document/syn-{r:06d}-work-register")
        parties = self.parties(rng)
        yield graph, iri(RDF_TYPE), iri(AKG + "RegisterGraph")
        yield graph, iri(RDFS + "label"), lit(f"Statements of synthetic register {r}")
        yield graph, iri(FOAF + "primaryTopic"), reg
        yield graph, iri(PROV + "wasDerivedFrom"), document
        yield document, iri(RDF_TYPE), iri(AKG + "SourceDocument")
        yield document, iri(RDFS + "label"), lit(f"Synthetic register {r} (plain text)")
        yield document, iri(AKG + "path"), lit(f"data/registers/syn-{r:06d}.txt", None)
        digest = hashlib.sha256(f"{self.seed}-{r}".encode()).hexdigest()
        yield document, iri(AKG + "sha256"), lit(digest, datatype=XSD + "hexBinary")
        yield reg, iri(RDF_TYPE), iri(AKG + "WorkRegister")
        yield reg, iri(DCT + "title"), lit(" / ".join(f"SO{p:05d}" for p in parties) + f" Work Register {r}")
        yield reg, iri(AKG + "version"), lit(f"1.{rng.randrange(10)}", None)
        yield reg, iri(PROV + "hadPrimarySource"), document
        yield reg, iri(AKG + "nonExclusive"), lit("true", datatype=XSD + "boolean")
        yield reg, iri(AKG + "scope"), lit(f"Collaboration on {rng.choice(WORDS)} and {rng.choice(WORDS)}.")
        yield reg, iri(AKG + "benefit"), lit(f"Aligned {rng.choice(WORDS)} specifications.")
        for topic in rng.sample(TOPICS, k=rng.choice([1, 2])):
            yield reg, iri(AKG + "topic"), iri(f"{ID}topic/{topic}")
        for p in parties:
            yield reg, iri(AKG + "party"), iri(self.org(p))
            yield reg, iri(AKG + "participatingUnit"), iri(self.unit(p, 0))
            yield reg, iri(AKG + "concerns"), iri(self.spec(p, rng.randrange(2)))
        year = rng.randrange(2008, 2026)
        yield from self._milestones(rng, reg, base, parties, year)
        yield from self._contacts(rng, reg, base, parties)
        yield from self._approvals(rng, reg, base, parties, year)
        yield from self._terms(rng, reg, base)
        collaboration = iri(f"{base}/collaboration-1")
        yield reg, iri(AKG + "collaboration"), collaboration
        yield collaboration, iri(RDF_TYPE), iri(AKG + "Collaboration")
        yield collaboration, iri(RDFS + "label"), lit(f"Working groups of register {r}")
        for p in parties[:2]:
            yield collaboration, iri(AKG + "collaboratingUnit"), iri(self.unit(p, 0))
        yield collaboration, iri(AKG + "establishedBy"), iri(f"{base}/milestone-1")

    def _milestones(self, rng, reg, base, parties, year) -> Iterator[tuple[str, str, str]]:
        for m in range(1, rng.randrange(3, 7) + 1):
            milestone = iri(f"{base}/milestone-{m}")
            yield reg, iri(AKG + "milestone"), milestone
            yield milestone, iri(RDF_TYPE), iri(AKG + "Milestone")
            yield milestone, iri(AKG + "ordinal"), lit(str(m), datatype=XSD + "integer")
            yield milestone, iri(RDFS + "label"), lit(f"Milestone {m}: {rng.choice(WORDS)} draft")
            yield milestone, iri(AKG + "text"), lit(f"Deliver the {rng.choice(WORDS)} draft {m}.", None)
            yield milestone, iri(AKG + "responsible"), iri(self.org(rng.choice(parties)))
            if rng.random() < 0.75:
                q, y = rng.randrange(1, 5), min(2030, year + m // 2)
                yield milestone, iri(AKG + "targetText"), lit(f"{q}Q{y}", None)
                yield milestone, iri(AKG + "targetPeriod"), iri(f"{ID}period/{y}-q{q}")
            else:
                yield milestone, iri(AKG + "targetText"), lit("On-going", None)
                yield milestone, iri(AKG + "targetStatus"), iri(f"{ID}target-status/on-going")

    def _contacts(self, rng, reg, base, parties) -> Iterator[tuple[str, str, str]]:
        for c, p in enumerate(parties * 2, start=1):
            contact, person = iri(f"{base}/contact-{c}"), iri(f"{ID}person/syn-{p:06d}-{c % 2}")
            yield reg, iri(AKG + "contactPoint"), contact
            yield contact, iri(RDF_TYPE), iri(AKG + "ContactPoint")
            yield contact, iri(AKG + "ordinal"), lit(str(c), datatype=XSD + "integer")
            yield contact, iri(AKG + "contactFor"), iri(self.org(p))
            role = rng.choice(["Chair", "Liaison", "Executive Director"])
            yield contact, iri(AKG + "role"), lit(role, None)
            yield contact, iri(VCARD + "hasEmail"), iri(f"mailto:contact{c % 2}@so{p:05d}.org")
            yield contact, iri(AKG + "person"), person
            yield person, iri(RDF_TYPE), iri(FOAF + "Person")
            yield person, iri(FOAF + "name"), lit(f"Person {p} {c % 2}", None)

    def _approvals(self, rng, reg, base, parties, year) -> Iterator[tuple[str, str, str]]:
        review = min(2030, year + 1)
        yield reg, iri(AKG + "nextReview"), iri(f"{ID}period/{review}-q2")
        yield reg, iri(AKG + "reviewText"), lit(f"The next review is expected in 2Q{review}", None)
        for p in parties[:2]:
            approval = iri(f"{base}/approval-{p:06d}")
            yield reg, iri(AKG + "approval"), approval
            yield approval, iri(RDF_TYPE), iri(AKG + "Approval")
            yield approval, iri(AKG + "approvedBy"), iri(self.unit(p, 2))
            if rng.random() < 0.8:
                yield approval, iri(AKG + "approvalStatus"), iri(f"{ID}approval-status/approved")
                date = f"{year}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                yield approval, iri(AKG + "approvalDate"), lit(date, datatype=XSD + "date")
                yield approval, iri(AKG + "resolutionId"), lit(f"{year}-{rng.randrange(100):02d}", None)
            else:
                yield approval, iri(AKG + "approvalStatus"), iri(f"{ID}approval-status/pending")

    def _terms(self, rng, reg, base) -> Iterator[tuple[str, str, str]]:
        for t, label in enumerate("abc"[: rng.randrange(2, 4)], start=1):
            term = iri(f"{base}/term-{label}")
            yield reg, iri(AKG + "term"), term
            yield term, iri(RDF_TYPE), iri(AKG + "RegisterTerm")
            yield term, iri(AKG + "termLabel"), lit(label, None)
            yield term, iri(AKG + "ordinal"), lit(str(t), datatype=XSD + "integer")
            yield term, iri(AKG + "text"), lit(f"Each party shares {rng.choice(WORDS)} drafts ({t}).", None)

    def register_graph(self, r: int) -> Graph:
        """One register as an rdflib Graph (for the add-one-register benchmark)."""
        text = "".join(f"{s} {p} {o} .\n" for s, p, o in self.register_triples(r))
        return Graph(identifier=self.graph(r)).parse(data=text, format="nt")

    # --- Output ------------------------------------------------------------------------

    def lines(self) -> Iterator[str]:
        """N-Quads: the checkout's ontology, shapes and reference data, then the synthetic graphs."""
        for graph_iri, graph in named_graphs(assemble()).items():
            for line in graph.serialize(format="nt").splitlines():
                if line.strip():
                    yield f"{line[:-1].rstrip()} <{graph_iri}> .\n"
        for s, p, o in self.reference():
            yield f"{s} {p} {o} <{REFERENCE_GRAPH}> .\n"
        for r in range(self.registers):
            name = iri(self.graph(r))
            for s, p, o in self.register_triples(r):
                yield f"{s} {p} {o} {name} .\n"


def write(corpus: Corpus, out: Path) -> int:
    """The corpus as N-Quads in `out` (written beside it, then renamed into place); the number of quads."""
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = out.with_suffix(".partial")
    count = 0
    with staging.open("w", encoding="utf-8") as handle:
        for line in corpus.lines():
            handle.write(line)
            count += 1
    staging.replace(out)
    return count


# --- Source documents ----------------------------------------------------------------------------------
# Register documents as an analyst would hand them to `kg ingest` (Markdown), for the ingest benchmarks
# (benchmarks/bench_ingest.py, bench_extract_scaling.py) and the batch tests. Their parties are the
# organizations of the checkout's reference data, so the extraction resolves them as it does real ones;
# every text is made up here from the word lists, deterministic for (seed, index).

PARTIES = [  # (acronym, full name, home-page domain), as the reference data has them
    ("DMTF", "Distributed Management Task Force", "dmtf.org"),
    ("OGF", "Open Grid Forum", "ogf.org"),
    ("SNIA", "Storage Networking Industry Association", "snia.org"),
    ("OFA", "OpenFabrics Alliance", "openfabrics.org"),
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PEOPLE = ["Ada Moreau", "Bram Keller", "Chen Wei", "Dana Osei", "Emil Novak", "Farah Haddad", "Goran Ilic"]


@dataclass
class RegisterDocuments:
    """Work register documents (Markdown) of about a real register's size, each with its own title and
    version, so that each is its own named graph."""

    seed: int = 20261203

    def parties(self, rng: random.Random) -> list[tuple[str, str, str]]:
        return rng.sample(PARTIES, k=rng.choice([2, 2, 3]))

    def document(self, index: int) -> str:
        """Register `index` as Markdown (about 4-7 KB, as the seed registers are 5-10 KB)."""
        rng = random.Random(self.seed * 7907 + index)
        parties = self.parties(rng)
        year = rng.randrange(2008, 2024)
        lines = heading_block(parties, index, year, rng)
        lines += benefits_block(parties, rng, count=rng.randrange(4, 8))
        lines += scope_block(parties, rng, paragraphs=rng.randrange(4, 8))
        lines += milestones_block(parties, rng, year, count=rng.randrange(5, 11))
        lines += closing_block(parties, rng, year, index, contacts=2)
        return "\n".join(lines) + "\n"

    def write(self, folder: Path, count: int) -> list[Path]:
        """`count` documents in `folder` (register-NNNN.md); their paths, sorted."""
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for index in range(count):
            path = folder / f"register-{index:04d}.md"
            path.write_text(self.document(index), encoding="utf-8")
            paths.append(path)
        return paths


def names(parties: list[tuple[str, str, str]]) -> str:
    acronyms = [f"the {acronym}" for acronym, _, _ in parties]
    return ", ".join(acronyms[:-1]) + f" and {acronyms[-1]}"


def sentence(rng: random.Random, parties: list[tuple[str, str, str]]) -> str:
    first, second = rng.sample(parties, k=2)
    return (
        f"The {first[0]} and the {second[0]} will align their {rng.choice(WORDS)} work on "
        f"{rng.choice(WORDS)} {rng.choice(WORDS)} specifications and review each other's drafts."
    )


def heading_block(parties, index: int, year: int, rng: random.Random) -> list[str]:
    title = " / ".join(acronym for acronym, _, _ in parties) + f" Work Register {index}"
    lines = [f"# {title}", "", f"Version: 1.{index % 10}", ""]
    lines += [f"Date Initiated: {rng.randrange(1, 29)} {rng.choice(MONTHS)} {year}", ""]
    lines += ["## Alliance Organizations", ""]
    lines += [f"- {full} ({acronym})" for acronym, full, _ in parties]
    return [*lines, ""]


def benefits_block(parties, rng: random.Random, count: int) -> list[str]:
    lines = ["## Alliance Benefits", ""]
    for _ in range(count):
        lines.append(f"- Shared {rng.choice(WORDS)} work on {rng.choice(WORDS)} between {names(parties)}.")
    return [*lines, ""]


def scope_block(parties, rng: random.Random, paragraphs: int) -> list[str]:
    lines = ["## Alliance Scope", ""]
    for _ in range(paragraphs):
        lines += [" ".join(sentence(rng, parties) for _ in range(rng.randrange(2, 5))), ""]
    return lines


def milestone_row(parties, rng: random.Random, year: int, number: int) -> str:
    acronym = rng.choice(parties)[0]
    target = f"{rng.randrange(1, 5)}Q{min(2030, year + number // 4)}" if rng.random() < 0.8 else "On-going"
    return f"| {acronym} delivers the {rng.choice(WORDS)} {rng.choice(WORDS)} draft {number} | {target} |"


def milestones_block(parties, rng: random.Random, year: int, count: int) -> list[str]:
    first, second = parties[0][0], parties[1][0]
    lines = ["## Milestones", "", "| Milestone | Target |", "|---|---|"]
    lines.append(f"| Establish a working relationship between the {first} and the {second} | 1Q{year} |")
    lines += [milestone_row(parties, rng, year, number) for number in range(2, count + 1)]
    return [*lines, ""]


def contact_line(party: tuple[str, str, str], rng: random.Random, number: int) -> str:
    acronym, _, domain = party
    person = rng.choice(PEOPLE)
    role = rng.choice(["Chair", "Liaison", "Vice Chair"])
    return f"- {acronym} {role}, {person} (contact{number}@{domain})"


def closing_block(parties, rng: random.Random, year: int, index: int, contacts: int = 1) -> list[str]:
    lines = ["## Work Register Review Date", ""]
    lines += [
        f"The next review date is expected to be {rng.choice(MONTHS)} {year + 1}.",
        "",
        "## Contacts",
        "",
    ]
    for number, party in enumerate(parties):
        lines += [f"### {party[0]}:", ""]
        lines += [contact_line(party, rng, number * contacts + k) for k in range(1, contacts + 1)]
        lines += [""]
    approver = parties[0][0]
    lines += ["## Approval", "", f"Approved by the {approver} Board on {rng.choice(MONTHS)} 2, {year}."]
    return lines


def scaled_document(kind: str, size: int, seed: int = 20261203) -> str:
    """A register document of about `size` characters: 'list' grows its milestone table and contact
    list (thousands of list lines), 'prose' its scope section (paragraphs of sentences)."""
    if kind not in ("list", "prose"):
        raise ValueError(f"kind is 'list' or 'prose', not {kind!r}")
    rng = random.Random(seed)
    parties, year = PARTIES[:2], 2012
    head = heading_block(parties, 0, year, rng) + benefits_block(parties, rng, 3)
    tail = closing_block(parties, rng, year, 0)
    budget = size - len("\n".join(head + tail))
    if kind == "prose":
        body, used = ["## Alliance Scope", ""], 0
        while used < budget:
            paragraph = " ".join(sentence(rng, parties) for _ in range(4))
            body += [paragraph, ""]
            used += len(paragraph) + 2
        body += milestones_block(parties, rng, year, 4)
    else:
        body = ["## Milestones", "", "| Milestone | Target |", "|---|---|"]
        number, used = 1, 0
        while used < budget // 2:
            body.append(milestone_row(parties, rng, year, number))
            used, number = used + len(body[-1]) + 1, number + 1
        body += [""]
        contacts, number = [], 1
        while used < budget:
            contacts.append(contact_line(parties[number % 2], rng, number))
            used, number = used + len(contacts[-1]) + 1, number + 1
        before, after = tail[: tail.index("## Contacts")], tail[tail.index("## Approval") :]
        tail = [*before, "## Contacts", "", *contacts, "", *after]
    return "\n".join(head + body + tail) + "\n"
