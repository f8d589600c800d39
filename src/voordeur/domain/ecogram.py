"""The ecogram as plain values: what the map shows, independent of the database and of Qt.

An `Ecogram` is both the current map of a household (built by `services.ecogram`) and a
snapshot (stored as `Ecogram.to_dict()` in `EcogramSnapshot.data`). It is self-contained:
names, roles and kinds are copied in, so a snapshot still reads correctly after people were
edited or removed.

Nodes are addressed by a key "kind:id" (`node_key`), so a person, an organisation and the
household itself can be the ends of a tie without ambiguity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from typing import Any

from voordeur.domain.ecogram_check import check_shape, ecogram_problem
from voordeur.model.catalogues import (
    INFORMAL_ORGANISATION_KINDS,
    ORGANISATION_KIND_LABELS,
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

FORMAT_VERSION = 1
Point = tuple[float, float]


def _short(exc: BaseException) -> str:
    """An exception's text for a message: short, and without the values of the data."""
    if isinstance(exc, KeyError):
        return "a required key is missing"
    if isinstance(exc, ValueError) and str(exc).startswith("too "):
        return str(exc)  # from check_shape: no values in it
    return f"a value cannot be read ({type(exc).__name__})"


def node_key(kind: NodeKind | str, record_id: str) -> str:
    """'person:0193…', 'organisation:0193…' or 'household:0193…'."""
    return f"{NodeKind(kind).value}:{record_id}"


def split_key(key: str) -> tuple[NodeKind, str]:
    kind, _, record_id = key.partition(":")
    if not record_id:
        raise ValueError(f"not a node key: {key!r}")
    return NodeKind(kind), record_id


@dataclass(frozen=True)
class Node:
    """A person, an organisation or the household (the centre) on the map.

    `member` marks household members: they are drawn in the genogram inside the centre.
    For an organisation `record_id` is the organisation's id and `link_id` the id of its
    HouseholdPartner row (the link that carries its life domain and closeness here).
    """

    key: str
    kind: NodeKind
    record_id: str
    name: str  # full name, organisation name, or the household's display name
    role: str = ""  # "moeder", "oma", "buurvrouw"; for an organisation its contact's role
    member: bool = False
    life_domain: LifeDomain = LifeDomain.FAMILY_HOME
    closeness: int = 2  # 1 near, 2 middle, 3 far (the ring); 0 for members and the household
    gender: Gender = Gender.UNKNOWN
    deceased: bool = False
    is_index: bool = False
    birth_year: int | None = None
    organisation_kind: OrganisationKind | None = None
    contact_name: str = ""  # an organisation's contact person (a name: hidden in role mode)
    link_id: str | None = None

    @property
    def is_household(self) -> bool:
        return self.kind == NodeKind.HOUSEHOLD

    @property
    def is_organisation(self) -> bool:
        return self.kind == NodeKind.ORGANISATION

    @property
    def in_network(self) -> bool:
        """Part of the network around the household (not the centre, not a member)."""
        return not self.member and not self.is_household

    @property
    def formal(self) -> bool:
        """Professional help (an organisation that is not a club, faith community or work)."""
        return self.is_organisation and self.organisation_kind not in INFORMAL_ORGANISATION_KINDS

    def role_label(self) -> str:
        """What to show instead of a name (for partners without consent): Dutch, never a name."""
        if self.is_household:
            return "Gezin"
        if self.is_organisation:
            # An organisation's name is not personal data; its contact person's name is.
            return self.name
        if self.role:
            return self.role
        return "gezinslid" if self.member else "contact"

    def label(self, *, roles: bool = False) -> str:
        return self.role_label() if roles else (self.name or self.role_label())


@dataclass(frozen=True)
class Tie:
    """A relation in Hartman's notation between two nodes (by key).

    `direction` is relative to (source, target): TO_TARGET means the source supports the
    target. `support` holds the P/G/A/E types, sorted.
    """

    id: str
    source: str
    target: str
    strength: TieStrength = TieStrength.NORMAL
    quality: TieQuality = TieQuality.NEUTRAL
    direction: SupportDirection = SupportDirection.NONE
    support: tuple[SupportType, ...] = ()
    note: str = ""

    def ends(self) -> tuple[str, str]:
        return self.source, self.target

    def touches(self, key: str) -> bool:
        return key in (self.source, self.target)

    def other(self, key: str) -> str:
        return self.target if key == self.source else self.source


@dataclass(frozen=True)
class FamilyLine:
    """A genogram line between two members: partners (a, b) or parent (a) → child (b)."""

    id: str
    kind: FamilyRelationKind
    a: str
    b: str
    partner_status: PartnerStatus | None = None
    child_type: ChildType | None = None


@dataclass(frozen=True)
class Ecogram:
    """One household's map. Build with `Ecogram.of(...)`, which puts everything in a fixed order
    so that two equal maps compare equal.

    `positions` holds the places the worker (or an earlier layout) saved, in scene units around
    the household at (0, 0); nodes without one are placed by `domain.ecogram_layout`.
    """

    household_id: str
    title: str
    nodes: tuple[Node, ...] = ()
    ties: tuple[Tie, ...] = ()
    lines: tuple[FamilyLine, ...] = ()
    positions: Mapping[str, Point] = field(default_factory=dict)

    @classmethod
    def of(
        cls,
        household_id: str,
        title: str,
        nodes: Iterable[Node] = (),
        ties: Iterable[Tie] = (),
        lines: Iterable[FamilyLine] = (),
        positions: Mapping[str, Point] | None = None,
    ) -> Ecogram:
        return cls(
            household_id=household_id,
            title=title,
            nodes=tuple(sorted(nodes, key=lambda n: n.key)),
            ties=tuple(sorted((_sorted_support(t) for t in ties), key=lambda t: t.id)),
            lines=tuple(sorted(lines, key=lambda line: line.id)),
            positions={k: (float(x), float(y)) for k, (x, y) in sorted((positions or {}).items())},
        )

    # -- lookups --------------------------------------------------------------------------
    @property
    def household_key(self) -> str:
        return node_key(NodeKind.HOUSEHOLD, self.household_id)

    def node(self, key: str) -> Node | None:
        return self._nodes_by_key().get(key)

    def tie(self, tie_id: str) -> Tie | None:
        return next((t for t in self.ties if t.id == tie_id), None)

    def members(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes if n.member)

    def network(self) -> tuple[Node, ...]:
        return tuple(n for n in self.nodes if n.in_network)

    def ties_of(self, key: str) -> tuple[Tie, ...]:
        return tuple(t for t in self.ties if t.touches(key))

    def _nodes_by_key(self) -> dict[str, Node]:
        cached = self.__dict__.get("_by_key")
        if cached is None:
            cached = {n.key: n for n in self.nodes}
            object.__setattr__(self, "_by_key", cached)
        return cached

    # -- changing (returns a new Ecogram) -------------------------------------------------
    def with_positions(self, positions: Mapping[str, Point]) -> Ecogram:
        return Ecogram.of(self.household_id, self.title, self.nodes, self.ties, self.lines,
                          {**self.positions, **positions})

    def evolve(self, **changes: Any) -> Ecogram:
        """A copy with some of household_id/title/nodes/ties/lines/positions replaced."""
        current = {"household_id": self.household_id, "title": self.title, "nodes": self.nodes,
                   "ties": self.ties, "lines": self.lines, "positions": self.positions}
        current.update(changes)
        return Ecogram.of(**current)

    # -- stored form (EcogramSnapshot.data, JSON) -----------------------------------------
    def to_dict(self) -> dict[str, Any]:
        return {
            "format": FORMAT_VERSION,
            "household_id": self.household_id,
            "title": self.title,
            "nodes": [_shallow(n) for n in self.nodes],
            "ties": [{**_shallow(t), "support": [str(s) for s in t.support]} for t in self.ties],
            "lines": [_shallow(line) for line in self.lines],
            "positions": {k: [x, y] for k, (x, y) in self.positions.items()},
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Ecogram:
        """Read a stored snapshot; raises ValueError on data it cannot understand or that breaks
        the bounds of `domain.ecogram_check` (so whatever this returns can be drawn)."""
        if not isinstance(data, Mapping):
            raise ValueError("damaged ecogram snapshot: not an object")
        version = data.get("format")
        if version != FORMAT_VERSION:
            known = version is None or (isinstance(version, int) and abs(version) < 10**6)
            shown = version if known else "?"
            raise ValueError(f"unknown ecogram snapshot format {shown!r}")
        try:
            check_shape(data)
            nodes = [_node_from(n) for n in data.get("nodes", [])]
            ties = [_tie_from(t) for t in data.get("ties", [])]
            lines = [_line_from(line) for line in data.get("lines", [])]
            positions = {str(k): (float(v[0]), float(v[1]))
                         for k, v in dict(data.get("positions", {})).items()}
            ecogram = cls.of(str(data["household_id"]), str(data.get("title", "")), nodes, ties,
                             lines, positions)
        except (KeyError, TypeError, IndexError, AttributeError, OverflowError,
                ValueError) as exc:
            raise ValueError(f"damaged ecogram snapshot ({_short(exc)})") from None
        problem = ecogram_problem(ecogram)
        if problem:
            raise ValueError(f"damaged ecogram snapshot ({problem})")
        return ecogram


def _shallow(value: Node | Tie | FamilyLine) -> dict[str, Any]:
    """A record's fields as a dict (every field is a plain value or an enum, so no deep copy:
    dataclasses.asdict is several times slower and snapshots are taken on every finalise)."""
    return {f.name: getattr(value, f.name) for f in fields(value)}


def _sorted_support(tie: Tie) -> Tie:
    support = tuple(sorted({SupportType(s) for s in tie.support}, key=_SUPPORT_ORDER.index))
    return tie if support == tie.support else replace(tie, support=support)


_SUPPORT_ORDER = list(SupportType)


def _node_from(d: Mapping[str, Any]) -> Node:
    kind = d.get("organisation_kind")
    return Node(
        key=str(d["key"]), kind=NodeKind(d["kind"]), record_id=str(d["record_id"]),
        name=str(d.get("name", "")), role=str(d.get("role", "")),
        member=bool(d.get("member", False)),
        life_domain=LifeDomain(d.get("life_domain", LifeDomain.FAMILY_HOME)),
        closeness=int(d.get("closeness", 2)), gender=Gender(d.get("gender", Gender.UNKNOWN)),
        deceased=bool(d.get("deceased", False)), is_index=bool(d.get("is_index", False)),
        birth_year=None if d.get("birth_year") is None else int(d["birth_year"]),
        organisation_kind=None if kind is None else OrganisationKind(kind),
        contact_name=str(d.get("contact_name", "")), link_id=d.get("link_id"),
    )


def _tie_from(d: Mapping[str, Any]) -> Tie:
    return Tie(
        id=str(d["id"]), source=str(d["source"]), target=str(d["target"]),
        strength=TieStrength(d.get("strength", TieStrength.NORMAL)),
        quality=TieQuality(d.get("quality", TieQuality.NEUTRAL)),
        direction=SupportDirection(d.get("direction", SupportDirection.NONE)),
        support=tuple(SupportType(s) for s in d.get("support", [])),
        note=str(d.get("note", "")),
    )


def _line_from(d: Mapping[str, Any]) -> FamilyLine:
    status, child = d.get("partner_status"), d.get("child_type")
    return FamilyLine(
        id=str(d["id"]), kind=FamilyRelationKind(d["kind"]), a=str(d["a"]), b=str(d["b"]),
        partner_status=None if status is None else PartnerStatus(status),
        child_type=None if child is None else ChildType(child),
    )


def organisation_role(kind: OrganisationKind | None) -> str:
    """The Dutch label of an organisation's kind ("School", "Huisarts")."""
    return ORGANISATION_KIND_LABELS.get(kind or OrganisationKind.OTHER, "Overig")


# -- role mode: no names --------------------------------------------------------------------------
# Parts of Dutch (and other) surnames that are ordinary words too: "moeder van een klasgenoot"
# must keep its "van" when someone in the network is called "van Dijk".
NAME_PARTICLES = frozenset({
    "van", "de", "der", "den", "het", "ten", "ter", "te", "in", "op", "la", "le", "du", "da",
    "di", "del", "dos", "das", "el", "al", "bin", "ben", "von", "zu", "'t",
})


def personal_names(ecogram: Ecogram) -> frozenset[str]:
    """Every name role mode must hide: the household title, people's names and their parts,
    and organisations' contact names."""
    names = {ecogram.title} if ecogram.title else set()
    for node in ecogram.nodes:
        if node.kind == NodeKind.PERSON and node.name:
            names.add(node.name)
            names.update(part for part in node.name.split()
                         if len(part) > 1 and part.casefold() not in NAME_PARTICLES)
        if node.contact_name:
            names.add(node.contact_name)
            names.update(part for part in node.contact_name.split()
                         if len(part) > 1 and part.casefold() not in NAME_PARTICLES)
    return frozenset(names)


def scrub_names(text: str, names: Iterable[str]) -> str:
    """A role typed as free text may name someone ('moeder van een klasgenoot van Xaviera'):
    in role mode every such name becomes '…'."""
    for name in sorted(names, key=len, reverse=True):  # full names before their parts
        text = re.sub(rf"(?<!\w){re.escape(name)}(?!\w)", "…", text, flags=re.IGNORECASE)
    return text
