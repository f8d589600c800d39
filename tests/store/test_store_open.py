"""Never a silent new store, never an unencrypted file."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import pytest

from testsupport import PASSPHRASE
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store import migrate, vault
from voordeur.store.disk import DiskFull
from voordeur.store.engine import DB_FILE, SQLITE_HEADER, StoreCorrupt
from voordeur.store.store import Store, StoreError


def make_store(data_dir: Path) -> None:
    Store.create(data_dir, PASSPHRASE, worker_name="Medewerker").close()


def snapshot(data_dir: Path) -> dict[str, str]:
    return {str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in data_dir.rglob("*") if p.is_file()}


def assert_nothing_plain(data_dir: Path) -> None:
    files = [p for p in data_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        with path.open("rb") as handle:
            assert handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER, f"{path} is plain SQLite"


# -- no silent new store -----------------------------------------------------------------------

def test_create_refuses_an_existing_store(data_dir: Path) -> None:
    make_store(data_dir)
    before = snapshot(data_dir)
    with pytest.raises(StoreError) as info:
        Store.create(data_dir, PASSPHRASE, worker_name="Iemand anders")
    assert "already holds" in str(info.value)
    assert snapshot(data_dir) == before


@pytest.mark.parametrize("leftover", [DB_FILE, vault.VAULT_FILE])
def test_create_refuses_half_a_store(data_dir: Path, leftover: str) -> None:
    make_store(data_dir)
    for name in (DB_FILE, vault.VAULT_FILE):
        if name != leftover:
            (data_dir / name).unlink()
    before = snapshot(data_dir)
    with pytest.raises(StoreError):
        Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    assert snapshot(data_dir) == before


def test_open_empty_or_absent_folder(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(vault.VaultMissing) as info:
        Store.open(empty, PASSPHRASE)
    assert "no key vault" in str(info.value)
    assert list(empty.iterdir()) == []
    absent = tmp_path / "absent"
    with pytest.raises(vault.VaultMissing):
        Store.open(absent, PASSPHRASE)
    assert not absent.exists()


def test_missing_database_is_not_recreated(data_dir: Path) -> None:
    make_store(data_dir)
    (data_dir / DB_FILE).unlink()
    before = snapshot(data_dir)
    with pytest.raises(StoreError) as info:
        Store.open(data_dir, PASSPHRASE)
    assert DB_FILE in str(info.value)
    assert "missing" in str(info.value)
    assert not (data_dir / DB_FILE).exists()
    assert snapshot(data_dir) == before


def test_corrupt_database_is_reported_and_kept(data_dir: Path) -> None:
    make_store(data_dir)
    db = data_dir / DB_FILE
    content = bytearray(db.read_bytes())
    content[:4096] = os.urandom(4096)
    db.write_bytes(bytes(content))
    digest = hashlib.sha256(db.read_bytes()).hexdigest()
    with pytest.raises(StoreCorrupt) as info:
        Store.open(data_dir, PASSPHRASE)
    assert "damaged" in str(info.value)
    assert hashlib.sha256(db.read_bytes()).hexdigest() == digest
    assert_nothing_plain(data_dir)


def test_database_of_another_store_is_refused(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "a", tmp_path / "b"
    make_store(mine)
    make_store(theirs)
    shutil.copyfile(theirs / DB_FILE, mine / DB_FILE)
    digest = hashlib.sha256((mine / DB_FILE).read_bytes()).hexdigest()
    with pytest.raises(StoreCorrupt) as info:
        Store.open(mine, PASSPHRASE)
    assert "does not belong to this key vault" in str(info.value)
    assert hashlib.sha256((mine / DB_FILE).read_bytes()).hexdigest() == digest


def test_empty_database_file_is_not_turned_into_a_new_store(data_dir: Path) -> None:
    make_store(data_dir)
    (data_dir / DB_FILE).write_bytes(b"")
    with pytest.raises((StoreError, StoreCorrupt)):
        Store.open(data_dir, PASSPHRASE)
    assert (data_dir / DB_FILE).stat().st_size == 0


def test_incomplete_store_gives_a_clear_error(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    with store.engine.begin() as conn:
        conn.exec_driver_sql("DELETE FROM store_meta WHERE key = 'device_id'")
    store.close()
    with pytest.raises(StoreError, match="incomplete"):
        Store.open(data_dir, PASSPHRASE)


# -- never unencrypted ---------------------------------------------------------------------------

def test_no_file_is_ever_plain_sqlite(data_dir: Path) -> None:
    store = Store.create(data_dir, PASSPHRASE, worker_name="Medewerker")
    assert_nothing_plain(data_dir)
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Bakker")
        for n in range(30):
            vs.start_visit(uow, household, notes=f"Gesprek {n} " * 200)
    assert (data_dir / f"{DB_FILE}-wal").exists()
    assert_nothing_plain(data_dir)
    migrate.backup_file(store.engine, store.db_path, "test")
    store.vacuum()
    assert_nothing_plain(data_dir)
    store.close()
    assert_nothing_plain(data_dir)
    with Store.open(data_dir, PASSPHRASE):
        assert_nothing_plain(data_dir)
    assert_nothing_plain(data_dir)
    assert list((data_dir / migrate.BACKUP_DIR).iterdir())


def test_a_failed_create_leaves_nothing_behind(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken_upgrade(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(migrate, "upgrade", broken_upgrade)
    with pytest.raises(DiskFull, match="the disk is full"):
        Store.create(data_dir, PASSPHRASE, worker_name="W")
    assert not Store.exists(data_dir)
    assert not any(p.is_file() for p in data_dir.rglob("*"))
    monkeypatch.undo()
    Store.create(data_dir, PASSPHRASE, worker_name="W").close()  # trying again works
