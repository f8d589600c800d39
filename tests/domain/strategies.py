"""Hypothesis strategies and small builders for ecograms (tests of the domain layer)."""

from __future__ import annotations

from hypothesis import strategies as st

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node, Tie, node_key
from voordeur.model.catalogues import (
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

HOUSEHOLD_ID = "hh1"
HOUSEHOLD = node_key(NodeKind.HOUSEHOLD, HOUSEHOLD_ID)


# -- builders for hand-made networks --------------------------------------------------------
def household() -> Node:
    return Node(HOUSEHOLD, NodeKind.HOUSEHOLD, HOUSEHOLD_ID, "Gezin Test", closeness=0)


def member(rid: str, name: str = "", role: str = "", gender: Gender = Gender.UNKNOWN,
           birth_year: int | None = None) -> Node:
    return Node(node_key(NodeKind.PERSON, rid), NodeKind.PERSON, rid, name or rid, role,
                member=True, closeness=0, gender=gender, birth_year=birth_year)


def person(rid: str, name: str = "", role: str = "",
           domain: LifeDomain = LifeDomain.FRIENDS, closeness: int = 2) -> Node:
    return Node(node_key(NodeKind.PERSON, rid), NodeKind.PERSON, rid, name or rid, role,
                life_domain=domain, closeness=closeness)


def organisation(rid: str, name: str = "", kind: OrganisationKind = OrganisationKind.SCHOOL,
                 domain: LifeDomain = LifeDomain.PROFESSIONALS, closeness: int = 2) -> Node:
    return Node(node_key(NodeKind.ORGANISATION, rid), NodeKind.ORGANISATION, rid, name or rid,
                life_domain=domain, closeness=closeness, organisation_kind=kind,
                link_id=f"link-{rid}")


def tie(tid: str, source: Node | str, target: Node | str, *,
        strength: TieStrength = TieStrength.NORMAL, quality: TieQuality = TieQuality.NEUTRAL,
        direction: SupportDirection = SupportDirection.NONE, support: str = "") -> Tie:
    return Tie(tid, _key(source), _key(target), strength, quality, direction,
               tuple(SupportType(s) for s in support))


def ecogram(*nodes: Node, ties: tuple[Tie, ...] = (), lines: tuple[FamilyLine, ...] = (),
            positions: dict | None = None) -> Ecogram:
    return Ecogram.of(HOUSEHOLD_ID, "Gezin Test", (household(), *nodes), ties, lines, positions)


def _key(node: Node | str) -> str:
    return node if isinstance(node, str) else node.key


# -- hypothesis strategies ------------------------------------------------------------------
_names = st.text(alphabet="abcdefghij ÉéÖ", max_size=8)
_coords = st.floats(min_value=-800, max_value=800, allow_nan=False, allow_infinity=False)


@st.composite
def nodes(draw: st.DrawFn, rid: str) -> Node:
    kind = draw(st.sampled_from([NodeKind.PERSON, NodeKind.ORGANISATION]))
    is_member = kind == NodeKind.PERSON and draw(st.booleans())
    return Node(
        key=node_key(kind, rid), kind=kind, record_id=rid, name=draw(_names),
        role=draw(st.sampled_from(["", "oma", "buurvrouw", "moeder"])),
        member=is_member,
        life_domain=draw(st.sampled_from(list(LifeDomain))),
        closeness=0 if is_member else draw(st.integers(1, 3)),
        gender=draw(st.sampled_from(list(Gender))),
        deceased=draw(st.booleans()),
        birth_year=draw(st.none() | st.integers(1930, 2024)),
        organisation_kind=(draw(st.sampled_from(list(OrganisationKind)))
                           if kind == NodeKind.ORGANISATION else None),
        contact_name=draw(_names) if kind == NodeKind.ORGANISATION else "",
    )


@st.composite
def ecograms(draw: st.DrawFn, ids: tuple[str, ...] = tuple("abcdefgh")) -> Ecogram:
    """An ecogram of HOUSEHOLD_ID drawn from a small pool of ids, so that two draws share
    nodes, ties and lines (and diffs between them have changed items, not only new ones)."""
    chosen = draw(st.lists(st.sampled_from(ids), unique=True, max_size=len(ids)))
    drawn = [draw(nodes(rid)) for rid in chosen]
    keys = [household().key, *(n.key for n in drawn)]
    member_keys = [n.key for n in drawn if n.member]
    ties = [
        Tie(f"t{i}", draw(st.sampled_from(keys)), draw(st.sampled_from(keys)),
            draw(st.sampled_from(list(TieStrength))), draw(st.sampled_from(list(TieQuality))),
            draw(st.sampled_from(list(SupportDirection))),
            tuple(draw(st.sets(st.sampled_from(list(SupportType))))))
        for i in draw(st.sets(st.integers(0, 6)))
    ]
    lines = []
    if len(member_keys) >= 2:
        for i in draw(st.sets(st.integers(0, 3))):
            a, b = draw(st.lists(st.sampled_from(member_keys), min_size=2, max_size=2,
                                 unique=True))
            if draw(st.booleans()):
                lines.append(FamilyLine(f"l{i}", FamilyRelationKind.PARTNERS, a, b,
                                        partner_status=draw(st.sampled_from(list(PartnerStatus)))))
            else:
                lines.append(FamilyLine(f"l{i}", FamilyRelationKind.PARENT_CHILD, a, b,
                                        child_type=draw(st.sampled_from(list(ChildType)))))
    positions = {k: (draw(_coords), draw(_coords))
                 for k in draw(st.lists(st.sampled_from(keys), unique=True))}
    title = draw(st.sampled_from(["Gezin Test", "Gezin Anders"]))
    return Ecogram.of(HOUSEHOLD_ID, title, [household(), *drawn], ties, lines, positions)
