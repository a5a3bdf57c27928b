"""The SPARQL a resource page asks of a remote store: its source sentences and the records of its parts.

Why apart from kg.server.describe: the backend answers these (a remote store by SPARQL, the
embedded store straight from its indexes, kg.server.backend), and describe uses the backend; the
bounds and the owning links are shared by both ways of answering, so both read the same here.
"""

from __future__ import annotations

from kg.model.namespaces import AKG
from kg.model.provenance import OA

# Bounds of what one HTML page asks the store for (one query each, never one per row).
MAX_SOURCE_ROWS = 1_000
MAX_DETAILED = 200
MAX_DETAIL_ROWS = 10_000
RDFS_SUBCLASS = "http://www.w3.org/2000/01/rdf-schema#subClassOf"
OA_HAS_SOURCE = f"{OA}hasSource"


def provenance_query(iri: str) -> str:
    """The source sentences of what the store says about `iri`, one row per quoted passage.

    Why these kinds of annotation body (kg.model.provenance): the resource itself (a milestone), a
    node the resource links to and owns (a register's milestones and contacts, shown on the
    register's page), and an rdf:Statement with the resource as subject or object (a register's
    party, an organization's mission); a source document's passages come from quoted_query. One
    query, bounded: a page never asks per fact. The bodies are found in a subquery first: joined
    with the selectors in one group, Oxigraph 0.5 walked every annotation of the store (1.2 s for
    a register, 0.08 s like this).
    """
    return f"""PREFIX oa: <{OA}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?annotation ?body ?subject ?predicate ?object ?exact ?start ?end ?source WHERE {{
  {{ SELECT DISTINCT ?annotation ?body ?subject ?predicate ?object WHERE {{
    {{ ?annotation oa:hasBody <{iri}> BIND(<{iri}> AS ?body) }}
    UNION {{ <{iri}> ?link ?body . FILTER(isIRI(?body) && ?body != <{iri}>) ?annotation oa:hasBody ?body }}
    UNION {{ ?body rdf:subject <{iri}> ; rdf:predicate ?predicate . ?annotation oa:hasBody ?body .
             BIND(<{iri}> AS ?subject) OPTIONAL {{ ?body rdf:object ?object }} }}
    UNION {{ ?body rdf:object <{iri}> ; rdf:subject ?subject ; rdf:predicate ?predicate .
             ?annotation oa:hasBody ?body . BIND(<{iri}> AS ?object) }}
  }} LIMIT {MAX_SOURCE_ROWS + 1} }}
{SELECTORS}
}} ORDER BY ?start ?annotation LIMIT {MAX_SOURCE_ROWS + 1}"""


# The passages an annotation quotes: the second half of both provenance queries.
SELECTORS = """  ?annotation a oa:Annotation ; oa:hasTarget ?target .
  ?target oa:hasSelector ?quote . ?quote a oa:TextQuoteSelector ; oa:exact ?exact .
  OPTIONAL { ?target oa:hasSource ?source }
  OPTIONAL { ?target oa:hasSelector ?position . ?position a oa:TextPositionSelector ;
             oa:start ?start ; oa:end ?end }"""


def quoted_query(document: str) -> str:
    """The passages quoted from the source document `document`, and the facts they stand for.

    Why apart from provenance_query: only a source document's page asks it, and in one union
    with the other kinds of body Oxigraph 0.5 took 2 s for every page instead of 0.1 s.
    """
    return f"""PREFIX oa: <{OA}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?annotation ?body ?subject ?predicate ?object ?exact ?start ?end ?source WHERE {{
  {{ SELECT DISTINCT ?annotation ?body ?subject ?predicate ?object WHERE {{
    {{ ?quoted oa:hasSource <{document}> . ?annotation oa:hasTarget ?quoted ; oa:hasBody ?body .
       ?body rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object }}
    UNION {{ ?quoted oa:hasSource <{document}> . ?annotation oa:hasTarget ?quoted ; oa:hasBody ?body .
             FILTER(isIRI(?body)) }}
  }} LIMIT {MAX_SOURCE_ROWS + 1} }}
{SELECTORS}
  FILTER(?source = <{document}>)
}} ORDER BY ?start ?annotation LIMIT {MAX_SOURCE_ROWS + 1}"""


def annotation_query(annotation: str) -> str:
    """The passages one annotation quotes, and the fact it stands for (the annotation's own page)."""
    return f"""PREFIX oa: <{OA}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
SELECT DISTINCT ?annotation ?body ?subject ?predicate ?object ?exact ?start ?end ?source WHERE {{
  VALUES ?annotation {{ <{annotation}> }}
  ?annotation oa:hasBody ?body .
  OPTIONAL {{ ?body rdf:subject ?subject ; rdf:predicate ?predicate OPTIONAL {{ ?body rdf:object ?object }} }}
{SELECTORS}
}} ORDER BY ?start LIMIT {MAX_SOURCE_ROWS + 1}"""


# The links by which a register holds its parts: a part's page and a record of it name its owner.
OWNING = tuple(
    str(AKG) + name
    for name in ("contactPoint", "milestone", "deliverable", "term", "policy", "approval", "collaboration")
)


# The classes of those parts (the records a page shows in tables, kg.server.html.RECORDS): only
# nodes of these classes can have an owner, so only theirs are looked up.
PART_CLASSES = frozenset(
    str(AKG) + name
    for name in (
        *("Milestone", "Deliverable", "ContactPoint", "RegisterTerm"),
        *("Policy", "Approval", "Collaboration"),
    )
)


def details_query(nodes: list[str], typed: list[str]) -> str:
    """The triples of `nodes` (the parts a page shows as records: a register's milestones, an
    organization's contact points), who owns them (the register of a contact point), and the
    classes, with their superclasses, of `typed`.

    Why the superclasses: a page is laid out by class (an akg:StandardsOrganization is laid
    out as an akg:Organization), and the ontology in the store says which class is under which.
    The classes come first in the union so that the row limit never cuts them off.
    """
    values = " ".join(f"<{n}>" for n in nodes)
    classes = " ".join(f"<{n}>" for n in typed)
    # One VALUES of (node, link) pairs: with two VALUES and the FILTER, Oxigraph 0.5 scanned every
    # link to the nodes first (100 ms for a topic that 800 triples name; 0.4 ms this way).
    owning = " ".join(f"(<{n}> <{p}>)" for n in nodes for p in OWNING)
    return f"""SELECT ?s ?p ?o ?class ?owner WHERE {{
  {{ VALUES ?s {{ {classes} }} ?s a/<{RDFS_SUBCLASS}>* ?class }}
  UNION {{ VALUES (?s ?p) {{ {owning} }} ?owner ?p ?s FILTER(isIRI(?owner)) }}
  UNION {{ VALUES ?s {{ {values} }} ?s ?p ?o }}
}} LIMIT {MAX_DETAIL_ROWS}"""
