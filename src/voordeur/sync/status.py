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

# Beyond this the worker is told the laptop's clock is off (the sync itself corrects for it).
CLOCK_WARNING_MS = 2 * 60 * 1000


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
    clock_offset_ms: int = 0  # the team server's clock minus this laptop's, at the last contact
    clock_corrected: int = 0  # changes of the last round the server re-timed (clock was off)

    @property
    def clock_off(self) -> bool:
        """This laptop's clock is far enough off to tell the worker."""
        return abs(self.clock_offset_ms) > CLOCK_WARNING_MS


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
        clock_offset_ms=state.int_value(meta[state.CLOCK_OFFSET]),
        clock_corrected=state.int_value(meta[state.CLOCK_CORRECTED]),
    )


def describe_offset(offset_ms: int) -> str:
    """'2 hours behind', '3 days ahead', '5 minutes behind' (English, for the command line)."""
    amount = abs(offset_ms) / 1000
    for unit, seconds in (("day", 86400), ("hour", 3600), ("minute", 60)):
        if amount >= seconds or unit == "minute":
            count = max(1, round(amount / seconds))
            break
    where = "behind" if offset_ms > 0 else "ahead of"
    return f"{count} {unit}{'s' if count != 1 else ''} {where}"


def clock_warnings(offset_ms: int, corrected: int) -> list[str]:
    """What the command line tells the worker about this laptop's clock."""
    lines = []
    if abs(offset_ms) > CLOCK_WARNING_MS:
        lines.append(f"warning: this laptop's clock is {describe_offset(offset_ms)} the team "
                     "server's; Voordeur orders edits by the server's time, but please set the "
                     "clock right")
    if corrected:
        lines.append(f"warning: {corrected} change{' was' if corrected == 1 else 's were'} made "
                     "while this laptop's clock had moved since its last sync; the server "
                     "ordered them by its best estimate, so check that they are as meant")
    return lines
