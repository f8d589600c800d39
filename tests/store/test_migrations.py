"""Migrations: back up first (encrypted), backfill the search index, refuse a newer store."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlmodel import Session, select

from testsupport import PASSPHRASE
from voordeur.model import (
    Agreement,
    Goal,
    Household,
    Organisation,
    Person,
    StoreMeta,
    Visit,
    Worker,
    new_id,
    utcnow,
)
from voordeur.model.catalogues import AccessAction
from voordeur.services.search import search
from voordeur.store import access_log, migrate, vault
from voordeur.store.engine import DB_FILE, SQLITE_HEADER, checkpoint, connect_raw, make_engine
from voordeur.store.store import META_DEVICE, META_TEAM, META_WORKER, Store

# Columns later migrations added to tables that 0001 already had.
COLUMNS_AFTER_0001 = {
    "visit": ("plan_frozen", "next_visit_kind", "next_visit_location", "void_reason"),
    "worker": ("organisation", "phone", "email"),
    "organisation": ("address", "contact_person"),
}


def insert_as_0001(session: Session, record: object, table_name: str) -> None:
    """Insert a record as a 0001 store holds it: only the columns that existed then."""
    values = record.model_dump(exclude=set(COLUMNS_AFTER_0001[table_name]))  # type: ignore[attr-defined]
    model = type(record).__table__  # type: ignore[attr-defined]
    table = sa.Table(table_name, sa.MetaData(),
                     *(sa.Column(name, model.c[name].type) for name in values))
    session.execute(sa.insert(table).values(**values))


def make_store_at_0001(data_dir: Path) -> bytes:
    """What Store.create does, but stopping the schema at revision 0001 (before search)."""
    data_key = vault.create_vault(data_dir, PASSPHRASE)
    db_path = data_dir / DB_FILE
    engine = make_engine(db_path, data_key)
    result = migrate.upgrade(engine, db_path, target="0001")
    assert (result.from_revision, result.to_revision, result.backup) == (None, "0001", None)
    with Session(engine) as session:
        worker = Worker(name="Medewerker")
        device_id = new_id()
        insert_as_0001(session, worker, "worker")
        session.add(StoreMeta(key=META_DEVICE, value=device_id))
        session.add(StoreMeta(key=META_WORKER, value=worker.id))
        session.add(StoreMeta(key=META_TEAM, value=""))
        access_log.append(session, worker_id=worker.id, device_id=device_id,
                          action=AccessAction.CREATE_STORE)
        household = Household(display_name="Gezin Öztürk", city="Zwolle")
        session.add(household)
        session.add(Person(household_id=household.id, first_name="Elif", last_name="Öztürk"))
        session.flush()
        # Visits as a 0001 store holds them: only the columns that existed then.
        for visit in (Visit(household_id=household.id, worker_id=worker.id,
                            notes="Vader werkt bij de fietsenmaker om de hoek."),
                      Visit(household_id=household.id, notes="Weggegooid sneeuwklokje",
                            deleted_at=utcnow())):
            insert_as_0001(session, visit, "visit")
        insert_as_0001(session, Organisation(name="Consultatiebureau Zuid"), "organisation")
        session.add(Goal(household_id=household.id, text="Elif leert zwemmen"))
        session.add(Agreement(household_id=household.id, what="Moeder regelt de huiswerkklas",
                              due_on=date(2026, 12, 1)))
        session.commit()
    assert migrate.current_revision(engine) == "0001"
    checkpoint(engine)
    engine.dispose()
    return data_key


def table_names(conn: object) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")  # type: ignore[attr-defined]
    return {name for (name,) in rows.fetchall()}


def test_head_is_after_the_first_revision() -> None:
    assert "0001" in migrate.known_revisions()
    assert migrate.head_revision() in migrate.known_revisions()
    assert migrate.head_revision() != "0001"


def test_old_store_is_backed_up_encrypted_then_migrated(data_dir: Path) -> None:
    data_key = make_store_at_0001(data_dir)
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.migration is not None
        assert store.migration.from_revision == "0001"
        assert store.migration.to_revision == migrate.head_revision()
        assert migrate.current_revision(store.engine) == migrate.head_revision()
        backup = store.migration.backup
        assert backup is not None and backup.is_file()
        assert backup.parent == data_dir / migrate.BACKUP_DIR
        assert "before" in backup.name

        # The backup is as encrypted as the store itself ...
        assert backup.read_bytes()[: len(SQLITE_HEADER)] != SQLITE_HEADER
        assert b"fietsenmaker" not in backup.read_bytes()
        # ... opens with the same data key and holds the data at revision 0001.
        conn = connect_raw(backup, data_key)
        try:
            assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == [
                ("0001",)]
            assert conn.execute("SELECT display_name FROM household").fetchall() == [
                ("Gezin Öztürk",)]
            assert conn.execute("SELECT count(*) FROM visit").fetchone() == (2,)
            assert "search_index" not in table_names(conn)
        finally:
            conn.close()

        # The search index was backfilled for the old data, tombstones left out.
        assert [h.kind for h in search(store, "fietsenmaker")] == ["visit"]
        assert {h.kind for h in search(store, "Ozturk")} == {"household", "person"}
        assert [h.kind for h in search(store, "zwemmen")] == ["goal"]
        assert [h.kind for h in search(store, "huiswerkklas")] == ["agreement"]
        assert search(store, "sneeuwklokje") == []

        with store.session() as session:
            assert access_log.verify(session).ok
            # 0005: the worker's profile and the sociale kaart's columns, empty to begin with.
            worker = session.exec(select(Worker)).one()
            assert (worker.organisation, worker.phone, worker.email) == ("", "", "")
            organisation = session.exec(select(Organisation)).one()
            assert (organisation.address, organisation.contact_person) == ("", "")

    with Store.open(data_dir, PASSPHRASE) as again:  # already current: no second backup
        assert again.migration is not None and again.migration.backup is None
    assert len(list((data_dir / migrate.BACKUP_DIR).iterdir())) == 1


def test_store_from_a_newer_version_is_refused_untouched(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_future'")
    store.close()
    db_path = data_dir / DB_FILE
    digest = hashlib.sha256(db_path.read_bytes()).hexdigest()
    vault_bytes = vault.vault_path(data_dir).read_bytes()

    with pytest.raises(migrate.StoreTooNew) as info:
        Store.open(data_dir, PASSPHRASE)

    assert "9999_future" in str(info.value)
    assert "newer" in str(info.value)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == digest
    assert vault.vault_path(data_dir).read_bytes() == vault_bytes
    assert not (data_dir / migrate.BACKUP_DIR).exists()  # not even a backup was attempted
    with pytest.raises(migrate.StoreTooNew):  # and it stays refused
        Store.open(data_dir, PASSPHRASE)


def test_the_quick_head_check_matches_alembic() -> None:
    assert migrate.head_revision() == migrate.HEAD_REVISION
