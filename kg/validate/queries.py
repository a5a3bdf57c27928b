"""The validator's own SPARQL: files in queries/validate/, read once per process, bound by kg.sparql.named.

Why files: the questions the validator asks the store besides the shapes' own constraints (which
subclasses a class has, which predicates fan out, what a left-out graph states, how many instances a
class has) are fixed queries with parameters, and the project keeps such queries as files with a header,
bound with terms, never pasted together in code. What stays in Python is the compiler of
kg.validate.core_sparql, which writes one query per SHACL constraint from the shapes themselves.
"""

from __future__ import annotations

from kg.errors import KgError
from kg.sparql.named import NamedQuery, folder_queries, queries_dir

VALIDATE_QUERIES = "validate"


def validate_queries() -> dict[str, NamedQuery]:
    """Every query of queries/validate/ (fragments from queries/validate/fragments/), by name."""
    return folder_queries(VALIDATE_QUERIES)


def validate_query(name: str) -> NamedQuery:
    """One query of queries/validate/; a KgError naming the folder when it is not there (a resources
    folder set by $ALLIANCE_KG_HOME must hold queries/ as well as ontology/ and data/)."""
    queries = validate_queries()
    if name not in queries:
        folder = queries_dir() / VALIDATE_QUERIES
        raise KgError(f"{folder / (name + '.rq')}: no such query (the validator reads its queries there)")
    return queries[name]


def bound(name: str, **values: object) -> str:
    """The text of validator query `name` with `values` bound (a list of terms: several VALUES rows)."""
    return validate_query(name).bind(values)


def query_text(name: str) -> str:
    """The text of a validator query that has no parameter (its terms given as substitutions)."""
    return validate_query(name).text
