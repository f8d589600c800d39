"""The wire format of /v1, shared by the team server and the client engine (pydantic models).

docs/sync-protocol.md explains it; this module is its single definition. Record values travel as
JSON values the way the JSON export writes them (`domain.data_format.to_json_value`).
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_VERSION = 1
# Every answer of the server carries its clock (Unix ms), so a laptop knows how far its own is off.
TIME_HEADER = "X-Voordeur-Time"
MAX_PUSH_CHANGES = 500  # per request; a client splits a longer outbox into batches
DEFAULT_PULL_LIMIT = 500
MAX_PULL_LIMIT = 1000

Op = Literal["create", "update", "delete", "restore"]
Outcome = Literal["applied", "duplicate", "merged", "conflict", "rejected"]

# Record types the server owns: clients receive them but never push them.
SERVER_OWNED_TABLES = frozenset({"team", "worker"})
CONFLICT_TABLE = "note_conflict"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


# -- accounts ---------------------------------------------------------------------------------
class LoginRequest(_Strict):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)
    device_id: str = Field(min_length=36, max_length=36)
    device_name: str = Field(default="", max_length=200)


class TeamInfo(_Strict):
    id: str
    name: str


class WorkerInfo(_Strict):
    id: str
    name: str
    username: str


class TokenPair(_Strict):
    access_token: str
    refresh_token: str
    expires_in: int  # seconds the access token is valid


class LoginResponse(TokenPair):
    worker: WorkerInfo
    teams: list[TeamInfo]
    device_id: str


class RefreshRequest(_Strict):
    refresh_token: str = Field(min_length=1, max_length=200)
    device_id: str = Field(min_length=36, max_length=36)


class Health(_Strict):
    status: Literal["ok"] = "ok"
    api: int = API_VERSION
    version: str = ""


# -- push -------------------------------------------------------------------------------------
class Change(_Strict):
    """One immutable write of one record. `change_id` is unique for ever: a resend is answered
    "duplicate" and never applied twice."""

    change_id: str = Field(min_length=36, max_length=36)
    table: str = Field(min_length=1, max_length=64)
    record_id: str = Field(min_length=36, max_length=36)
    household_id: str | None = Field(default=None, max_length=36)
    op: Op
    fields: dict[str, Any] = Field(default_factory=dict)  # field name → new JSON value
    clocks: dict[str, str] = Field(default_factory=dict)  # field name → HLC stamp of that write
    hlc: str = Field(min_length=1, max_length=120)  # stamp of the change (of a delete/restore)
    # For a visit's note fields: the text this device last received from the server, so the
    # server can merge three-way. Absent → last writer wins like any field.
    base: dict[str, str] = Field(default_factory=dict)


class PushRequest(_Strict):
    changes: list[Change] = Field(max_length=MAX_PUSH_CHANGES)
    # The laptop's clock (its estimate of the server's time) when it sent this, in Unix ms: a
    # clock that runs ahead is then re-timed by how far (docs/sync-protocol.md, Clocks).
    client_time: int | None = Field(default=None, ge=0, le=10**13 - 1)


# In a result's detail: the change was made or sent while the laptop's clock was off, so the
# server re-timed it or could not be sure of its order; the laptop asks the worker to check it.
CLOCK_OFF = "laptop clock was off"


class ChangeResult(_Strict):
    change_id: str
    outcome: Outcome
    detail: str = ""  # why a change was rejected or merged (no personal data)


class PushResponse(_Strict):
    results: list[ChangeResult]


# -- pull -------------------------------------------------------------------------------------
class Entry(_Strict):
    """One line of the server's change log: the full state of a record after a change."""

    seq: int
    table: str
    record_id: str
    household_id: str | None = None
    deleted: bool = False
    values: dict[str, Any]  # every field of the record except id and deleted_at
    # The newest clock stamp of the record, so the laptop's clock moves past it. (The per-field
    # stamps stay on the server, which alone decides between writes; sending them all doubled
    # the size of a first sync.)
    hlc: str = ""
    origin_device_id: str = ""


class PullResponse(_Strict):
    entries: list[Entry]
    cursor: int  # pass as `after` next time
    more: bool  # another page is ready


# -- errors -----------------------------------------------------------------------------------
ErrorCode = Literal[
    "bad_credentials",  # 401 login
    "throttled",  # 429 login; Retry-After header
    "token_invalid",  # 401: missing, malformed or expired access token; refresh and retry
    "refresh_invalid",  # 401: refresh token unknown, revoked or reused; log in again
    "device_revoked",  # 403: `wipe` says whether the laptop must remove its store
    "device_unknown",  # 403: device belongs to another worker
    "no_team",  # 403: the worker is in no team
    "bad_request",  # 422
]


class ErrorBody(_Strict):
    code: ErrorCode
    message: str
    wipe: bool = False
