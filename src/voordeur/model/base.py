"""Shared column types and the base every synced table derives from."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import String
from sqlalchemy.types import TypeDecorator
from sqlmodel import Field, SQLModel

from voordeur import clock
from voordeur.model.ids import new_id


def utcnow() -> datetime:
    """The current moment in UTC, from the one clock (`voordeur.clock`)."""
    return clock.now()


def stored_text(value: datetime) -> str:
    """The text a moment is stored as: ISO-8601 in UTC (so SQL can compare moments as text)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored as ISO-8601 text in UTC, so text order is time order.

    SQLite has no timezone-aware type; storing naive values invites local-time mistakes.
    """

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: object) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: Voordeur stores aware datetimes only")
        return stored_text(value)

    def process_result_value(self, value: str | None, dialect: object) -> datetime | None:
        if value is None:
            return None
        return datetime.fromisoformat(value)


class Entity(SQLModel):
    """Columns every synced record has.

    `deleted_at` is a tombstone: records are never removed while sync may still need to tell
    other devices about the deletion.
    """

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime)
    deleted_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
