"""Three laptops and a server under random edits, syncs, crashes, bad networks and wrong clocks.

A Hypothesis state machine: the laptops of two workers of one team edit one household's visit
(structured fields and a note), add and delete people, and sync through a transport that may lose
requests, lose answers after the server acted on them, or send a request twice (token requests
too). A laptop may also "crash": its store is closed and opened again, losing everything held in
memory. Each laptop's clock is off by its own amount, from none to days, ahead or behind; real
time (the server's clock) moves on by seconds to minutes between steps.

At the end every laptop syncs without faults until nothing is pending, and then:
- all three laptops and the server hold the same records (converged);
- every field holds the value of an edit made last in causal order: no edit that a laptop had
  seen before it wrote the field won (whatever the clocks said);
- no acknowledged write is lost: each field holds the write with the latest clock stamp; every
  person added exists (deleted exactly when a deletion was later than the last edit); every
  sentence added to the note is in the note or in an open conflict.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, Phase, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlmodel import col, select

from testsupport import PASSPHRASE, fast_kdf_params
from testsupport_server import (
    PASSWORD,
    PG_ENV,
    FakeClock,
    drop_postgres_schema,
    postgres_schema_url,
)
from voordeur import clock
from voordeur.model import Person, Visit
from voordeur.model.sync import NoteConflict, SyncOutbox
from voordeur.server import admin
from voordeur.server import auth as server_auth
from voordeur.server.app import create_app
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.data_export import build_document
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine
from voordeur.sync.errors import SyncError
from voordeur.sync.hlc import Stamp

SERVER_URL = "http://testserver"
USERS = ("anna", "anna", "ben")  # laptops 0 and 1 are the same worker's two laptops
FAULTS = ("none", "none", "drop_request", "drop_answer", "duplicate")
PARAGRAPHS = 3
MINUTE, HOUR, DAY = 60_000, 3_600_000, 86_400_000
# How far each laptop's clock is off (ms; positive = ahead of the server's).
SKEWS = (0, 0, 3 * MINUTE, -3 * MINUTE, 2 * HOUR, -2 * HOUR, 3 * DAY, -3 * DAY)
# VOORDEUR_CONVERGE_SHRINK=0 skips shrinking while debugging (shrinking a run of 25 syncs is slow).
PHASES = (tuple(Phase) if os.environ.get("VOORDEUR_CONVERGE_SHRINK", "1") != "0"
          else (Phase.explicit, Phase.reuse, Phase.generate))


class Faulty(httpx.BaseTransport):
    """The network between one laptop and the server, with one planned fault per sync."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.fault = "none"
        self.at = 0  # the number of the request (in this sync) that meets the fault
        self.seen = 0

    def plan(self, fault: str, at: int) -> None:
        self.fault, self.at, self.seen = fault, at, 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.seen += 1
        if self.fault == "none" or self.seen != self.at:
            return self.inner.handle_request(request)
        if self.fault == "drop_request":
            raise httpx.ConnectError("connection refused", request=request)
        response = self.inner.handle_request(request)
        response.read()
        if self.fault == "duplicate":  # a proxy that resent the request; the last answer counts
            response = self.inner.handle_request(request)
            response.read()
            return response
        raise httpx.ReadError("connection dropped", request=request)  # drop_answer


class Convergence(RuleBasedStateMachine):
    backend = "sqlite"

    def __init__(self) -> None:
        super().__init__()
        self.tmp = Path(tempfile.mkdtemp(prefix="voordeur-converge-"))
        self.pg_schema = ""
        if self.backend == "sqlite":
            self.db_url = f"sqlite:///{self.tmp / 'server.db'}"
        else:
            self.db_url, self.pg_schema = postgres_schema_url(os.environ[PG_ENV])
        admin.add_team(self.db_url, "Team Noord")
        for user in ("anna", "ben"):
            admin.add_worker(self.db_url, user, "Team Noord", PASSWORD, name=user.title())
        self.time = FakeClock()
        self.skews: list[int] = []
        self.server = TestClient(create_app(self.db_url, clock=self.time))
        self.server.__enter__()
        self.stores: list[Store] = []
        self.nets: list[Faulty] = []
        self.https: list[httpx.Client] = []
        self.engines: list[SyncEngine] = []
        # What was written, with the clock stamp of the write, to check nothing was lost.
        self.field_writes: dict[str, list[tuple[str, Any]]] = {}
        # Per field: every value written, and the values each laptop had seen of it (in its own
        # store, after any step) — an edit must beat everything its laptop had seen.
        self.seen: list[dict[str, set[Any]]] = [{}, {}, {}]
        self.dominated: dict[str, set[Any]] = {}
        self.note_lines: set[str] = set()
        self.people: dict[str, list[tuple[str, str]]] = {}  # id → [(stamp, "edit"|"delete")]
        self.counter = 0

    # -- set-up --------------------------------------------------------------------------
    @initialize(skews=st.lists(st.sampled_from(SKEWS), min_size=3, max_size=3))
    def laptops(self, skews: list[int]) -> None:
        self.skews = skews
        for i, user in enumerate(USERS):
            self._tick()
            with self._at(i):
                self._new_laptop(i, user)
        with self._at(0), unit_of_work(self.stores[0]) as uow:
            household = hs.start_household(uow, "Gezin Convergentie", city="Deventer")
            note = "\n\n".join(f"Alinea {p}." for p in range(PARAGRAPHS))
            visit = vs.start_visit(uow, household, notes=note, location="Thuis")
        self.visit_id = visit.id
        self.household_id = household.id
        for i in (0, 1, 2):
            self._sync_clean(i)

    def _new_laptop(self, i: int, user: str) -> None:
        store = Store.create(self.tmp / f"laptop-{i}", PASSPHRASE, worker_name=f"L{i}",
                             use_keyring=False, kdf=fast_kdf_params())
        net = Faulty(self.server._transport)
        http = httpx.Client(transport=net, base_url=SERVER_URL)
        login(store, SERVER_URL, user, PASSWORD, http=http, device_name=f"laptop {i}")
        self.stores.append(store)
        self.nets.append(net)
        self.https.append(http)
        self.engines.append(SyncEngine(store, http=http))

    def teardown(self) -> None:
        for engine, http, store in zip(self.engines, self.https, self.stores, strict=True):
            engine.close()
            http.close()
            store.close()
        self.server.__exit__(None, None, None)
        if self.pg_schema:
            drop_postgres_schema(os.environ[PG_ENV], self.pg_schema)
        shutil.rmtree(self.tmp, ignore_errors=True)

    # -- helpers -------------------------------------------------------------------------
    def _at(self, i: int) -> contextlib.AbstractContextManager[None]:
        """Laptop i's clock: the server's time plus its own error."""
        skew = timedelta(milliseconds=self.skews[i])
        return clock.use(lambda: self.time.now + skew)

    def _tick(self, seconds: float = 1.0) -> None:
        self.time.advance(seconds)

    def _sync_clean(self, i: int) -> None:
        self.nets[i].plan("none", 0)
        with self._at(i):
            self.engines[i].run_once()
        self._observe(i)

    def _observe(self, i: int) -> None:
        if not self.stores:
            return
        visit = self._visit(i)
        for name in ("duration_minutes", "location"):
            self.seen[i].setdefault(name, set()).add(getattr(visit, name))

    def _last_stamp(self, i: int, record_id: str, name: str) -> str:
        """The clock stamp the outbox gave the write just made."""
        with self.stores[i].session() as session:
            rows = session.exec(
                select(SyncOutbox).where(SyncOutbox.record_id == record_id)
                .order_by(col(SyncOutbox.seq).desc())
            ).all()
        for row in rows:
            # A field's clock is in `clocks` only where it differs from the row's `hlc`.
            clocks = row.clocks or {}
            if name in row.fields:
                return str(clocks.get(name, row.hlc))
            if name == "<op>" or row.op != "update":  # a create stamps all fields with hlc
                return str(row.hlc)
        raise AssertionError(f"no outbox stamp for {name}")

    def _visit(self, i: int) -> Visit:
        with self.stores[i].session() as session:
            visit = session.get(Visit, self.visit_id)
            assert visit is not None
            return visit

    # -- rules ---------------------------------------------------------------------------
    @rule(i=st.integers(0, 2), minutes=st.sampled_from([0, 200, 400, 600, 800]))
    def edit_duration(self, i: int, minutes: int) -> None:
        self._edit_field(i, "duration_minutes", minutes + self._next())  # a value of its own

    @rule(seconds=st.sampled_from([1, 5, 30, 120, 900]))
    def time_passes(self, seconds: int) -> None:
        self._tick(seconds)

    @rule(i=st.integers(0, 2), place=st.sampled_from(["Thuis", "Buurthuis", "School", "Park"]))
    def edit_location(self, i: int, place: str) -> None:
        self._edit_field(i, "location", f"{place} {self._next()}")

    def _edit_field(self, i: int, name: str, value: Any) -> None:
        self._tick()
        self._observe(i)
        with self._at(i), unit_of_work(self.stores[i]) as uow:
            visit = uow.get(Visit, self.visit_id)
            assert visit is not None
            if not uow.update(visit, **{name: value}):
                return
        self.dominated.setdefault(name, set()).update(self.seen[i].get(name, set()))
        self._observe(i)
        self.field_writes.setdefault(name, []).append(
            (self._last_stamp(i, self.visit_id, name), value))

    @rule(i=st.integers(0, 2), paragraph=st.integers(0, PARAGRAPHS - 1))
    def edit_note(self, i: int, paragraph: int) -> None:
        """Add a sentence to one paragraph: what was written before stays, so every sentence
        must survive, in the note or in an open conflict."""
        sentence = f"Zin {self._next()} van laptop {i}."
        paragraphs = self._visit(i).notes.split("\n\n")
        paragraph = min(paragraph, len(paragraphs) - 1)
        paragraphs[paragraph] += " " + sentence
        self._tick()
        with self._at(i), unit_of_work(self.stores[i]) as uow:
            visit = uow.get(Visit, self.visit_id)
            assert visit is not None
            vs.edit_visit(uow, visit, notes="\n\n".join(paragraphs))
        self.note_lines.add(sentence)

    @rule(i=st.integers(0, 2))
    def add_person(self, i: int) -> None:
        self._tick()
        with self._at(i), unit_of_work(self.stores[i]) as uow:
            person = uow.add(Person(household_id=self.household_id, first_name=f"P{self._next()}",
                                    role="buurvrouw", kind="network"))
        self.people[person.id] = [(self._last_stamp(i, person.id, "first_name"), "edit")]

    @rule(i=st.integers(0, 2), pick=st.integers(0, 1000), delete=st.booleans())
    def touch_person(self, i: int, pick: int, delete: bool) -> None:
        with self.stores[i].session() as session:
            ids = sorted(session.exec(
                select(Person.id).where(Person.household_id == self.household_id,
                                        col(Person.deleted_at).is_(None))).all())
        if not ids:
            return
        person_id = ids[pick % len(ids)]
        self._tick()
        with self._at(i), unit_of_work(self.stores[i]) as uow:
            person = uow.get(Person, person_id)
            assert person is not None
            if delete:
                uow.delete(person)
            else:
                uow.update(person, note=f"notitie {self._next()}")
        name = "<op>" if delete else "note"
        self.people.setdefault(person_id, []).append(
            (self._last_stamp(i, person_id, name), "delete" if delete else "edit"))

    @rule(i=st.integers(0, 2), fault=st.sampled_from(FAULTS), at=st.integers(1, 4))
    def sync(self, i: int, fault: str, at: int) -> None:
        self._tick()
        self.nets[i].plan(fault, at)
        with self._at(i), contextlib.suppress(SyncError):  # cut off: the next picks up
            self.engines[i].run_once()
        self.nets[i].plan("none", 0)
        self._observe(i)

    @precondition(lambda self: bool(self.stores))
    @rule(i=st.integers(0, 2))
    def crash(self, i: int) -> None:
        """The laptop dies: store and engine are gone from memory, the files stay."""
        self.engines[i].close()
        self.stores[i].engine.dispose()  # no checkpoint, no goodbye
        self.stores[i] = Store.open(self.tmp / f"laptop-{i}", PASSPHRASE)
        self.engines[i] = SyncEngine(self.stores[i], http=self.https[i])

    def _next(self) -> int:
        self.counter += 1
        return self.counter

    @invariant()
    def outbox_never_shrinks_without_an_answer(self) -> None:
        # Cheap sanity check run after every step: nothing is ever "rejected" in this team.
        for store in self.stores:
            with store.session() as session:
                rejected = session.exec(
                    select(SyncOutbox).where(SyncOutbox.status == "rejected")).all()
            assert not rejected, [(r.table_name, r.detail) for r in rejected]

    # -- the end -------------------------------------------------------------------------
    def check_converged(self) -> None:
        for _ in range(3):
            for i in range(3):
                self._sync_clean(i)
        documents = [self._document(store) for store in self.stores]
        assert documents[0] == documents[1] == documents[2]
        for store in self.stores:
            with store.session() as session:
                assert not session.exec(select(SyncOutbox)).all()
        visit = self._visit(0)
        for name, writes in self.field_writes.items():
            expected = max(writes, key=lambda w: Stamp.parse(w[0]))[1]
            assert getattr(visit, name) == expected, (name, writes)
            # Causal order: the final value is no value some laptop had seen before it wrote.
            assert getattr(visit, name) not in self.dominated.get(name, set()), (
                name, writes, self.skews)
        with self.stores[0].session() as session:
            conflicts = session.exec(
                select(NoteConflict).where(col(NoteConflict.deleted_at).is_(None))).all()
            people = {p.id: p for p in session.exec(select(Person)).all()}
        kept = visit.notes + "".join(c.mine_text + c.theirs_text for c in conflicts)
        for line in self.note_lines:
            assert line in kept, line
        for person_id, history in self.people.items():
            person = people.get(person_id)
            assert person is not None, person_id
            last = max(history, key=lambda h: Stamp.parse(h[0]))
            # The later of edit and delete wins, whichever reached the server first; a deleted
            # record keeps its values, so even then nothing is gone.
            assert (person.deleted_at is None) == (last[1] == "edit"), history

    @staticmethod
    def _document(store: Store) -> str:
        records = build_document(store)["records"]
        return json.dumps(records, sort_keys=True)


def _run(backend: str) -> None:
    class Machine(Convergence):
        pass

    Machine.backend = backend

    def teardown(self: Convergence) -> None:
        try:
            if self.stores:
                self.check_converged()
        finally:
            Convergence.teardown(self)

    Machine.teardown = teardown  # type: ignore[method-assign]
    run_state_machine_as_test(
        Machine,
        settings=settings(max_examples=int(os.environ.get("VOORDEUR_CONVERGE_EXAMPLES", "8")),
                          stateful_step_count=25, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow],
                          phases=PHASES),
    )


@pytest.fixture(autouse=True)
def cheap_passwords() -> Iterator[None]:
    from argon2 import PasswordHasher

    previous = server_auth.set_password_hasher(
        PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield
    server_auth.set_password_hasher(previous)


@pytest.mark.slow
def test_three_laptops_converge_and_lose_nothing_on_sqlite() -> None:
    _run("sqlite")


@pytest.mark.slow
def test_three_laptops_converge_and_lose_nothing_on_postgresql() -> None:
    if not os.environ.get(PG_ENV):
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped")
    _run("postgresql")
