"""Version IRIs of the ontology and shapes: `<base>ontology/0.1.0` resolves.

Why: `owl:versionIRI` is a promise that the IRI names (and serves) that version of the
ontology; a linked-data client that follows it must not get 404 while that version is the
one we hold. The store holds one version of each vocabulary, so the version IRI of the
vocabulary held answers 302 Found to the vocabulary's document (same suffix, same
negotiation); any other version answers 404 naming the version held, instead of silently
serving different terms under an older version's name.
"""

from __future__ import annotations

import urllib.parse

import pyoxigraph as ox
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from kg.model.namespaces import ONTOLOGY_IRI, PREFIXES, SHAPES_IRI
from kg.server.context import problem, state_of

OWL = PREFIXES["owl"]
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
    if public in held:
        query = f"?{request.url.query}" if request.url.query else ""
        return RedirectResponse(f"/{name}{suffix}{query}", status_code=302)
    quoted = urllib.parse.quote(version, safe="")
    have = ", ".join(f"<{iri}>" for iri in held) or "no version IRI"
    return problem(request, 404, f"no version {quoted!r} of the {name} here; this server holds {have}")
