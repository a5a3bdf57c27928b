"""Precision and recall of extraction: the seed registers against their curated gold graphs
(triple by triple), and the development corpus against its gold facts (docs/corpus.md).

Honest by construction: the extracted facts (provenance removed) and the curated graph
are compared triple by triple with the same IRIs; blank nodes are matched structurally
(each is named by a hash of everything said about it, recursively, so two blank nodes
match only when everything said about them matches); literals match when their value, language and
datatype match (a plain string and an xsd:string are the same RDF 1.1 literal). The
gold is never altered. A kind of fact is a predicate (rdf:type counts per class).
"""

from __future__ import annotations

import json
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from rdflib import RDF, RDFS, BNode, Graph, Node, URIRef
from rdflib.namespace import FOAF, SKOS

from kg.errors import InputError, KgError
from kg.model.changes import blank_node_names, normal
from kg.model.namespaces import AKG, bind_prefixes
from kg.model.provenance import split_provenance
from kg.model.rdfio import load_graph
from kg.model.records import DOCUMENT_KINDS

if TYPE_CHECKING:
    from kg.pipeline.ingest import Checker, Extraction

THRESHOLD = 0.95
Triple = tuple[Node, Node, Node]


@dataclass(frozen=True)
class Score:
    kind: str
    gold: int
    extracted: int
    matched: int

    @property
    def precision(self) -> float:
        return self.matched / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 1.0


@dataclass
class Comparison:
    name: str
    scores: list[Score]
    missing: list[Triple] = field(default_factory=list)
    extra: list[Triple] = field(default_factory=list)
    graph: Graph = field(default_factory=Graph)

    @property
    def total(self) -> Score:
        return Score(
            "all facts",
            sum(s.gold for s in self.scores),
            sum(s.extracted for s in self.scores),
            sum(s.matched for s in self.scores),
        )

    def passes(self, threshold: float = THRESHOLD) -> bool:
        return self.total.precision >= threshold and self.total.recall >= threshold

    def as_text(self, details: bool = False) -> str:
        lines = [
            f"{self.name}",
            f"  {'kind of fact':38} {'gold':>5} {'extr':>5} {'match':>5} {'prec':>6} {'rec':>6}",
        ]
        for score in [*sorted(self.scores, key=lambda s: s.kind), self.total]:
            lines.append(
                f"  {score.kind:38} {score.gold:5d} {score.extracted:5d} {score.matched:5d} "
                f"{score.precision:6.3f} {score.recall:6.3f}"
            )
        if details:
            lines += [f"  missing: {self.render(t)}" for t in sorted(self.missing)]
            lines += [f"  extra:   {self.render(t)}" for t in sorted(self.extra)]
        return "\n".join(lines) + "\n"

    def render(self, triple: Triple) -> str:
        return " ".join(_short(term.n3(self.graph.namespace_manager)) for term in triple)


def _short(text: str) -> str:
    return text if len(text) <= 90 else text[:87] + "..."


def canonical_triples(graph: Graph) -> set[Triple]:
    names = blank_node_names(graph)

    def term(node: Node) -> Node:
        return names[node] if isinstance(node, BNode) else normal(node)

    return {(term(s), term(p), term(o)) for s, p, o in graph}


def kind_of(triple: Triple, graph: Graph) -> str:
    _, predicate, obj = triple
    if predicate == RDF.type:
        return "type " + obj.n3(graph.namespace_manager)
    return predicate.n3(graph.namespace_manager)


def compare(extracted: Graph, gold: Graph, name: str = "register") -> Comparison:
    """Compare extracted facts (provenance is removed first) with the gold graph."""
    facts, _ = split_provenance(extracted)
    namespaces = bind_prefixes(Graph())
    found, expected = canonical_triples(facts), canonical_triples(gold)
    matched = found & expected
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for triple in expected:
        counts[kind_of(triple, namespaces)][0] += 1
    for triple in found:
        counts[kind_of(triple, namespaces)][1] += 1
    for triple in matched:
        counts[kind_of(triple, namespaces)][2] += 1
    scores = [Score(kind, *values) for kind, values in counts.items()]
    return Comparison(name, scores, sorted(expected - found), sorted(found - expected), namespaces)


def evaluate_seed(slug: str, curated: Path, document: Path, sources=None) -> Comparison:
    """Extract the seed register from its document and compare it with its curated graph."""
    from kg.pipeline.ingest import extract

    extraction = extract(document, slug=slug, sources=sources)
    return compare(extraction.graph, load_graph([curated]), name=f"{slug} ({document.name})")


def evaluate_seeds(slugs: list[str] | None = None, sources=None) -> list[Comparison]:
    from kg.model.sources import default_sources
    from kg.pipeline.ingest import seed_documents

    sources = sources or default_sources()
    documents = seed_documents(sources)
    curated = sources.curated_registers
    chosen = slugs or sorted(documents)
    return [evaluate_seed(slug, curated[slug], documents[slug], sources) for slug in chosen]


# --- The development corpus: domain facts against the gold of docs/corpus.md -------------------------

SUBSETS = ("dev", "held-out")
FACT_KINDS = ("kind", "parties", "units", "topics", "milestones", "contacts", "dates", "liaison", "warnings")
LABELS = (SKOS.prefLabel, SKOS.altLabel, AKG.acronym, RDFS.label, FOAF.name)
OPENING = {")": "(", "]": "[", "}": "{"}
PUNCTUATION = "".join(chr(c) for c in range(0x110000) if unicodedata.category(chr(c)).startswith("P"))
KIND_CLASSES = {AKG[kind]: kind for kind in DOCUMENT_KINDS}
DATE_ROLES = {
    AKG.effectiveDate: "effective",
    AKG.dateSigned: "signed",
    AKG.dateInitiated: "initiated",
    AKG.initiatedIn: "initiated",
    AKG.reviewDate: "review",
    AKG.dateApproved: "approved",
    AKG.datePublished: "published",
    AKG.responseDeadline: "deadline",
    AKG.meetingDate: "meeting",
}


def norm(text: object) -> str:
    """docs/corpus.md's normalisation: NFKC, case folded, whitespace collapsed, leading and
    trailing punctuation and quotes stripped."""
    folded = " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())
    stripped = folded.strip(PUNCTUATION + " ")
    closing = folded[len(folded.rstrip(")]}")) :][:1]  # a bracket closing one the text opened is kept
    if closing and stripped.count(OPENING[closing]) > stripped.count(closing):
        return stripped + closing  # "ITU-R M.[IP CHAR]": not "itu-r m.[ip char"
    return stripped


def names(values: list[str] | None) -> frozenset[str]:
    return frozenset(norm(v) for v in values or () if norm(v))


@dataclass(frozen=True)
class Fact:
    """One fact of a kind, as comparable values: what `matches` needs of gold and extraction."""

    kind: str
    key: tuple


@dataclass
class DocumentScore:
    """One corpus document: its subset and gold kind, and per kind of fact (gold, extracted, matched)."""

    name: str
    subset: str
    kind: str
    counts: dict[str, list[int]] = field(default_factory=lambda: {k: [0, 0, 0] for k in FACT_KINDS})
    missing: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)
    refusal: str | None = None


class GraphFacts:
    """The domain facts an extracted graph states about its document, in the gold's terms."""

    def __init__(self, facts: Graph, reference: Graph) -> None:
        self.graph = facts
        self.reference = reference
        self.document = next(iter(facts.objects(facts.identifier, FOAF.primaryTopic)), None)

    def value(self, subject: Node, predicate: URIRef) -> list[Node]:
        return [*self.graph.objects(subject, predicate), *self.reference.objects(subject, predicate)]

    def labels(self, node: Node) -> frozenset[str]:
        found = {norm(o) for p in LABELS for o in self.value(node, p)}
        found |= {
            norm(o) for former in self.value(node, AKG.formerName) for o in self.value(former, RDFS.label)
        }
        return frozenset(found)

    def organization_labels(self, node: Node) -> frozenset[str]:
        """The labels of an organization, or of a unit's organization (a unit stands for it)."""
        owners = self.value(node, AKG.unitOf)
        return self.labels(node).union(*(self.labels(o) for o in owners))

    def objects(self, predicate: URIRef) -> list[Node]:
        return list(self.graph.objects(self.document, predicate)) if self.document is not None else []

    def kind(self) -> str | None:
        return next((KIND_CLASSES[URIRef(str(t))] for t in self.objects(RDF.type) if t in KIND_CLASSES), None)

    def facts(self) -> dict[str, list[tuple]]:
        """Each kind of fact as comparable tuples (labels are frozensets of accepted names)."""
        kind = self.kind()
        return {
            "kind": [(kind,)] if kind else [],
            "parties": [(self.labels(p),) for p in self.objects(AKG.party)],
            "units": [
                (self.unit_labels(u), self.organization_labels_of_unit(u))
                for u in self.objects(AKG.participatingUnit)
            ],
            "topics": [(self.labels(t),) for p in (AKG.topic, AKG.concerns) for t in self.objects(p)],
            "milestones": [self.milestone(m) for m in self.objects(AKG.milestone)],
            "contacts": [
                *(c for c in (self.contact(n) for n in self.objects(AKG.contactPoint)) if c is not None),
                *(self.person(p) for p in self.objects(AKG.contactPerson)),
            ],
            "dates": [
                *((role, str(v)) for p, role in DATE_ROLES.items() for v in self.objects(p)),
                *(("review", self.period_key(p)) for p in self.objects(AKG.nextReview)),
            ],
            "liaison": self.liaison(),
            "warnings": [(norm(w),) for w in self.objects(AKG.missingPart)],
        }

    def unit_labels(self, unit: Node) -> frozenset[str]:
        """A unit's labels, and each without its organization's name in front ("ETSI MEC ISG" is
        the "MEC ISG" of ETSI: issue 12 counts a unit written together with its organization as it)."""
        labels = self.labels(unit)
        return labels | without_owner(labels, self.organization_labels_of_unit(unit))

    def organization_labels_of_unit(self, unit: Node) -> frozenset[str]:
        return frozenset().union(*(self.labels(o) for o in self.value(unit, AKG.unitOf)))

    def milestone(self, node: Node) -> tuple:
        texts = {norm(t) for p in (RDFS.label, AKG.text) for t in self.graph.objects(node, p)}
        target = self.graph.value(node, AKG.targetText)
        return (frozenset(texts), norm(target) if target is not None else "")

    def contact(self, node: Node) -> tuple | None:
        person = self.graph.value(node, AKG.person)
        name = self.graph.value(person, FOAF.name) if person is not None else None
        if name is None:
            return None
        return (
            norm(name),
            frozenset().union(
                *(self.organization_labels(o) for o in self.graph.objects(node, AKG.contactFor))
            ),
        )

    def period_key(self, period: Node) -> str:
        """A review period as ISO 8601 as far as it is precise: its local name (2022-06, 2022-q2)."""
        return str(period).rsplit("/", 1)[-1]

    def person(self, node: Node) -> tuple:
        name = self.graph.value(node, FOAF.name)
        affiliations = self.graph.objects(node, AKG.affiliation)
        return (norm(name or ""), frozenset().union(*(self.organization_labels(o) for o in affiliations)))

    def liaison(self) -> list[tuple]:
        found: list[tuple] = []
        for field_name, predicate in (("from", AKG.sender), ("to", AKG.addressee)):
            groups = self.objects(predicate)
            if groups:
                found.append((field_name, frozenset().union(*(self.organization_labels(g) for g in groups))))
        purpose = next(iter(self.objects(AKG.liaisonPurpose)), None)
        if purpose is not None:
            found.append(("purpose", "action" if purpose == AKG.ForAction else "information"))
        deadline = next(iter(self.objects(AKG.responseDeadline)), None)
        if deadline is not None and self.kind() == "LiaisonStatement":
            found.append(("deadline", str(deadline)))
        return found


def gold_facts(gold: dict) -> dict[str, list[tuple]]:
    """The gold of docs/corpus.md as the same comparable tuples."""
    liaison = gold.get("liaison") or {}
    return {
        "kind": [(gold["kind"],)],
        "parties": [(names(p),) for p in gold.get("parties", [])],
        "units": [gold_unit(u) for u in gold.get("units", [])],
        "topics": [(names([t]),) for t in gold.get("topics", [])],
        "milestones": [(norm(m["text"]), norm(m.get("target") or "")) for m in gold.get("milestones", [])],
        "contacts": [(norm(c["name"]), names(c.get("organization"))) for c in gold.get("contacts", [])],
        "dates": [(d["role"], d["value"]) for d in gold.get("dates", [])],
        "liaison": [
            (name, names(liaison.get(name)) if name in ("from", "to") else liaison.get(name))
            for name in ("from", "to", "purpose", "deadline")
            if liaison and liaison.get(name) not in (None, [])
        ],
        "warnings": [(norm(w),) for w in gold.get("warnings", [])],
    }


def gold_unit(unit: dict) -> tuple[frozenset[str], frozenset[str]]:
    """A gold unit as (its names, its organization's names). The name written with one of its
    organization's names in front ("ETSI TC ATTM" of ETSI) is also the name without it ("TC ATTM"): the
    rule GraphFacts.unit_labels applies to an extracted unit, applied to the gold's side too, so that a
    unit counts whichever side wrote its organization in front (docs/corpus.md: gold names have none)."""
    organizations = names(unit.get("organization"))
    written = names([unit["name"]])
    return written | without_owner(written, organizations), organizations


def without_owner(labels: frozenset[str], owners: frozenset[str]) -> frozenset[str]:
    """Each label without an owner's name in front of it ("etsi mec isg" -> "mec isg")."""
    bare = {label[len(owner) + 1 :] for label in labels for owner in owners if label.startswith(owner + " ")}
    return frozenset(b for b in bare if b)


def matches(fact_kind: str, gold: tuple, found: tuple) -> bool:
    """Whether one extracted fact is the gold fact, by docs/corpus.md's rules."""
    if fact_kind in ("parties", "topics"):
        return bool(gold[0] & found[0])
    if fact_kind == "units":
        return bool(gold[0] & found[0]) and (not gold[1] or bool(gold[1] & found[1]))
    if fact_kind == "milestones":
        return gold[0] in found[0] and gold[1] == found[1]
    if fact_kind == "contacts":
        return gold[0] == found[0] and (not gold[1] or bool(gold[1] & found[1]))
    if fact_kind == "liaison":
        if gold[0] != found[0]:
            return False
        return bool(gold[1] & found[1]) if gold[0] in ("from", "to") else gold[1] == found[1]
    return gold == found


def pair_up(fact_kind: str, gold: list[tuple], found: list[tuple]) -> tuple[int, list[tuple], list[tuple]]:
    """Greedy one-to-one matching: (matched, gold left over, extracted left over)."""
    left = list(found)
    missed = []
    for fact in gold:
        partner = next((i for i, f in enumerate(left) if matches(fact_kind, fact, f)), None)
        if partner is None:
            missed.append(fact)
        else:
            left.pop(partner)
    return len(gold) - len(missed), missed, left


def score_document(
    name: str, subset: str, gold: dict, facts: GraphFacts | None, refusal: str | None
) -> DocumentScore:
    """Count one document's facts; a refused document extracts nothing (right only for NotAlliance)."""
    score = DocumentScore(name, subset, gold["kind"], refusal=refusal)
    expected = gold_facts(gold)
    found = facts.facts() if facts is not None else {k: [] for k in FACT_KINDS}
    if gold["kind"] == "NotAlliance":
        expected = {k: v if k == "kind" else [] for k, v in expected.items()}
        if facts is None:
            found = {k: [("NotAlliance",)] if k == "kind" else [] for k in FACT_KINDS}
    for fact_kind in FACT_KINDS:
        matched, missed, extra = pair_up(fact_kind, expected[fact_kind], found[fact_kind])
        score.counts[fact_kind] = [len(expected[fact_kind]), len(found[fact_kind]), matched]
        score.missing += [f"{fact_kind}: {render_fact(f)}" for f in missed]
        score.extra += [f"{fact_kind}: {render_fact(f)}" for f in extra]
    return score


def render_fact(fact: tuple) -> str:
    return " | ".join("/".join(sorted(part)) if isinstance(part, frozenset) else str(part) for part in fact)


def read_gold(gold_file: Path) -> dict:
    """One gold file, read whole before any document is extracted: an InputError naming the file (and the
    line, or the part) where it is no JSON object of docs/corpus.md's form, not a traceback half-way through
    a corpus."""
    try:
        gold = json.loads(gold_text(gold_file))
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"{gold_file}: cannot read it: {error}") from None
    except json.JSONDecodeError as error:
        raise InputError(
            f"{gold_file}: line {error.lineno}, column {error.colno}: no JSON: {error.msg}"
        ) from None
    except RecursionError:
        raise InputError(f"{gold_file}: nested too deeply for a gold file (docs/corpus.md)") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("document"), str) or not gold["document"]:
        raise InputError(
            f"{gold_file}: a gold file is a JSON object whose 'document' names its file (docs/corpus.md)"
        )
    try:
        gold_facts(gold)
    except KeyError as error:
        raise InputError(f"{gold_file}: a fact lacks its {error} (docs/corpus.md)") from None
    except (TypeError, AttributeError, ValueError) as error:
        raise InputError(f"{gold_file}: not gold as docs/corpus.md writes it: {error}") from None
    return gold


GOLD_LIMIT = 1 << 20
"""Bytes a gold file may hold (the corpus's largest is under 20 KB): a gold linked to a device or a huge
file is refused, not read until memory runs out."""


def gold_text(gold_file: Path) -> str:
    """A gold file's text: a regular file (a named pipe or a device is never opened) of at most GOLD_LIMIT
    bytes."""
    if not gold_file.is_file():
        raise OSError("not a regular file (a folder, a named pipe or a device)")
    with gold_file.open("rb") as stream:
        data = stream.read(GOLD_LIMIT + 1)
    if len(data) > GOLD_LIMIT:
        raise OSError(f"over {GOLD_LIMIT:,} bytes: no gold file is this large")
    return data.decode("utf-8")


def gold_document(gold_file: Path, gold: dict) -> Path:
    """The document a gold names: a file beside it, in its own folder (InputError naming the gold when the
    name leads elsewhere or to nothing: the document was scored F1 0 without a word)."""
    name = Path(gold["document"])
    document = gold_file.parent / name
    if name.is_absolute() or len(name.parts) != 1 or name.name in ("", ".", ".."):
        raise InputError(
            f"{gold_file}: 'document' must name a file in the gold's own folder, not {str(name)!r}"
        )
    if not document.is_file():
        raise InputError(f"{gold_file}: its document {name} is not a file in {gold_file.parent}")
    return document


def corpus_documents(root: Path) -> list[tuple[str, Path, dict]]:
    """(subset, document path, gold) for every <name>.gold.json of dev/ and held-out/."""
    found = []
    for subset in SUBSETS:
        for gold_file in sorted((root / subset).glob("*.gold.json")):
            gold = read_gold(gold_file)
            found.append((subset, gold_document(gold_file, gold), gold))
    if not found:
        raise InputError(
            f"{root}: no <name>.gold.json under {root / 'dev'} or {root / 'held-out'} (docs/corpus.md)"
        )
    return found


def evaluate_corpus(root: Path, sources=None, validated: bool = False) -> list[DocumentScore]:
    """Extract every corpus document as `kg ingest` does (no store) and score it against its gold.
    `validated`: score what `kg ingest` would write, not what the rules read: each extraction validated
    against the shapes and the reference data, the facts a Violation names dropped (kg.pipeline.salvage),
    a document that still has one refused (scored as extracting nothing). Why an option: it costs a
    validation per document (several times the extraction on short ones), and the rules' tuning asks
    what they read; a user gets what is written."""
    from kg.model.sources import default_sources
    from kg.pipeline.ingest import Checker, extract, reference_graphs

    sources = sources or default_sources()
    reference, _ = reference_graphs(sources.root)
    checker = Checker(sources) if validated else None
    scores = []
    for subset, path, gold in corpus_documents(root):
        try:
            extraction = extract(path, sources=sources)
            if checker is not None:
                extraction = as_written(extraction, checker)
        except KgError as error:
            scores.append(score_document(path.name, subset, gold, None, str(error)))
            continue
        facts, _ = split_provenance(extraction.facts)
        facts_graph = Graph(identifier=extraction.facts.identifier)
        facts_graph += facts
        scores.append(score_document(path.name, subset, gold, GraphFacts(facts_graph, reference), None))
    return scores


def as_written(extraction: Extraction, checker: Checker) -> Extraction:
    """The extraction as `kg ingest` would write it (its Violations' facts dropped), or the refusal."""
    from kg.pipeline.ingest import refusal
    from kg.pipeline.salvage import salvaged

    report = checker(extraction)
    if not report.violations:
        return extraction
    kept = salvaged(extraction, report, checker)
    if kept is None:
        raise refusal(extraction, report)
    return kept.extraction


def summed(scores: list[DocumentScore], fact_kinds: tuple[str, ...] = FACT_KINDS) -> Score:
    totals = [sum(s.counts[k][i] for s in scores for k in fact_kinds) for i in range(3)]
    return Score("all facts", *totals)


def f1(score: Score) -> float:
    p, r = score.precision, score.recall
    return 2 * p * r / (p + r) if p + r else 0.0


def subset_scores(scores: list[DocumentScore], subset: str) -> list[DocumentScore]:
    return [s for s in scores if subset == "all" or s.subset == subset]


def corpus_report(scores: list[DocumentScore], details: bool = False) -> str:
    """Precision, recall and F1 per document kind and per kind of fact, for dev, held-out and all."""
    lines = []
    for subset in (*SUBSETS, "all"):
        chosen = subset_scores(scores, subset)
        if not chosen:
            continue
        total = summed(chosen)
        lines.append(f"{subset}: {len(chosen)} documents, micro-F1 {f1(total):.3f}")
        lines.append(
            f"  {'by kind of fact':28} {'gold':>5} {'extr':>5} {'match':>5} {'prec':>6} {'rec':>6} {'F1':>6}"
        )
        lines += [score_line(kind, summed(chosen, (kind,))) for kind in FACT_KINDS]
        lines.append(f"  {'by document kind':28}")
        for kind in sorted({s.kind for s in chosen}):
            of_kind = [s for s in chosen if s.kind == kind]
            lines.append(score_line(f"{kind} ({len(of_kind)})", summed(of_kind)))
        lines.append(score_line("all facts", total))
        lines.append("")
    if details:
        for score in scores:
            lines.append(
                f"{score.subset}/{score.name} ({score.kind})"
                + (f": refused: {score.refusal}" if score.refusal else "")
            )
            lines += [f"  missing {m}" for m in score.missing] + [f"  extra   {e}" for e in score.extra]
    return "\n".join(lines) + "\n"


def score_line(label: str, score: Score) -> str:
    return (
        f"  {label:28} {score.gold:5d} {score.extracted:5d} {score.matched:5d} "
        f"{score.precision:6.3f} {score.recall:6.3f} {f1(score):6.3f}"
    )
