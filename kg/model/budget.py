"""How many triples one document may become: the cap that bounds the memory of everything after the
extraction rules (issue 12 point 8; the guide's "no input makes any process use unbounded memory").

Why a cap on triples and not only on bytes: the size cap (kg.extract.documents.max_bytes) bounds the
text, but not what the text turns into. A list-heavy document is about 600 triples a kilobyte (each
milestone row or contact line is a dozen facts, each with its Web Annotation provenance), and every
stage after the rules holds them as objects of a few kilobytes each: a 1 MB table of milestones was
610,000 triples and 3 GB at its peak, and 8 MiB, which the size cap admits, would need more memory than
these machines have. The mapping (kg.model.mapping) and the provenance (kg.model.provenance) spend
from one budget per document as they add triples, so a document over the cap is refused while its
graph is being built, with its memory bounded by the cap, not by the document.

The default, 250,000 triples, is about 1 GB at the peak of `kg ingest` and a hundred times the
largest real register we know (the two seeds are 2,400 and 3,100 triples); a 1 MB document of prose
is 45,000. `--max-triples N` or `$ALLIANCE_KG_MAX_TRIPLES` changes it.
"""

from __future__ import annotations

from kg.errors import InputError
from kg.model.settings import whole_number

DEFAULT_MAX_TRIPLES = 250_000
MAX_TRIPLES_VARIABLE = "ALLIANCE_KG_MAX_TRIPLES"


class TooManyTriples(InputError):
    """The document's graph would hold more triples than the cap; raised before it is complete."""


def max_triples(limit: int | None = None) -> int:
    """The cap: `limit`, else $ALLIANCE_KG_MAX_TRIPLES, else DEFAULT_MAX_TRIPLES."""
    return whole_number(limit, MAX_TRIPLES_VARIABLE, DEFAULT_MAX_TRIPLES, "triple")


class TripleBudget:
    """What is left of one document's cap; `spend` as triples are added, in the mapping and then the
    provenance, so that the refusal comes before the memory is used, not after."""

    def __init__(self, limit: int | None = None) -> None:
        self.limit = max_triples(limit)
        self.spent = 0

    def spend(self, count: int = 1) -> None:
        self.spent += count
        if self.spent > self.limit:
            raise TooManyTriples(
                f"its graph would hold more than {self.limit:,} triples (facts and their provenance): "
                f"refused while it was built, nothing was stored (split the document, or raise the cap "
                f"with --max-triples or ${MAX_TRIPLES_VARIABLE})"
            )
