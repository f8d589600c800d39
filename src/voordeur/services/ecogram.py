"""Use cases of the ecogram: add, move, connect, edit, remove and restore nodes and ties; snapshots.

Every function takes the `UnitOfWork` first (the one write path) and raises `ServiceError` with a
plain English message on a bad request. Where a record is created the caller may pass `id=`, so
an undo/redo stack can recreate exactly the same record. Removing tombstones records and returns
a `Removal` that lists them; `restore` clears those tombstones again, so undoing a removal (or
redoing an add after its undo) brings back the very same records, ids included.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any, TypeVar

from pydantic import ValidationError
from sqlalchemy import and_, or_
from sqlmodel import col, select

from voordeur.domain.ecogram import Ecogram, Node, Point, Tie, node_key, split_key
from voordeur.model import (
    ENTITY_TYPES,
    EcogramPosition,
    EcogramSnapshot,
    Entity,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    StoreMeta,
    Visit,
    utcnow,
)
from voordeur.model import Tie as TieRecord
from voordeur.model.catalogues import (
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PersonKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)
from voordeur.services import households as hs
from voordeur.services.ecogram_queries import (
    HouseholdNotFound,
    current_ecogram,
    organisation_node,
    person_node,
    tie_value,
)
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import UnitOfWork
from voordeur.store.store import META_TEAM

T = TypeVar("T")

# What the ecogram may set on a person (the rest of a person is edited on the household page).
PERSON_FIELDS = frozenset({
    "first_name", "last_name", "role", "gender", "birth_date", "birth_year", "deceased",
    "is_index", "life_domain", "closeness", "phone", "note",
})
LINK_FIELDS = frozenset({"contact_name", "life_domain", "closeness"})
ORGANISATION_FIELDS = frozenset({"name", "kind", "organisation_kind"})
TIE_FIELDS = frozenset({"strength", "quality", "direction", "support", "support_types", "note"})

_TABLES: dict[str, type[Entity]] = {str(cls.__tablename__): cls for cls in ENTITY_TYPES}


@dataclass(frozen=True)
class Removal:
    """Every record one removal tombstoned, as (table name, id), in the order it did so."""

    records: tuple[tuple[str, str], ...] = ()

    def ids(self, table: str) -> tuple[str, ...]:
        return tuple(record_id for name, record_id in self.records if name == table)

    def __len__(self) -> int:
        return len(self.records)


# -- adding ---------------------------------------------------------------------------------
def add_network_person(
    uow: UnitOfWork, household_id: str, *, position: Point | None = None, **person_fields: Any
) -> Node:
    """A person around the household (not a member); `id=` recreates a known person."""
    household = _household(uow, household_id)
    kind = _checked(lambda: PersonKind(person_fields.pop("kind", PersonKind.NETWORK)))
    if kind != PersonKind.NETWORK:
        raise ServiceError("household members are added on the household page")
    _only(person_fields, PERSON_FIELDS | {"id"}, "a person")
    person = _checked(lambda: hs.add_person(uow, household, kind=PersonKind.NETWORK,
                                            **person_fields))
    node = person_node(person)
    if position is not None:
        _save_positions(uow, household_id, {node.key: position})
    return node


def add_partner(
    uow: UnitOfWork,
    household_id: str,
    *,
    organisation_id: str | None = None,
    name: str = "",
    kind: OrganisationKind = OrganisationKind.OTHER,
    position: Point | None = None,
    **link_fields: Any,
) -> Node:
    """Put an organisation in the household's network: an existing one (`organisation_id`) or a
    new one of the worker's team (`name`, `kind`). `id=` is the id of the link."""
    household = _household(uow, household_id)
    _only(link_fields, LINK_FIELDS | {"id"}, "a partner")
    if organisation_id is not None:
        organisation = hs.require(uow, Organisation, organisation_id)
        if _link(uow, household_id, organisation_id) is not None:
            raise ServiceError("this organisation is already in the household's network")
    else:
        meta = uow.session.get(StoreMeta, META_TEAM)
        organisation = _checked(lambda: hs.add_organisation(
            uow, name, kind=OrganisationKind(kind), team_id=(meta.value if meta else "") or None,
            neighbourhood=household.neighbourhood))
    link_fields.setdefault("life_domain", default_life_domain(organisation.kind))
    link = _checked(lambda: hs.link_partner(uow, household, organisation, **link_fields))
    node = organisation_node(organisation, link)
    if position is not None:
        _save_positions(uow, household_id, {node.key: position})
    return node


def default_life_domain(kind: OrganisationKind | str) -> LifeDomain:
    """The sector an organisation of this kind usually belongs in."""
    kind = OrganisationKind(kind)
    if kind in (OrganisationKind.SCHOOL, OrganisationKind.CHILD_CENTRE, OrganisationKind.CHILDCARE,
                OrganisationKind.EARLY_EDUCATION, OrganisationKind.WORK):
        return LifeDomain.SCHOOL_WORK
    if kind in (OrganisationKind.SPORTS_CLUB, OrganisationKind.FAITH, OrganisationKind.LIBRARY,
                OrganisationKind.SELF_ORGANISATION, OrganisationKind.VOLUNTEERS):
        return LifeDomain.LEISURE
    return LifeDomain.PROFESSIONALS


# -- moving ---------------------------------------------------------------------------------
def move_nodes(uow: UnitOfWork, household_id: str, positions: Mapping[str, Point]) -> None:
    """Save where the worker put nodes (pinned: automatic layout leaves them there)."""
    _household(uow, household_id)
    on_map = _node_keys(uow, household_id)
    missing = [key for key in positions if key not in on_map]
    if missing:
        raise ServiceError("only nodes of this household's ecogram can be moved")
    _save_positions(uow, household_id, positions)


def _save_positions(uow: UnitOfWork, household_id: str, positions: Mapping[str, Point]) -> None:
    if not all(math.isfinite(v) for point in positions.values() for v in point):
        raise ServiceError("a position needs finite coordinates")  # JSON export has no NaN
    rows = uow.session.exec(
        select(EcogramPosition)
        .where(EcogramPosition.household_id == household_id,
               col(EcogramPosition.deleted_at).is_(None))
        .order_by(col(EcogramPosition.updated_at), col(EcogramPosition.id))
    ).all()
    newest = {node_key(row.node_kind, row.node_id): row for row in rows}  # the newest row wins
    for key, (x, y) in positions.items():
        row = newest.get(key)
        if row is not None:
            uow.update(row, x=float(x), y=float(y), pinned=True)
        else:
            kind, record_id = _split(key)
            uow.add(EcogramPosition(household_id=household_id, node_kind=kind, node_id=record_id,
                                    x=float(x), y=float(y), pinned=True))


# -- ties -----------------------------------------------------------------------------------
def add_tie(
    uow: UnitOfWork, household_id: str, source: str, target: str, **tie_fields: Any
) -> Tie:
    """A relation between two nodes of the household's ecogram (keys); `id=` recreates one."""
    household = _household(uow, household_id)
    if source == target:
        raise ServiceError("a tie needs two different ends")
    on_map = _node_keys(uow, household_id)
    if source not in on_map or target not in on_map:
        raise ServiceError("a tie connects two nodes of the same household's ecogram")
    record_id = tie_fields.pop("id", None)
    values = _tie_values(tie_fields)
    if record_id is not None:
        values["id"] = record_id
    record = _checked(lambda: hs.connect(uow, household, _split(source), _split(target),
                                         **values))
    return tie_value(record)


def edit_tie(uow: UnitOfWork, tie_id: str, **fields: Any) -> set[str]:
    """Change a tie's strength, quality, direction, support (P/G/A/E) or note; returns the names
    (as given) of the fields that changed."""
    tie = hs.require(uow, TieRecord, tie_id)
    changed = _checked(lambda: uow.update(tie, **_tie_values(fields)))
    return {"support" if name == "support_types" and "support" in fields else name
            for name in changed}


def delete_tie(uow: UnitOfWork, tie_id: str) -> Removal:
    return _tombstone(uow, [hs.require(uow, TieRecord, tie_id)])


def _tie_values(fields: Mapping[str, Any]) -> dict[str, Any]:
    _only(fields, TIE_FIELDS, "a tie")
    values: dict[str, Any] = {}
    try:
        for name, enum in (("strength", TieStrength), ("quality", TieQuality),
                           ("direction", SupportDirection)):
            if name in fields:
                values[name] = enum(fields[name])
        if "support" in fields or "support_types" in fields:
            given = {SupportType(s) for s in fields.get("support", fields.get("support_types"))}
            values["support_types"] = [str(s) for s in SupportType if s in given]
    except (ValueError, TypeError) as exc:
        raise ServiceError(f"not a valid tie value: {exc}") from exc
    if "note" in fields:
        values["note"] = str(fields["note"])
    return values


# -- editing nodes --------------------------------------------------------------------------
def node_values(uow: UnitOfWork, household_id: str, key: str,
                fields: Iterable[str]) -> dict[str, Any]:
    """The stored values of `fields` of a node, as `edit_node` takes them: what an undo of an
    edit puts back."""
    kind, record_id = _split(key)
    wanted = list(fields)
    if kind == NodeKind.HOUSEHOLD:
        household = _household(uow, household_id)
        return {name: household.display_name for name in wanted
                if name in ("name", "display_name")}
    if kind == NodeKind.PERSON:
        _only(wanted, PERSON_FIELDS, "a person")
        person = _person(uow, household_id, record_id)
        return {name: getattr(person, name) for name in wanted}
    _only(wanted, LINK_FIELDS | ORGANISATION_FIELDS, "an organisation")
    link = _link(uow, household_id, record_id)
    if link is None:
        raise ServiceError("this organisation is not in the household's network")
    organisation = hs.require(uow, Organisation, record_id)
    values: dict[str, Any] = {}
    for name in wanted:
        if name in LINK_FIELDS:
            values[name] = getattr(link, name)
        elif name == "organisation_kind":
            values[name] = organisation.kind
        else:
            values[name] = getattr(organisation, name)
    return values


def tie_values(uow: UnitOfWork, tie_id: str, fields: Iterable[str]) -> dict[str, Any]:
    """The stored values of `fields` of a tie, as `edit_tie` takes them (for undo)."""
    wanted = list(fields)
    _only(wanted, TIE_FIELDS, "a tie")
    tie = hs.require(uow, TieRecord, tie_id)
    values: dict[str, Any] = {}
    for name in wanted:
        if name in ("support", "support_types"):
            values[name] = tuple(SupportType(s) for s in tie.support_types)
        else:
            values[name] = getattr(tie, name)
    return values


def edit_node(uow: UnitOfWork, household_id: str, key: str, **fields: Any) -> set[str]:
    """Change what a node shows; returns the names (as given) of the fields that changed.

    A person: their own fields. An organisation: `life_domain`, `closeness` and `contact_name`
    of its link with this household, and `name`/`kind` of the organisation itself (shared with
    other households). The household: its `name`.
    """
    household = _household(uow, household_id)
    kind, record_id = _split(key)
    if kind == NodeKind.HOUSEHOLD:
        if record_id != household_id:
            raise ServiceError("this node is not in the household's ecogram")
        _only(fields, {"name", "display_name"}, "the household")
        if not fields:
            return set()
        name = fields.get("name", fields.get("display_name"))
        changed = hs.edit_household(uow, household, display_name=name)
        return {n for n in fields} if changed else set()
    if kind == NodeKind.PERSON:
        _only(fields, PERSON_FIELDS, "a person")
        person = _person(uow, household_id, record_id)
        return _checked(lambda: hs.edit_person(uow, person, **fields))
    _only(fields, LINK_FIELDS | ORGANISATION_FIELDS, "an organisation")
    link = _link(uow, household_id, record_id)
    if link is None:
        raise ServiceError("this organisation is not in the household's network")
    organisation = hs.require(uow, Organisation, record_id)
    org_values: dict[str, Any] = {}
    if "name" in fields:
        org_values["name"] = str(fields["name"]).strip()
        if not org_values["name"]:
            raise ServiceError("an organisation needs a name")
    for alias in ("kind", "organisation_kind"):
        if alias in fields:
            org_values["kind"] = _checked(lambda a=alias: OrganisationKind(fields[a]))
    link_values = {k: v for k, v in fields.items() if k in LINK_FIELDS}
    changed = _checked(lambda: uow.update(organisation, **org_values))
    changed |= _checked(lambda: uow.update(link, **link_values))
    return {n for n in fields if n in changed
            or (n == "organisation_kind" and "kind" in changed)}


# -- removing and restoring -----------------------------------------------------------------
def remove_node(uow: UnitOfWork, household_id: str, key: str) -> Removal:
    """Take a node off the map, with its ties, lines and position.

    A person is tombstoned (as on the household page). For an organisation only its link with
    this household goes: the organisation itself is shared by the team's households.
    """
    _household(uow, household_id)
    kind, record_id = _split(key)
    if kind == NodeKind.HOUSEHOLD:
        raise ServiceError("the household itself cannot be removed from its ecogram")
    if kind == NodeKind.PERSON:
        person = _person(uow, household_id, record_id)
        start = len(uow.changes)
        hs.remove_person(uow, person)
        return Removal(tuple((c.table, c.record_id) for c in uow.changes[start:]
                             if c.op == "delete"))
    link = _link(uow, household_id, record_id)
    if link is None:
        raise ServiceError("this organisation is not in the household's network")
    is_end = or_(
        and_(TieRecord.source_kind == NodeKind.ORGANISATION, TieRecord.source_id == record_id),
        and_(TieRecord.target_kind == NodeKind.ORGANISATION, TieRecord.target_id == record_id),
    )
    ties = uow.session.exec(
        select(TieRecord).where(TieRecord.household_id == household_id, is_end,
                                col(TieRecord.deleted_at).is_(None))
    ).all()
    positions = uow.session.exec(
        select(EcogramPosition).where(
            EcogramPosition.household_id == household_id,
            EcogramPosition.node_kind == NodeKind.ORGANISATION,
            EcogramPosition.node_id == record_id,
            col(EcogramPosition.deleted_at).is_(None),
        )
    ).all()
    return _tombstone(uow, [*ties, *positions, link])


def restore(uow: UnitOfWork, removal: Removal) -> None:
    """Bring back every record a removal tombstoned (the undo of a removal)."""
    records = []
    for table, record_id in removal.records:
        cls = _TABLES.get(table)
        record = None if cls is None else uow.get(cls, record_id, include_deleted=True)
        if record is None:
            raise ServiceError("a removed record to restore no longer exists")
        records.append(record)
    for record in records:
        if isinstance(record, HouseholdPartner) and record.deleted_at is not None:
            other = _link(uow, record.household_id, record.organisation_id)
            if other is not None and other.id != record.id:
                raise ServiceError("this organisation is already in the household's network")
    for record in records:
        uow.restore(record)


def _tombstone(uow: UnitOfWork, records: Iterable[Entity]) -> Removal:
    done = []
    for record in records:
        if record.deleted_at is None:
            uow.delete(record)
            done.append((str(type(record).__tablename__), record.id))
    return Removal(tuple(done))


# -- snapshots ------------------------------------------------------------------------------
def take_snapshot(
    uow: UnitOfWork,
    household_id: str,
    *,
    visit_id: str | None = None,
    label: str = "",
    taken_at: datetime | None = None,
    id: str | None = None,
) -> str:
    """Freeze the household's map as it is in this transaction; returns the snapshot's id."""
    _household(uow, household_id)
    try:
        ecogram = current_ecogram(uow.session, household_id)
    except HouseholdNotFound as exc:
        raise ServiceError("this household no longer exists") from exc
    # Imported here: the layout needs numpy, which the app's start does not.
    from voordeur.domain.ecogram_layout import complete_positions

    ecogram = ecogram.with_positions(complete_positions(ecogram))
    return save_snapshot(uow, ecogram, visit_id=visit_id, label=label, taken_at=taken_at, id=id)


def save_snapshot(
    uow: UnitOfWork,
    ecogram: Ecogram,
    *,
    visit_id: str | None = None,
    label: str = "",
    taken_at: datetime | None = None,
    id: str | None = None,
) -> str:
    """Store a given map as a snapshot of its household (take_snapshot and the demo use it)."""
    if visit_id is not None:
        visit = uow.get(Visit, visit_id)
        if visit is None or visit.household_id != ecogram.household_id:
            raise ServiceError("a snapshot belongs to a visit of the same household")
    if taken_at is not None and taken_at.tzinfo is None:
        raise ServiceError("taken_at must be an aware datetime")
    fields: dict[str, Any] = {"id": id} if id is not None else {}
    snapshot = _checked(lambda: uow.add(EcogramSnapshot(
        household_id=ecogram.household_id, visit_id=visit_id, taken_at=taken_at or utcnow(),
        label=label.strip(), data=ecogram.to_dict(), **fields)))
    return snapshot.id


# -- helpers --------------------------------------------------------------------------------
def _household(uow: UnitOfWork, household_id: str) -> Household:
    return hs.require(uow, Household, household_id)


def _person(uow: UnitOfWork, household_id: str, person_id: str) -> Person:
    person = hs.require(uow, Person, person_id)
    if person.household_id != household_id:
        raise ServiceError("this person is not in the household's ecogram")
    return person


def _link(uow: UnitOfWork, household_id: str, organisation_id: str) -> HouseholdPartner | None:
    return uow.session.exec(
        select(HouseholdPartner)
        .where(HouseholdPartner.household_id == household_id,
               HouseholdPartner.organisation_id == organisation_id,
               col(HouseholdPartner.deleted_at).is_(None))
        .order_by(col(HouseholdPartner.created_at).desc(), col(HouseholdPartner.id).desc())
    ).first()


def _node_keys(uow: UnitOfWork, household_id: str) -> set[str]:
    """The keys of every node on the household's map (cheap: ids only)."""
    people = uow.session.exec(
        select(Person.id).where(Person.household_id == household_id,
                                col(Person.deleted_at).is_(None))
    ).all()
    organisations = uow.session.exec(
        select(HouseholdPartner.organisation_id)
        .join(Organisation, col(Organisation.id) == col(HouseholdPartner.organisation_id))
        .where(HouseholdPartner.household_id == household_id,
               col(HouseholdPartner.deleted_at).is_(None), col(Organisation.deleted_at).is_(None))
    ).all()
    return {node_key(NodeKind.HOUSEHOLD, household_id),
            *(node_key(NodeKind.PERSON, i) for i in people),
            *(node_key(NodeKind.ORGANISATION, i) for i in organisations)}


def _split(key: str) -> tuple[NodeKind, str]:
    try:
        return split_key(key)
    except ValueError as exc:
        raise ServiceError(f"not a node of the ecogram: {key!r}") from exc


def _only(fields: Iterable[str], allowed: Iterable[str], what: str) -> None:
    unknown = sorted(set(fields) - set(allowed))
    if unknown:
        raise ServiceError(f"cannot set {', '.join(unknown)} on {what} in the ecogram")


def _checked(action: Callable[[], T]) -> T:
    """Run a write; a value the model refuses becomes a ServiceError naming the field."""
    try:
        return action()
    except ValidationError as exc:
        names = sorted({str(e["loc"][0]) for e in exc.errors() if e.get("loc")})
        raise ServiceError(f"not a valid value for {', '.join(names) or 'a field'}") from exc
    except ValueError as exc:
        if isinstance(exc, ServiceError):
            raise
        raise ServiceError(str(exc)) from exc
