"""Refresh-token rotation that survives a bad network and still catches a copied token.

Each exchange spends the presented token and answers a new one. A laptop holds one refresh token at
a time, but the network can make it present a spent token again. A proxy can deliver one request
twice, and the laptop keeps whichever answer reaches it. A request can also arrive late, after the
laptop timed out and its retry was already answered. So a repeat is not by itself proof of a copy:

- **Siblings.** Every answer to a spent token whose successors are all unused is a *sibling*, and
  all of them stay valid, because the laptop may have kept any one. The first one used carries the
  line on; the others are retired (revoked, reason "superseded").
- **Grace window** (`REPEAT_GRACE`, measured from the token's latest exchange, its `spent_at`).
  A repeat within the window counts as the network's doing. While no sibling is used, it gets one
  more sibling (at most `MAX_OPEN_SIBLINGS` unused ones at a time). Once a sibling is used, the
  laptop has moved on: the repeat is refused. It gets nothing, and nothing is revoked.
- **Beyond the window** the sender still holds the old token itself. If every successor is still
  unused, this is a laptop whose answers were lost: the unused successors are retired and it gets a
  new one. If a successor was used, only a copy can still hold the old token, so every token of
  the device is revoked ("reuse") and the laptop must log in again.
- **A retired sibling presented** means its twin was used first, so one of the two is a copy.
  Every token of the device is revoked. This is how a copy used within the window is caught: the
  laptop and the copy each hold a sibling, and the second of them to be used gives the copy away.

This matches Auth0's reuse interval ("leeway") and Cognito's retry grace period, with one
exception. Here a repeat within the window gets new tokens only while no successor has been used,
so a copy of an older token cannot carry a line on (compare django-oauth-toolkit issue 1617).
"""

from __future__ import annotations

import hashlib
import logging
import secrets
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Connection, Row, func, insert, select, update

from voordeur.model.ids import new_id
from voordeur.server import audit
from voordeur.server.schema import refresh_token

log = logging.getLogger("voordeur.server")

REFRESH_TTL = timedelta(days=90)  # sliding: every rotation starts a new period
REPEAT_GRACE = timedelta(minutes=2)  # far beyond a request's life (client timeout: 10 s)
MAX_OPEN_SIBLINGS = 8
SUPERSEDED = "superseded"  # a sibling retired because another one was used (or answers were lost)


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(conn: Connection, now: datetime, device_id: str) -> str:
    """A new refresh token for the device (at login)."""
    return _new_row(conn, now, device_id)[1]


def revoke_device_tokens(conn: Connection, now: datetime, device_id: str, reason: str) -> None:
    conn.execute(update(refresh_token)
                 .where(refresh_token.c.device_id == device_id,
                        refresh_token.c.revoked_at.is_(None))
                 .values(revoked_at=now, revoked_reason=reason))


def exchange(conn: Connection, now: datetime, token: Row, worker_id: str) -> str | None:
    """The new refresh token for `token` (a known token of an active device), or None when it is
    refused. A refusal is audited here. Where it shows a copy, the device's tokens are revoked,
    in the caller's transaction, which must commit even though the request fails."""
    device_id = token.device_id
    if token.revoked_at is not None:
        if token.revoked_reason == SUPERSEDED:
            _reuse(conn, now, device_id, worker_id, "a retired sibling token presented")
            return None
        _refuse(conn, now, device_id, worker_id, f"revoked token ({token.revoked_reason})")
        return None
    if token.expires_at <= now:
        _refuse(conn, now, device_id, worker_id, "expired token")
        return None
    if token.spent_at is None:  # its first use: it carries the line on, its siblings retire
        _retire_siblings(conn, now, token)
        return _successor(conn, now, token)
    within = now - token.spent_at <= REPEAT_GRACE
    if _no_successor_used(conn, token):
        if not within:  # the laptop still holds this token: the answers were lost
            _retire_unused(conn, now, device_id)
            log.info("refresh after lost answers worker=%s device=%s", worker_id, device_id)
        elif _unused_count(conn, device_id) >= MAX_OPEN_SIBLINGS:
            _refuse(conn, now, device_id, worker_id, "too many repeats of a spent token")
            return None
        else:
            log.info("refresh repeated worker=%s device=%s", worker_id, device_id)
        return _successor(conn, now, token)
    if within:  # a late or doubled request: the laptop has moved on already
        audit.record(conn, now, "refresh", "late_repeat", worker_id=worker_id,
                     device_id=device_id, detail="spent token presented again within the grace "
                     "window after its successor was used; refused, nothing revoked")
        return None
    _reuse(conn, now, device_id, worker_id,
           "spent token presented again after its successor was used")
    return None


# -- the steps ----------------------------------------------------------------------------------
def _successor(conn: Connection, now: datetime, token: Row) -> str:
    """Spend `token` (again) for a new token; `spent_at` becomes the time of this exchange."""
    row_id, value = _new_row(conn, now, token.device_id)
    conn.execute(update(refresh_token).where(refresh_token.c.id == token.id)
                 .values(spent_at=now, replaced_by=row_id))
    return value


def _new_row(conn: Connection, now: datetime, device_id: str) -> tuple[str, str]:
    value = secrets.token_urlsafe(32)
    row_id = new_id()
    conn.execute(insert(refresh_token).values(
        id=row_id, device_id=device_id, token_hash=hash_token(value), issued_at=now,
        expires_at=now + REFRESH_TTL, spent_at=None, replaced_by=None, revoked_at=None,
        revoked_reason=None))
    return row_id, value


def _unused(device_id: str, *, besides: str | None = None) -> list[ColumnElement[bool]]:
    """Where-clauses for the device's unused tokens (besides one)."""
    clause: list[ColumnElement[bool]] = [
        refresh_token.c.device_id == device_id, refresh_token.c.spent_at.is_(None),
        refresh_token.c.revoked_at.is_(None)]
    if besides is not None:
        clause.append(refresh_token.c.id != besides)
    return clause


def _retire_siblings(conn: Connection, now: datetime, token: Row) -> None:
    """`token` is used for the first time: the device's other unused tokens are its siblings
    (answers to the same spent token), and the laptop holds only one. Retire them, and point
    their parent at the one that was used."""
    siblings = list(conn.scalars(select(refresh_token.c.id)
                                 .where(*_unused(token.device_id, besides=token.id))))
    if not siblings:
        return
    conn.execute(update(refresh_token).where(refresh_token.c.id.in_(siblings))
                 .values(revoked_at=now, revoked_reason=SUPERSEDED))
    conn.execute(update(refresh_token)
                 .where(refresh_token.c.device_id == token.device_id,
                        refresh_token.c.replaced_by.in_(siblings),
                        refresh_token.c.spent_at.is_not(None))
                 .values(replaced_by=token.id))


def _retire_unused(conn: Connection, now: datetime, device_id: str) -> None:
    conn.execute(update(refresh_token).where(*_unused(device_id))
                 .values(revoked_at=now, revoked_reason=SUPERSEDED))


def _no_successor_used(conn: Connection, token: Row) -> bool:
    """True while every answer to `token` is unused. Its `replaced_by` is then its newest answer
    and still unused; once one answer is used, the others are retired."""
    successor = conn.execute(select(refresh_token.c.spent_at, refresh_token.c.revoked_at)
                             .where(refresh_token.c.id == token.replaced_by)).first()
    return successor is not None and successor.spent_at is None and successor.revoked_at is None


def _unused_count(conn: Connection, device_id: str) -> int:
    return int(conn.scalar(select(func.count()).select_from(refresh_token)
                           .where(*_unused(device_id))) or 0)


def _refuse(conn: Connection, now: datetime, device_id: str, worker_id: str, why: str) -> None:
    audit.record(conn, now, "refresh", "refresh_invalid", worker_id=worker_id,
                 device_id=device_id, detail=why)


def _reuse(conn: Connection, now: datetime, device_id: str, worker_id: str, why: str) -> None:
    revoke_device_tokens(conn, now, device_id, "reuse")
    audit.record(conn, now, "refresh", "token_reuse", worker_id=worker_id, device_id=device_id,
                 detail=f"{why}; all tokens of the device revoked")
