"""The access log (NEN 7513 spirit) and the store's own key/value metadata. Never synced."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Field, SQLModel

from voordeur.model.base import UTCDateTime
from voordeur.model.base_fields import enum_field, list_field
from voordeur.model.catalogues import AccessAction, AccessOutcome


class AccessLogEntry(SQLModel, table=True):
    """One line of the append-only, hash-chained access log.

    Holds ids only — never names or note text — so the log itself leaks nothing when shown.
    """

    __tablename__ = "access_log"

    seq: int = Field(primary_key=True)
    at: datetime = Field(sa_type=UTCDateTime)
    worker_id: str = Field(default="", max_length=36)
    device_id: str = Field(default="", max_length=36)
    action: AccessAction = enum_field()
    subject_ids: list[str] = list_field()
    outcome: AccessOutcome = enum_field(AccessOutcome.OK)
    detail: str = Field(default="", max_length=500)
    prev_hash: str = Field(max_length=64)
    hash: str = Field(max_length=64)


class StoreMeta(SQLModel, table=True):
    __tablename__ = "store_meta"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(default="", max_length=2000)
