"""One sync round: push the outbox, then pull the server's change log — nothing lost, nothing twice.

Push: pending outbox rows go out in order, at most `MAX_PUSH_CHANGES` per request. Each row is
marked attempted (and so frozen) in a committed transaction *before* it is sent, so a change id
always means the same content; a resend after a lost answer is "duplicate" on the server. Per
answer: applied / duplicate / merged / conflict → the row is done and removed; rejected → the row
stays, status "rejected", with the server's reason (no personal data).

Pull: pages of the change log after the saved cursor until `more` is false; each page and its
new cursor are applied in ONE local transaction (`apply.apply_page`), so a dropped connection
costs at most that page and a rerun never duplicates.

Tokens: the access token lives only in this object (memory), so a sync with nothing to do is a
single small GET. It is refreshed when missing or about to expire, and once more when the server
says it is invalid. Each refresh rotates the refresh token; the new one is saved at once.
"""

from __future__ import annotations

import itertools
import json
import logging
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any, TypeVar

import httpx
from sqlalchemy import Text, delete, select, type_coerce, update
from sqlmodel import Session, col

from voordeur.model import utcnow
from voordeur.model.catalogues import AccessAction, NoteField
from voordeur.model.sync import SyncNoteBase, SyncOutbox
from voordeur.store import access_log
from voordeur.store.disk import DiskFull
from voordeur.store.store import Store
from voordeur.sync import state
from voordeur.sync.apply import PageResult, apply_page, parse_page, save_note_bases
from voordeur.sync.client import SyncClient
from voordeur.sync.errors import DeviceRevoked, NotLinked, SyncError, SyncRefused, Unreachable
from voordeur.sync.hlc import wall_millis
from voordeur.sync.outbox import PENDING, REJECTED, load_clock, save_clock
from voordeur.sync.protocol import (
    CLOCK_OFF,
    MAX_PULL_LIMIT,
    MAX_PUSH_CHANGES,
    ChangeResult,
)

log = logging.getLogger(__name__)
T = TypeVar("T")

NOTE_FIELDS = frozenset(f.value for f in NoteField)
# Refresh this long before the access token expires (clock skew, slow networks).
EXPIRY_MARGIN_S = 30.0
_OUTBOX = SyncOutbox.__table__  # type: ignore[attr-defined]
_BASE = SyncNoteBase.__table__  # type: ignore[attr-defined]


@dataclass(frozen=True)
class SyncReport:
    pushed: int  # changes the server took (applied, merged, conflict or duplicate)
    pulled: int  # records the pull inserted or changed here (not this laptop's own echoes)
    merged: int  # pushed changes the server merged with newer values
    conflicts: int  # note conflicts: from this push, or new from other devices
    rejected: int  # pushed changes the server refused (kept in the outbox as "rejected")
    duplicates: int  # resends of changes the server already had
    households: tuple[str, ...]  # household ids whose records changed locally by the pull
    clock_offset_ms: int = 0  # the server's clock minus this laptop's
    clock_corrected: int = 0  # pushed changes the server re-timed: this laptop's clock was off

    def describe(self) -> str:
        text = (f"pushed {self.pushed}, pulled {self.pulled}, merged {self.merged}, "
                f"conflicts {self.conflicts}")
        return text + (f", rejected {self.rejected}" if self.rejected else "")


@dataclass
class _Tally:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    duplicates: int = 0
    clock_corrected: int = 0
    offset_ms: int = 0
    households: set[str] = field(default_factory=set)
    pushed_households: set[str] = field(default_factory=set)
    own_applied: set[str] = field(default_factory=set)  # see apply.apply_page
    not_own: set[str] = field(default_factory=set)
    touched: set[str] = field(default_factory=set)

    def report(self) -> SyncReport:
        return SyncReport(self.pushed, self.pulled, self.merged, self.conflicts, self.rejected,
                          self.duplicates, tuple(sorted(self.households)), self.offset_ms,
                          self.clock_corrected)


@dataclass(frozen=True)
class _Pending:
    """An outbox row on its way: what settling its answer needs, and its JSON for the wire."""

    seq: int
    change_id: str
    table: str
    record_id: str
    household_id: str | None
    op: str
    notes: dict[str, str]  # a visit's note fields in this change (the next merge base)
    body: str


class SyncEngine:
    """Syncs one open store with its team server. Use from one thread at a time."""

    def __init__(self, store: Store, http: httpx.Client | None = None) -> None:
        self.store = store
        self._http = http
        self._client: SyncClient | None = None
        self._access_token = ""
        self._access_valid_until = 0.0  # time.monotonic()
        self._client_offset = 0  # the offset the pending stamps were made with
        # The largest page the server gives: fewer round trips and local commits.
        self.pull_limit = MAX_PULL_LIMIT

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None

    @property
    def client(self) -> SyncClient:
        if self._client is None:
            with self.store.session() as session:
                url = state.read(session, [state.SERVER_URL])[state.SERVER_URL]
            if not url:
                raise NotLinked("this store is not linked to a team server; run voordeur login")
            self._client = SyncClient(url, self._http)
        return self._client

    # -- the round ------------------------------------------------------------------------
    def run_once(self) -> SyncReport:
        """Push, then pull. Raises Unreachable, SyncRefused, DeviceRevoked or NotLinked."""
        with self.store.session() as session:
            meta = state.read(session, [state.LINKED, state.REVOKED, state.SERVER_URL,
                                        state.CLOCK_OFFSET])
        if meta[state.LINKED] != "1" or not meta[state.SERVER_URL]:
            raise NotLinked("this store is not linked to a team server; run voordeur login")
        if meta[state.REVOKED]:
            raise DeviceRevoked("this laptop was revoked by the team's administrator; it can no "
                                "longer sync", wipe=meta[state.REVOKED] == "wipe")
        # Stamps waiting in the outbox were made with the offset learned at the last contact;
        # the push says what that clock reads now, so the server sees how far it is off.
        self._client_offset = state.int_value(meta[state.CLOCK_OFFSET])
        tally = _Tally(offset_ms=self._client_offset)
        try:
            self._push(tally)
            self._pull(tally)
        except DeviceRevoked as exc:
            self._finish(tally, error=str(exc), revoked="wipe" if exc.wipe else "revoked")
            raise
        except SyncError as exc:
            self._finish(tally, error=str(exc))
            raise
        except DiskFull as exc:  # recorded if a little room is left; named, not "internal"
            self._finish(tally, error=str(exc))
            raise
        except Exception:
            self._finish(tally, error="sync stopped by an internal error")
            raise
        self._finish(tally)
        return tally.report()

    def _finish(self, tally: _Tally, *, error: str = "", revoked: str = "") -> None:
        """Save the round's outcome, and one access-log entry if it moved any record."""
        values = {state.LAST_ERROR: error[:500]}
        offset = self._client.server_offset_ms if self._client is not None else None
        if offset is not None:
            tally.offset_ms = offset
            values[state.CLOCK_OFFSET] = str(offset)
        if not error:
            values[state.LAST_SYNC_AT] = utcnow().isoformat(timespec="seconds")
            values[state.CLOCK_CORRECTED] = str(tally.clock_corrected)
        if revoked:
            values[state.REVOKED] = revoked
        with self.store.session() as session:
            state.write(session, values)
            if tally.pulled or tally.pushed or tally.rejected:
                subjects = sorted(tally.households | tally.pushed_households)
                access_log.append(
                    session, worker_id=self.store.actor.worker_id,
                    device_id=self.store.actor.device_id, action=AccessAction.CHANGE,
                    subject_ids=subjects,
                    detail=f"sync: pushed {tally.pushed}, rejected {tally.rejected}, pulled "
                    f"{tally.pulled} entries, changed {len(tally.households)} households here",
                )
            session.commit()

    # -- tokens ---------------------------------------------------------------------------
    def _refresh(self) -> None:
        """A new access token for the refresh token kept in store_meta. It lives inside the
        encrypted store, not in the keyring: it is useless without the unlocked store, and every
        sync needs that store open anyway. The server rotates it, so the new one is saved at
        once, in its own transaction, before it is used."""
        device_id = self.store.actor.device_id
        with self.store.session() as session:
            token = state.read(session, [state.REFRESH_TOKEN])[state.REFRESH_TOKEN]
        if not token:
            raise SyncRefused("this laptop has no sign-in for the team server; log in again "
                              "(voordeur login)", "refresh_invalid")
        try:
            pair = self.client.refresh(token, device_id)
        except SyncRefused as exc:
            if exc.code == "refresh_invalid":
                raise SyncRefused("this laptop's sign-in is no longer valid; log in again "
                                  "(voordeur login)", "refresh_invalid") from None
            raise
        # Rotated: the old token is spent, so the new one is saved before anything else.
        with self.store.session() as session:
            state.write(session, {state.REFRESH_TOKEN: pair.refresh_token})
            session.commit()
        self._access_token = pair.access_token
        self._access_valid_until = time.monotonic() + max(0, pair.expires_in - EXPIRY_MARGIN_S)

    def set_access_token(self, token: str, expires_in: int) -> None:
        """Take the access token a login just got (saves a refresh on the first sync)."""
        self._access_token = token
        self._access_valid_until = time.monotonic() + max(0, expires_in - EXPIRY_MARGIN_S)

    def _authorised(self, call: Callable[[str], T]) -> T:
        if not self._access_token or time.monotonic() >= self._access_valid_until:
            self._refresh()
        try:
            return call(self._access_token)
        except SyncRefused as exc:
            if exc.code != "token_invalid":
                raise
        self._access_token = ""
        self._refresh()
        return call(self._access_token)

    # -- push -----------------------------------------------------------------------------
    def _push(self, tally: _Tally) -> None:
        """Batches go out one at a time, in order; while the server works on one, the next is
        prepared and the previous one settled here (a first sync keeps both cores busy)."""
        after = 0
        carried: dict[tuple[str, str], str] = {}  # note texts sent but not yet settled
        sender = _Sender(self)
        try:
            inflight: tuple[list[_Pending], Future[list[ChangeResult]]] | None = None
            while True:
                with self.store.session() as session:
                    batch = self._next_batch(session, after, carried)
                    session.commit()
                if batch:
                    after = batch[-1].seq
                    sent = (batch, sender.send(batch))
                if inflight is not None:
                    results = inflight[1].result()  # raises what the request raised
                    with self.store.session() as session:
                        self._settle(session, inflight[0], results, tally)
                        session.commit()
                if not batch:
                    return
                inflight = sent
        finally:
            sender.close()

    def _send(self, batch: list[_Pending]) -> list[ChangeResult]:
        ids = [p.change_id for p in batch]
        client_time = max(0, wall_millis() + self._client_offset)
        body = ('{"changes":[' + ",".join(p.body for p in batch)
                + f'],"client_time":{client_time}}}').encode()
        response = self._authorised(lambda token: self.client.push_json(token, ids, body))
        return response.results

    def _next_batch(self, session: Session, after: int,
                    carried: dict[tuple[str, str], str]) -> list[_Pending]:
        """The next pending rows, marked attempted (frozen); the caller commits before sending.

        The stored JSON of fields and clocks goes into the request as it is (no decoding and
        re-encoding of tens of thousands of rows on a first sync); only visit rows are read,
        for their note fields."""
        rows = session.execute(
            select(_OUTBOX.c.seq, _OUTBOX.c.change_id, _OUTBOX.c.table_name,
                   _OUTBOX.c.record_id, _OUTBOX.c.household_id, _OUTBOX.c.op,
                   type_coerce(_OUTBOX.c.fields, Text), type_coerce(_OUTBOX.c.clocks, Text),
                   _OUTBOX.c.hlc)
            .where(_OUTBOX.c.status == PENDING, _OUTBOX.c.seq > after)
            .order_by(_OUTBOX.c.seq).limit(MAX_PUSH_CHANGES)
        ).all()
        if not rows:
            return []
        session.execute(
            update(_OUTBOX).where(col(SyncOutbox.seq).in_([r[0] for r in rows]))
            .values(attempts=_OUTBOX.c.attempts + 1)
        )
        bases = _bases_for(session, rows) | carried  # a batch still in flight went first
        batch = []
        for seq, change_id, table, record_id, household_id, op, fields, clocks, hlc in rows:
            notes: dict[str, str] = {}
            base: dict[str, str] = {}
            if table == "visit":
                values = json.loads(fields)
                notes = {k: values[k] for k in NOTE_FIELDS.intersection(values)}
                for name in notes:
                    key = (record_id, name)
                    if op == "update" and key in bases:
                        base[name] = bases[key]
                    # A later row of the same field (in this batch or the next) builds on
                    # this one.
                    bases[key] = carried[key] = notes[name]
            body = (f'{{"change_id":{_q(change_id)},"table":{_q(table)},'
                    f'"record_id":{_q(record_id)},"household_id":{_q(household_id)},'
                    f'"op":{_q(op)},"fields":{fields},"clocks":{clocks},"hlc":{_q(hlc)}'
                    + (f',"base":{json.dumps(base, ensure_ascii=False)}' if base else "")
                    + "}")
            batch.append(_Pending(seq, change_id, table, record_id, household_id, op, notes,
                                  body))
        return batch

    def _settle(self, session: Session, batch: list[_Pending], results: list[ChangeResult],
                tally: _Tally) -> None:
        done: list[int] = []
        bases: list[dict[str, Any]] = []
        for change, result in zip(batch, results, strict=True):
            if result.outcome == "rejected":
                tally.rejected += 1
                session.execute(update(_OUTBOX).where(_OUTBOX.c.seq == change.seq).values(
                    status=REJECTED, detail=result.detail[:500]))
                log.warning("sync: change %s of %s %s rejected", change.change_id,
                            change.table, change.record_id)
                continue
            done.append(change.seq)
            tally.pushed += 1
            if change.household_id:
                tally.pushed_households.add(change.household_id)
            if result.outcome == "applied" and change.op in ("create", "update"):
                tally.own_applied.add(change.record_id)
            else:  # merged, a conflict, a resend or a tombstone: the pull must apply it
                tally.not_own.add(change.record_id)
            tally.merged += result.outcome == "merged"
            tally.conflicts += result.outcome == "conflict"
            tally.duplicates += result.outcome == "duplicate"
            tally.clock_corrected += CLOCK_OFF in result.detail
            if result.outcome == "applied":
                # The server holds exactly this text now: the base of the next merge.
                bases += [
                    {"table_name": "visit", "record_id": change.record_id, "field": name,
                     "text": text}
                    for name, text in change.notes.items()
                ]
        for start in range(0, len(done), 500):
            session.execute(delete(_OUTBOX).where(
                col(SyncOutbox.seq).in_(done[start : start + 500])))
        if bases:
            save_note_bases(session, bases)

    # -- pull -----------------------------------------------------------------------------
    def _pull(self, tally: _Tally) -> None:
        with self.store.session() as session:
            cursor = state.int_value(state.read(session, [state.CURSOR])[state.CURSOR])
        own = tally.own_applied - tally.not_own
        while True:
            data = self._authorised(
                lambda token, after=cursor: self.client.pull_json(token, after, self.pull_limit))
            page = parse_page(data)
            _check_page(page, cursor)
            if not page.entries and page.cursor == cursor:
                return  # nothing new: no local write at all
            result = self._apply(page, own, tally.touched)
            tally.pulled += result.changed
            tally.conflicts += result.new_conflicts
            tally.households |= result.households
            cursor = page.cursor
            if not page.more:
                return

    def _apply(self, page: Any, own_applied: set[str], touched: set[str]
               ) -> PageResult:
        with self.store.session() as session:
            clock = load_clock(session, self.store.actor.device_id)
            if self.client.server_offset_ms is not None:  # measured on this very answer
                clock.offset_ms = self.client.server_offset_ms
            result = apply_page(session, page.entries, clock, own_applied=own_applied,
                                touched=touched)
            save_clock(session, clock)
            state.write(session, {state.CURSOR: str(page.cursor)})
            session.commit()
        return result


class _Sender:
    """Sends push batches on one thread of its own, strictly one after the other. After a
    failure it sends nothing more: a later batch may hold the children of records in the failed
    one, and the server must never see them first."""

    def __init__(self, engine: SyncEngine) -> None:
        self._engine = engine
        self._pool: ThreadPoolExecutor | None = None
        self._failed = False

    def send(self, batch: list[_Pending]) -> Future[list[ChangeResult]]:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(1, thread_name_prefix="voordeur-push")
        return self._pool.submit(self._run, batch)

    def _run(self, batch: list[_Pending]) -> list[ChangeResult]:
        if self._failed:
            raise Unreachable("an earlier batch of this push did not get through")
        try:
            return self._engine._send(batch)
        except BaseException:
            self._failed = True
            raise

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)


def _q(value: str | None) -> str:
    """A JSON string; ids, table names and stamps take the fast path."""
    if value is None:
        return "null"
    if value.isascii() and value.isprintable() and '"' not in value and "\\" not in value:
        return f'"{value}"'
    return json.dumps(value, ensure_ascii=False)


def _bases_for(session: Session, rows: list[Any]) -> dict[tuple[str, str], str]:
    ids = sorted({r[3] for r in rows if r[2] == "visit" and r[5] == "update"})
    found: dict[tuple[str, str], str] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(_BASE.c.record_id, _BASE.c.field, _BASE.c.text).where(
            _BASE.c.table_name == "visit", _BASE.c.record_id.in_(chunk))
        for record_id, name, text in session.execute(stmt):
            found[(record_id, name)] = text
    return found


def _check_page(page: Any, after: int) -> None:
    """A page must move forward: entries after the cursor, ascending, ending at the new cursor."""
    seqs = [e.seq for e in page.entries]
    if seqs:
        ok = seqs[0] > after and page.cursor == seqs[-1]
        ok = ok and all(a < b for a, b in itertools.pairwise(seqs))
    else:
        ok = page.cursor >= after and not page.more
    if not ok:
        raise Unreachable("the team server sent a page of changes out of order; nothing of it "
                          "was applied")


def probe(server_url: str, timeout: float = 3.0, http: httpx.Client | None = None) -> bool:
    """True if the team server answers its health check (GET /v1/health) within `timeout`."""
    try:
        client = SyncClient(server_url, http, timeout=timeout)
    except ValueError:
        return False
    try:
        client.health(timeout=timeout)
        return True
    except SyncError:
        return False
    finally:
        client.close()
