"""Small helpers for the sync scenario tests (reads and writes on one laptop's store)."""

from __future__ import annotations

from typing import Any, TypeVar

from sqlmodel import func, select

from voordeur.model import Entity, Household, Visit
from voordeur.model.sync import SyncOutbox
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store

E = TypeVar("E", bound=Entity)


def get(store: Store, cls: type[E], record_id: str) -> E:
    with store.session() as session:
        record = session.get(cls, record_id)
        assert record is not None, f"{cls.__name__} {record_id} missing"
        return record


def count(store: Store, cls: type[Any], *, live: bool = False) -> int:
    with store.session() as session:
        stmt = select(func.count()).select_from(cls)
        if live:
            stmt = stmt.where(cls.deleted_at.is_(None))
        return session.exec(stmt).one()


def outbox(store: Store) -> list[SyncOutbox]:
    with store.session() as session:
        return list(session.exec(select(SyncOutbox).order_by(SyncOutbox.seq)).all())


def new_household_with_visit(store: Store, notes: str = "") -> tuple[Household, Visit]:
    with unit_of_work(store) as uow:
        household = hs.start_household(uow, "Gezin Sync", city="Zwolle")
        visit = vs.start_visit(uow, household, notes=notes, location="Thuis")
    return household, visit


def edit_visit(store: Store, visit_id: str, **fields: Any) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, visit_id)
        assert visit is not None
        vs.edit_visit(uow, visit, **fields)
