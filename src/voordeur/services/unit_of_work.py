"""The one door every write goes through.

A `UnitOfWork` wraps one transaction. Services add, update and delete records through it; it
stamps `updated_at`, keeps tombstones instead of deleting, collects a `Change` per field written,
and on commit writes the access-log entry in the same transaction. In a store linked to a team
server it also queues the changes in the sync outbox there (`_before_commit`), so no write can
bypass sync.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from sqlmodel import Session

from voordeur.model import HOUSEHOLD_PARENTS, Entity, Household, utcnow
from voordeur.model.catalogues import AccessAction, AccessOutcome
from voordeur.model.value_rules import clean
from voordeur.store import access_log
from voordeur.store.store import Actor, Store

E = TypeVar("E", bound=Entity)

# Fields a caller may never set through update(): identity and bookkeeping.
PROTECTED_FIELDS = frozenset({"id", "created_at", "updated_at", "deleted_at"})
# Record ids listed individually in the access log up to this many per transaction.
MAX_LOGGED_RECORDS = 50


@dataclass(frozen=True)
class Change:
    """One write: the record, its type and the fields written with their new values."""

    table: str
    record_id: str
    op: str  # "create", "update" or "delete"
    fields: dict[str, Any]
    household_id: str | None
    at: datetime


@dataclass
class UnitOfWork:
    session: Session
    actor: Actor
    changes: list[Change] = field(default_factory=list)
    # True when the store is linked to a team server: the changes then also go to the outbox.
    sync_linked: bool = False
    # The written objects by id, read at commit (a "create" carries the record's final state).
    _records: dict[str, Entity] = field(default_factory=dict, repr=False)

    # -- writes ---------------------------------------------------------------------------
    def add(self, record: E) -> E:
        """Insert a new record (its id is already set by the model)."""
        table = str(type(record).__tablename__)
        dumped = record.model_dump(warnings=False)
        for name, value in dumped.items():
            if isinstance(value, str) and (fixed := clean(table, name, value)) != value:
                setattr(record, name, fixed)
                dumped[name] = fixed
        type(record).model_validate(dumped)  # tables skip validation
        now = utcnow()
        record.created_at = record.created_at or now
        record.updated_at = now
        self.session.add(record)
        values = record.model_dump(exclude=PROTECTED_FIELDS, warnings=False)
        self._record(record, "create", values, now)
        return record

    def update(self, record: E, **values: Any) -> set[str]:
        """Set fields that differ; returns the names of the fields that changed."""
        bad = PROTECTED_FIELDS.intersection(values) | (set(values) - set(type(record).model_fields))
        if bad:
            raise ValueError(f"cannot set {', '.join(sorted(bad))} on {type(record).__name__}")
        if record.deleted_at is not None:
            raise ValueError(f"{type(record).__name__} {record.id} was deleted")
        table = str(type(record).__tablename__)
        values = {k: clean(table, k, v) for k, v in values.items()}
        changed = {k: v for k, v in values.items() if getattr(record, k) != v}
        if not changed:
            return set()
        type(record).model_validate({**record.model_dump(warnings=False), **changed})
        now = utcnow()
        for key, value in changed.items():
            setattr(record, key, value)
        record.updated_at = now
        self.session.add(record)
        self._record(record, "update", changed, now)
        return set(changed)

    def delete(self, record: Entity) -> None:
        """Tombstone the record: other devices must learn it was deleted."""
        if record.deleted_at is not None:
            return
        now = utcnow()
        record.deleted_at = now
        record.updated_at = now
        self.session.add(record)
        self._record(record, "delete", {}, now)

    def restore(self, record: Entity) -> None:
        """Clear a tombstone (undo of a delete). `update` refuses `deleted_at`, so nothing is
        brought back by accident; this is the one deliberate way, recorded like any change."""
        if record.deleted_at is None:
            return
        now = utcnow()
        record.deleted_at = None
        record.updated_at = now
        self.session.add(record)
        self._record(record, "restore", {"deleted_at": None}, now)

    def get(self, cls: type[E], record_id: str, *, include_deleted: bool = False) -> E | None:
        record = self.session.get(cls, record_id)
        if record is None or (record.deleted_at is not None and not include_deleted):
            return None
        return record

    # -- bookkeeping ----------------------------------------------------------------------
    def _record(self, record: Entity, op: str, values: dict[str, Any], at: datetime) -> None:
        table = str(type(record).__tablename__)
        self._records[record.id] = record
        self.changes.append(
            Change(table, record.id, op, values, self._household_of(record), at)
        )

    def _household_of(self, record: Entity) -> str | None:
        if isinstance(record, Household):
            return record.id
        household_id = getattr(record, "household_id", None)
        if household_id:
            return str(household_id)
        via = HOUSEHOLD_PARENTS.get(type(record))
        if via is None:
            return None
        parent = self.session.get(via[1], getattr(record, via[0]))
        return getattr(parent, "household_id", None) if parent is not None else None

    def households_touched(self) -> list[str]:
        return list(dict.fromkeys(c.household_id for c in self.changes if c.household_id))

    def summary(self) -> str:
        """Counts per operation and record type: no personal data, fit for the access log."""
        counts: dict[str, int] = {}
        for change in self.changes:
            key = f"{change.op} {change.table}"
            counts[key] = counts.get(key, 0) + 1
        return ", ".join(f"{key} ×{n}" for key, n in sorted(counts.items()))

    def _before_commit(self, action: AccessAction, detail: str) -> None:
        if not self.changes:
            return
        subjects = self.households_touched()
        records = list(dict.fromkeys(c.record_id for c in self.changes))
        if len(records) <= MAX_LOGGED_RECORDS:
            subjects += [r for r in records if r not in subjects]
        access_log.append(
            self.session,
            worker_id=self.actor.worker_id,
            device_id=self.actor.device_id,
            action=action,
            subject_ids=subjects,
            outcome=AccessOutcome.OK,
            detail=(detail + ": " if detail else "") + self.summary(),
        )
        if self.sync_linked:
            from voordeur.sync.outbox import record_changes  # only linked stores pay the import

            record_changes(self.session, self.actor.device_id, self.changes, self._records)


@contextmanager
def unit_of_work(
    store: Store, *, action: AccessAction = AccessAction.CHANGE, detail: str = ""
) -> Iterator[UnitOfWork]:
    """One transaction: everything written inside commits together with its log entry, or not
    at all."""
    with store.session() as session:
        uow = UnitOfWork(session, store.actor, sync_linked=store.sync_linked)
        try:
            yield uow
            session.flush()
            uow._before_commit(action, detail)
            session.commit()
        except BaseException:
            session.rollback()
            raise
