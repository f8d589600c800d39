"""Network indicators for the worker: size, informal share, reciprocity, gaps, dependence.

Support "into the household" means support flows (see `ecogram_graph.support_flows`) from a
network node (not a member, not the household) to the household or one of its members, along a
tie that is not cut off (a broken relation gives no support now, whatever it carried before).
One support *unit* is one support type on one such flow.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_graph import is_inner, support_flows
from voordeur.model.catalogues import SupportDirection, SupportType, TieQuality

DEPENDENCE_SHARE = 0.5  # one provider giving at least this share of all units is a risk


@dataclass(frozen=True)
class Dependence:
    """A provider the household leans on: at least half of all support units, or the only
    source of some support types."""

    key: str
    name: str
    share: float  # of all support units into the household/members, 0..1
    only_source_of: tuple[SupportType, ...]


@dataclass(frozen=True)
class Indicators:
    size: int  # network nodes: not the household, not members
    informal: int
    formal: int  # professional organisations (Node.formal)
    informal_share: float | None  # None for an empty network
    directed_ties: int  # ties with a support direction
    mutual_ties: int
    reciprocity: float | None  # mutual / directed; None without directed ties
    missing_support: tuple[SupportType, ...]  # types no network node gives the household
    dependence: tuple[Dependence, ...]  # biggest share first
    stressful: int  # ties with quality STRESSFUL
    cut_off: int  # ties with quality CUT_OFF


def indicators(ecogram: Ecogram) -> Indicators:
    network = ecogram.network()
    size = len(network)
    formal = sum(1 for n in network if n.formal)
    informal = size - formal
    directed = sum(1 for t in ecogram.ties if t.direction != SupportDirection.NONE)
    mutual = sum(1 for t in ecogram.ties if t.direction == SupportDirection.MUTUAL)

    cut = {t.id for t in ecogram.ties if t.quality == TieQuality.CUT_OFF}
    units: dict[str, int] = defaultdict(int)
    providers: dict[SupportType, set[str]] = defaultdict(set)
    for flow in support_flows(ecogram):
        giver = ecogram.node(flow.provider)
        if (flow.tie_id in cut or giver is None or not giver.in_network
                or not is_inner(ecogram, flow.receiver)):
            continue
        units[flow.provider] += len(flow.types)
        for kind in flow.types:
            providers[kind].add(flow.provider)
    total = sum(units.values())

    dependence: list[Dependence] = []
    for key in sorted(units):
        share = units[key] / total if total else 0.0
        only = tuple(kind for kind in SupportType if providers.get(kind) == {key})
        if (total and share >= DEPENDENCE_SHARE) or only:
            node = ecogram.node(key)
            dependence.append(Dependence(key, node.name if node else "", share, only))
    dependence.sort(key=lambda d: (-d.share, d.name.casefold(), d.key))

    return Indicators(
        size=size,
        informal=informal,
        formal=formal,
        informal_share=informal / size if size else None,
        directed_ties=directed,
        mutual_ties=mutual,
        reciprocity=mutual / directed if directed else None,
        missing_support=tuple(kind for kind in SupportType if not providers.get(kind)),
        dependence=tuple(dependence),
        stressful=sum(1 for t in ecogram.ties if t.quality == TieQuality.STRESSFUL),
        cut_off=len(cut),
    )
