"""The sync state for a status bar: linked or not, what waits, when it last worked. Cheap: one
meta read and a few COUNT queries, no network."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlmodel import col

from voordeur.model.sync import NoteConflict
from voordeur.store.store import Store
from voordeur.sync import state
from voordeur.sync.outbox import PENDING, REJECTED, count_by_status


@dataclass(frozen=True)
class SyncStatus:
    linked: bool
    server_url: str
    username: str
    pending: int  # changes waiting to be pushed
    rejected: int  # changes the server refused (kept locally, see `voordeur sync`)
    conflicts: int  # open note conflicts
    last_sync_at: datetime | None  # last round that finished without an error
    last_error: str  # the last round's error ("" when it succeeded)
    revoked: bool


def sync_status(store: Store) -> SyncStatus:
    with store.session() as session:
        meta = state.read(session)
        counts = count_by_status(session)
        conflicts = session.execute(
            select(func.count()).select_from(NoteConflict)
            .where(col(NoteConflict.deleted_at).is_(None))
        ).scalar_one()
    last = meta[state.LAST_SYNC_AT]
    try:
        last_at = datetime.fromisoformat(last) if last else None
    except ValueError:
        last_at = None
    return SyncStatus(
        linked=meta[state.LINKED] == "1",
        server_url=meta[state.SERVER_URL],
        username=meta[state.USERNAME],
        pending=counts.get(PENDING, 0),
        rejected=counts.get(REJECTED, 0),
        conflicts=int(conflicts),
        last_sync_at=last_at,
        last_error=meta[state.LAST_ERROR],
        revoked=bool(meta[state.REVOKED]),
    )
