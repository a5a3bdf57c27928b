"""The bisections that find a block's mentions inside or across a stretch of its text (kg.extract.context
mentions_between and overlapping) find what a scan of every mention finds: they replaced such scans, which
made a paragraph of thousands of named bodies cost their square (tests/robustness/test_attack_round7_*)."""

from __future__ import annotations

import random

import pytest
from rdflib import URIRef

from kg.extract.context import mentions_between, overlapping
from kg.model.records import Entity, Mention

KINDS = ("organization", "unit", "specification", "license")


def entity(kind: str) -> Entity:
    return Entity(URIRef(f"https://example.org/{kind}"), kind, kind.title())


def block_mentions(seed: int) -> list[Mention]:
    """Mentions as Resolver.mentions gives them: in text order and apart, some touching, some single."""
    rng = random.Random(seed)
    found, place = [], rng.randrange(3)
    for _ in range(rng.randrange(0, 40)):
        length = rng.randrange(1, 6)
        found.append(Mention(entity(rng.choice(KINDS)), place, place + length, "x" * length))
        place += length + rng.randrange(0, 4)
    return found


@pytest.mark.parametrize("seed", range(60))
def test_the_bisections_find_what_a_scan_finds(seed: int) -> None:
    mentions = block_mentions(seed)
    last = mentions[-1].end + 3 if mentions else 5
    for start in range(last):
        for end in range(start, last + 1):
            for kind in (None, *KINDS):
                scanned = [
                    m
                    for m in mentions
                    if m.start >= start and m.end <= end and (kind is None or m.entity.kind == kind)
                ]
                assert mentions_between(mentions, start, end, kind) == scanned, (start, end, kind)
            crossing = [m for m in mentions if m.end > start and m.start < end]
            assert overlapping(mentions, start, end) == crossing, (start, end)


def test_a_stretch_between_two_mentions_holds_neither_half_of_them() -> None:
    first = Mention(entity("organization"), 0, 4, "DMTF")
    second = Mention(entity("unit"), 10, 20, "Fabrics WG")
    assert mentions_between([first, second], 2, 15) == []
    assert overlapping([first, second], 2, 15) == [first, second]
    assert overlapping([first, second], 4, 10) == []
