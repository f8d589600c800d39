"""The sync state of a store, kept as `sync_*` keys in store_meta (inside the encrypted file).

The refresh token lives here too, not in the OS keyring: it is useless without the unlocked
store (every sync needs the store open anyway), and a stolen laptop's store is as locked as its
token. An administrator revokes the device on the server when a laptop is lost.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlmodel import Session, col

from voordeur.model import StoreMeta
from voordeur.store.store import META_SYNC_LINKED

SERVER_URL = "sync_server_url"
USERNAME = "sync_username"
WORKER = "sync_worker"  # the server's id of this worker (equals store_meta worker_id once linked)
TEAM = "sync_team"
CURSOR = "sync_cursor"
REFRESH_TOKEN = "sync_refresh_token"
LINKED = META_SYNC_LINKED
REVOKED = "sync_revoked"  # "", "revoked" or "wipe"
LAST_SYNC_AT = "sync_last_sync_at"
LAST_ERROR = "sync_last_error"
# The team server's clock minus this laptop's, in ms, as measured at the last contact: the sync
# clock runs on server time (sync/hlc.py), and the status bar warns when it is far off.
CLOCK_OFFSET = "sync_clock_offset"
# Changes of the last round that the server re-timed because this laptop's clock ran ahead.
CLOCK_CORRECTED = "sync_clock_corrected"

ALL_KEYS = (SERVER_URL, USERNAME, WORKER, TEAM, CURSOR, REFRESH_TOKEN, LINKED, REVOKED,
            LAST_SYNC_AT, LAST_ERROR, CLOCK_OFFSET, CLOCK_CORRECTED)


def read(session: Session, keys: Iterable[str] = ALL_KEYS) -> dict[str, str]:
    """The values of `keys` ("" for a key never written)."""
    wanted = list(keys)
    rows = session.execute(
        select(StoreMeta.key, StoreMeta.value).where(col(StoreMeta.key).in_(wanted))
    )
    found = {k: v for k, v in rows}
    return {k: found.get(k, "") for k in wanted}


def int_value(text: str) -> int:
    """A stored number ("" or damaged text counts as 0)."""
    try:
        return int(text)
    except ValueError:
        return 0


def write(session: Session, values: dict[str, str]) -> None:
    """Set keys in the caller's transaction."""
    for key, value in values.items():
        row = session.get(StoreMeta, key) or StoreMeta(key=key)
        row.value = value
        session.add(row)
