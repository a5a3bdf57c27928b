"""The IRIs the two seed registers give their parties, units and specifications, written once.

Tests of the queries, the network and the store read their expected answers off the seed registers
(data/registers/); the IRIs those answers name are minted by kg.model's rules from the documents'
names, and every test module spelt them out again. A change of the minting rules now breaks one
place, not each test's own copy.
"""

from __future__ import annotations

ID = "https://w3id.org/alliance-kg/id/"

DMTF, OGF, SNIA, OFA, IETF = (f"{ID}organization/{slug}" for slug in ("dmtf", "ogf", "snia", "ofa", "ietf"))
R2011 = f"{ID}register/ogf-dmtf"
R2021 = f"{ID}register/dmtf-snia-ofa"


def wg(slug: str) -> str:
    """A working group, task force or other unit of a party."""
    return f"{ID}working-group/{slug}"


def spec(slug: str) -> str:
    """A specification a register concerns."""
    return f"{ID}specification/{slug}"


# R2011's "Relevant technology" section and its milestones: the 13 specifications it concerns.
R2011_SPECIFICATIONS = frozenset(
    spec(slug)
    for slug in (
        "occi",
        "occi-protocol",
        "occi-infrastructure",
        "ovf",
        "dmtf-cloud-management",
        "cim",
        "glue",
        "usage-record",
        "ws-agreement",
        "ws-agreement-negotiation",
        "vman",
        "wbem",
        "smash",
    )
)
