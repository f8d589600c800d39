from strategies import ecogram, member, organisation, person, tie

from voordeur.domain.ecogram_graph import SupportFlow, support_flows, to_graph
from voordeur.model.catalogues import LifeDomain, SupportDirection, SupportType

P, G, A, E = (SupportType.PRACTICAL, SupportType.COMPANIONSHIP, SupportType.ADVICE,
              SupportType.EMOTIONAL)

mother = member("m", "Sanne")
oma = person("oma", "Fatma", "oma", LifeDomain.EXTENDED_FAMILY, 1)
school = organisation("school", "De Regenboog")


def test_graph_has_node_and_edge_attributes_keyed_by_tie_id() -> None:
    eco = ecogram(mother, oma, school, ties=(
        tie("t1", oma, mother, direction=SupportDirection.TO_TARGET, support="PE"),
        tie("t2", school, "person:ghost"),  # a dangling end (damaged data) is left out
    ))
    graph = to_graph(eco)
    assert set(graph.nodes) == {eco.household_key, mother.key, oma.key, school.key}
    assert graph.nodes[oma.key]["name"] == "Fatma"
    assert graph.nodes[oma.key]["node"] == oma
    assert graph.nodes[mother.key]["member"] is True
    assert list(graph.edges(keys=True)) == [(oma.key, mother.key, "t1")]
    edge = graph.edges[oma.key, mother.key, "t1"]
    assert edge["support"] == (P, E)
    assert edge["direction"] == SupportDirection.TO_TARGET
    assert edge["tie"].id == "t1"


def test_two_ties_between_the_same_nodes_are_two_edges() -> None:
    eco = ecogram(mother, oma, ties=(tie("t1", oma, mother), tie("t2", mother, oma)))
    graph = to_graph(eco)
    assert graph.number_of_edges() == 2


def test_support_flows_follow_the_direction() -> None:
    eco = ecogram(mother, oma, school, ties=(
        tie("a", oma, mother, direction=SupportDirection.TO_TARGET, support="P"),
        tie("b", mother, oma, direction=SupportDirection.TO_SOURCE, support="G"),
        tie("c", oma, mother, direction=SupportDirection.MUTUAL, support="E"),
        tie("d", mother, school, support="A"),  # no direction: network end → household end
        tie("e", school, mother),  # no direction, no support: no flow
        tie("f", oma, school, support="A"),  # two network ends, no direction: unknown
        tie("g", school, mother, direction=SupportDirection.TO_TARGET),  # help, types unknown
    ))
    assert support_flows(eco) == [
        SupportFlow(oma.key, mother.key, "a", (P,)),
        SupportFlow(oma.key, mother.key, "b", (G,)),
        SupportFlow(oma.key, mother.key, "c", (E,)),
        SupportFlow(mother.key, oma.key, "c", (E,)),
        SupportFlow(school.key, mother.key, "d", (A,)),
        SupportFlow(school.key, mother.key, "g", ()),
    ]


def test_undirected_support_towards_the_household_node() -> None:
    eco = ecogram(oma, ties=(tie("t", "household:hh1", oma, support="PG"),))
    assert support_flows(eco) == [SupportFlow(oma.key, "household:hh1", "t", (P, G))]
