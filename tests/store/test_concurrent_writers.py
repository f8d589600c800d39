"""Two threads writing one store (the views' runner and sync) take turns instead of failing.

With SQLite's default deferred transactions in WAL mode, a transaction that has read and then
wants to write fails at once with "database is locked" when another thread committed in between.
The store starts every transaction with BEGIN IMMEDIATE, so the second waits its turn.
"""

from __future__ import annotations

import threading
import time

from voordeur.model import Household
from voordeur.services import households as hs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store


def test_two_threads_reading_then_writing_both_succeed(store: Store) -> None:
    with unit_of_work(store) as uow:
        household_id = hs.start_household(uow, "Gezin Tegelijk").id
    errors: list[BaseException] = []

    def writer(city: str) -> None:
        try:
            for n in range(30):
                with unit_of_work(store) as uow:
                    household = uow.get(Household, household_id)  # read first …
                    assert household is not None
                    time.sleep(0.002)  # … let the other thread commit in between …
                    uow.update(household, city=f"{city} {n}")  # … then write
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(c,)) for c in ("Zwolle", "Deventer")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with store.session() as session:
        household = session.get(Household, household_id)
        assert household is not None and household.city.endswith(" 29")


def test_connections_survive_many_short_lived_threads(store: Store) -> None:
    """Sync sends each push from a thread of its own and the GUI's runner has its own: a
    connection in use must not be closed when more threads than a pool keeps have come and gone
    (a per-thread pool closed an arbitrary one: MemoryError, then "Cannot operate on a closed
    database", seen in a sync round)."""
    errors: list[BaseException] = []

    def once(n: int) -> None:
        try:
            with store.engine.connect() as conn:
                assert conn.exec_driver_sql(f"SELECT {n}").scalar_one() == n
        except BaseException as exc:  # reported below
            errors.append(exc)

    with store.engine.connect() as held:  # this thread's connection, checked out
        for n in range(12):
            thread = threading.Thread(target=once, args=(n,))
            thread.start()
            thread.join(timeout=10)
        assert held.exec_driver_sql("SELECT count(*) FROM household").scalar_one() >= 0
    assert errors == []
