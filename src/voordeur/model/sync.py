"""Sync bookkeeping: visible note conflicts (synced) and the client's outbox and note bases (local).

`NoteConflict` is a synced record (the server creates it, every device of the team receives it,
the one who resolves it deletes it) but not part of the export format, so it is not in
`ENTITY_TYPES`. `SyncOutbox` and `SyncNoteBase` never leave this store.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON
from sqlmodel import Field, SQLModel

from voordeur.model.base import Entity
from voordeur.model.base_fields import enum_field, ref_field
from voordeur.model.catalogues import NoteField
from voordeur.model.visit import MAX_NOTE_CHARS


class NoteConflict(Entity, table=True):
    """Two overlapping edits of the same note field of a visit, kept until someone resolves them.

    `mine_*` is the edit that arrived second at the server (it could not be merged), `theirs_*`
    the text the server held; `base_text` is the version both started from.
    """

    __tablename__ = "note_conflict"

    household_id: str = ref_field("household")
    visit_id: str = ref_field("visit")
    field: NoteField = enum_field()
    base_text: str = Field(default="", max_length=MAX_NOTE_CHARS)
    mine_text: str = Field(default="", max_length=MAX_NOTE_CHARS)
    theirs_text: str = Field(default="", max_length=MAX_NOTE_CHARS)
    # Plain ids, no foreign keys: a colleague's worker or device may be unknown on this laptop.
    mine_device_id: str = Field(default="", max_length=36)
    mine_worker_id: str = Field(default="", max_length=36)
    theirs_device_id: str = Field(default="", max_length=36)
    theirs_worker_id: str = Field(default="", max_length=36)


class SyncOutbox(SQLModel, table=True):
    """One local change waiting to be pushed (or refused by the server and kept for the record).

    A row that was sent once (`attempts` > 0) never changes again: its `change_id` must always
    mean the same content, because the server answers a resend "duplicate".
    """

    __tablename__ = "sync_outbox"

    seq: int | None = Field(default=None, primary_key=True)
    change_id: str = Field(max_length=36, unique=True)
    table_name: str = Field(max_length=64)
    record_id: str = Field(max_length=36, index=True)
    household_id: str | None = Field(default=None, max_length=36)
    op: str = Field(max_length=16)  # create, update, delete, restore
    fields: dict[str, Any] = Field(default_factory=dict, sa_type=JSON)
    # Clock per field where it differs from `hlc` (a coalesced row); other fields carry `hlc`.
    clocks: dict[str, str] = Field(default_factory=dict, sa_type=JSON)
    hlc: str = Field(max_length=120)
    attempts: int = 0
    status: str = Field(default="pending", max_length=16, index=True)  # pending | rejected
    detail: str = Field(default="", max_length=500)


class SyncNoteBase(SQLModel, table=True):
    """The text of a note field as last received from (or accepted by) the server: the base a
    local edit is merged against."""

    __tablename__ = "sync_note_base"

    table_name: str = Field(primary_key=True, max_length=64)
    record_id: str = Field(primary_key=True, max_length=36)
    field: str = Field(primary_key=True, max_length=32)
    text: str = Field(default="", max_length=MAX_NOTE_CHARS)
