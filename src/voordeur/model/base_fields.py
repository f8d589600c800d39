"""Field helpers so every table declares enums, lists and references the same way."""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, String
from sqlmodel import Field


def enum_field(default: Any = ..., **kwargs: Any) -> Any:
    """An enum stored as its value (plain text), not SQLAlchemy's default of the member name."""
    return Field(default=default, sa_type=String(32), **kwargs)


def list_field(**kwargs: Any) -> Any:
    """A small list of codes or ids, stored as JSON and synced as one field."""
    return Field(default_factory=list, sa_type=JSON, **kwargs)


def ref_field(table: str, *, optional: bool = False, index: bool = True) -> Any:
    """A reference to another record's id."""
    return Field(
        default=None if optional else ...,
        foreign_key=f"{table}.id",
        index=index,
        max_length=36,
    )
