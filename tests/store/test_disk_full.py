"""A full disk is recognised in one place, in every shape it takes, and never read as damage."""

from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError as SAOperationalError

from testsupport import PASSPHRASE
from testsupport_disk import SmallDisk, small_disk  # noqa: F401
from voordeur.store import vault
from voordeur.store.disk import DiskFull, is_disk_full, naming_full_disk
from voordeur.store.files import write_atomic
from voordeur.store.store import Store


def test_every_shape_of_a_full_disk_is_recognised(tmp_path: Path) -> None:
    driver = sqlite3.OperationalError("database or disk is full")
    assert is_disk_full(driver)
    assert is_disk_full(SAOperationalError("INSERT …", {}, driver))
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(OSError(errno.EDQUOT, "Disk quota exceeded"))
    assert is_disk_full(DiskFull(tmp_path))
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as exc:
            raise RuntimeError("writing failed") from exc
    except RuntimeError as wrapped:
        assert is_disk_full(wrapped)


def test_other_errors_are_not_a_full_disk(tmp_path: Path) -> None:
    assert not is_disk_full(sqlite3.DatabaseError("file is not a database"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
    assert not is_disk_full(ValueError("database or disk"))
    # An I/O error counts only where the disk is in fact (nearly) full; this one has room.
    assert not is_disk_full(sqlite3.OperationalError("disk I/O error"), tmp_path)


def test_naming_full_disk_names_the_folder_and_keeps_the_cause(tmp_path: Path) -> None:
    with pytest.raises(DiskFull, match="the disk is full") as info, naming_full_disk(tmp_path):
        raise OSError(errno.ENOSPC, "No space left on device")
    assert info.value.path == tmp_path and str(tmp_path) in str(info.value)
    assert isinstance(info.value.__cause__, OSError)
    with pytest.raises(KeyError), naming_full_disk(tmp_path):
        raise KeyError("other")


def test_an_atomic_write_on_a_full_disk_names_it_and_keeps_the_old_file(
    small_disk: SmallDisk,  # noqa: F811
) -> None:
    target = small_disk.root / "export.json"
    write_atomic(target, b"old")
    small_disk.fill(0)
    with pytest.raises(DiskFull) as info:
        write_atomic(target, b"new" * 100_000)
    assert info.value.path == small_disk.root
    assert target.read_bytes() == b"old"
    assert [p.name for p in small_disk.root.iterdir() if p.name.startswith(".")] == []


def test_opening_a_store_at_zero_bytes_free_is_no_damage(
    small_disk: SmallDisk,  # noqa: F811
) -> None:
    data_dir = small_disk.root / "store"
    Store.create(data_dir, PASSPHRASE, worker_name="W").close()
    small_disk.fill(0)
    with pytest.raises(DiskFull):
        Store.open(data_dir, PASSPHRASE)
    # Changing the passphrase rewrites the vault: refused as a full disk, the old one still works.
    with pytest.raises(DiskFull):
        vault.change_passphrase(data_dir, PASSPHRASE, "another long test passphrase")
    small_disk.free_up()
    Store.open(data_dir, PASSPHRASE).close()


def test_a_store_that_does_not_fit_the_key_is_still_called_damaged(
    small_disk: SmallDisk,  # noqa: F811
) -> None:
    """The one real key mismatch (SQLITE_NOTADB) is told apart from a full disk."""
    from voordeur.store.engine import DB_FILE, StoreCorrupt

    first, second = small_disk.root / "a", small_disk.root / "b"
    Store.create(first, PASSPHRASE, worker_name="A").close()
    Store.create(second, PASSPHRASE, worker_name="B").close()
    (first / DB_FILE).write_bytes((second / DB_FILE).read_bytes())
    with pytest.raises(StoreCorrupt, match="does not belong to this key vault"):
        Store.open(first, PASSPHRASE)


def test_closing_on_a_full_disk_names_it_and_the_wal_keeps_every_entry(
    small_disk: SmallDisk,  # noqa: F811
) -> None:
    """`log --verify` printed "intact" and then failed: the checkpoint at close needed room."""
    from voordeur.model.catalogues import AccessAction
    from voordeur.store import access_log

    data_dir = small_disk.root / "store"
    Store.create(data_dir, PASSPHRASE, worker_name="W").close()
    store = Store.open(data_dir, PASSPHRASE)
    for _ in range(30):  # the WAL grows past the database file; folding it back needs space
        store.log(AccessAction.SEARCH, detail="x" * 20_000)
    small_disk.fill(0)
    with pytest.raises(DiskFull):
        store.close()
    small_disk.free_up()
    with Store.open(data_dir, PASSPHRASE) as reopened, reopened.session() as session:
        result = access_log.verify(session)
    assert result.ok and result.entries == 33  # create, unlock, 30 searches, unlock
