"""The ecogram as a networkx graph, and who supports whom.

Support runs along ties: a tie's `direction` is relative to its (source, target). A tie without
a direction that still carries support types is read the way workers draw it: the network
helps the household (from the network end to the household/member end).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from voordeur.domain.ecogram import Ecogram, Tie
from voordeur.model.catalogues import SupportDirection, SupportType

if TYPE_CHECKING:
    import networkx as nx


@dataclass(frozen=True)
class SupportFlow:
    """Support going one way along one tie: `provider` helps `receiver` with `types`."""

    provider: str
    receiver: str
    tie_id: str
    types: tuple[SupportType, ...]


def to_graph(ecogram: Ecogram) -> nx.MultiDiGraph:
    """Nodes keyed by node key, edges source→target keyed by tie id.

    Node attributes are the Node's fields (plus `node`, the Node itself); edge attributes the
    Tie's fields (plus `tie`). Ties whose ends are not in the ecogram (damaged data) are left
    out so every graph node has its attributes.
    """
    import networkx as nx  # imported here: it takes a while and only the graph needs it

    graph = nx.MultiDiGraph(household=ecogram.household_key, title=ecogram.title)
    for node in ecogram.nodes:
        graph.add_node(node.key, node=node,
                       **{f.name: getattr(node, f.name) for f in fields(node)})
    for tie in ecogram.ties:
        if tie.source in graph and tie.target in graph:
            attrs = {f.name: getattr(tie, f.name) for f in fields(tie)
                     if f.name not in ("source", "target")}
            graph.add_edge(tie.source, tie.target, key=tie.id, tie=tie, **attrs)
    return graph


def support_flows(ecogram: Ecogram) -> list[SupportFlow]:
    """The support each tie gives, one flow per direction, in tie order.

    TO_TARGET gives source→target, TO_SOURCE target→source, MUTUAL both. A tie with direction
    NONE gives a flow only when it carries support types and exactly one end is the household or
    a member: from the network end to that end. A directed tie without support types still gives
    a flow (with no types): someone helps, the worker did not say how.
    """
    flows: list[SupportFlow] = []
    for tie in ecogram.ties:
        for provider, receiver in _flow_ends(ecogram, tie):
            flows.append(SupportFlow(provider, receiver, tie.id, tie.support))
    return flows


def is_inner(ecogram: Ecogram, key: str) -> bool:
    """The household itself or one of its members (the receiving side of the map)."""
    node = ecogram.node(key)
    return node is not None and not node.in_network


def _flow_ends(ecogram: Ecogram, tie: Tie) -> list[tuple[str, str]]:
    if tie.source == tie.target:
        return []
    match tie.direction:
        case SupportDirection.TO_TARGET:
            return [(tie.source, tie.target)]
        case SupportDirection.TO_SOURCE:
            return [(tie.target, tie.source)]
        case SupportDirection.MUTUAL:
            return [(tie.source, tie.target), (tie.target, tie.source)]
    if not tie.support:
        return []
    source_inner, target_inner = is_inner(ecogram, tie.source), is_inner(ecogram, tie.target)
    if source_inner and not target_inner and ecogram.node(tie.target) is not None:
        return [(tie.target, tie.source)]
    if target_inner and not source_inner and ecogram.node(tie.source) is not None:
        return [(tie.source, tie.target)]
    return []  # between two network people or two members: we cannot tell who helps whom
