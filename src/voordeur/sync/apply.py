"""Applying one pulled page of the server's change log to the local store.

The engine calls `apply_page` inside one transaction together with saving the page's cursor, so
a page is applied entirely or not at all: a dropped connection costs at most one page, and
running the pull again never applies anything twice (entries carry full record states, so a
re-applied entry changes nothing).

Rules, per entry (the state of one record after a change on the server):
- The whole page is validated while it is read (`parse_page`: every entry's values against its
  table's strict `data_format.record_model`, like an import); one nonsense entry refuses the
  page (`Unreachable`) and nothing of it is written, the cursor stays.
- Records are upserted by id straight into their tables, never through the unit of work, so
  pulled changes do not enter the outbox and do not echo back to the server.
- A field with a change still waiting in the outbox is left alone: the push will reach the
  server, which arbitrates. Every other field takes the server's value; `deleted` sets or clears
  the tombstone (its time is the record's `updated_at` on the server, the same on every laptop;
  a pending local delete or restore keeps the local one until it is pushed).
- For a visit's note fields the server's text becomes the base of later three-way merges
  (not while a local edit of the field waits: that edit still merges against its own base).
- This laptop's own creates and updates that the server took as sent are not applied again
  (see `apply_page`): on a first sync the pushing laptop skips its own echo.
- Entries come in the server's commit order, so parents come before their children. A record
  whose parent this laptop does not have (in no page, not in the store) is skipped with a warning
  (ids only) instead of failing the page; a missing worker gets a nameless placeholder instead, as
  a colleague's worker record may live in a team this laptop does not see.
- The laptop's own worker keeps its profile (wijk, organisation, phone, e-mail: typed in
  Instellingen or `voordeur profile`); the server owns only its name and team.
- Bulk: one SELECT per table per page for the current rows, one for pending outbox fields.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from typing import Annotated, Any, Literal, Union

from pydantic import Field, TypeAdapter, ValidationError, create_model
from sqlalchemy import Table, insert, select, update
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session

from voordeur.domain.data_format import STRICT, Uuid, record_model
from voordeur.model import SYNCED_TYPES, Entity, StoreMeta, Visit, Worker, utcnow
from voordeur.model.catalogues import NoteField
from voordeur.model.sync import SyncNoteBase
from voordeur.model.value_rules import clean
from voordeur.store.store import META_WORKER
from voordeur.sync.errors import Unreachable
from voordeur.sync.hlc import HybridClock, Stamp
from voordeur.sync.outbox import pending_fields
from voordeur.sync.protocol import CONFLICT_TABLE, Entry, PullResponse

log = logging.getLogger(__name__)

SYNCED_TABLES: dict[str, type[Entity]] = {str(c.__tablename__): c for c in SYNCED_TYPES}
NOTE_FIELDS = tuple(f.value for f in NoteField)
VISIT_TABLE = str(Visit.__tablename__)
_CHUNK = 500
# What Stamp.parse accepts, checked for every clock of a page at regex speed.
_STAMP = re.compile(r"[0-9]{13}\.[0-9]{4}\..+", re.DOTALL)


@dataclass
class PageResult:
    entries: int = 0  # entries in the page
    changed: int = 0  # records inserted or changed locally
    skipped: int = 0  # records whose parent is unknown here
    new_conflicts: int = 0  # conflicts from other devices that appeared on this laptop
    households: set[str] = field(default_factory=set)


def _table(cls: type[Entity]) -> Table:
    return cls.__table__  # type: ignore[attr-defined, no-any-return]


@cache
def _foreign_keys(table: str) -> tuple[tuple[str, str], ...]:
    """(column, target table) of every foreign key of a synced table."""
    found = []
    for column in _table(SYNCED_TABLES[table]).columns:
        for fk in column.foreign_keys:
            found.append((column.name, fk.column.table.name))
    return tuple(found)


# Fields of this laptop's own worker that a pull leaves alone (see the module's docstring).
OWN_PROFILE_FIELDS = frozenset({"neighbourhood", "organisation", "phone", "email"})
# Fields a server from before may not send for its own records: read as empty.
_ADDED_TO_SERVER_RECORDS = {"worker": {"organisation": "", "phone": "", "email": ""}}


@cache
def _page_adapter() -> TypeAdapter[Any]:
    """A pull page whose entries' values are checked against their table's strict record model
    (`data_format.record_model`, as an import checks a file) in the same pass as the JSON is
    read: one parse of the answer, no second encode and validate."""
    entry_models = []
    for table, cls in SYNCED_TABLES.items():
        full = record_model(cls)
        values = create_model(  # type: ignore[call-overload]
            f"{cls.__name__}Values", __config__=STRICT,
            **{n: (f.annotation, f) for n, f in full.model_fields.items()
               if n not in ("id", "deleted_at")},
        )
        entry_models.append(create_model(  # type: ignore[call-overload]
            f"{cls.__name__}Entry", __config__=STRICT,
            seq=(int, ...), table=(Literal[table], ...),  # type: ignore[valid-type]
            record_id=(Uuid, ...), household_id=(Uuid | None, None), deleted=(bool, False),
            values=(values, ...), hlc=(str, ""), origin_device_id=(str, ""),
        ))
    entry = Annotated[Union[tuple(entry_models)], Field(discriminator="table")]  # type: ignore[valid-type]  # noqa: UP007
    page = create_model("PullPage", __config__=STRICT, entries=(list[entry], ...),
                        cursor=(int, ...), more=(bool, ...))
    return TypeAdapter(page)


def parse_page(data: bytes | str) -> Any:
    """A pull answer (JSON) as a page of typed entries; raises Unreachable for anything else."""
    try:
        return _page_adapter().validate_json(data)
    except ValidationError as exc:
        first = exc
    # Texts a server stored before it checked them (a NUL in a name, a tab in a one-line field)
    # are cleaned as the app cleans what a worker types, rather than stopping every pull at that
    # page for good. Anything else still refuses the page.
    try:
        page = json.loads(data)
        for entry in page.get("entries", []):
            values = entry.get("values")
            if isinstance(values, dict):
                table = str(entry.get("table", ""))
                entry["values"] = {k: clean(table, k, v) for k, v in values.items()}
                for name, default in _ADDED_TO_SERVER_RECORDS.get(table, {}).items():
                    entry["values"].setdefault(name, default)
        parsed = _page_adapter().validate_json(json.dumps(page))
    except (ValueError, AttributeError, TypeError, ValidationError):
        raise _refusal(first) from None
    log.warning("sync: a page held texts with control characters; cleaned before applying")
    return parsed


def _refusal(exc: ValidationError) -> Unreachable:
    error = exc.errors(include_url=False, include_input=False)[0]
    loc = [str(p) for p in error["loc"]]
    where = ".".join(loc[3:]) if len(loc) > 3 else ".".join(loc)
    kind = loc[2] if len(loc) > 2 else "page"
    message = str(error["msg"]).removeprefix("Value error, ")
    if error["type"] == "union_tag_invalid":
        return Unreachable("the team server sent records of an unknown kind; is this Voordeur "
                           "too old?")
    return Unreachable(f"the team server sent an invalid {kind} record ({where}: {message}); "
                       "nothing of that page was applied")


def page_of(entries: list[Entry], cursor: int = 0, more: bool = False) -> Any:
    """Protocol entries as a parsed page (tests and tools)."""
    return parse_page(PullResponse(entries=entries, cursor=cursor, more=more).model_dump_json())


def group_page(entries: list[Any]) -> dict[str, list[tuple[Any, dict[str, Any]]]]:
    """Per table in dependency order: (entry, column values); the last entry of a record in a
    page is all that counts (the log holds full states). Raises Unreachable for a bad clock."""
    latest: dict[tuple[str, str], Any] = {}
    for entry in entries:
        if entry.hlc and not _STAMP.fullmatch(entry.hlc):
            raise Unreachable(f"the team server sent a damaged clock for {entry.table} "
                              f"{entry.record_id}; nothing of that page was applied")
        latest.pop((entry.table, entry.record_id), None)
        latest[(entry.table, entry.record_id)] = entry
    grouped: dict[str, list[tuple[Any, dict[str, Any]]]] = {}
    for (table, record_id), entry in latest.items():
        values = dict(entry.values)
        values["id"] = record_id
        values["deleted_at"] = None  # set from `deleted` when applied
        grouped.setdefault(table, []).append((entry, values))
    return {table: grouped[table] for table in SYNCED_TABLES if table in grouped}


def apply_page(
    session: Session,
    entries: list[Any],
    clock: HybridClock,
    *,
    own_applied: AbstractSet[str] = frozenset(),
    touched: set[str] | None = None,
) -> PageResult:
    """Apply the entries of a page from `parse_page` in the caller's transaction (the caller
    commits it with the cursor).

    `own_applied`: records whose creates/updates this laptop pushed in this round and the server
    took exactly ("applied"). Their entries from this device hold the state this store already
    has, so they are skipped — unless another device's entry for the record came earlier in this
    round (`touched`, kept by the caller across the round's pages), which the pull has applied
    over the local state. On a first sync that halves the work of the laptop that pushed.
    """
    result = PageResult(entries=len(entries))
    if not entries:
        return result
    newest = max((e.hlc for e in entries), default="")
    if own_applied:
        touched = touched if touched is not None else set()
        kept = []
        for entry in entries:
            if (entry.record_id in own_applied and entry.record_id not in touched
                    and entry.origin_device_id == clock.device_id):
                continue
            touched.add(entry.record_id)
            kept.append(entry)
        entries = kept
    elif touched is not None:
        touched.update(e.record_id for e in entries)
    if newest:
        try:
            clock.receive(Stamp.parse(newest))
        except ValueError:
            raise Unreachable("the team server sent a damaged clock; nothing of that page was "
                              "applied") from None
    by_table = group_page(entries)
    all_ids = [e.record_id for rows in by_table.values() for e, _ in rows]
    pending = pending_fields(session, all_ids)
    own = session.get(StoreMeta, META_WORKER)
    if own is not None and own.value in all_ids:  # the profile is the laptop's own
        pending.setdefault(own.value, set()).update(OWN_PROFILE_FIELDS)
    known: dict[str, set[str]] = {}  # target table → ids known to exist (store or this page)
    for table, rows in by_table.items():
        rows = _with_parents(session, table, rows, known, result)
        _apply_table(session, table, rows, pending, clock.device_id, result)
        known.setdefault(table, set()).update(e.record_id for e, _ in rows)
    return result


def _with_parents(
    session: Session,
    table: str,
    rows: list[tuple[Entry, dict[str, Any]]],
    known: dict[str, set[str]],
    result: PageResult,
) -> list[tuple[Entry, dict[str, Any]]]:
    """The rows whose parents exist; nameless workers are made for unknown worker ids."""
    missing: dict[str, set[str]] = {}
    for column, target in _foreign_keys(table):
        wanted = {v[column] for _, v in rows if v.get(column)} - known.get(target, set())
        if wanted:
            found = _existing_ids(session, target, wanted)
            known.setdefault(target, set()).update(found)
            if wanted - found:
                missing.setdefault(target, set()).update(wanted - found)
    workers = missing.pop(str(Worker.__tablename__), set())
    if workers:
        now = utcnow()
        session.execute(insert(_table(Worker)), [
            {"id": w, "created_at": now, "updated_at": now, "deleted_at": None, "name": "",
             "team_id": None, "neighbourhood": "", "organisation": "", "phone": "", "email": ""}
            for w in sorted(workers)
        ])
        known.setdefault(str(Worker.__tablename__), set()).update(workers)
    if not missing:
        return rows
    kept = []
    for entry, values in rows:
        gaps = [c for c, t in _foreign_keys(table) if values.get(c) in missing.get(t, ())]
        if gaps:
            result.skipped += 1
            log.warning("sync: %s %s skipped, its %s is not on this laptop", table,
                        entry.record_id, ", ".join(gaps))
        else:
            kept.append((entry, values))
    return kept


def _existing_ids(session: Session, table: str, ids: set[str]) -> set[str]:
    cls = SYNCED_TABLES.get(table)
    if cls is None:
        return set()
    t = _table(cls)
    wanted, found = sorted(ids), set()
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        found.update(session.execute(select(t.c.id).where(t.c.id.in_(chunk))).scalars())
    return found


def _apply_table(
    session: Session,
    table: str,
    rows: list[tuple[Entry, dict[str, Any]]],
    pending: dict[str, set[str]],
    device_id: str,
    result: PageResult,
) -> None:
    t = _table(SYNCED_TABLES[table])
    current: dict[str, Any] = {}
    ids = [e.record_id for e, _ in rows]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        for row in session.execute(select(t).where(t.c.id.in_(chunk))):
            current[row.id] = row._mapping
    inserts: list[dict[str, Any]] = []
    bases: list[dict[str, Any]] = []
    for entry, values in rows:
        old = current.get(entry.record_id)
        skip = pending.get(entry.record_id, set())
        if old is None:
            values["deleted_at"] = values["updated_at"] if entry.deleted else None
            inserts.append(values)
            changed = True
            if table == CONFLICT_TABLE and not entry.deleted \
                    and values["mine_device_id"] != device_id:
                result.new_conflicts += 1
        else:
            if entry.deleted:
                # Taken from the server's state, not kept from the local delete: every laptop
                # then holds the same tombstone.
                values["deleted_at"] = values["updated_at"]
            changes = {
                k: v for k, v in values.items()
                if k != "id" and k not in skip and old[k] != v
            }
            changed = bool(changes)
            if changes:
                session.execute(update(t).where(t.c.id == entry.record_id).values(**changes))
        if table == VISIT_TABLE:
            bases += [
                {"table_name": table, "record_id": entry.record_id, "field": name,
                 "text": values[name]}
                for name in NOTE_FIELDS if name not in skip
            ]
        if changed:
            result.changed += 1
            household = entry.household_id or values.get("household_id")
            if table == "household":
                household = entry.record_id
            if household:
                result.households.add(str(household))
    if inserts:
        session.execute(insert(t), inserts)
    if bases:
        save_note_bases(session, bases)


def save_note_bases(session: Session, rows: list[dict[str, Any]]) -> None:
    """Upsert (table_name, record_id, field, text) rows of sync_note_base."""
    base = SyncNoteBase.__table__  # type: ignore[attr-defined]
    stmt = sqlite_insert(base)
    stmt = stmt.on_conflict_do_update(
        index_elements=[base.c.table_name, base.c.record_id, base.c.field],
        set_={"text": stmt.excluded.text},
    )
    for start in range(0, len(rows), _CHUNK):
        session.execute(stmt, rows[start : start + _CHUNK])
