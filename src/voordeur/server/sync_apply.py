"""Applying a push: idempotency, team checks, validation, per-field merge, conflicts, tombstones.

One push is one write transaction (`Database.write`, which serialises change-log appends). The
batch is processed in memory: the record states it touches are loaded with one query, every
change is decided in order against them (a later change of the batch sees the earlier ones), and
the results are written back with a few executemany statements. A rejected change leaves no trace
but its result; the others still apply.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, bindparam, insert, select, update

from voordeur.model.ids import is_uuid, new_id
from voordeur.server import audit
from voordeur.server.auth import Principal
from voordeur.server.schema import (
    applied_change,
    change_log,
    device,
    membership,
    record_state,
)
from voordeur.server.sync_rules import (
    FIELDS,
    NOTE_FIELDS,
    NOTE_TABLE,
    PUSHABLE_TABLES,
    TEAM_TABLES,
    candidate_ids,
    parent_of,
    references,
    validate,
)
from voordeur.sync.hlc import MAX_DRIFT_MS, Stamp, correct
from voordeur.sync.protocol import (
    CLOCK_OFF,
    CONFLICT_TABLE,
    SERVER_OWNED_TABLES,
    Change,
    ChangeResult,
)
from voordeur.sync.text_merge import merge_text

log = logging.getLogger("voordeur.server")
SERVER_DEVICE = "server"  # the device part of stamps the server writes itself
_SERVER_SUFFIX = "." + SERVER_DEVICE
SERVER_ORIGIN = ""  # origin_device_id of log entries the server writes itself
_CHUNK = 2000  # ids per IN (...) query
_STATE_COLUMNS = ("team_id", "household_id", "values_json", "clocks_json", "deleted",
                  "delete_clock")


# One encoder for the whole server: json.dumps with options builds a new one on every call.
dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def _text(value: str | None) -> str:
    """A JSON string (or null), without the encoder for the usual plain ids and table names."""
    if value is None:
        return "null"
    if value.replace("-", "").replace("_", "").isalnum():  # nothing to escape
        return f'"{value}"'
    return dumps(value)


@dataclass
class State:
    """The server's copy of one record (a row of record_state)."""

    table: str
    record_id: str
    team_id: str
    household_id: str | None
    values: dict[str, Any]
    clocks: dict[str, str]
    deleted: bool = False
    delete_clock: str | None = None
    stored: bool = False  # a row exists in the database already
    values_json: str = ""  # set when the state is written
    clocks_json: str = ""


class Rejected(Exception):
    def __init__(self, detail: str, team_refusal: bool = False) -> None:
        super().__init__(detail)
        self.detail = detail
        self.team_refusal = team_refusal


def log_entry_json(state: State, origin_device_id: str) -> str:
    """The Entry (without seq) as stored in the change log; values are pre-encoded."""
    return (f'{{"table":{_text(state.table)},"record_id":{_text(state.record_id)},'
            f'"household_id":{_text(state.household_id)},'
            f'"deleted":{"true" if state.deleted else "false"},'
            f'"origin_device_id":{_text(origin_device_id)},'
            f'"values":{state.values_json},"hlc":{_text(newest_stamp(state))}}}')


def newest_stamp(state: State) -> str:
    return max((*state.clocks.values(), state.delete_clock or ""), default="")


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


@dataclass
class Push:
    conn: Connection
    who: Principal
    now: datetime
    skew_ms: int | None = None  # the pushing laptop's clock minus the server's, if it said
    states: dict[tuple[str, str], State] = field(default_factory=dict)
    tables_of: dict[str, set[str]] = field(default_factory=dict)  # record id → tables holding it
    worker_teams: dict[str, set[str]] = field(default_factory=dict)
    dirty: dict[tuple[str, str], State] = field(default_factory=dict)
    entries: list[dict[str, Any]] = field(default_factory=list)
    applied: list[dict[str, Any]] = field(default_factory=list)
    _conflicts_loaded: set[str] = field(default_factory=set)
    _device_workers: dict[str, str] = field(default_factory=dict)
    _server_counter: int = 0

    def __post_init__(self) -> None:
        self.now_ms = int(self.now.timestamp() * 1000)

    @property
    def clock_off(self) -> bool:
        """The laptop's clock differs from the server's by more than the drift allowed: it moved
        since the laptop last measured its offset, so its stamps may be off too."""
        return self.skew_ms is not None and abs(self.skew_ms) > MAX_DRIFT_MS

    # -- the batch ------------------------------------------------------------------------
    def run(self, changes: list[Change]) -> list[ChangeResult]:
        done = self._already_applied([c.change_id for c in changes])
        self._load({c.record_id for c in changes}
                   | {i for c in changes for i in candidate_ids(c.table, c.fields)})
        results = []
        for change in changes:
            if change.change_id in done:
                results.append(ChangeResult(change_id=change.change_id, outcome="duplicate"))
                continue
            try:
                outcome, detail = self._apply(change)
            except Rejected as exc:
                results.append(ChangeResult(change_id=change.change_id, outcome="rejected",
                                            detail=exc.detail))
                if exc.team_refusal:
                    audit.record(self.conn, self.now, "push", "refused",
                                 worker_id=self.who.worker_id, device_id=self.who.device_id,
                                 detail=f"change {change.change_id} {change.table} "
                                        f"{change.record_id}: {exc.detail}")
                continue
            done.add(change.change_id)
            self.applied.append({"change_id": change.change_id, "outcome": outcome,
                                 "at": self.now})
            results.append(ChangeResult(change_id=change.change_id, outcome=outcome,
                                        detail=detail))
        self._flush()
        return results

    def _already_applied(self, change_ids: list[str]) -> set[str]:
        found: set[str] = set()
        for i in range(0, len(change_ids), _CHUNK):
            found.update(self.conn.scalars(select(applied_change.c.change_id).where(
                applied_change.c.change_id.in_(change_ids[i:i + _CHUNK]))))
        return found

    def _load(self, record_ids: set[str]) -> None:
        ids = sorted(i for i in record_ids if i not in self.tables_of)
        for i in range(0, len(ids), _CHUNK):
            rows = self.conn.execute(select(record_state).where(
                record_state.c.record_id.in_(ids[i:i + _CHUNK]))).all()
            for row in rows:
                self._remember(row)
        workers = [rid for (table, rid) in self.states if table == "worker"
                   and rid not in self.worker_teams]
        for i in range(0, len(workers), _CHUNK):
            chunk = workers[i:i + _CHUNK]
            for w, t in self.conn.execute(select(membership.c.worker_id, membership.c.team_id)
                                          .where(membership.c.worker_id.in_(chunk))):
                self.worker_teams.setdefault(w, set()).add(t)

    def _remember(self, row: Any) -> None:
        if (row.table_name, row.record_id) in self.states:
            return  # the in-memory state may be newer than the row
        self.states[(row.table_name, row.record_id)] = State(
            row.table_name, row.record_id, row.team_id, row.household_id,
            json.loads(row.values_json), json.loads(row.clocks_json), bool(row.deleted),
            row.delete_clock, stored=True, values_json=row.values_json)
        self.tables_of.setdefault(row.record_id, set()).add(row.table_name)

    # -- one change -----------------------------------------------------------------------
    def _apply(self, change: Change) -> tuple[str, str]:
        table, rid, op = change.table, change.record_id, change.op
        if table in SERVER_OWNED_TABLES:
            raise Rejected(f"{table} records are managed on the server")
        if table not in PUSHABLE_TABLES:
            raise Rejected("unknown table")
        if table == CONFLICT_TABLE and op in ("create", "restore"):
            raise Rejected("conflicts are created by the server")
        if not is_uuid(rid):
            raise Rejected("record id is not a UUID")
        try:
            hlc, retimed = self._stamp(change.hlc)
            clocks = {}
            for name, text in change.clocks.items():
                clocks[name], moved = self._stamp(text)
                retimed = retimed or moved
        except ValueError:
            raise Rejected("invalid clock stamp") from None
        fields = {k: v for k, v in change.fields.items() if k != "deleted_at"}  # ops say that
        if "id" in fields:
            raise Rejected("field id cannot be changed")
        unknown = sorted(set(fields) - FIELDS[table])
        if unknown:
            raise Rejected(f"unknown field {unknown[0]}")

        old = self.states.get((table, rid))
        if any(t != table for t in self.tables_of.get(rid, ())):
            teams = {self.states[(t, rid)].team_id for t in self.tables_of[rid]}
            raise Rejected("record id already used by another record",
                           team_refusal=not teams <= self.who.team_ids)
        if old is None:
            if op in ("delete", "restore"):
                raise Rejected("unknown record")
            team_id = self._team_of_new(table, fields)
        else:
            team_id = old.team_id
        if team_id not in self.who.team_ids:
            raise Rejected("record of a team this worker is not in", team_refusal=True)
        if old is not None and table in TEAM_TABLES and "team_id" in fields \
                and fields["team_id"] != old.team_id:
            raise Rejected("a record cannot move to another team", team_refusal=True)

        new = (replace(old, values=dict(old.values), clocks=dict(old.clocks)) if old else
               State(table, rid, team_id, None, {}, {}))
        notes: list[str] = []
        conflicts: list[tuple[str, str, str, str, str | None]] = []
        if op in ("create", "update"):
            if old is not None and old.deleted:
                # The later of delete and edit wins, in either arrival order: an edit made after
                # the delete (which its laptop had not seen) brings the record back; an older
                # one still lands in the tombstone's values, so nothing is lost.
                newest_edit = max((clocks.get(name, hlc) for name in fields), default=hlc)
                if newest_edit > (old.delete_clock or ""):
                    new.deleted, new.delete_clock = False, None
                    notes.append("restored")
                else:
                    notes.append("kept deleted: deleted later")
            for name, value in fields.items():
                clock = clocks.get(name, hlc)
                if old is None:
                    new.values[name], new.clocks[name] = value, clock
                elif table == NOTE_TABLE and name in NOTE_FIELDS and name in change.base:
                    self._merge_note(new, name, value, clock, change.base[name], notes,
                                     conflicts)
                else:
                    stored = new.clocks.get(name)
                    if stored is None or clock > stored:
                        new.values[name], new.clocks[name] = value, clock
                    elif new.values.get(name) != value:
                        notes.append("kept newer values")
            self._check_references(new, fields, old)
            new.values_json = dumps(new.values)
            reason = validate(table, rid, new.values_json)
            if reason:
                raise Rejected(reason)
            new.household_id = self._household_of(new)
        elif op == "delete":
            assert old is not None
            # Laptops' edits only: the server's own stamps (conflicts) use the server's clock.
            newest = max((c for c in old.clocks.values() if not c.endswith(_SERVER_SUFFIX)),
                         default="")
            if table != CONFLICT_TABLE and not old.deleted and newest > hlc:
                # An edit the deleting laptop had not seen is later than the delete: keep it.
                notes.append("kept newer edits")
            else:
                new.deleted = True
                new.delete_clock = max(hlc, old.delete_clock or "")
        else:  # restore (values unchanged: values_json is the stored text)
            new.deleted, new.delete_clock = False, None

        if retimed or self.clock_off:
            # Made (or sent) while the laptop's clock was off: its order against other edits is
            # the server's best estimate, so the laptop asks the worker to check it.
            notes.append(CLOCK_OFF)
        self._store(new, self.who.device_id)
        for note in conflicts:
            self._record_conflict(new, *note)
        outcome = "conflict" if conflicts else "merged" if notes else "applied"
        return outcome, "; ".join(dict.fromkeys(notes))

    def _stamp(self, text: str) -> tuple[str, bool]:
        stamp, moved = correct(Stamp.parse(text), self.now_ms, self.skew_ms)
        return str(stamp), moved

    def _team_of_new(self, table: str, fields: dict[str, Any]) -> str:
        if table in TEAM_TABLES:
            team_id = fields.get("team_id")
            if not isinstance(team_id, str) or not team_id:
                raise Rejected("missing field team_id")
            return team_id
        parent = parent_of(table)
        assert parent is not None
        parent_id = fields.get(parent[0])
        state = self.states.get((parent[1], parent_id)) if isinstance(parent_id, str) else None
        if state is None:
            raise Rejected("unknown parent")
        return state.team_id

    def _check_references(self, new: State, fields: dict[str, Any], old: State | None) -> None:
        parent = parent_of(new.table)
        if old is not None and parent and parent[0] in fields \
                and fields[parent[0]] != old.values.get(parent[0]) \
                and (parent[1], fields[parent[0]]) not in self.states:
            raise Rejected("unknown parent")
        for name, target, ref_id in references(new.table, new.values):
            if target == "team":
                ok = ref_id == new.team_id
            elif target == "worker" and ref_id in self.worker_teams:
                ok = new.team_id in self.worker_teams[ref_id]
            else:
                ok = all(self.states[(t, ref_id)].team_id == new.team_id
                         for t in self.tables_of.get(ref_id, ()))
            if not ok:
                raise Rejected(f"field {name} refers to a record of another team",
                               team_refusal=True)

    def _household_of(self, state: State) -> str | None:
        if state.table == "household":
            return state.record_id
        if state.table in TEAM_TABLES:
            return None
        value = state.values.get("household_id")
        if isinstance(value, str):
            return value
        parent = parent_of(state.table)
        owner = self.states.get((parent[1], state.values.get(parent[0]))) if parent else None
        return owner.household_id if owner else state.household_id

    # -- notes ----------------------------------------------------------------------------
    def _merge_note(self, new: State, name: str, mine: Any, clock: str, base: str,
                    notes: list[str], conflicts: list[tuple[str, str, str, str, str | None]]
                    ) -> None:
        theirs = new.values.get(name, "")
        stored_clock = new.clocks.get(name)
        later = max(clock, stored_clock or "")
        if not isinstance(mine, str) or not isinstance(theirs, str):
            new.values[name], new.clocks[name] = mine, later  # validation rejects it
        elif theirs in (base, mine):
            new.values[name], new.clocks[name] = mine, later
        else:
            merged = merge_text(base, mine, theirs)
            if merged.text is not None:
                new.values[name], new.clocks[name] = merged.text, later
                notes.append("merged note text")
            else:  # the server keeps its text; both versions become a visible conflict
                conflicts.append((name, base, mine, theirs, stored_clock))

    def _record_conflict(self, visit: State, name: str, base: str, mine: str, theirs: str,
                         theirs_clock: str | None) -> None:
        theirs_device = Stamp.parse(theirs_clock).device_id if theirs_clock else ""
        if not is_uuid(theirs_device):
            theirs_device = ""
        update_values = {
            "mine_text": mine, "theirs_text": theirs,
            "mine_device_id": self.who.device_id, "mine_worker_id": self.who.worker_id,
            "theirs_device_id": theirs_device,
            "theirs_worker_id": self._worker_of_device(theirs_device),
            "updated_at": iso(self.now),
        }
        existing = self._open_conflict(visit, name, base)
        if existing is not None:
            state = replace(existing, values={**existing.values, **update_values},
                            clocks=dict(existing.clocks))
        else:
            state = State(CONFLICT_TABLE, new_id(), visit.team_id, visit.household_id,
                          {"household_id": visit.household_id, "visit_id": visit.record_id,
                           "field": name, "base_text": base, "created_at": iso(self.now),
                           **update_values}, {})
        stamp = self._server_stamp()
        for key in (update_values if existing else state.values):
            state.clocks[key] = stamp
        state.values_json = dumps(state.values)
        self._store(state, SERVER_ORIGIN)
        log.info("note conflict %s visit=%s field=%s", state.record_id, visit.record_id, name)

    def _open_conflict(self, visit: State, name: str, base: str) -> State | None:
        """The open conflict this edit continues: same field, same laptop, same base. That laptop
        has not received the server's text since, so its new text grew from the one in the
        conflict and replacing it loses nothing. Any other overlapping edit (another laptop, or
        this one after its note was reset to the server's text) gets a conflict of its own."""
        household = visit.household_id or ""
        if household not in self._conflicts_loaded:
            self._conflicts_loaded.add(household)
            for row in self.conn.execute(select(record_state).where(
                    record_state.c.table_name == CONFLICT_TABLE,
                    record_state.c.household_id == household)):
                self._remember(row)
        for state in self.states.values():
            if (state.table == CONFLICT_TABLE and not state.deleted
                    and state.values.get("visit_id") == visit.record_id
                    and state.values.get("field") == name
                    and state.values.get("mine_device_id") == self.who.device_id
                    and state.values.get("base_text") == base):
                return state
        return None

    def _worker_of_device(self, device_id: str) -> str:
        if not device_id:
            return ""
        if device_id not in self._device_workers:
            self._device_workers[device_id] = self.conn.scalar(
                select(device.c.worker_id).where(device.c.id == device_id)) or ""
        return self._device_workers[device_id]

    def _server_stamp(self) -> str:
        self._server_counter += 1
        return str(Stamp(self.now_ms, min(self._server_counter, 9999), SERVER_DEVICE))

    # -- writing --------------------------------------------------------------------------
    def _store(self, state: State, origin: str) -> None:
        state.clocks_json = dumps(state.clocks)
        key = (state.table, state.record_id)
        self.states[key] = state
        self.tables_of.setdefault(state.record_id, set()).add(state.table)
        self.dirty[key] = state
        self.entries.append({"team_id": state.team_id, "table_name": state.table,
                             "record_id": state.record_id, "household_id": state.household_id,
                             "entry": log_entry_json(state, origin)})

    def _flush(self) -> None:
        new_rows, changed_rows = [], []
        for state in self.dirty.values():
            row = {"team_id": state.team_id, "household_id": state.household_id,
                   "values_json": state.values_json, "clocks_json": state.clocks_json,
                   "deleted": state.deleted, "delete_clock": state.delete_clock}
            if state.stored:
                changed_rows.append({f"v_{k}": v for k, v in row.items()}
                                    | {"b_record_id": state.record_id,
                                       "b_table_name": state.table})
            else:
                new_rows.append({**row, "record_id": state.record_id,
                                 "table_name": state.table})
        if new_rows:
            self.conn.execute(insert(record_state), new_rows)
        if changed_rows:
            self.conn.execute(
                update(record_state).where(
                    record_state.c.record_id == bindparam("b_record_id"),
                    record_state.c.table_name == bindparam("b_table_name"),
                ).values({name: bindparam(f"v_{name}") for name in _STATE_COLUMNS}),
                changed_rows)
        if self.entries:
            self.conn.execute(insert(change_log), self.entries)
        if self.applied:
            self.conn.execute(insert(applied_change), self.applied)


def apply_push(conn: Connection, who: Principal, now: datetime, changes: list[Change],
               client_time: int | None = None) -> list[ChangeResult]:
    """Decide and write a whole push inside the caller's write transaction. `client_time`:
    the laptop's clock when it sent the push (Unix ms), to re-time stamps of a clock that runs
    ahead."""
    push = Push(conn, who, now)
    if client_time is not None:
        push.skew_ms = client_time - push.now_ms
    return push.run(changes)
