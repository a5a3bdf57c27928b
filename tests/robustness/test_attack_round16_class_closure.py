"""The sixteenth outside attack (session 29): a resource with thousands of classes on a long subclass chain.

A resource page reads the classes of its resource and of the nodes it shows, with their superclasses,
to pick their layouts (kg.server.index_reads.classes_of). The closure was read class by class and kept
per class: a node with 8,000 types, each on a chain of 20,000 subclasses (written with the update token,
or in someone's store), cost about 8,000 x 12,000 index reads and as many strings kept. `/doc/` of it
as HTML ran past 120 s while the server grew by 2 MB a second and VoID waited 4-19 s; now 2.2 s.
"""

from __future__ import annotations

import itertools

import pyoxigraph as ox

from kg.model.namespaces import AKG
from kg.server.index_reads import MAX_CLASSES, SUBCLASS, TYPE, Budget, Caches, Reader, classes_of

NODE = ox.NamedNode("https://w3id.org/alliance-kg/id/topic/many-types")
TYPES, CHAIN = 300, 600


def store_with_many_classes() -> ox.Store:
    store = ox.Store()
    graph = ox.NamedNode("urn:graph")
    chain = [ox.NamedNode(f"urn:chain:{n}") for n in range(CHAIN)]
    store.extend(ox.Quad(low, SUBCLASS, high, graph) for low, high in itertools.pairwise(chain))
    for n in range(TYPES):
        kind = ox.NamedNode(f"urn:type:{n}")
        store.add(ox.Quad(NODE, TYPE, kind, graph))
        store.add(ox.Quad(kind, SUBCLASS, chain[0], graph))
    store.add(ox.Quad(ox.NamedNode("urn:org"), TYPE, ox.NamedNode(f"{AKG}Organization"), graph))
    store.add(ox.Quad(ox.NamedNode(f"{AKG}Organization"), SUBCLASS, ox.NamedNode(f"{AKG}Agent"), graph))
    return store


def test_the_classes_of_a_node_are_read_within_a_bound() -> None:
    budget = Budget(10**9)
    reader = Reader(store_with_many_classes(), None, budget)
    caches = Caches()
    classes = classes_of(reader, caches, NODE.value)
    reads = 10**9 - (budget.steps or 0)
    assert len(classes) <= MAX_CLASSES + CHAIN // 2  # some, not all 180,000 class-by-chain pairs
    assert reads < 10 * MAX_CLASSES, reads  # before: about TYPES x CHAIN = 180,000 reads
    kept = sum(len(closure) for closure in caches.superclasses.values())
    assert kept < 4 * MAX_CLASSES, kept  # before: 300 closures of 601 classes each


def test_a_small_hierarchy_is_read_whole() -> None:
    reader = Reader(store_with_many_classes(), None, Budget(None))
    assert classes_of(reader, Caches(), "urn:org") == {f"{AKG}Organization", f"{AKG}Agent"}
