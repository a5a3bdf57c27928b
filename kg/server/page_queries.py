"""The bounds of what a resource page asks the store, and the links by which a register owns its parts.

Why apart from kg.server.describe: the backend answers a page's questions (a remote store by the
SPARQL of queries/server/: provenance.rq, document-passages.rq, annotation-passages.rq and
node-details.rq; the embedded store straight from its indexes, kg.server.index_reads), and
describe uses the backend; the bounds and the owning links are shared by both ways of answering,
so both read the same here. The query files write these numbers and links out (SPARQL has no
variable in a LIMIT); tests/server/test_server_queries.py checks that they agree.
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
