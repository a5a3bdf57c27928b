"""The validator's own SPARQL: files in queries/validate/, read once per process, bound by kg.sparql.named.

Why files: the questions the validator asks the store besides the shapes' own constraints (which
subclasses a class has, which predicates fan out, what a left-out graph states, how many instances a
class has) are fixed queries with parameters, and the project keeps such queries as files with a header,
bound with terms, never pasted together in code. What stays in Python is the compiler of
kg.validate.core_sparql, which writes one query per SHACL constraint from the shapes themselves.
"""

from __future__ import annotations

from kg.sparql.named import NamedQuery, folder_queries, folder_query

VALIDATE_QUERIES = "validate"


def validate_queries() -> dict[str, NamedQuery]:
    """Every query of queries/validate/ (fragments from queries/validate/fragments/), by name."""
    return folder_queries(VALIDATE_QUERIES)


def bound(name: str, **values: object) -> str:
    """The text of validator query `name` with `values` bound (a list of terms: several VALUES rows)."""
    return folder_query(VALIDATE_QUERIES, name).bind(values)


def query_text(name: str) -> str:
    """The text of a validator query that has no parameter (its terms given as substitutions)."""
    return folder_query(VALIDATE_QUERIES, name).text
