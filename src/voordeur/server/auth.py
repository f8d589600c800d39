"""Accounts, devices and tokens: Argon2id passwords, JWT access tokens, rotated refresh tokens,
and login throttling per user name.

- Access tokens: JWT HS256 with sub (worker id), dev (device id), iat, exp, jti; the signing secret
  lives in the database (table server_secret) so every instance shares it. Expiry is checked
  against the server's clock (injectable for tests).
- Refresh tokens: `secrets.token_urlsafe(32)`, stored as sha256, spent on use and replaced. A
  doubled, late or retried exchange never logs the laptop out; a copy still revokes every token of
  the device (the rules are in `rotation`).
- Throttling: failures counted per user name (known or not, so nobody learns which names exist).
  From the 4th failure since the last success each attempt waits 1, 2, 4 … up to 300 seconds after
  the previous failure, and at most 100 failures an hour are answered at all. An attempt counts as
  a failure from the moment it starts (parallel guesses cannot slip past the delay); a success
  removes its own row and clears the delay.
"""

from __future__ import annotations

import logging
import math
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import jwt
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import Connection, delete, insert, select, update

from voordeur import clock as system_clock
from voordeur.model.ids import new_id
from voordeur.server import audit, rotation
from voordeur.server.db import AUTH_LOCK, Database
from voordeur.server.errors import ApiError, device_revoked, refresh_invalid, token_invalid
from voordeur.server.rotation import hash_token, revoke_device_tokens
from voordeur.server.schema import (
    account,
    device,
    login_failure,
    membership,
    refresh_token,
    server_secret,
    team,
)
from voordeur.sync.protocol import (
    LoginRequest,
    LoginResponse,
    RefreshRequest,
    TeamInfo,
    TokenPair,
    WorkerInfo,
)

log = logging.getLogger("voordeur.server")
Clock = Callable[[], datetime]

THROTTLE_WINDOW = timedelta(hours=1)
MAX_FAILURES_PER_WINDOW = 100
FREE_FAILURES = 3
MAX_DELAY_SECONDS = 300
LAST_SEEN_RESOLUTION = timedelta(minutes=1)  # fewer writes: last_seen_at is for admins
JWT_SECRET_NAME = "jwt_hs256"

# argon2-cffi's defaults are Argon2id with RFC 9106's low-memory profile. Tests may swap in a cheap
# hasher with `set_password_hasher`; verification always uses the parameters stored in the hash.
_hasher = PasswordHasher()
_dummy_hash: str | None = None


def set_password_hasher(hasher: PasswordHasher) -> PasswordHasher:
    """Replace the hasher (tests); returns the previous one."""
    global _hasher, _dummy_hash
    previous, _hasher, _dummy_hash = _hasher, hasher, None
    return previous


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def _dummy_verify(password: str) -> None:
    """Spend the time of a real check, so an unknown user name answers as slowly as a known one."""
    global _dummy_hash
    if _dummy_hash is None:
        _dummy_hash = _hasher.hash(secrets.token_urlsafe(16))
    verify_password(_dummy_hash, password)


def normalise_username(username: str) -> str:
    return username.strip().lower()  # user names are case-insensitive


@dataclass(frozen=True)
class Principal:
    """Who is calling: from a verified access token, with teams from the server's own tables."""

    worker_id: str
    device_id: str
    team_ids: frozenset[str]


def load_or_create_secret(db: Database) -> str:
    with db.read() as conn:
        value = conn.scalar(select(server_secret.c.value)
                            .where(server_secret.c.name == JWT_SECRET_NAME))
    if value:
        return str(value)
    with db.write(AUTH_LOCK) as conn:  # the lock makes a second instance find the first's secret
        value = conn.scalar(select(server_secret.c.value)
                            .where(server_secret.c.name == JWT_SECRET_NAME))
        if not value:
            value = secrets.token_urlsafe(48)
            conn.execute(insert(server_secret).values(name=JWT_SECRET_NAME, value=value))
    return str(value)


class Auth:
    def __init__(self, db: Database, *, access_ttl_seconds: int = 900,
                 clock: Clock = system_clock.now) -> None:
        self.db = db
        self.access_ttl = access_ttl_seconds
        self.clock = clock
        self._secret = load_or_create_secret(db)

    # -- login ------------------------------------------------------------------------------
    def login(self, req: LoginRequest) -> LoginResponse:
        now = self.clock()
        username = normalise_username(req.username)
        error: ApiError | None = None
        with self.db.write(AUTH_LOCK) as conn:
            worker = conn.execute(select(account).where(account.c.username == username)).first()
            worker_id = worker.id if worker else None
            retry_after = _throttle_delay(conn, username, now)
            if retry_after:
                audit.record(conn, now, "login", "throttled", worker_id=worker_id,
                             device_id=req.device_id)
                error = ApiError(429, "throttled", "too many failed logins; try again later",
                                 headers={"Retry-After": str(retry_after)})
            else:  # counts as a failure until it succeeds (see the module docstring)
                attempt_id = conn.execute(insert(login_failure).values(
                    username=username, at=now, cleared=False)).inserted_primary_key[0]
        if error:
            raise error
        # The slow hash check runs outside the transaction and its lock.
        if worker is None:
            _dummy_verify(req.password)
            ok = False
        else:
            ok = verify_password(worker.password_hash, req.password)
        with self.db.write(AUTH_LOCK) as conn:
            if not ok:
                audit.record(conn, now, "login", "bad_credentials", worker_id=worker_id,
                             device_id=req.device_id)
                error = ApiError(401, "bad_credentials", "user name or password is wrong")
            else:
                conn.execute(delete(login_failure).where(login_failure.c.id == attempt_id))
                conn.execute(update(login_failure).where(login_failure.c.username == username)
                             .values(cleared=True))
                if _hasher.check_needs_rehash(worker.password_hash):
                    conn.execute(update(account).where(account.c.id == worker.id)
                                 .values(password_hash=hash_password(req.password)))
                error = self._register_device(conn, now, worker.id, req)
                if error is None:
                    refresh = rotation.issue(conn, now, req.device_id)
                    teams = conn.execute(
                        select(team.c.id, team.c.name)
                        .join(membership, membership.c.team_id == team.c.id)
                        .where(membership.c.worker_id == worker.id).order_by(team.c.name)).all()
        if error:
            raise error
        log.info("login worker=%s device=%s", worker.id, req.device_id)
        return LoginResponse(
            access_token=self._access_token(now, worker.id, req.device_id),
            refresh_token=refresh, expires_in=self.access_ttl,
            worker=WorkerInfo(id=worker.id, name=worker.name, username=worker.username),
            teams=[TeamInfo(id=t.id, name=t.name) for t in teams], device_id=req.device_id)

    def _register_device(self, conn: Connection, now: datetime, worker_id: str,
                         req: LoginRequest) -> ApiError | None:
        row = conn.execute(select(device).where(device.c.id == req.device_id)).first()
        if row is None:
            conn.execute(insert(device).values(
                id=req.device_id, worker_id=worker_id, name=req.device_name,
                registered_at=now, last_seen_at=now, revoked_at=None, wipe=False))
            log.info("device registered worker=%s device=%s", worker_id, req.device_id)
            return None
        if row.worker_id != worker_id:
            audit.record(conn, now, "login", "device_unknown", worker_id=worker_id,
                         device_id=req.device_id, detail=f"device of worker {row.worker_id}")
            return ApiError(403, "device_unknown", "this device belongs to another worker")
        if row.revoked_at is not None:
            audit.record(conn, now, "login", "device_revoked", worker_id=worker_id,
                         device_id=req.device_id)
            return device_revoked(bool(row.wipe))
        conn.execute(update(device).where(device.c.id == req.device_id).values(
            last_seen_at=now, name=req.device_name or row.name))
        # A new login replaces the device's earlier tokens.
        revoke_device_tokens(conn, now, req.device_id, "login")
        return None

    # -- refresh ----------------------------------------------------------------------------
    def refresh(self, req: RefreshRequest) -> TokenPair:
        now = self.clock()
        error: ApiError | None = None
        new_token = ""
        with self.db.write(AUTH_LOCK) as conn:
            token = conn.execute(select(refresh_token).where(
                refresh_token.c.token_hash == hash_token(req.refresh_token))).first()
            dev = conn.execute(select(device).where(device.c.id == req.device_id)).first()
            if token is None or dev is None or token.device_id != req.device_id:
                audit.record(conn, now, "refresh", "refresh_invalid", device_id=req.device_id,
                             detail="unknown token")
                error = refresh_invalid()
            elif dev.revoked_at is not None:
                audit.record(conn, now, "refresh", "device_revoked", worker_id=dev.worker_id,
                             device_id=dev.id)
                error = device_revoked(bool(dev.wipe))
            else:
                new_token = rotation.exchange(conn, now, token, dev.worker_id) or ""
                if not new_token:
                    error = refresh_invalid()
            if error is None:
                conn.execute(update(device).where(device.c.id == dev.id)
                             .values(last_seen_at=now))
        if error:
            raise error
        return TokenPair(access_token=self._access_token(now, dev.worker_id, dev.id),
                         refresh_token=new_token, expires_in=self.access_ttl)

    # -- access tokens ----------------------------------------------------------------------
    def _access_token(self, now: datetime, worker_id: str, device_id: str) -> str:
        issued = int(now.timestamp())
        claims = {"sub": worker_id, "dev": device_id, "iat": issued,
                  "exp": issued + self.access_ttl, "jti": new_id()}
        return jwt.encode(claims, self._secret, algorithm="HS256")

    def authenticate(self, bearer: str | None) -> Principal:
        """The caller of a request, or ApiError 401 token_invalid / 403 device_revoked."""
        if not bearer:
            raise token_invalid("access token missing")
        try:
            claims = jwt.decode(bearer, self._secret, algorithms=["HS256"],
                                # times are checked below, against the server's own clock
                                options={"verify_exp": False, "verify_iat": False,
                                         "verify_nbf": False,
                                         "require": ["sub", "dev", "exp", "iat", "jti"]})
        except jwt.InvalidTokenError:
            raise token_invalid() from None
        now = self.clock()
        if not isinstance(claims.get("exp"), int) or claims["exp"] <= now.timestamp():
            raise token_invalid("access token expired")
        worker_id, device_id = str(claims["sub"]), str(claims["dev"])
        with self.db.read() as conn:
            dev = conn.execute(select(device).where(device.c.id == device_id)).first()
            teams = conn.scalars(select(membership.c.team_id)
                                 .where(membership.c.worker_id == worker_id)).all()
        if dev is None or dev.worker_id != worker_id:
            raise token_invalid()
        if dev.revoked_at is not None:
            with self.db.write(AUTH_LOCK) as conn:
                audit.record(conn, now, "request", "device_revoked", worker_id=worker_id,
                             device_id=device_id)
            raise device_revoked(bool(dev.wipe))
        if dev.last_seen_at + LAST_SEEN_RESOLUTION < now:
            with self.db.write(AUTH_LOCK) as conn:
                conn.execute(update(device).where(device.c.id == device_id)
                             .values(last_seen_at=now))
        return Principal(worker_id, device_id, frozenset(teams))


def _throttle_delay(conn: Connection, username: str, now: datetime) -> int:
    """Seconds the user name must wait before its next attempt (0: may try now)."""
    since = now - THROTTLE_WINDOW
    conn.execute(delete(login_failure).where(login_failure.c.username == username,
                                             login_failure.c.at <= since))
    rows = conn.execute(select(login_failure.c.at, login_failure.c.cleared)
                        .where(login_failure.c.username == username)
                        .order_by(login_failure.c.at, login_failure.c.id)).all()
    waits = [0.0]
    if len(rows) >= MAX_FAILURES_PER_WINDOW:
        oldest = rows[len(rows) - MAX_FAILURES_PER_WINDOW].at
        waits.append((oldest + THROTTLE_WINDOW - now).total_seconds())
    pending = [r.at for r in rows if not r.cleared]
    if len(pending) > FREE_FAILURES:
        delay = min(2 ** (len(pending) - FREE_FAILURES - 1), MAX_DELAY_SECONDS)
        waits.append((pending[-1] + timedelta(seconds=delay) - now).total_seconds())
    wait = max(waits)
    return math.ceil(wait) if wait > 0 else 0


__all__ = ["Auth", "Principal", "hash_password", "set_password_hasher", "verify_password"]
