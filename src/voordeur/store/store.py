"""The local store: a data folder with the key vault and the SQLCipher database.

Opening needs the passphrase; there is no other way in. The store never creates a database
without a vault, never creates a new empty store in place of a missing or damaged one, and never
writes an unencrypted database.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session

from voordeur.model import StoreMeta, Team, Worker, new_id
from voordeur.model.catalogues import AccessAction, AccessOutcome
from voordeur.store import access_log, migrate, vault
from voordeur.store.disk import naming_full_disk
from voordeur.store.engine import DB_FILE, checkpoint, make_engine
from voordeur.store.throttle import UnlockThrottle

META_DEVICE = "device_id"
META_WORKER = "worker_id"
META_TEAM = "team_id"
# "1" once `voordeur login` linked the store to a team server: from then on every write is also
# recorded in the sync outbox (voordeur.sync.outbox).
META_SYNC_LINKED = "sync_linked"


class StoreError(Exception):
    """A store problem with a plain-English message for the command line."""


class StoreLocked(StoreError):
    """Too many wrong passphrases: wait before the next try."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"too many wrong passphrases; try again in {seconds:.0f} seconds")
        self.seconds = seconds


@dataclass(frozen=True)
class Actor:
    """Who is acting on which device: written into the access log."""

    worker_id: str
    device_id: str


class Store:
    def __init__(self, data_dir: Path, engine: Engine, actor: Actor) -> None:
        self.data_dir = data_dir
        self.engine = engine
        self.actor = actor
        self.migration: migrate.MigrationResult | None = None
        # Read at open and set by login; the unit of work records outbox rows while it is true.
        self.sync_linked = False

    @property
    def db_path(self) -> Path:
        return self.data_dir / DB_FILE

    @staticmethod
    def exists(data_dir: Path) -> bool:
        return vault.vault_path(data_dir).exists() or (data_dir / DB_FILE).exists()

    @classmethod
    def create(
        cls,
        data_dir: Path,
        passphrase: str,
        *,
        worker_name: str,
        team_name: str = "",
        neighbourhood: str = "",
        use_keyring: bool | None = None,
        kdf: vault.KdfParams | None = None,
    ) -> Store:
        data_dir = Path(data_dir)
        if cls.exists(data_dir):
            raise StoreError(f"{data_dir} already holds a Voordeur store")
        with naming_full_disk(data_dir):
            return cls._create(data_dir, passphrase, worker_name, team_name, neighbourhood,
                               use_keyring, kdf)

    @classmethod
    def _create(cls, data_dir: Path, passphrase: str, worker_name: str, team_name: str,
                neighbourhood: str, use_keyring: bool | None,
                kdf: vault.KdfParams | None) -> Store:
        data_key = vault.create_vault(data_dir, passphrase, use_keyring=use_keyring, kdf=kdf)
        engine = make_engine(data_dir / DB_FILE, data_key)
        try:
            actor = cls._initialise(engine, data_dir, worker_name, team_name, neighbourhood)
        except BaseException:
            # Half a store is worse than none: remove only what this call made, so that
            # creating it again works and opening it never finds a vault without data.
            engine.dispose()
            vault.remove_device_secret(data_dir)
            for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", vault.VAULT_FILE):
                (data_dir / name).unlink(missing_ok=True)
            raise
        return cls(data_dir, engine, actor)

    @staticmethod
    def _initialise(
        engine: Engine, data_dir: Path, worker_name: str, team_name: str, neighbourhood: str
    ) -> Actor:
        migrate.upgrade(engine, data_dir / DB_FILE)
        with Session(engine) as session:
            team = Team(name=team_name) if team_name else None
            worker = Worker(name=worker_name, team_id=team.id if team else None,
                            neighbourhood=neighbourhood)
            actor = Actor(worker_id=worker.id, device_id=new_id())
            if team:
                session.add(team)
            session.add(worker)
            session.add(StoreMeta(key=META_DEVICE, value=actor.device_id))
            session.add(StoreMeta(key=META_WORKER, value=worker.id))
            session.add(StoreMeta(key=META_TEAM, value=team.id if team else ""))
            access_log.append(session, worker_id=actor.worker_id, device_id=actor.device_id,
                              action=AccessAction.CREATE_STORE)
            session.commit()
        return actor

    @classmethod
    def open(cls, data_dir: Path, passphrase: str) -> Store:
        """Unlock and open an existing store, migrating it to the current schema if needed.

        A disk too full to open it (or to log the unlock) raises DiskFull, never StoreCorrupt.
        """
        data_dir = Path(data_dir)
        with naming_full_disk(data_dir):
            return cls._open(data_dir, passphrase)

    @classmethod
    def _open(cls, data_dir: Path, passphrase: str) -> Store:
        db_path = data_dir / DB_FILE
        vault.read_vault(data_dir)  # a missing or damaged vault is reported before anything else
        if not db_path.exists():
            raise StoreError(
                f"the key vault is in {data_dir} but the database file {DB_FILE} is missing; "
                "restore it from a backup (a new empty store is not created in its place)"
            )
        if db_path.stat().st_size == 0:
            raise StoreError(
                f"the database file {DB_FILE} in {data_dir} is empty; restore it from a backup "
                "(a new empty store is not created in its place)"
            )
        throttle = UnlockThrottle(data_dir)
        wait = throttle.seconds_to_wait()
        if wait > 0:
            raise StoreLocked(wait)
        try:
            data_key = vault.unwrap_data_key(data_dir, passphrase)
        except vault.WrongPassphrase:
            delay = throttle.record_failure()
            raise vault.WrongPassphrase(
                f"wrong passphrase; the next try is possible in {delay:.0f} seconds"
            ) from None
        throttle.record_success()
        engine = make_engine(db_path, data_key)
        try:
            if migrate.current_revision(engine) is None:
                raise StoreError(
                    f"the database file {DB_FILE} in {data_dir} holds no Voordeur data; restore "
                    "it from a backup (a new empty store is not created in its place)"
                )
            result = migrate.upgrade(engine, db_path)
        except Exception:
            engine.dispose()
            raise
        with Session(engine) as session:
            device = session.get(StoreMeta, META_DEVICE)
            worker = session.get(StoreMeta, META_WORKER)
            linked_row = session.get(StoreMeta, META_SYNC_LINKED)
            linked = linked_row is not None and linked_row.value == "1"
            if device is not None and worker is not None:
                actor = Actor(worker_id=worker.value, device_id=device.value)
                access_log.append(session, worker_id=actor.worker_id,
                                  device_id=actor.device_id, action=AccessAction.UNLOCK)
                session.commit()
        if device is None or worker is None:
            engine.dispose()
            raise StoreError("the store is incomplete: its device and worker are not recorded")
        store = cls(data_dir, engine, actor)
        store.migration = result
        store.sync_linked = linked
        return store

    @contextmanager
    def session(self) -> Iterator[Session]:
        """A short session for one operation (sessions never cross threads)."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    def log(
        self,
        action: AccessAction,
        subject_ids: list[str] | tuple[str, ...] = (),
        *,
        outcome: AccessOutcome = AccessOutcome.OK,
        detail: str = "",
    ) -> None:
        """Write one access-log entry in a transaction of its own (reads, searches, exports)."""
        with self.session() as session:
            access_log.append(session, worker_id=self.actor.worker_id,
                              device_id=self.actor.device_id, action=action,
                              subject_ids=subject_ids, outcome=outcome, detail=detail)
            session.commit()

    def meta(self, key: str) -> str:
        with self.session() as session:
            row = session.get(StoreMeta, key)
            return row.value if row else ""

    def vacuum(self) -> None:
        """Compact the file (still encrypted; SQLCipher rewrites every page)."""
        checkpoint(self.engine, self.data_dir)
        raw = self.engine.raw_connection()
        try:
            with naming_full_disk(self.data_dir):
                raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
        finally:
            raw.close()

    def close(self) -> None:
        """Fold the WAL back into the database and release the file."""
        try:
            checkpoint(self.engine, self.data_dir)
        finally:
            self.engine.dispose()

    def destroy(self) -> None:
        """Close the store and remove it for good: database (with WAL and shared memory), key
        vault, the device secret in the keyring, the encrypted backups and the unlock throttle.

        For a laptop the team server revoked with "wipe". Files the store did not make (an export
        the user saved in the folder) are left alone; the folder goes only if it ends up empty.
        """
        import shutil

        from voordeur.store.throttle import THROTTLE_FILE

        try:
            self.close()
        except Exception:  # a damaged file must not keep its data around
            self.engine.dispose()
        vault.remove_device_secret(self.data_dir)  # reads the vault, so before it goes
        for name in (DB_FILE, f"{DB_FILE}-wal", f"{DB_FILE}-shm", f"{DB_FILE}-journal",
                     vault.VAULT_FILE, THROTTLE_FILE):
            (self.data_dir / name).unlink(missing_ok=True)
        shutil.rmtree(self.data_dir / migrate.BACKUP_DIR, ignore_errors=True)
        with contextlib.suppress(OSError):  # not empty: something else lives there
            self.data_dir.rmdir()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
