"""The outbox: every local write of a linked store, queued for the next push.

`record_changes` runs inside the unit of work's transaction (`UnitOfWork._before_commit`), so a
write and its outbox row commit together or not at all: nothing written offline is ever
forgotten. Values are stored as the JSON the wire carries (`data_format.to_json_value`), each
with the hybrid-logical-clock stamp of its write.

A burst of updates of one record (autosave while typing) is folded into one row, but only into a
row that was never sent: once a row has been attempted its `change_id` is on its way to the
server and must always mean the same content (a resend is answered "duplicate").
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Protocol

from sqlalchemy import insert, select, update
from sqlmodel import Session, col

from voordeur.domain.data_format import record_to_json, references, to_json_value
from voordeur.model import Entity, new_id
from voordeur.model.sync import SyncOutbox
from voordeur.sync import state
from voordeur.sync.hlc import HybridClock, Stamp
from voordeur.sync.protocol import CONFLICT_TABLE, SERVER_OWNED_TABLES

META_HLC = "sync_hlc"
PENDING, REJECTED = "pending", "rejected"
# Never on the wire as values: the record id travels separately, a tombstone as the operation.
NOT_VALUES = frozenset({"id", "deleted_at"})
_CHUNK = 500
_TABLE = SyncOutbox.__table__  # type: ignore[attr-defined]
_REFERENCE_FIELDS: dict[str, frozenset[str]] = {}


class Change(Protocol):
    """One write as the unit of work records it (`services.unit_of_work.Change`): the outbox
    sits below the services, so it names only what it reads."""

    @property
    def table(self) -> str: ...
    @property
    def record_id(self) -> str: ...
    @property
    def op(self) -> str: ...
    @property
    def fields(self) -> dict[str, Any]: ...
    @property
    def household_id(self) -> str | None: ...


def load_clock(session: Session, device_id: str) -> HybridClock:
    """This device's sync clock: its last stamp and its measured offset to the server's time."""
    meta = state.read(session, [META_HLC, state.CLOCK_OFFSET])  # one query per write
    last = None
    if meta[META_HLC]:
        try:
            last = Stamp.parse(meta[META_HLC])
        except ValueError:
            last = None  # a damaged stamp only costs ordering against the wall clock
    return HybridClock(device_id, last, state.int_value(meta[state.CLOCK_OFFSET]))


def save_clock(session: Session, clock: HybridClock) -> None:
    state.write(session, {META_HLC: str(clock.last), state.CLOCK_OFFSET: str(clock.offset_ms)})


def is_pushable(table: str, op: str) -> bool:
    """Team and worker records belong to the server; conflicts are created only by the server."""
    if table in SERVER_OWNED_TABLES:
        return False
    return not (table == CONFLICT_TABLE and op == "create")


def record_values(record: Entity) -> dict[str, Any]:
    """The JSON values a "create" carries: every field but the id and the tombstone."""
    values = record_to_json(record)
    for name in NOT_VALUES:
        values.pop(name, None)
    return values


def record_changes(
    session: Session,
    device_id: str,
    changes: Sequence[Change],
    records: Mapping[str, Entity],
) -> int:
    """Queue the changes of one unit of work; returns the number of rows added or folded into.

    `records` maps record ids to the written objects as they stand at commit, so a "create"
    carries the final state (importers and the demo generator adjust timestamps after adding).
    """
    wanted = [c for c in changes if is_pushable(c.table, c.op)]
    if not wanted:
        return 0
    clock = load_clock(session, device_id)
    candidates = _foldable_rows(session, {c.record_id for c in wanted if c.op == "update"})
    new_rows: list[dict[str, Any]] = []
    touched = 0
    for change in wanted:
        stamp = str(clock.now())
        record = records.get(change.record_id)
        fields = _change_values(change, record)
        row = candidates.get(change.record_id)
        if change.op == "update" and row is not None and _may_fold(change):
            _fold(row, fields, stamp)
            touched += 1
            continue
        row = {
            "change_id": new_id(),
            "table_name": change.table,
            "record_id": change.record_id,
            "household_id": change.household_id,
            "op": change.op,
            "fields": fields,
            "clocks": {},
            "hlc": stamp,
            "attempts": 0,
            "status": PENDING,
            "detail": "",
        }
        new_rows.append(row)
        touched += 1
        # Later updates in this same transaction fold into this row (it was never sent).
        candidates[change.record_id] = row if change.op in ("create", "update") else None
    for row in candidates.values():
        if row is not None and row.get("seq") is not None and row.get("_dirty"):
            session.execute(
                update(_TABLE)
                .where(_TABLE.c.seq == row["seq"])
                .values(fields=row["fields"], clocks=row["clocks"], hlc=row["hlc"])
            )
    if new_rows:
        session.execute(insert(_TABLE), [_columns(r) for r in new_rows])
    save_clock(session, clock)
    return touched


def _columns(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if not k.startswith("_")}


def _change_values(change: Change, record: Entity | None) -> dict[str, Any]:
    if change.op == "create" and record is not None:
        return record_values(record)
    if change.op in ("delete", "restore"):
        values: dict[str, Any] = {}
    else:
        values = {k: to_json_value(v) for k, v in change.fields.items() if k not in NOT_VALUES}
    if record is not None:
        # The server keeps the record's full state; its updated_at moves with every write, and
        # a device that pulls a tombstone takes its deletion time from it.
        values["updated_at"] = to_json_value(record.updated_at)
    return values


def _may_fold(change: Change) -> bool:
    """An update that sets a reference is not moved before a later create it may point at."""
    refs = _REFERENCE_FIELDS.get(change.table)
    if refs is None:
        try:
            refs = frozenset(r.field for r in references(change.table))
        except KeyError:
            refs = frozenset()
        _REFERENCE_FIELDS[change.table] = refs
    return not refs.intersection(change.fields)


def _fold(row: dict[str, Any], fields: dict[str, Any], stamp: str) -> None:
    """Merge newer field values into an unsent row; every field keeps the clock of its write.

    A create that was never sent is known to no other device, so nothing can have been written
    concurrently: its fields simply all take the newest stamp (no per-field clocks to carry)."""
    if row["op"] == "create":
        row["fields"] = {**row["fields"], **fields}
        row["clocks"], row["hlc"], row["_dirty"] = {}, stamp, True
        return
    clocks = dict(row["clocks"])
    for name in row["fields"]:
        clocks.setdefault(name, row["hlc"])
    for name in fields:
        clocks.pop(name, None)  # written now: carries the row's new hlc
    row["fields"] = {**row["fields"], **fields}
    row["clocks"] = {k: v for k, v in clocks.items() if v != stamp}
    row["hlc"] = stamp
    row["_dirty"] = True


def _foldable_rows(session: Session, record_ids: Iterable[str]) -> dict[str, dict[str, Any] | None]:
    """Per record: its newest pending row if that row was never sent and can take an update."""
    ids = sorted(record_ids)
    newest: dict[str, dict[str, Any] | None] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = (
            select(_TABLE.c.seq, _TABLE.c.record_id, _TABLE.c.op, _TABLE.c.fields,
                   _TABLE.c.clocks, _TABLE.c.hlc, _TABLE.c.attempts)
            .where(col(SyncOutbox.record_id).in_(chunk), _TABLE.c.status == PENDING)
            .order_by(_TABLE.c.seq)
        )
        for seq, record_id, op, fields, clocks, hlc, attempts in session.execute(stmt):
            fresh = attempts == 0 and op in ("create", "update")
            newest[record_id] = (
                {"seq": seq, "op": op, "fields": dict(fields), "clocks": dict(clocks),
                 "hlc": hlc} if fresh else None
            )
    return newest


def seed_rows(
    session: Session,
    device_id: str,
    rows: Iterable[tuple[str, Mapping[str, Any], str | None]],
) -> int:
    """Queue a "create" for each (table, column values, household id), and a "delete" after it
    for a tombstone: how a store that worked offline before it was linked hands its records to
    the server. Column values as SQLAlchemy Core reads them (no ORM objects: a store of 500
    households holds tens of thousands of records)."""
    clock = load_clock(session, device_id)
    batch: list[dict[str, Any]] = []
    count = 0
    for table, row, household_id in rows:
        fields = {k: to_json_value(v) for k, v in row.items() if k not in NOT_VALUES}
        ops = [("create", fields)]
        if row["deleted_at"] is not None:
            ops.append(("delete", {"updated_at": to_json_value(row["deleted_at"])}))
        for op, values in ops:
            batch.append({
                "change_id": new_id(), "table_name": table, "record_id": row["id"],
                "household_id": household_id, "op": op, "fields": values, "clocks": {},
                "hlc": str(clock.now()), "attempts": 0, "status": PENDING, "detail": "",
            })
        if len(batch) >= _CHUNK:
            session.execute(insert(_TABLE), batch)
            count += len(batch)
            batch = []
    if batch:
        session.execute(insert(_TABLE), batch)
        count += len(batch)
    save_clock(session, clock)
    return count


def pending_fields(session: Session, record_ids: Iterable[str]) -> dict[str, set[str]]:
    """Per record: the fields with a change still waiting to be pushed ("deleted_at" stands for
    a pending delete or restore). A pull leaves these alone; the push lets the server decide."""
    ids = sorted(set(record_ids))
    found: dict[str, set[str]] = {}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = select(_TABLE.c.record_id, _TABLE.c.op, _TABLE.c.fields).where(
            col(SyncOutbox.record_id).in_(chunk), _TABLE.c.status == PENDING
        )
        for record_id, op, fields in session.execute(stmt):
            names = found.setdefault(record_id, set())
            names.update(fields)
            if op in ("delete", "restore", "create"):
                names.add("deleted_at")
    return found


def count_by_status(session: Session) -> dict[str, int]:
    from sqlalchemy import func

    stmt = select(_TABLE.c.status, func.count()).group_by(_TABLE.c.status)
    return {status: n for status, n in session.execute(stmt)}
