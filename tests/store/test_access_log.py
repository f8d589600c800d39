"""The access log: one entry per change, no personal data, append-only, tamper-evident."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import sqlalchemy.exc

from testsupport import PASSPHRASE
from voordeur.model import AccessLogEntry, Visit
from voordeur.model.catalogues import AccessAction
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.search import search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import access_log
from voordeur.store.store import Store

NAME = "Gezin Verhoeven-Kaya"
NOTES = "Moeder vertelt dat Daan slecht slaapt sinds de scheiding."
CHILD = "Daantje"


def log_rows(store: Store) -> list[tuple[Any, ...]]:
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.exec_driver_sql("SELECT * FROM access_log ORDER BY seq")]


def last_entry(store: Store) -> AccessLogEntry:
    with store.session() as session:
        return access_log.entries(session, limit=1)[0]


def verify(store: Store) -> access_log.Verification:
    with store.session() as session:
        return access_log.verify(session)


def some_changes(store: Store, count: int = 5) -> None:
    for n in range(count):
        with unit_of_work(store) as uow:
            hs.create_household(uow, f"Gezin {n}")


def drop_triggers(store: Store) -> None:
    """What an attacker holding the key could do; the hash chain must still show it."""
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DROP TRIGGER access_log_no_update")
        conn.exec_driver_sql("DROP TRIGGER access_log_no_delete")


def test_each_change_appends_one_entry_without_personal_data(store: Store) -> None:
    before = len(log_rows(store))
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, NAME)
        hs.add_person(uow, household, first_name=CHILD, last_name="Kaya")
        visit = vs.start_visit(uow, household, notes=NOTES)
    assert len(log_rows(store)) == before + 1
    entry = last_entry(store)
    assert entry.action == AccessAction.CHANGE
    assert entry.subject_ids[0] == household.id
    assert {visit.id, household.id} <= set(entry.subject_ids)
    assert "create household ×1" in entry.detail
    assert "create visit ×1" in entry.detail
    assert "create person ×1" in entry.detail

    with unit_of_work(store) as uow:
        loaded = uow.get(Visit, visit.id)
        assert loaded is not None
        vs.edit_visit(uow, loaded, notes=NOTES + " Vader ook.")
    assert len(log_rows(store)) == before + 2
    assert household.id in last_entry(store).subject_ids
    assert last_entry(store).detail == "update visit ×1"

    with unit_of_work(store) as uow:
        loaded = uow.get(Visit, visit.id)
        assert loaded is not None
        uow.delete(loaded)
    assert len(log_rows(store)) == before + 3
    assert household.id in last_entry(store).subject_ids
    assert last_entry(store).detail == "delete visit ×1"

    with unit_of_work(store):
        pass  # nothing written: nothing logged
    assert len(log_rows(store)) == before + 3

    for row in log_rows(store):
        for value in row:
            text = str(value)
            for secret in (NAME, "Verhoeven", NOTES, "slaapt", CHILD):
                assert secret not in text, f"{secret!r} in access log row {row[0]}"


def test_search_is_logged_without_the_query(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, NAME)
    before = len(log_rows(store))
    assert search(store, "Verhoeven")
    assert len(log_rows(store)) == before + 1
    entry = last_entry(store)
    assert entry.action == AccessAction.SEARCH
    assert entry.subject_ids == [household.id]
    assert "Verhoeven" not in entry.detail
    assert all("Verhoeven" not in str(value) for value in log_rows(store)[-1])
    search(store, "Verhoeven", log=False)
    assert len(log_rows(store)) == before + 1


def test_honest_log_verifies(store: Store) -> None:
    some_changes(store)
    result = verify(store)
    assert result.ok, result.problems
    assert result.entries == len(log_rows(store)) == 6  # create_store + 5 changes


@pytest.mark.parametrize("sql", [
    "UPDATE access_log SET detail = 'nothing happened' WHERE seq = 2",
    "DELETE FROM access_log WHERE seq = 2",
    "DELETE FROM access_log",
])
def test_database_refuses_edits_and_deletions(store: Store, sql: str) -> None:
    some_changes(store)
    before = log_rows(store)
    with pytest.raises(sqlalchemy.exc.DBAPIError, match="append-only"), \
            store.engine.begin() as conn:
        conn.exec_driver_sql(sql)
    assert log_rows(store) == before
    assert verify(store).ok


@pytest.mark.parametrize(("column", "value"), [
    ("detail", "'nothing happened'"),
    ("action", "'search'"),
    ("worker_id", "'00000000-0000-7000-8000-000000000000'"),
    ("subject_ids", "'[]'"),
    ("at", "'2020-01-01T00:00:00.000000+00:00'"),
])
def test_altered_entry_is_detected(store: Store, column: str, value: str) -> None:
    some_changes(store)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"UPDATE access_log SET {column} = {value} WHERE seq = 3")
    result = verify(store)
    assert not result.ok
    assert "entry 3 was altered after it was written" in result.problems


def test_removed_middle_entry_is_detected(store: Store) -> None:
    some_changes(store)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM access_log WHERE seq = 3")
    problems = " | ".join(verify(store).problems)
    assert "missing" in problems
    assert "entry 4 does not follow on from the entry before it" in problems


def test_cut_off_end_is_detected(store: Store) -> None:
    some_changes(store)
    drop_triggers(store)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM access_log WHERE seq > 4")
    result = verify(store)
    assert result.entries == 4
    assert result.problems == ["the log ends at entry 4 but entry 6 was written last"]


def test_removed_head_record_is_detected(store: Store) -> None:
    some_changes(store, 2)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM store_meta WHERE key = '{access_log.HEAD_KEY}'")
    assert verify(store).problems == ["the record of the newest entry is missing"]


def test_chain_continues_across_close_and_reopen(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    some_changes(store, 3)
    last_before = last_entry(store)
    store.close()
    with Store.open(data_dir, PASSPHRASE) as reopened:
        unlock = last_entry(reopened)
        assert unlock.action == AccessAction.UNLOCK
        assert unlock.seq == last_before.seq + 1
        assert unlock.prev_hash == last_before.hash
        some_changes(reopened, 2)
    with Store.open(data_dir, PASSPHRASE) as again:
        result = verify(again)
        assert result.ok, result.problems
        assert result.entries == 1 + 3 + 1 + 2 + 1
        seqs = [row[0] for row in log_rows(again)]
        assert seqs == list(range(1, len(seqs) + 1))
