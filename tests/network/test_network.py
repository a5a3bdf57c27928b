"""The collaboration network (kg.network): graphs built by the network-*.rq named queries, and their analysis.

Every expected answer below is read off the two seed registers, not off a run:
R2011, the OGF / DMTF Work Register (parties OGF and DMTF; units OCCI-WG, GLUE-WG and
CMWG; 13 specifications; "Approved by the DMTF Board of Directors ... on 04/28/2011");
R2021, the DMTF / SNIA / OFA Work Register (parties SNIA, OFA, DMTF; eight units;
Redfish, Swordfish and OFMF; approvals pending, first milestone "June/July 2021").
"""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from rdflib import URIRef
from support.seed_iris import DMTF, ID, OFA, OGF, R2011, R2011_SPECIFICATIONS, R2021, SNIA, spec, wg

from kg.model.namespaces import AKG, register_graph_iri
from kg.network.graphs import (
    KINDS,
    DatasetSource,
    NetworkError,
    betweenness,
    build_network,
    collaboration_path,
    communities,
    components,
    eigenvector,
    find_node,
    organization_graph,
    pivots_for,
    summarize,
    working_group_graph,
)
from kg.pipeline.build import assemble
from kg.store import open_store

# R2011's "Relevant technology" and milestones: the 13 specifications it concerns.
R2011_SPECS = sorted(R2011_SPECIFICATIONS)
# R2021: "The new Fabric Management framework will utilize DMTF Redfish and SNIA Swordfish."
R2021_SPECS = sorted(spec(s) for s in ("ofmf", "redfish", "swordfish"))
R2011_UNITS = {wg("ogf-occi-wg"): OGF, wg("ogf-glue-wg"): OGF, wg("dmtf-cmwg"): DMTF}
R2021_UNITS = {
    wg("snia-nvmp-twg"): SNIA,
    wg("snia-ssm-twg"): SNIA,
    wg("ofa-ofmfwg"): OFA,
    wg("ofa-ofiwg"): OFA,
    wg("ofa-fsdpwg"): OFA,
    wg("ofa-mwg"): OFA,
    wg("dmtf-redfish-forum"): DMTF,
    wg("dmtf-fabrics-task-force"): DMTF,
}


@pytest.fixture(scope="module")
def store(seed_store: Path):
    with open_store(seed_store) as graph:
        yield graph


@pytest.fixture(scope="module")
def organizations(store) -> nx.Graph:
    return organization_graph(store)


def pairs(graph: nx.Graph) -> dict[frozenset[str], list[str]]:
    return {frozenset((a, b)): data["registers"] for a, b, data in graph.edges(data=True)}


# --- The graphs ---------------------------------------------------------------------


def test_organizations_share_registers_as_the_documents_say(organizations: nx.Graph) -> None:
    assert pairs(organizations) == {
        frozenset((DMTF, OGF)): [R2011],
        frozenset((DMTF, SNIA)): [R2021],
        frozenset((DMTF, OFA)): [R2021],
        frozenset((SNIA, OFA)): [R2021],
    }
    assert {data["weight"] for _, _, data in organizations.edges(data=True)} == {1}


def test_only_parties_are_nodes_and_nodes_carry_iri_label_kind_acronym(organizations: nx.Graph) -> None:
    # IETF and ISO appear in an R2011 milestone ("towards IETF and ISO"), but are party to no register.
    assert set(organizations) == {DMTF, OGF, SNIA, OFA}
    assert organizations.nodes[OFA] == {
        "iri": OFA,
        "label": "OpenFabrics Alliance",
        "kind": "IndustryAlliance",
        "acronym": "OFA",
        "category": "organization",
    }
    assert organizations.nodes[OGF]["kind"] == "StandardsOrganization"
    assert organizations.nodes[OGF]["acronym"] == "OGF"


def test_edges_carry_the_specifications_and_the_date_from_which_the_pair_collaborates(
    organizations: nx.Graph,
) -> None:
    assert organizations.edges[DMTF, OGF]["specifications"] == R2011_SPECS
    assert organizations.edges[SNIA, OFA]["specifications"] == R2021_SPECS
    # R2011 was approved by the DMTF board on 04/28/2011; R2021's approvals are pending, its first
    # milestone (the parties approve it) is due June/July 2021.
    assert organizations.edges[DMTF, OGF]["since"] == "2011-04-28"
    assert organizations.edges[DMTF, SNIA]["since"] == "2021-06-01"


def test_bipartite_organization_specification_graph(store) -> None:
    graph = build_network(store, "org-specifications")
    assert sorted(graph[OGF]) == R2011_SPECS
    assert sorted(graph[SNIA]) == R2021_SPECS == sorted(graph[OFA])
    assert sorted(graph[DMTF]) == sorted(R2011_SPECS + R2021_SPECS)
    side = {node for node, data in graph.nodes(data=True) if data["bipartite"] == 0}
    assert side == {DMTF, OGF, SNIA, OFA} and nx.bipartite.is_bipartite_node_set(graph, side)
    assert graph.nodes[spec("swordfish")]["kind"] == "Standard"
    assert graph.edges[DMTF, spec("redfish")]["registers"] == [R2021]


def test_bipartite_organization_register_graph(store) -> None:
    graph = build_network(store, "org-registers")
    assert sorted(graph[R2011]) == sorted([OGF, DMTF])
    assert sorted(graph[R2021]) == sorted([SNIA, OFA, DMTF])
    assert graph.nodes[R2011]["label"] == "OGF / DMTF Work Register"
    assert graph.nodes[R2011]["bipartite"] == 1 and graph.nodes[DMTF]["bipartite"] == 0


def test_working_group_graph_pairs_units_of_different_organizations(store) -> None:
    graph = working_group_graph(store)
    units = R2011_UNITS | R2021_UNITS
    unit_of = {(a, b) for a, b, d in graph.edges(data=True) if d["relation"] == "unit of"}
    assert {frozenset(edge) for edge in unit_of} == {frozenset((u, o)) for u, o in units.items()}
    paired = {frozenset((a, b)) for a, b, d in graph.edges(data=True) if d["relation"] == "paired"}
    expected = {
        frozenset((a, b))
        for group in (R2011_UNITS, R2021_UNITS)
        for a in group
        for b in group
        if group[a] != group[b]
    }
    assert paired == expected and len(paired) == 2 + 20
    # R2011 milestone 1: "Establish a work relationship between the OGF OCCI-WG and the DMTF CMWG".
    marked = {
        frozenset((a, b)): d["collaborations"] for a, b, d in graph.edges(data=True) if d["collaborations"]
    }
    assert marked == {frozenset((wg("ogf-occi-wg"), wg("dmtf-cmwg"))): [f"{R2011}/collaboration-1"]}


def test_specification_dependency_graph_is_directed(store) -> None:
    graph = build_network(store, "specifications")
    assert graph.is_directed()
    relations = {(a, b): d["relations"] for a, b, d in graph.edges(data=True)}
    # R2021: Swordfish "extends ... Redfish"; the OFMF "will utilize DMTF Redfish and SNIA Swordfish".
    assert relations == {
        (spec("swordfish"), spec("redfish")): ["extends"],
        (spec("ofmf"), spec("redfish")): ["uses"],
        (spec("ofmf"), spec("swordfish")): ["uses"],
    }
    # Stated in the reference data and in R2021's graph.
    assert graph.edges[spec("ofmf"), spec("redfish")]["weight"] == 2
    assert graph.edges[spec("ofmf"), spec("redfish")]["registers"] == [R2021]


def test_rdflib_in_memory_gives_the_same_graphs_as_the_store(store) -> None:
    memory = DatasetSource(assemble())
    for kind, as_of in [(kind, None) for kind in KINDS] + [("organizations", "2015-01-01")]:
        a, b = build_network(store, kind, as_of), build_network(memory, kind, as_of)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True)), (kind, as_of)
        assert list(a.edges(data=True)) == list(b.edges(data=True)), (kind, as_of)


# --- As of a date ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        ("2010-01-01", set()),  # before either register
        ("2011-04-27", set()),  # the day before DMTF's board approved R2011
        ("2011-04-28", {frozenset((DMTF, OGF))}),
        ("2021-05-31", {frozenset((DMTF, OGF))}),  # R2021's first milestone is June/July 2021
        ("2021-06-01", {frozenset(p) for p in ((DMTF, OGF), (DMTF, SNIA), (DMTF, OFA), (SNIA, OFA))}),
        ("today", {frozenset(p) for p in ((DMTF, OGF), (DMTF, SNIA), (DMTF, OFA), (SNIA, OFA))}),
    ],
)
def test_as_of_shows_the_registers_active_on_that_day(store, as_of: str, expected: set) -> None:
    graph = organization_graph(store, as_of)
    assert set(pairs(graph)) == expected
    assert graph.graph["as_of"] and graph.graph["kind"] == "organizations"


def test_as_of_2010_shows_no_collaboration_in_any_time_aware_graph(store) -> None:
    for kind in ("organizations", "org-specifications", "org-registers", "working-groups"):
        graph = build_network(store, kind, "2010-01-01")
        assert graph.number_of_nodes() == graph.number_of_edges() == 0, kind


def test_working_groups_as_of_2015_are_those_of_r2011(store) -> None:
    graph = working_group_graph(store, "2015-01-01")
    assert set(graph) == set(R2011_UNITS) | {OGF, DMTF}


def test_a_collaboration_counts_from_the_target_of_the_milestone_that_establishes_it() -> None:
    """The seed's collaboration is due 2Q2011, before R2011 was approved: move its milestone to 2Q2012."""
    dataset = assemble()
    register_graph = dataset.graph(register_graph_iri("ogf-dmtf"))
    milestone = URIRef(f"{R2011}/milestone-1")
    register_graph.remove((milestone, AKG.targetPeriod, None))
    register_graph.add((milestone, AKG.targetPeriod, URIRef(f"{ID}period/2012-q2")))
    source = DatasetSource(dataset)
    edge = (wg("dmtf-cmwg"), wg("ogf-occi-wg"))
    assert working_group_graph(source, "2012-03-31").edges[edge]["collaborations"] == []
    established = working_group_graph(source, "2012-04-01").edges[edge]["collaborations"]
    assert established == [f"{R2011}/collaboration-1"]


def test_a_bad_date_is_refused_in_one_line(store) -> None:
    with pytest.raises(NetworkError, match="YYYY-MM-DD"):
        organization_graph(store, "28/04/2011")


# --- Analysis --------------------------------------------------------------------------


def test_degrees_and_dmtf_has_the_highest_betweenness(organizations: nx.Graph) -> None:
    assert dict(organizations.degree()) == {DMTF: 3, OGF: 1, SNIA: 2, OFA: 2}
    assert dict(organizations.degree(weight="weight")) == {DMTF: 3, OGF: 1, SNIA: 2, OFA: 2}
    result = betweenness(organizations)
    assert result.pivots is None and result.method == "exact"
    # DMTF alone links OGF to SNIA and OFA: 2 of the 3 pairs of the others' shortest paths pass it.
    assert result.values == pytest.approx({DMTF: 2 / 3, OGF: 0.0, SNIA: 0.0, OFA: 0.0})


def test_eigenvector_centrality_ranks_the_hub_first_and_the_pendant_last(organizations: nx.Graph) -> None:
    values = eigenvector(organizations)
    assert values[SNIA] == pytest.approx(values[OFA])
    assert values[DMTF] > values[SNIA] > values[OGF] > 0
    expected = nx.eigenvector_centrality(organizations, weight="weight", tol=1e-9)
    assert values == pytest.approx(expected, abs=1e-4)


def test_components_and_communities(store, organizations: nx.Graph) -> None:
    assert components(organizations) == [sorted([DMTF, OFA, OGF, SNIA])]
    found = communities(organizations)
    assert sorted(node for community in found for node in community) == sorted(organizations)
    assert communities(organizations) == found  # fixed seed: the same every run
    # The working groups split along the two registers: OGF's units with CMWG, SNIA's with OFA's.
    groups = communities(working_group_graph(store))
    home = {node: i for i, community in enumerate(groups) for node in community}
    assert home[wg("ogf-occi-wg")] == home[wg("ogf-glue-wg")] == home[wg("dmtf-cmwg")]
    assert home[wg("snia-ssm-twg")] == home[wg("ofa-ofmfwg")] == home[wg("dmtf-fabrics-task-force")]
    assert home[wg("ogf-occi-wg")] != home[wg("ofa-ofmfwg")]


def test_the_shortest_collaboration_path_names_the_register_of_each_step(organizations: nx.Graph) -> None:
    steps = collaboration_path(organizations, OGF, OFA)
    assert [(s.source, s.target, s.registers) for s in steps] == [(OGF, DMTF, [R2011]), (DMTF, OFA, [R2021])]
    assert [(s.source, s.target, s.registers) for s in collaboration_path(organizations, DMTF, OFA)] == [
        (DMTF, OFA, [R2021])
    ]


def test_no_path_before_the_second_register(store) -> None:
    graph = organization_graph(store, "2015-01-01")
    with pytest.raises(NetworkError, match="ofa is not in the organizations network as of 2015-01-01"):
        collaboration_path(graph, OGF, OFA)


@pytest.mark.parametrize(
    "name",
    ["DMTF", "dmtf", "organization:dmtf", DMTF, f"<{DMTF}>", "Distributed Management Task Force", "DTMF"],
)
def test_nodes_are_found_by_iri_prefixed_name_label_acronym_or_alternative_label(
    store, organizations: nx.Graph, name: str
) -> None:
    assert find_node(organizations, name, store) == DMTF


def test_an_unknown_name_is_refused_with_what_to_give(store, organizations: nx.Graph) -> None:
    with pytest.raises(NetworkError, match="no entity is called"):
        find_node(organizations, "Nobody Alliance", store)


def test_summary_of_the_seed(organizations: nx.Graph) -> None:
    summary = summarize(organizations, n=2)
    assert (summary.nodes, summary.edges, len(summary.components)) == (4, 4, 1)
    assert summary.rankings["betweenness"][0] == (DMTF, pytest.approx(2 / 3))
    assert summary.rankings["degree"] == [(DMTF, 3), (OFA, 2)]
    text = summary.render()
    assert "organizations network: 4 nodes, 4 edges" in text
    assert "betweenness: DMTF 0.667" in text and "betweenness: exact" in text
    assert summary.as_dict()["rankings"]["weighted degree"][0] == [DMTF, 3]


def test_summary_of_an_empty_view_does_not_fail(store) -> None:
    summary = summarize(organization_graph(store, "2010-01-01"))
    assert (summary.nodes, summary.edges, summary.components, summary.modularity) == (0, 0, [], 0.0)
    assert "as of 2010-01-01: 0 nodes" in summary.render()


def test_large_graphs_get_sampled_betweenness_with_a_fixed_seed() -> None:
    graph = nx.connected_caveman_graph(10, 10)  # 100 nodes, 450 edges
    assert pivots_for(graph) is None  # small: exact
    assert pivots_for(graph, budget=2_000) == 16  # as if it were large: the fewest pivots, 16
    first, second = betweenness(graph, pivots=16), betweenness(graph, pivots=16)
    assert first.pivots == 16 and first.method == "approximate: 16 pivots, seed 42"
    assert first.values == second.values
    assert betweenness(graph, pivots=500).pivots is None  # more pivots than nodes: exact


def test_eigenvector_of_a_disconnected_graph_matches_networkx() -> None:
    graph = nx.disjoint_union(nx.complete_graph(5), nx.path_graph(4))
    nx.set_edge_attributes(graph, 1, "weight")
    expected = nx.eigenvector_centrality(graph, weight="weight", tol=1e-9, max_iter=10_000)
    assert eigenvector(graph, tolerance=1e-9, max_iter=10_000) == pytest.approx(expected, abs=1e-6)


def test_unknown_kind_is_refused(store) -> None:
    with pytest.raises(NetworkError, match="unknown network kind"):
        build_network(store, "people")


# --- Remote endpoints ----------------------------------------------------------------------


@pytest.fixture(scope="module", params=["oxigraph_server", "virtuoso_server"])
def remote(request: pytest.FixtureRequest, seed_store: Path):
    """The seed graphs pushed to a real Oxigraph server or Virtuoso, queried as an endpoint."""
    from kg.store.remote import SparqlEndpoint, push

    server = request.getfixturevalue(request.param)
    target = SparqlEndpoint(server.query_url, graph_store_url=server.graph_store_url, **server.auth)
    with open_store(seed_store) as local:
        push(local, target)
    return open_store(endpoint=server.query_url)


def test_a_remote_endpoint_gives_the_same_graphs(remote, store) -> None:
    for kind, as_of in [(kind, None) for kind in KINDS] + [("working-groups", "2015-01-01")]:
        a, b = build_network(remote, kind, as_of), build_network(store, kind, as_of)
        assert list(a.nodes(data=True)) == list(b.nodes(data=True)), (kind, as_of)
        assert list(a.edges(data=True)) == list(b.edges(data=True)), (kind, as_of)
