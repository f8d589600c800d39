"""Read functions for the ecogram: the current map of a household and its snapshots (Qt-free).

`current_ecogram` works on a session the caller owns, so a write (a snapshot) can build the map
inside its own transaction and see the changes made there. The other reads open their own short
session and return frozen values, never ORM objects.

Opening the ecogram is not written to the access log here: the household page that holds it
already logged opening the household.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlmodel import Session, col, select

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node, Point, Tie, node_key
from voordeur.model import (
    EcogramPosition,
    EcogramSnapshot,
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Visit,
)
from voordeur.model import Tie as TieRecord
from voordeur.model.catalogues import (
    AccessAction,
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    PersonKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)
from voordeur.services.household_queries import (
    HouseholdNotFound,
    OrganisationInfo,
    fold,
    person_name,
)
from voordeur.services.households import ServiceError
from voordeur.services.local_days import local_date
from voordeur.store.store import Store

__all__ = [
    "EcogramState",
    "HouseholdNotFound",
    "SnapshotDamaged",
    "SnapshotInfo",
    "SnapshotNotFound",
    "current_ecogram",
    "ecogram_state",
    "household_node",
    "line_value",
    "load_snapshot",
    "organisation_node",
    "person_node",
    "snapshot_for_visit",
    "tie_value",
]


class SnapshotNotFound(LookupError):
    """The snapshot does not exist (any more) in this store."""


class SnapshotDamaged(ServiceError):
    """A stored snapshot that cannot be shown: stored before snapshots were checked on import
    and sync, or damaged since. The message names the snapshot and the problem (no data)."""

    def __init__(self, snapshot_id: str, problem: str) -> None:
        super().__init__(f"the ecogram snapshot {snapshot_id} cannot be shown: {problem}. It was "
                         "stored before Voordeur checked snapshots; remove it, or take a new one")
        self.snapshot_id = snapshot_id


def _read_snapshot(snapshot_id: str, data: object) -> Ecogram:
    try:
        return Ecogram.from_dict(data)  # type: ignore[arg-type]
    except ValueError as exc:
        raise SnapshotDamaged(snapshot_id, str(exc)) from None


@dataclass(frozen=True)
class SnapshotInfo:
    id: str
    taken_at: datetime
    visit_id: str | None
    visit_day: date | None  # the local day of the visit it was taken at, if any
    label: str


@dataclass(frozen=True)
class EcogramState:
    """What the ecogram tab loads: the map, its snapshots and the organisations to pick from."""

    ecogram: Ecogram
    snapshots: tuple[SnapshotInfo, ...]  # oldest first
    organisations: tuple[OrganisationInfo, ...]  # every organisation in the store, by name


# -- records → values -------------------------------------------------------------------------
def household_node(household: Household) -> Node:
    return Node(
        key=node_key(NodeKind.HOUSEHOLD, household.id), kind=NodeKind.HOUSEHOLD,
        record_id=household.id, name=household.display_name, closeness=0,
    )


def person_node(person: Person) -> Node:
    member = person.kind == PersonKind.MEMBER
    return Node(
        key=node_key(NodeKind.PERSON, person.id), kind=NodeKind.PERSON, record_id=person.id,
        name=person_name(person.first_name, person.last_name), role=person.role,
        member=member,
        # Members sit in the genogram at the centre: no sector, no ring.
        life_domain=LifeDomain.FAMILY_HOME if member else LifeDomain(person.life_domain),
        closeness=0 if member else person.closeness,
        gender=Gender(person.gender), deceased=person.deceased, is_index=person.is_index,
        birth_year=person.birth_year,
    )


def organisation_node(organisation: Organisation, link: HouseholdPartner) -> Node:
    # No role is stored for an organisation's contact; role mode shows the organisation's name.
    return Node(
        key=node_key(NodeKind.ORGANISATION, organisation.id), kind=NodeKind.ORGANISATION,
        record_id=organisation.id, name=organisation.name,
        life_domain=LifeDomain(link.life_domain), closeness=link.closeness,
        organisation_kind=OrganisationKind(organisation.kind), contact_name=link.contact_name,
        link_id=link.id,
    )


def tie_value(tie: TieRecord) -> Tie:
    return Tie(
        id=tie.id, source=node_key(tie.source_kind, tie.source_id),
        target=node_key(tie.target_kind, tie.target_id), strength=TieStrength(tie.strength),
        quality=TieQuality(tie.quality), direction=SupportDirection(tie.direction),
        support=tuple(SupportType(s) for s in tie.support_types), note=tie.note,
    )


def line_value(relation: FamilyRelation) -> FamilyLine:
    return FamilyLine(
        id=relation.id, kind=FamilyRelationKind(relation.kind),
        a=node_key(NodeKind.PERSON, relation.person_a_id),
        b=node_key(NodeKind.PERSON, relation.person_b_id),
        partner_status=None if relation.partner_status is None
        else PartnerStatus(relation.partner_status),
        child_type=None if relation.child_type is None else ChildType(relation.child_type),
    )


# -- the current map --------------------------------------------------------------------------
def current_ecogram(session: Session, household_id: str) -> Ecogram:
    """The household's map as it stands: live records only.

    Ties, lines and positions whose ends are not on the map (a person tombstoned on another
    device, say) are left out, so the map is always consistent.
    """
    household = session.get(Household, household_id)
    if household is None or household.deleted_at is not None:
        raise HouseholdNotFound(household_id)
    people = session.exec(
        select(Person).where(Person.household_id == household_id,
                             col(Person.deleted_at).is_(None))
    ).all()
    partner_rows = session.exec(
        select(HouseholdPartner, Organisation)
        .join(Organisation, col(Organisation.id) == col(HouseholdPartner.organisation_id))
        .where(HouseholdPartner.household_id == household_id,
               col(HouseholdPartner.deleted_at).is_(None),
               col(Organisation.deleted_at).is_(None))
        .order_by(col(HouseholdPartner.created_at), col(HouseholdPartner.id))
    ).all()
    nodes = {n.key: n for n in (household_node(household), *map(person_node, people))}
    for link, organisation in partner_rows:
        # Two links to one organisation (made on two devices): the newest wins.
        node = organisation_node(organisation, link)
        nodes[node.key] = node
    ties = [
        t for t in map(tie_value, _live(session, TieRecord, household_id))
        if t.source in nodes and t.target in nodes
    ]
    lines = [
        line for line in map(line_value, _live(session, FamilyRelation, household_id))
        if line.a in nodes and line.b in nodes
    ]
    return Ecogram.of(household_id, household.display_name, nodes.values(), ties, lines,
                      _positions(session, household_id, nodes))


def _live(session: Session, cls: type, household_id: str) -> Sequence:  # type: ignore[type-arg]
    return session.exec(
        select(cls).where(cls.household_id == household_id,  # type: ignore[attr-defined]
                          col(cls.deleted_at).is_(None))  # type: ignore[attr-defined]
    ).all()


def _positions(session: Session, household_id: str, nodes: Iterable[str]) -> dict[str, Point]:
    wanted = set(nodes)
    rows = session.exec(
        select(EcogramPosition)
        .where(EcogramPosition.household_id == household_id,
               col(EcogramPosition.deleted_at).is_(None))
        # Oldest first, so the newest row of a node (two devices may both save one) wins.
        .order_by(col(EcogramPosition.updated_at), col(EcogramPosition.id))
    ).all()
    positions: dict[str, Point] = {}
    for row in rows:
        key = node_key(row.node_kind, row.node_id)
        if key in wanted:
            positions[key] = (row.x, row.y)
    return positions


# -- the ecogram tab --------------------------------------------------------------------------
def ecogram_state(store: Store, household_id: str, *, log: bool = False) -> EcogramState:
    """The current map, the snapshots (oldest first) and the organisations to link.

    Not logged by default: the household page that shows the ecogram logged the opening.
    """
    with store.session() as session:
        ecogram = current_ecogram(session, household_id)
        snapshots = _snapshot_infos(session, household_id)
        organisations = session.exec(
            select(Organisation.id, Organisation.name, Organisation.kind)
            .where(col(Organisation.deleted_at).is_(None))
        ).all()
    if log:
        store.log(AccessAction.OPEN, [household_id], detail="ecogram")
    infos = sorted((OrganisationInfo(id=i, name=n, kind=OrganisationKind(k))
                    for i, n, k in organisations), key=lambda o: (fold(o.name), o.id))
    return EcogramState(ecogram=ecogram, snapshots=snapshots, organisations=tuple(infos))


def _snapshot_rows():  # type: ignore[no-untyped-def]
    # Only the columns the list needs: `data` can be large and is loaded on demand.
    return (
        select(EcogramSnapshot.id, EcogramSnapshot.taken_at, EcogramSnapshot.visit_id,
               EcogramSnapshot.label, Visit.starts_at)
        .outerjoin(Visit, col(Visit.id) == col(EcogramSnapshot.visit_id))
        .where(col(EcogramSnapshot.deleted_at).is_(None))
        .order_by(col(EcogramSnapshot.taken_at), col(EcogramSnapshot.id))
    )


def _info(row: tuple) -> SnapshotInfo:  # type: ignore[type-arg]
    snapshot_id, taken_at, visit_id, label, starts_at = row
    return SnapshotInfo(id=snapshot_id, taken_at=taken_at, visit_id=visit_id,
                        visit_day=local_date(starts_at), label=label)


def _snapshot_infos(session: Session, household_id: str) -> tuple[SnapshotInfo, ...]:
    rows = session.exec(
        _snapshot_rows().where(EcogramSnapshot.household_id == household_id)
    ).all()
    return tuple(_info(row) for row in rows)


def snapshots(store: Store, household_id: str) -> tuple[SnapshotInfo, ...]:
    """The household's snapshots, oldest first."""
    with store.session() as session:
        return _snapshot_infos(session, household_id)


def load_snapshot(store: Store, snapshot_id: str) -> Ecogram:
    """A stored snapshot; SnapshotNotFound when gone, SnapshotDamaged when it cannot be shown."""
    with store.session() as session:
        snapshot = session.get(EcogramSnapshot, snapshot_id)
        if snapshot is None or snapshot.deleted_at is not None:
            raise SnapshotNotFound(snapshot_id)
        data = snapshot.data
    return _read_snapshot(snapshot_id, data)


def snapshot_for_visit(store: Store, visit_id: str) -> tuple[SnapshotInfo, Ecogram] | None:
    """The latest snapshot taken at a visit (a visit finalised, edited and finalised again may
    have more than one), or None."""
    with store.session() as session:
        rows = session.exec(
            _snapshot_rows().where(EcogramSnapshot.visit_id == visit_id)
        ).all()
        if not rows:
            return None
        info = _info(rows[-1])
        snapshot = session.get(EcogramSnapshot, info.id)
        assert snapshot is not None
        data = snapshot.data
    return info, _read_snapshot(info.id, data)
