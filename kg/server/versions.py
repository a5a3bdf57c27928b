"""Version IRIs of the ontology and shapes: `<base>ontology/0.1.0` resolves.

Why: `owl:versionIRI` is a promise that the IRI names (and serves) that version of the
ontology; a linked-data client that follows it must not get 404 while that version is the
one we hold. The store holds one version of each vocabulary, so the version IRI of the
vocabulary held answers 302 Found to the vocabulary's document (same suffix, same
negotiation); any other version answers 404 naming the version held, instead of silently
serving different terms under an older version's name. Another ontology the vocabulary graph
holds (`ontology/alignments`) answers 303 See Other to the vocabulary's document (`ontologies`).
"""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kg.model.namespaces import ONTOLOGY_IRI, PREFIXES, SHAPES_IRI
from kg.server.context import problem, state_of

OWL = PREFIXES["owl"]
RDF_TYPE = PREFIXES["rdf"] + "type"
SUFFIXES = ("", ".ttl", ".jsonld", ".nt", ".rdf", ".html")


def version_iris(triples: list[ox.Triple], vocabulary: str) -> list[str]:
    """The `owl:versionIRI`s the vocabulary graph states for itself."""
    return [
        t.object.value
        for t in triples
        if isinstance(t.subject, ox.NamedNode)
        and t.subject.value == vocabulary
        and t.predicate.value == OWL + "versionIRI"
        and isinstance(t.object, ox.NamedNode)
    ]


def ontologies(triples: list[ox.Triple]) -> set[str]:
    """The IRIs the vocabulary graph types `owl:Ontology`: the vocabulary itself and any other ontology
    whose statements it holds, such as `<base>ontology/alignments` (ontology/alignments.ttl).

    Why: that IRI is minted by our own graph, typed, titled and `owl:imports` the ontology, and
    `/ontology/alignments` answered 404 "no version 'alignments' of the ontology here" (attack round
    22); its statements are in the ontology's graph, so it answers 303 See Other to that document."""
    return {
        t.subject.value
        for t in triples
        if isinstance(t.subject, ox.NamedNode)
        and t.predicate.value == RDF_TYPE
        and isinstance(t.object, ox.NamedNode)
        and t.object.value == OWL + "Ontology"
    }


async def versioned_vocabulary(request: Request) -> Response:
    """GET /ontology/{version}[.suffix] or /shapes/{version}[.suffix]."""
    state = state_of(request)
    name = request.url.path.split("/")[1]
    version = request.path_params["version"]
    suffix = next((s for s in SUFFIXES[1:] if version.endswith(s)), "")
    version = version.removesuffix(suffix)
    vocabulary = str(ONTOLOGY_IRI) if name == "ontology" else str(SHAPES_IRI)
    triples = await state.cached(f"vocabulary-{name}", lambda: state.backend.graph_triples(vocabulary))
    held = version_iris(triples, vocabulary)
    public = state.config.public_base + f"{name}/{version}"
    query = f"?{request.url.query}" if request.url.query else ""
    if public in held:
        return RedirectResponse(f"/{name}{suffix}{query}", status_code=302)
    if public in ontologies(triples):
        return RedirectResponse(f"/{name}{suffix}{query}", status_code=303, headers={"Vary": "Accept"})
    quoted = urllib.parse.quote(version, safe="")
    have = ", ".join(f"<{iri}>" for iri in held) or "no version IRI"
    return problem(request, 404, f"no version {quoted!r} of the {name} here; this server holds {have}")
